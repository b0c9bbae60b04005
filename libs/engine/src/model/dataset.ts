/**
 * The dataset: everything one regeneration run reads, as the ERP contract defines it.
 * One entity type per table; dates are ISO `YYYY-MM-DD` strings at this boundary and
 * whole day numbers inside the engine. The JSON dataset format mirrors this one to one.
 */

export type IsoDate = string;

export type CoverageCode = 'requirement' | 'period' | 'minMax' | 'manual';
export type PlannedOrderType = 'purchase' | 'production' | 'transfer';
export type LeadTimeUnit = 'calendarDays' | 'workingDays';
export type ForecastReduction = 'none' | 'transactionsDynamicPeriod' | 'percentReductionKey';

/**
 * Coverage settings. Every field is optional on each level; a node's effective value is
 * the first one set along item coverage (item + warehouse) → item coverage (item) →
 * coverage group → plan defaults → built-in default.
 */
export interface CoverageSettings {
  coverageCode?: CoverageCode;
  /** Period length in days for the `period` coverage code. */
  coveragePeriod?: number;
  /** Input dated after planDate + this many calendar days is not planned. */
  coverageTimeFence?: number;
  /** Dynamic negative days: how much later an existing receipt may be and still cover. */
  negativeDays?: number;
  /** Positive days; absent means unlimited. */
  positiveDays?: number;
  /** With dynamic positive days, early receipts are only used inside the lead time. */
  dynamicPositiveDays?: boolean;
  /** Safety stock (minimum on hand); for `minMax` the minimum. */
  minimumInventory?: number;
  /** Maximum on hand for `minMax`. */
  maximumInventory?: number;
  /** How the node is replenished when it has no refill warehouse. */
  orderType?: 'purchase' | 'production';
  purchaseLeadTime?: number;
  productionLeadTime?: number;
  transferLeadTime?: number;
  leadTimeUnit?: LeadTimeUnit;
  minOrderQuantity?: number;
  maxOrderQuantity?: number;
  orderMultiple?: number;
  /** Calendar for working-day lead times and margins; falls back to the warehouse calendar. */
  calendar?: string;
  /** Margins in days (issue: demand → requirement, receipt: requirement → delivery, reorder: start → order). */
  issueMargin?: number;
  receiptMargin?: number;
  reorderMargin?: number;
  /** Action messages are computed for existing supply dated within planDate + this many days; 0 turns them off. */
  actionFence?: number;
  advanceMargin?: number;
  postponeMargin?: number;
  /** Planned orders whose order date falls within planDate + this many days are marked to firm. */
  firmingFence?: number;
  forecastReduction?: ForecastReduction;
  reductionKey?: string;
}

export interface PlanSettings {
  id: string;
  planDate: IsoDate;
  /** Overrides every coverage level when set, as the ERP's master plan does. */
  coverageTimeFence?: number;
  /** Overrides every coverage level when set. */
  negativeDays?: number;
  /** Plan-level margins add to the coverage group's margins. */
  issueMargin?: number;
  receiptMargin?: number;
  reorderMargin?: number;
  /** Include demand forecasts of this model; absent: forecasts are not planned. */
  forecastModel?: string;
  defaults?: CoverageSettings;
}

export interface Item {
  id: string;
  name?: string;
  coverageGroup?: string;
}

export interface CoverageGroup extends CoverageSettings {
  id: string;
  name?: string;
}

/** Item coverage: settings for an item, or for the item at one warehouse. */
export interface ItemCoverage extends CoverageSettings {
  item: string;
  warehouse?: string;
  /** Refill this item at this warehouse from another one (overrides the warehouse's main warehouse). */
  mainWarehouse?: string;
}

export interface Warehouse {
  id: string;
  name?: string;
  /** Refill warehouse: nodes here are replenished by planned transfers from it. */
  mainWarehouse?: string;
  calendar?: string;
  /** Manual warehouses are not planned. */
  manual?: boolean;
}

export interface CalendarException {
  date: IsoDate;
  open: boolean;
}

export interface Calendar {
  id: string;
  /** ISO weekday numbers that are open: 1 = Monday … 7 = Sunday. */
  workingWeekdays: number[];
  exceptions?: CalendarException[];
}

export interface BomLine {
  id: string;
  parent: string;
  component: string;
  quantity: number;
  /** Parent quantity the line quantity is for; default 1. */
  perSeries?: number;
  scrapPercent?: number;
  constantScrap?: number;
  /** Both inclusive. */
  validFrom?: IsoDate;
  validTo?: IsoDate;
  phantom?: boolean;
  /** Warehouse the component is drawn from; default the parent's warehouse. */
  warehouse?: string;
  /** Days after the production start at which the component is needed. */
  offsetDays?: number;
  /**
   * The operation (sequence number of the parent's route) that consumes the component: it
   * is needed at that operation's start. Absent: at the start of the order.
   */
  operation?: number;
}

/**
 * A resource (work centre, machine, team) that route operations run on. It works the open
 * days of its calendar, `hoursPerDay` hours each, from the same shift start every day.
 */
export interface Resource {
  id: string;
  name?: string;
  /** Open days; absent: every day is a working day. */
  calendar?: string;
  /** Working hours per open day, from the shift start; default 8. */
  hoursPerDay?: number;
  /** Units working side by side: available hours per open day = hoursPerDay × capacity; default 1. */
  capacity?: number;
  /** Operation times on the resource take standard time × 100 / efficiency; default 100. */
  efficiencyPercent?: number;
}

/** Resources an operation may run on: the scheduler picks one member per operation. */
export interface ResourceGroup {
  id: string;
  name?: string;
  members: string[];
}

/**
 * One operation of an item's route. The route of a planned production order is the item's
 * operations valid on its delivery date, in sequence order. Times are hours.
 */
export interface RouteOperation {
  id: string;
  /** The item the route makes. */
  item: string;
  /** Sequence number: operations run in ascending order. */
  operation: number;
  /** The resource it runs on; exactly one of `resource` and `resourceGroup`. */
  resource?: string;
  resourceGroup?: string;
  /** Hours to set up, once per order. */
  setupHours?: number;
  /** Hours to process `perSeries` units. */
  runHours?: number;
  /** Units `runHours` is for; default 1. */
  perSeries?: number;
  /** Hours the order waits before the operation. */
  queueHours?: number;
  /** Hours after the operation before the next one can start (moving, cooling). */
  transitHours?: number;
  /** Share of the units entering the operation that are lost in it, in percent (below 100). */
  scrapPercent?: number;
  /** Both inclusive. */
  validFrom?: IsoDate;
  validTo?: IsoDate;
}

export interface OnHand {
  item: string;
  warehouse: string;
  quantity: number;
}

export type SupplyType = 'purchase' | 'production' | 'transfer' | 'plannedOrder';

export interface SupplyLine {
  id: string;
  type: SupplyType;
  item: string;
  warehouse: string;
  /** Receipt date. */
  date: IsoDate;
  quantity: number;
  /** Transfers: the warehouse it ships from. */
  fromWarehouse?: string;
  /** Planned orders of an earlier run: the order type. */
  orderType?: PlannedOrderType;
  /** Only approved planned orders are read as fixed supply; unapproved ones are replaced. */
  approved?: boolean;
}

export type DemandType = 'sales' | 'productionComponent' | 'transferIssue';

export interface DemandLine {
  id: string;
  type: DemandType;
  item: string;
  warehouse: string;
  date: IsoDate;
  quantity: number;
}

export interface Forecast {
  id: string;
  model: string;
  item: string;
  warehouse: string;
  date: IsoDate;
  quantity: number;
}

export interface ReductionKeyPeriod {
  /** Period start (inclusive); the period lasts until the next one starts. */
  from: IsoDate;
  percent: number;
}

export interface ReductionKey {
  id: string;
  periods: ReductionKeyPeriod[];
}

export interface PlanFilter {
  items: string[];
  /** Include components below the filtered items: 'all' or this many BOM levels. */
  bomLevels?: 'all' | number;
}

export interface Dataset {
  formatVersion: 1;
  plan: PlanSettings;
  items: Item[];
  coverageGroups?: CoverageGroup[];
  itemCoverage?: ItemCoverage[];
  warehouses: Warehouse[];
  calendars?: Calendar[];
  bomLines?: BomLine[];
  resources?: Resource[];
  resourceGroups?: ResourceGroup[];
  routeOperations?: RouteOperation[];
  onHand?: OnHand[];
  supply?: SupplyLine[];
  demand?: DemandLine[];
  forecasts?: Forecast[];
  reductionKeys?: ReductionKey[];
  filter?: PlanFilter;
}

/** The lists of a dataset, in the order readers, codecs and loaders take them. */
export const DATASET_LISTS = [
  'items',
  'coverageGroups',
  'itemCoverage',
  'warehouses',
  'calendars',
  'bomLines',
  'resources',
  'resourceGroups',
  'routeOperations',
  'onHand',
  'supply',
  'demand',
  'forecasts',
  'reductionKeys',
] as const;

export type DatasetListName = (typeof DATASET_LISTS)[number];

/**
 * A dataset as a reader streams it: the plan, then each list as parts of rows (of that
 * list's row type) followed by its end; an empty list is just its end.
 */
export type DatasetPart =
  | { kind: 'plan'; plan: PlanSettings }
  | { kind: 'rows'; list: DatasetListName; rows: object[] }
  | { kind: 'end'; list: DatasetListName };
