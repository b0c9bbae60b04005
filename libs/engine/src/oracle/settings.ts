/**
 * What each setting of a planning node resolves to (docs/planning-semantics.md, "Planning
 * nodes and settings"): "first value set wins: item coverage for the item at the warehouse →
 * item coverage for the item → the item's coverage group → the plan's defaults → the built-in
 * default. A coverage time fence or negative days set on the plan itself override all levels.
 * Margins set on the plan add to the node's margins."
 */
import type {
  CoverageCode,
  CoverageSettings,
  Dataset,
  ForecastReduction,
  ItemCoverage,
  LeadTimeUnit,
} from '../model/dataset';
import { usableCalendar, type WorkCalendar } from './days';

export type Replenishment = 'purchase' | 'production' | 'transfer';

export interface OracleSettings {
  coverageCode: CoverageCode;
  /** "0 (or not set) is taken as 1 day". */
  coveragePeriod: number;
  coverageTimeFence: number;
  negativeDays: number;
  /** Undefined: unlimited. */
  positiveDays: number | undefined;
  dynamicPositiveDays: boolean;
  minimumInventory: number;
  maximumInventory: number | undefined;
  /** How new orders are made: transfer when there is a refill warehouse, else the order type. */
  replenishment: Replenishment;
  /** Refill (main) warehouse, when the node is replenished by transfer. */
  refillFrom: string | undefined;
  /** The lead time of the replenishment: purchase, production or transfer. */
  leadTime: number;
  productionLeadTime: number;
  transferLeadTime: number;
  leadTimeUnit: LeadTimeUnit;
  minOrderQuantity: number | undefined;
  /** "A maximum of 0 means no maximum": 0 becomes undefined here. */
  maxOrderQuantity: number | undefined;
  orderMultiple: number | undefined;
  /** The node's calendar, when it has one with a working weekday. */
  calendar: WorkCalendar | undefined;
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

type Field = keyof CoverageSettings;

/** The levels of one node, most specific first (the built-in default is applied last). */
function levelsOf(dataset: Dataset, item: string, warehouse: string): CoverageSettings[] {
  const coverage = dataset.itemCoverage ?? [];
  const atWarehouse = coverage.find((c) => c.item === item && c.warehouse === warehouse);
  const forItem = coverage.find((c) => c.item === item && c.warehouse === undefined);
  const groupId = dataset.items.find((i) => i.id === item)?.coverageGroup;
  const group = (dataset.coverageGroups ?? []).find((g) => g.id === groupId);
  const levels: CoverageSettings[] = [];
  for (const level of [atWarehouse, forItem, group, dataset.plan.defaults]) {
    if (level !== undefined) levels.push(level);
  }
  return levels;
}

function first<F extends Field>(
  levels: CoverageSettings[],
  field: F,
): CoverageSettings[F] | undefined {
  for (const level of levels) {
    // "A value of 0 counts as set."
    if (level[field] !== undefined) return level[field];
  }
  return undefined;
}

export function resolveSettings(dataset: Dataset, item: string, warehouse: string): OracleSettings {
  const levels = levelsOf(dataset, item, warehouse);
  const plan = dataset.plan;
  const get = <F extends Field>(field: F) => first(levels, field);

  // "A node whose item coverage or warehouse names a refill (main) warehouse is replenished
  // by planned transfers from it, whatever its order type." Item coverage at the warehouse,
  // then for the item, then the warehouse.
  // READING (doc silent): an item-level coverage row naming the node's own warehouse as its
  // main warehouse is no refill at all for that node (a warehouse cannot refill itself).
  const coverage = dataset.itemCoverage ?? [];
  const rows: (ItemCoverage | undefined)[] = [
    coverage.find((c) => c.item === item && c.warehouse === warehouse),
    coverage.find((c) => c.item === item && c.warehouse === undefined),
  ];
  let refillFrom: string | undefined;
  for (const row of rows) {
    if (row?.mainWarehouse !== undefined) {
      refillFrom = row.mainWarehouse;
      break;
    }
  }
  refillFrom ??= dataset.warehouses.find((w) => w.id === warehouse)?.mainWarehouse;
  if (refillFrom === warehouse) refillFrom = undefined;

  // "order type: production when the item has BOM lines, else purchase".
  const hasBom = (dataset.bomLines ?? []).some((l) => l.parent === item);
  const orderType = get('orderType') ?? (hasBom ? 'production' : 'purchase');
  const replenishment: Replenishment = refillFrom !== undefined ? 'transfer' : orderType;

  const purchaseLeadTime = get('purchaseLeadTime') ?? 0;
  const productionLeadTime = get('productionLeadTime') ?? 0;
  const transferLeadTime = get('transferLeadTime') ?? 0;
  const leadTime = {
    purchase: purchaseLeadTime,
    production: productionLeadTime,
    transfer: transferLeadTime,
  }[replenishment];

  // "calendar: the warehouse's calendar; with none, every day is a working day".
  const calendarId =
    get('calendar') ?? dataset.warehouses.find((w) => w.id === warehouse)?.calendar;
  const calendar = usableCalendar((dataset.calendars ?? []).find((c) => c.id === calendarId));

  const period = get('coveragePeriod') ?? 0;
  const maxOrder = get('maxOrderQuantity');

  return {
    coverageCode: get('coverageCode') ?? 'requirement',
    coveragePeriod: period === 0 ? 1 : period,
    // "Two settings on the plan itself override all levels".
    coverageTimeFence: plan.coverageTimeFence ?? get('coverageTimeFence') ?? 100,
    negativeDays: plan.negativeDays ?? get('negativeDays') ?? 0,
    positiveDays: get('positiveDays'),
    dynamicPositiveDays: get('dynamicPositiveDays') ?? false,
    minimumInventory: get('minimumInventory') ?? 0,
    maximumInventory: get('maximumInventory'),
    replenishment,
    refillFrom,
    leadTime,
    productionLeadTime,
    transferLeadTime,
    leadTimeUnit: get('leadTimeUnit') ?? 'calendarDays',
    minOrderQuantity: get('minOrderQuantity'),
    maxOrderQuantity: maxOrder === 0 ? undefined : maxOrder,
    orderMultiple: get('orderMultiple'),
    calendar,
    // "The plan's margins … are added to the node's margins."
    issueMargin: (get('issueMargin') ?? 0) + (plan.issueMargin ?? 0),
    receiptMargin: (get('receiptMargin') ?? 0) + (plan.receiptMargin ?? 0),
    reorderMargin: (get('reorderMargin') ?? 0) + (plan.reorderMargin ?? 0),
    actionFence: get('actionFence') ?? 0,
    advanceMargin: get('advanceMargin') ?? 0,
    postponeMargin: get('postponeMargin') ?? 0,
    firmingFence: get('firmingFence') ?? 0,
    forecastReduction: get('forecastReduction') ?? 'none',
    reductionKey: get('reductionKey'),
  };
}
