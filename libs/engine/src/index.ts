/**
 * Replan's planning engine: a dataset in, a plan out. Pure and deterministic, no I/O.
 *
 *   validateDataset(json) → dataset → compileDataset → runPlan → toPlanResult
 *
 * or `planDataset(dataset)` for all of it at once. Readers of a columnar format fill a
 * `DatasetColumnBuilder` instead and go `validateColumns` → `compileColumns`; compileDataset
 * is compileColumns on the dataset's columns, so both paths share one compile.
 */
import { compileDataset, type CompileOptions } from './compile';
import type { Dataset } from './model/dataset';
import type { PlanResult } from './model/result';
import { toPlanResult } from './output/to-result';
import { runPlan, type PlanOptions } from './plan';

export * from './model/dataset';
export * from './model/result';
export type { PlanModel } from './model/plan-model';
export { resolveNodeSettings, type NodeSettings } from './model/settings';
export { parseDay, toDay, toIso, isoWeekday } from './calendar/day';
export { compileColumns, compileDataset, type CompileOptions } from './compile';
export {
  columnsFromDataset,
  DatasetColumnBuilder,
  DEMAND_TYPE_CODES,
  NO_REF,
  optBool,
  optBoolCode,
  PLANNED_ORDER_TYPE_CODES,
  SUPPLY_TYPE_CODES,
  type BomLineColumns,
  type DatasetColumns,
  type DemandColumns,
  type ForecastColumns,
  type ItemColumns,
  type OnHandColumns,
  type SupplyColumns,
} from './dataset/columns';
export { runPlan, type PlanOptions, type PlanProgress, type PlanRun } from './plan';
export {
  checkPartitionCount,
  mergePartitions,
  runPartitioned,
  type PartitionedPlanOptions,
} from './partition/partitioned-run';
export {
  PartitionPlanner,
  packHandover,
  packResult,
  unpackHandover,
  unpackResult,
  type PartitionResult,
  type RequirementHandover,
} from './partition/partition-planner';
export { assignSlices, type SliceAssignment } from './partition/slices';
export {
  DEFAULT_PLAN_SIZE_LIMITS,
  PlanSizeError,
  PlanSizeGuard,
  planSizeLimitProblem,
  planSizeLimits,
  type PlanSizeLimitName,
  type PlanSizeLimits,
} from './netting/plan-size';
export {
  RESULT_LISTS,
  planResultParts,
  resultHead,
  resultSlices,
  toPlanResult,
  type ResultHead,
  type ResultListName,
  type ResultPart,
  type ResultSlice,
  ORDER_TYPES,
  RECEIPT_KINDS,
  ISSUE_KINDS,
  SUPPLY_TYPES,
} from './output/to-result';
export {
  batchRangeOf,
  keepRange,
  resultBatchLayout,
  type BatchRange,
  type ResultBatchLayout,
} from './output/result-layout';
export {
  COVERAGE_CODES,
  planResultColumns,
  resultListRows,
  runResultMessages,
  type KeepSlice,
  type NodeColumns,
  type PeggingColumns,
  type PlannedOrderColumns,
  type ReceiptColumns,
  type RequirementColumns,
  type ResultColumnPart,
  type ResultColumnSlice,
} from './output/result-columns';
export { type ColumnValues, type ResultColumnBatch } from './output/column-batch';
export {
  validateColumns,
  validateDataset,
  formatIssue,
  type ColumnsValidation,
  type DatasetIssue,
  type DatasetValidation,
} from './dataset/validate';
export {
  MAX_DAYS,
  MAX_QUANTITY,
  QUANTITY_DECIMALS,
  checkDayCount,
  checkQuantity,
  dayCountProblem,
  quantityProblem,
} from './dataset/bounds';

/** Plans a validated dataset in one call. */
export function planDataset(
  dataset: Dataset,
  options: CompileOptions & PlanOptions = {},
): PlanResult {
  return toPlanResult(runPlan(compileDataset(dataset, options), options));
}
