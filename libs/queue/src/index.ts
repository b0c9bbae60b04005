/**
 * @replan/queue: the plumbing between Replan's workers.
 *
 * - Queue names and the BullMQ prefix of the pipeline requests → extract → plan → write.
 * - Redis connections set up for workers (never give up) and producers (fail fast).
 * - Job payloads (ids and stream keys, never rows) with runtime checks.
 * - Run streams: snapshot and result batches through Redis streams, keyed by tenant and
 *   run, readable while they are being written; tenant and run clean-up.
 */
export { InvalidIdError, checkId, isValidId } from './ids';
export {
  QUEUE_PREFIX,
  isQueueName,
  nextStage,
  pipelineStages,
  queueNames,
  type PipelineStage,
  type QueueName,
} from './queue-names';
export {
  REDIS_URL_SETTING,
  RedisUrlError,
  createRedisConnection,
  parseRedisUrl,
  redactRedisUrl,
  redisConnectionOptions,
  waitUntilReady,
  type RedisConnectionOptions,
  type RedisRole,
} from './connection';
export {
  DEFAULT_STREAM_TTL_SECONDS,
  KEY_PREFIX,
  RunStreamError,
  TENANT_RUNS_TTL_SECONDS,
  abortKey,
  tenantRunsKey,
  collectBatches,
  deleteKeysMatching,
  deleteRunKeys,
  forEachKey,
  deleteTenantKeys,
  parseStreamKey,
  readBatches,
  streamKey,
  tenantKeyPattern,
  writeBatches,
  type ReadBatchesOptions,
  type StreamKeyParts,
  type StreamKind,
  type WriteBatchesOptions,
  type WriteBatchesResult,
} from './run-streams';
export {
  JobPayloadError,
  jobParsers,
  parseExtractJob,
  parsePlanJob,
  parseWriteJob,
  runJobId,
  type ExtractJob,
  type JobPayloads,
  type PlanJob,
  type WorkerStage,
  type RunJobBase,
  type WriteJob,
} from './job-payloads';
export {
  chunks,
  handoverKey,
  joinBatches,
  partitionJobId,
  partitionKeysPattern,
  partitionResultKey,
  readHandovers,
  writeHandover,
  type ReadHandoversOptions,
} from './partition-streams';
