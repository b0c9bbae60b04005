/**
 * The field names of every dataset entity, checked against the model types: adding a field
 * to a type without adding it here fails the type check. Validation uses these lists to
 * warn about unknown fields, and a test holds the JSON Schema to them.
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
  ReductionKeyPeriod,
  SupplyLine,
  Warehouse,
} from '../model/dataset';

const coverageSettings = {
  coverageCode: true,
  coveragePeriod: true,
  coverageTimeFence: true,
  negativeDays: true,
  positiveDays: true,
  dynamicPositiveDays: true,
  minimumInventory: true,
  maximumInventory: true,
  orderType: true,
  purchaseLeadTime: true,
  productionLeadTime: true,
  transferLeadTime: true,
  leadTimeUnit: true,
  minOrderQuantity: true,
  maxOrderQuantity: true,
  orderMultiple: true,
  calendar: true,
  issueMargin: true,
  receiptMargin: true,
  reorderMargin: true,
  actionFence: true,
  advanceMargin: true,
  postponeMargin: true,
  firmingFence: true,
  forecastReduction: true,
  reductionKey: true,
} as const satisfies Record<keyof CoverageSettings, true>;

/** Field names per entity; `dataset` is the top level of the file. */
export const FIELD_NAMES = {
  dataset: {
    formatVersion: true,
    plan: true,
    items: true,
    coverageGroups: true,
    itemCoverage: true,
    warehouses: true,
    calendars: true,
    bomLines: true,
    onHand: true,
    supply: true,
    demand: true,
    forecasts: true,
    reductionKeys: true,
    filter: true,
  } satisfies Record<keyof Dataset, true>,
  plan: {
    id: true,
    planDate: true,
    coverageTimeFence: true,
    negativeDays: true,
    issueMargin: true,
    receiptMargin: true,
    reorderMargin: true,
    forecastModel: true,
    defaults: true,
  } satisfies Record<keyof PlanSettings, true>,
  coverageSettings: coverageSettings satisfies Record<keyof CoverageSettings, true>,
  items: { id: true, name: true, coverageGroup: true } satisfies Record<keyof Item, true>,
  coverageGroups: { id: true, name: true, ...coverageSettings } satisfies Record<
    keyof CoverageGroup,
    true
  >,
  itemCoverage: {
    item: true,
    warehouse: true,
    mainWarehouse: true,
    ...coverageSettings,
  } satisfies Record<keyof ItemCoverage, true>,
  warehouses: {
    id: true,
    name: true,
    mainWarehouse: true,
    calendar: true,
    manual: true,
  } satisfies Record<keyof Warehouse, true>,
  calendars: { id: true, workingWeekdays: true, exceptions: true } satisfies Record<
    keyof Calendar,
    true
  >,
  calendarExceptions: { date: true, open: true } satisfies Record<keyof CalendarException, true>,
  bomLines: {
    id: true,
    parent: true,
    component: true,
    quantity: true,
    perSeries: true,
    scrapPercent: true,
    constantScrap: true,
    validFrom: true,
    validTo: true,
    phantom: true,
    warehouse: true,
    offsetDays: true,
  } satisfies Record<keyof BomLine, true>,
  onHand: { item: true, warehouse: true, quantity: true } satisfies Record<keyof OnHand, true>,
  supply: {
    id: true,
    type: true,
    item: true,
    warehouse: true,
    date: true,
    quantity: true,
    fromWarehouse: true,
    orderType: true,
    approved: true,
  } satisfies Record<keyof SupplyLine, true>,
  demand: {
    id: true,
    type: true,
    item: true,
    warehouse: true,
    date: true,
    quantity: true,
  } satisfies Record<keyof DemandLine, true>,
  forecasts: {
    id: true,
    model: true,
    item: true,
    warehouse: true,
    date: true,
    quantity: true,
  } satisfies Record<keyof Forecast, true>,
  reductionKeys: { id: true, periods: true } satisfies Record<keyof ReductionKey, true>,
  reductionKeyPeriods: { from: true, percent: true } satisfies Record<
    keyof ReductionKeyPeriod,
    true
  >,
  filter: { items: true, bomLevels: true } satisfies Record<keyof PlanFilter, true>,
} as const;

export type FieldNameEntity = keyof typeof FIELD_NAMES;

/** The field names of one entity as a list. */
export function fieldNames(entity: FieldNameEntity): string[] {
  return Object.keys(FIELD_NAMES[entity]);
}
