/**
 * The fields of every dataset entity and whether each is required, checked against the
 * model types: adding a field to a type without adding it here, or making it optional,
 * fails the type check. Validation uses these lists to warn about unknown fields, and a
 * test holds the JSON Schema to them.
 */
import type {
  BomLine,
  Calendar,
  CalendarException,
  CoverageGroup,
  CoverageSettings,
  Dataset,
  DemandLine,
  Forecast,
  Item,
  ItemCoverage,
  OnHand,
  PlanFilter,
  PlanSettings,
  ReductionKey,
  Resource,
  ResourceGroup,
  RouteOperation,
  ReductionKeyPeriod,
  SupplyLine,
  Warehouse,
} from '../model/dataset';

/** For each field of T: 'required', or 'optional' when the field may be left out. */
export type Presence<T> = {
  [K in keyof T]-?: object extends Pick<T, K> ? 'optional' : 'required';
};

const coverageSettings = {
  coverageCode: 'optional',
  coveragePeriod: 'optional',
  coverageTimeFence: 'optional',
  negativeDays: 'optional',
  positiveDays: 'optional',
  dynamicPositiveDays: 'optional',
  minimumInventory: 'optional',
  maximumInventory: 'optional',
  orderType: 'optional',
  purchaseLeadTime: 'optional',
  productionLeadTime: 'optional',
  transferLeadTime: 'optional',
  leadTimeUnit: 'optional',
  minOrderQuantity: 'optional',
  maxOrderQuantity: 'optional',
  orderMultiple: 'optional',
  calendar: 'optional',
  issueMargin: 'optional',
  receiptMargin: 'optional',
  reorderMargin: 'optional',
  actionFence: 'optional',
  advanceMargin: 'optional',
  postponeMargin: 'optional',
  firmingFence: 'optional',
  forecastReduction: 'optional',
  reductionKey: 'optional',
} as const satisfies Presence<CoverageSettings>;

/** Field names per entity, and whether each is required; `dataset` is the top level of the file. */
export const FIELD_NAMES = {
  dataset: {
    formatVersion: 'required',
    plan: 'required',
    items: 'required',
    coverageGroups: 'optional',
    itemCoverage: 'optional',
    warehouses: 'required',
    calendars: 'optional',
    bomLines: 'optional',
    resources: 'optional',
    resourceGroups: 'optional',
    routeOperations: 'optional',
    onHand: 'optional',
    supply: 'optional',
    demand: 'optional',
    forecasts: 'optional',
    reductionKeys: 'optional',
    filter: 'optional',
  } satisfies Presence<Dataset>,
  plan: {
    id: 'required',
    planDate: 'required',
    coverageTimeFence: 'optional',
    negativeDays: 'optional',
    issueMargin: 'optional',
    receiptMargin: 'optional',
    reorderMargin: 'optional',
    forecastModel: 'optional',
    defaults: 'optional',
  } satisfies Presence<PlanSettings>,
  coverageSettings: coverageSettings,
  items: {
    id: 'required',
    name: 'optional',
    coverageGroup: 'optional',
  } satisfies Presence<Item>,
  coverageGroups: {
    id: 'required',
    name: 'optional',
    ...coverageSettings,
  } satisfies Presence<CoverageGroup>,
  itemCoverage: {
    item: 'required',
    warehouse: 'optional',
    mainWarehouse: 'optional',
    ...coverageSettings,
  } satisfies Presence<ItemCoverage>,
  warehouses: {
    id: 'required',
    name: 'optional',
    mainWarehouse: 'optional',
    calendar: 'optional',
    manual: 'optional',
  } satisfies Presence<Warehouse>,
  calendars: {
    id: 'required',
    workingWeekdays: 'required',
    exceptions: 'optional',
  } satisfies Presence<Calendar>,
  calendarExceptions: {
    date: 'required',
    open: 'required',
  } satisfies Presence<CalendarException>,
  bomLines: {
    id: 'required',
    parent: 'required',
    component: 'required',
    quantity: 'required',
    perSeries: 'optional',
    scrapPercent: 'optional',
    constantScrap: 'optional',
    validFrom: 'optional',
    validTo: 'optional',
    phantom: 'optional',
    warehouse: 'optional',
    offsetDays: 'optional',
    operation: 'optional',
  } satisfies Presence<BomLine>,
  resources: {
    id: 'required',
    name: 'optional',
    calendar: 'optional',
    hoursPerDay: 'optional',
    capacity: 'optional',
    efficiencyPercent: 'optional',
  } satisfies Presence<Resource>,
  resourceGroups: {
    id: 'required',
    name: 'optional',
    members: 'required',
  } satisfies Presence<ResourceGroup>,
  routeOperations: {
    id: 'required',
    item: 'required',
    operation: 'required',
    resource: 'optional',
    resourceGroup: 'optional',
    setupHours: 'optional',
    runHours: 'optional',
    perSeries: 'optional',
    queueHours: 'optional',
    transitHours: 'optional',
    scrapPercent: 'optional',
    validFrom: 'optional',
    validTo: 'optional',
  } satisfies Presence<RouteOperation>,
  onHand: {
    item: 'required',
    warehouse: 'required',
    quantity: 'required',
  } satisfies Presence<OnHand>,
  supply: {
    id: 'required',
    type: 'required',
    item: 'required',
    warehouse: 'required',
    date: 'required',
    quantity: 'required',
    fromWarehouse: 'optional',
    orderType: 'optional',
    approved: 'optional',
  } satisfies Presence<SupplyLine>,
  demand: {
    id: 'required',
    type: 'required',
    item: 'required',
    warehouse: 'required',
    date: 'required',
    quantity: 'required',
  } satisfies Presence<DemandLine>,
  forecasts: {
    id: 'required',
    model: 'required',
    item: 'required',
    warehouse: 'required',
    date: 'required',
    quantity: 'required',
  } satisfies Presence<Forecast>,
  reductionKeys: {
    id: 'required',
    periods: 'required',
  } satisfies Presence<ReductionKey>,
  reductionKeyPeriods: {
    from: 'required',
    percent: 'required',
  } satisfies Presence<ReductionKeyPeriod>,
  filter: {
    items: 'required',
    bomLevels: 'optional',
  } satisfies Presence<PlanFilter>,
} as const;

export type FieldNameEntity = keyof typeof FIELD_NAMES;

/** The field names of one entity. */
export function fieldNames(entity: FieldNameEntity): string[] {
  return Object.keys(FIELD_NAMES[entity]);
}
