/**
 * The planner's workbench read API: every view reads the active version of a plan in one
 * snapshot (`readActivePlanSnapshot`) and never writes.
 */
export {
  listPlanVersions,
  planSnapshot,
  readActivePlanSnapshot,
  type PlanSnapshot,
  type PlanVersionHead,
} from './plan-snapshot';
export {
  DEFAULT_PAGE_ROWS,
  MAX_PAGE_ROWS,
  pageBounds,
  type Page,
  type PageRequest,
} from './paging';
export { PlanLookups, type PeggingRow, type RequirementRow } from './plan-lookups';
export {
  PLANNED_ORDER_SORTS,
  listPlannedOrders,
  plannedOrdersQuery,
  type PlannedOrderFilter,
  type PlannedOrderSort,
} from './planned-orders';
export {
  readNetRequirements,
  type NetRequirementLine,
  type NodeNetRequirements,
} from './net-requirements';
export {
  readWhyTree,
  rootCauses,
  stepKey,
  type ReceiptStep,
  type RequirementStep,
  type RootCause,
  type WhyRef,
  type WhyStep,
  type WhyTree,
  type WhyTreeOptions,
} from './why-tree';
export { delaysQuery, listDelays, type DelayFilter, type DelayWithCause } from './delays';
export { actionsQuery, listActions, type ActionFilter } from './actions';
export {
  listRunMessages,
  listRuns,
  runHistoryQuery,
  runMessagesQuery,
  type MessageFilter,
} from './runs';
export { readPlanOverview, type PlanOverview } from './overview';
export {
  MAX_DAY_RESERVATIONS,
  listResourceLoads,
  readResourceDays,
  type ResourceDay,
  type ResourceDaysFilter,
  type ResourceLoadFilter,
  type ResourceLoadSummary,
} from './capacity';
