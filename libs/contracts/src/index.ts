/**
 * Replan's wire contracts: the protobuf messages of proto/replan/v1 (generated code in
 * src/gen) and codecs between them and the engine's types.
 *
 * - Snapshot: a Dataset ⇄ columnar SnapshotBatch messages (connector → engine).
 * - Result: a PlanResult ⇄ columnar ResultBatch messages (engine → writer).
 * - Events: RunRequest, RunProgress, RunCompleted.
 *
 * The public API uses the engine's types and plain byte arrays only; the generated
 * classes stay inside this package.
 */
export { ContractError } from './common';
export {
  DEFAULT_ROWS_PER_BATCH,
  SNAPSHOT_LISTS,
  encodeDatasetBatches,
  encodeSnapshotParts,
  decodeDatasetBatches,
  decodeSnapshotColumns,
  readSnapshotBatchHeader,
  type SnapshotBatchHeader,
  type SnapshotEntityName,
  type SnapshotListName,
  type SnapshotLists,
} from './snapshot';
export {
  encodeResultBatches,
  encodeResultBatchStream,
  encodeResultParts,
  decodeResultBatches,
  readResultBatchHeader,
  type ResultBatchHeader,
  type ResultEntityName,
  decodeResultBatch,
  type DecodedResultBatch,
} from './result';
export { encodeResultColumnParts } from './result-columns';
export { decodeResultBatchColumns, type DecodedColumnBatch } from './result-column-decode';
export {
  encodeRunRequest,
  decodeRunRequest,
  encodeRunProgress,
  decodeRunProgress,
  encodeRunCompleted,
  decodeRunCompleted,
  type RunRequest,
  type RunProgress,
  type RunStage,
  type RunCompleted,
  type RunStatus,
} from './events';
