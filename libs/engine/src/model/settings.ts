/**
 * Resolving a node's coverage settings: item coverage (item + warehouse) → item coverage
 * (item) → coverage group → plan defaults → built-in default, with the plan's own fence and
 * negative days overriding every level and the plan's margins adding to the node's.
 */
import { calendarDays, type DayCounter } from '../calendar/day-counter';
import { Replenishment } from '../graph/node-graph';
import type { CoverageCode, CoverageSettings, ForecastReduction, PlanSettings } from './dataset';

export const DEFAULT_COVERAGE_TIME_FENCE = 100;

/** Everything the netting of one node needs to know about how it is covered. */
export interface NodeSettings {
  coverageCode: CoverageCode;
  coveragePeriod: number;
  coverageTimeFence: number;
  negativeDays: number;
  positiveDays: number;
  dynamicPositiveDays: boolean;
  minimumInventory: number;
  maximumInventory: number;
  orderType: 'purchase' | 'production' | undefined;
  purchaseLeadTime: number;
  productionLeadTime: number;
  transferLeadTime: number;
  minOrderQuantity: number;
  maxOrderQuantity: number;
  orderMultiple: number;
  /** Counts lead times and margins: working days of the calendar, or calendar days. */
  leadTimeDays: DayCounter;
  /** Moves a requirement on a closed day to the open day before; calendar days when no calendar. */
  dueDays: DayCounter;
  issueMargin: number;
  receiptMargin: number;
  reorderMargin: number;
  actionFence: number;
  advanceMargin: number;
  postponeMargin: number;
  firmingFence: number;
  forecastReduction: ForecastReduction;
  reductionKey: string | undefined;
}

type Levels = readonly (CoverageSettings | undefined)[];

function first<K extends keyof CoverageSettings>(
  levels: Levels,
  key: K,
): CoverageSettings[K] | undefined {
  for (const level of levels) {
    const value = level?.[key];
    if (value !== undefined) return value;
  }
  return undefined;
}

/**
 * Resolves the settings of a node from its levels, most specific first. `warehouseCalendar`
 * is the node's warehouse calendar, used when no coverage level names a calendar.
 */
export function resolveNodeSettings(
  levels: Levels,
  plan: PlanSettings,
  calendars: ReadonlyMap<string, DayCounter>,
  warehouseCalendar: string | undefined,
): NodeSettings {
  const calendarId = first(levels, 'calendar') ?? warehouseCalendar;
  const calendar = calendarId === undefined ? undefined : calendars.get(calendarId);
  const workingDays = first(levels, 'leadTimeUnit') === 'workingDays';
  return {
    coverageCode: first(levels, 'coverageCode') ?? 'requirement',
    coveragePeriod: Math.max(1, first(levels, 'coveragePeriod') ?? 1),
    coverageTimeFence:
      plan.coverageTimeFence ?? first(levels, 'coverageTimeFence') ?? DEFAULT_COVERAGE_TIME_FENCE,
    negativeDays: plan.negativeDays ?? first(levels, 'negativeDays') ?? 0,
    positiveDays: first(levels, 'positiveDays') ?? Number.POSITIVE_INFINITY,
    dynamicPositiveDays: first(levels, 'dynamicPositiveDays') ?? false,
    minimumInventory: first(levels, 'minimumInventory') ?? 0,
    maximumInventory: first(levels, 'maximumInventory') ?? 0,
    orderType: first(levels, 'orderType'),
    purchaseLeadTime: first(levels, 'purchaseLeadTime') ?? 0,
    productionLeadTime: first(levels, 'productionLeadTime') ?? 0,
    transferLeadTime: first(levels, 'transferLeadTime') ?? 0,
    minOrderQuantity: first(levels, 'minOrderQuantity') ?? 0,
    // 0 means no maximum, as in the ERP's default order settings.
    maxOrderQuantity: first(levels, 'maxOrderQuantity') || Number.POSITIVE_INFINITY,
    orderMultiple: first(levels, 'orderMultiple') ?? 0,
    leadTimeDays: workingDays && calendar !== undefined ? calendar : calendarDays,
    dueDays: calendar ?? calendarDays,
    issueMargin: (first(levels, 'issueMargin') ?? 0) + (plan.issueMargin ?? 0),
    receiptMargin: (first(levels, 'receiptMargin') ?? 0) + (plan.receiptMargin ?? 0),
    reorderMargin: (first(levels, 'reorderMargin') ?? 0) + (plan.reorderMargin ?? 0),
    actionFence: first(levels, 'actionFence') ?? 0,
    advanceMargin: first(levels, 'advanceMargin') ?? 0,
    postponeMargin: first(levels, 'postponeMargin') ?? 0,
    firmingFence: first(levels, 'firmingFence') ?? 0,
    forecastReduction: first(levels, 'forecastReduction') ?? 'none',
    reductionKey: first(levels, 'reductionKey'),
  };
}

/** The lead time of a node's planned orders, by how it is replenished. */
export function leadTimeOf(settings: NodeSettings, replenishment: Replenishment): number {
  if (replenishment === Replenishment.Transfer) return settings.transferLeadTime;
  if (replenishment === Replenishment.Production) return settings.productionLeadTime;
  return settings.purchaseLeadTime;
}
