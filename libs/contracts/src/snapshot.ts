/**
 * The snapshot codec: a Dataset to and from columnar SnapshotBatch messages, the unit a
 * connector writes to a run's Redis streams (one batch per stream entry).
 */
import {
  DATASET_LISTS,
  DatasetColumnBuilder,
  DEMAND_TYPE_CODES,
  NO_REF,
  PLANNED_ORDER_TYPE_CODES,
  SUPPLY_TYPE_CODES,
  toIso,
  type DatasetColumns,
  type BomLine,
  type Calendar,
  type CalendarException,
  type CoverageGroup,
  type Dataset,
  type DatasetPart,
  type DemandLine,
  type Forecast,
  type Item,
  type ItemCoverage,
  type OnHand,
  type PlanFilter,
  type PlanSettings,
  type ReductionKey,
  type Resource,
  type ResourceGroup,
  type RouteOperation,
  type SupplyLine,
  type Warehouse,
} from '@replan/engine';
import {
  cell,
  checkFrame,
  ListFramer,
  columnReader,
  ContractError,
  dayOf,
  decodeOptBool,
  decodeOptNumber,
  DictionaryBuilder,
  DictionaryReader,
  encodeOptBool,
  encodeOptNumber,
  groupByEntity,
  orderBatches,
  type FramedBatch,
  type ListFrame,
} from './common';
import { decodeCoverage, encodeCoverage } from './coverage';
import { decodeFilter, encodeFilter } from './wire';
import { demandTypes, plannedOrderTypes, supplyTypes } from './enums';
import { replan } from './gen/replan';

const v1 = replan.v1;
const Entity = v1.SnapshotEntity;

/** Default rows per batch: big enough to amortise framing, small enough for a stream entry. */
export const DEFAULT_ROWS_PER_BATCH = 5000;

/** The dataset lists, in the order their batches are written. */
export type SnapshotEntityName =
  | 'plan'
  | 'items'
  | 'coverageGroups'
  | 'itemCoverage'
  | 'warehouses'
  | 'calendars'
  | 'bomLines'
  | 'resources'
  | 'resourceGroups'
  | 'routeOperations'
  | 'onHand'
  | 'supply'
  | 'demand'
  | 'forecasts'
  | 'reductionKeys';

const ENTITY_NUMBERS: Record<SnapshotEntityName, replan.v1.SnapshotEntity> = {
  plan: Entity.SNAPSHOT_ENTITY_PLAN,
  items: Entity.SNAPSHOT_ENTITY_ITEMS,
  coverageGroups: Entity.SNAPSHOT_ENTITY_COVERAGE_GROUPS,
  itemCoverage: Entity.SNAPSHOT_ENTITY_ITEM_COVERAGE,
  warehouses: Entity.SNAPSHOT_ENTITY_WAREHOUSES,
  calendars: Entity.SNAPSHOT_ENTITY_CALENDARS,
  bomLines: Entity.SNAPSHOT_ENTITY_BOM_LINES,
  resources: Entity.SNAPSHOT_ENTITY_RESOURCES,
  resourceGroups: Entity.SNAPSHOT_ENTITY_RESOURCE_GROUPS,
  routeOperations: Entity.SNAPSHOT_ENTITY_ROUTE_OPERATIONS,
  onHand: Entity.SNAPSHOT_ENTITY_ON_HAND,
  supply: Entity.SNAPSHOT_ENTITY_SUPPLY,
  demand: Entity.SNAPSHOT_ENTITY_DEMAND,
  forecasts: Entity.SNAPSHOT_ENTITY_FORECASTS,
  reductionKeys: Entity.SNAPSHOT_ENTITY_REDUCTION_KEYS,
};

type Batch = replan.v1.SnapshotBatch.$Properties;

const optDay = (iso: string | undefined): number => (iso === undefined ? 0 : dayOf(iso));

function encodePlan(
  plan: PlanSettings,
  formatVersion: number,
  filter: PlanFilter | undefined,
): replan.v1.PlanBatch.$Properties {
  const dict = new DictionaryBuilder();
  const defaults = encodeCoverage(plan.defaults === undefined ? [] : [plan.defaults], dict);
  const batch: replan.v1.PlanBatch.$Properties = {
    formatVersion,
    id: plan.id,
    planDate: dayOf(plan.planDate),
    coverageTimeFence: encodeOptNumber(plan.coverageTimeFence),
    negativeDays: encodeOptNumber(plan.negativeDays),
    issueMargin: encodeOptNumber(plan.issueMargin),
    receiptMargin: encodeOptNumber(plan.receiptMargin),
    reorderMargin: encodeOptNumber(plan.reorderMargin),
    defaults,
  };
  if (plan.forecastModel !== undefined) batch.forecastModel = plan.forecastModel;
  if (filter !== undefined) batch.filter = encodeFilter(filter);
  batch.dictionary = dict.values;
  return batch;
}

/** The row type of each dataset list a snapshot carries. */
export interface SnapshotLists {
  items: Item;
  coverageGroups: CoverageGroup;
  itemCoverage: ItemCoverage;
  warehouses: Warehouse;
  calendars: Calendar;
  bomLines: BomLine;
  resources: Resource;
  resourceGroups: ResourceGroup;
  routeOperations: RouteOperation;
  onHand: OnHand;
  supply: SupplyLine;
  demand: DemandLine;
  forecasts: Forecast;
  reductionKeys: ReductionKey;
}

export type SnapshotListName = keyof SnapshotLists;

/** The lists in the order their batches are written, after the plan batch. */
export const SNAPSHOT_LISTS: readonly SnapshotListName[] = DATASET_LISTS;

const LIST_ENCODERS: {
  [E in SnapshotListName]: (rows: readonly SnapshotLists[E][], dict: DictionaryBuilder) => Batch[E];
} = {
  items: (rows: readonly Item[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    name: rows.map((r) => dict.opt(r.name)),
    coverageGroup: rows.map((r) => dict.opt(r.coverageGroup)),
    dictionary: dict.values,
  }),
  coverageGroups: (rows: readonly CoverageGroup[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    name: rows.map((r) => dict.opt(r.name)),
    settings: encodeCoverage(rows, dict),
    dictionary: dict.values,
  }),
  itemCoverage: (rows: readonly ItemCoverage[], dict: DictionaryBuilder) => ({
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.opt(r.warehouse)),
    mainWarehouse: rows.map((r) => dict.opt(r.mainWarehouse)),
    settings: encodeCoverage(rows, dict),
    dictionary: dict.values,
  }),
  warehouses: (rows: readonly Warehouse[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    name: rows.map((r) => dict.opt(r.name)),
    mainWarehouse: rows.map((r) => dict.opt(r.mainWarehouse)),
    calendar: rows.map((r) => dict.opt(r.calendar)),
    manual: rows.map((r) => encodeOptBool(r.manual)),
    dictionary: dict.values,
  }),
  calendars: (rows: readonly Calendar[], dict: DictionaryBuilder) => {
    const exceptions = rows.flatMap((r) => r.exceptions ?? []);
    return {
      id: rows.map((r) => r.id),
      weekdayCount: rows.map((r) => r.workingWeekdays.length),
      weekdays: rows.flatMap((r) => r.workingWeekdays),
      hasExceptions: rows.map((r) => r.exceptions !== undefined),
      exceptionCount: rows.map((r) => r.exceptions?.length ?? 0),
      exceptionDate: exceptions.map((e) => dayOf(e.date)),
      exceptionOpen: exceptions.map((e) => e.open),
      dictionary: dict.values,
    };
  },
  bomLines: (rows: readonly BomLine[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    parent: rows.map((r) => dict.ref(r.parent)),
    component: rows.map((r) => dict.ref(r.component)),
    quantity: rows.map((r) => r.quantity),
    perSeries: rows.map((r) => encodeOptNumber(r.perSeries)),
    scrapPercent: rows.map((r) => encodeOptNumber(r.scrapPercent)),
    constantScrap: rows.map((r) => encodeOptNumber(r.constantScrap)),
    validFrom: rows.map((r) => optDay(r.validFrom)),
    hasValidFrom: rows.map((r) => r.validFrom !== undefined),
    validTo: rows.map((r) => optDay(r.validTo)),
    hasValidTo: rows.map((r) => r.validTo !== undefined),
    phantom: rows.map((r) => encodeOptBool(r.phantom)),
    warehouse: rows.map((r) => dict.opt(r.warehouse)),
    offsetDays: rows.map((r) => encodeOptNumber(r.offsetDays)),
    operation: rows.map((r) => encodeOptNumber(r.operation)),
    dictionary: dict.values,
  }),
  resources: (rows: readonly Resource[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    name: rows.map((r) => dict.opt(r.name)),
    calendar: rows.map((r) => dict.opt(r.calendar)),
    hoursPerDay: rows.map((r) => encodeOptNumber(r.hoursPerDay)),
    capacity: rows.map((r) => encodeOptNumber(r.capacity)),
    efficiencyPercent: rows.map((r) => encodeOptNumber(r.efficiencyPercent)),
    dictionary: dict.values,
  }),
  resourceGroups: (rows: readonly ResourceGroup[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    name: rows.map((r) => dict.opt(r.name)),
    memberCount: rows.map((r) => r.members.length),
    members: rows.flatMap((r) => r.members.map((m) => dict.ref(m))),
    dictionary: dict.values,
  }),
  routeOperations: (rows: readonly RouteOperation[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    item: rows.map((r) => dict.ref(r.item)),
    operation: rows.map((r) => r.operation),
    resource: rows.map((r) => dict.opt(r.resource)),
    resourceGroup: rows.map((r) => dict.opt(r.resourceGroup)),
    setupHours: rows.map((r) => encodeOptNumber(r.setupHours)),
    runHours: rows.map((r) => encodeOptNumber(r.runHours)),
    perSeries: rows.map((r) => encodeOptNumber(r.perSeries)),
    queueHours: rows.map((r) => encodeOptNumber(r.queueHours)),
    transitHours: rows.map((r) => encodeOptNumber(r.transitHours)),
    scrapPercent: rows.map((r) => encodeOptNumber(r.scrapPercent)),
    validFrom: rows.map((r) => optDay(r.validFrom)),
    hasValidFrom: rows.map((r) => r.validFrom !== undefined),
    validTo: rows.map((r) => optDay(r.validTo)),
    hasValidTo: rows.map((r) => r.validTo !== undefined),
    dictionary: dict.values,
  }),
  onHand: (rows: readonly OnHand[], dict: DictionaryBuilder) => ({
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    quantity: rows.map((r) => r.quantity),
    dictionary: dict.values,
  }),
  supply: (rows: readonly SupplyLine[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    type: rows.map((r) => supplyTypes.encode(r.type)),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    date: rows.map((r) => dayOf(r.date)),
    quantity: rows.map((r) => r.quantity),
    fromWarehouse: rows.map((r) => dict.opt(r.fromWarehouse)),
    orderType: rows.map((r) => plannedOrderTypes.encodeOpt(r.orderType)),
    approved: rows.map((r) => encodeOptBool(r.approved)),
    dictionary: dict.values,
  }),
  demand: (rows: readonly DemandLine[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    type: rows.map((r) => demandTypes.encode(r.type)),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    date: rows.map((r) => dayOf(r.date)),
    quantity: rows.map((r) => r.quantity),
    dictionary: dict.values,
  }),
  forecasts: (rows: readonly Forecast[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    model: rows.map((r) => dict.ref(r.model)),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    date: rows.map((r) => dayOf(r.date)),
    quantity: rows.map((r) => r.quantity),
    dictionary: dict.values,
  }),
  reductionKeys: (rows: readonly ReductionKey[], dict: DictionaryBuilder) => {
    const periods = rows.flatMap((r) => r.periods);
    return {
      id: rows.map((r) => r.id),
      periodCount: rows.map((r) => r.periods.length),
      periodFrom: periods.map((p) => dayOf(p.from)),
      periodPercent: periods.map((p) => p.percent),
      dictionary: dict.values,
    };
  },
};

/** The plan batch, the first of every snapshot. */
export function encodeSnapshotPlanBatch(
  plan: PlanSettings,
  filter?: PlanFilter,
  formatVersion: number = 1,
): Uint8Array {
  return v1.SnapshotBatch.encode({
    entity: Entity.SNAPSHOT_ENTITY_PLAN,
    sequence: 0,
    last: true,
    plan: encodePlan(plan, formatVersion, filter),
  }).finish();
}

function encodeListBatch({ list, rows, sequence, last }: ListFrame<SnapshotListName>): Uint8Array {
  const encode = LIST_ENCODERS[list] as (rows: readonly unknown[], dict: DictionaryBuilder) => Body;
  const message: Batch = {
    entity: ENTITY_NUMBERS[list],
    sequence,
    last,
    [list]: encode(rows, new DictionaryBuilder()),
  };
  return v1.SnapshotBatch.encode(message).finish();
}

/**
 * Encodes a (validated) dataset as SnapshotBatch messages: one plan batch, then each list
 * in batches of at most `rowsPerBatch` rows. Absent optional lists send no batch; empty
 * lists send one batch with no rows.
 */
export function encodeDatasetBatches(
  dataset: Dataset,
  rowsPerBatch: number = DEFAULT_ROWS_PER_BATCH,
): Uint8Array[] {
  const present = SNAPSHOT_LISTS.filter((list) => dataset[list] !== undefined);
  const framer = new ListFramer(present, rowsPerBatch, 'snapshot');
  const out = [encodeSnapshotPlanBatch(dataset.plan, dataset.filter, dataset.formatVersion)];
  for (const list of present) {
    for (const frame of framer.add(list, dataset[list] ?? [])) out.push(encodeListBatch(frame));
  }
  for (const frame of framer.end()) out.push(encodeListBatch(frame));
  return out;
}

/**
 * Encodes a dataset as a reader streams it (the plan, then each list's parts and end, as
 * `readDatasetParts` of @replan/sql yields them): the plan batch, then each list in batches
 * of at most `rowsPerBatch` rows, each batch encoded as soon as its rows are read, so a
 * connector never holds more than a batch of a table.
 */
export async function* encodeSnapshotParts(
  parts: AsyncIterable<DatasetPart> | Iterable<DatasetPart>,
  filter: PlanFilter | undefined,
  rowsPerBatch: number = DEFAULT_ROWS_PER_BATCH,
): AsyncGenerator<Uint8Array> {
  const framer = new ListFramer(SNAPSHOT_LISTS, rowsPerBatch, 'snapshot');
  for await (const part of parts) {
    if (part.kind === 'plan') yield encodeSnapshotPlanBatch(part.plan, filter);
    else {
      const frames =
        part.kind === 'rows' ? framer.add(part.list, part.rows) : framer.endList(part.list);
      for (const frame of frames) yield encodeListBatch(frame);
    }
  }
  for (const frame of framer.end()) yield encodeListBatch(frame);
}

/** Which entity an encoded SnapshotBatch carries, and its place in that entity's stream. */
export interface SnapshotBatchHeader {
  entity: SnapshotEntityName;
  sequence: number;
  last: boolean;
  /** Rows in the batch (1 for the plan batch). */
  rows: number;
}

type Body = NonNullable<Batch[SnapshotEntityName]>;

type DecodedBatch = FramedBatch<SnapshotEntityName, Body>;

function decodeBatch(bytes: Uint8Array): DecodedBatch {
  return checkFrame(v1.SnapshotBatch.decode(bytes), ENTITY_NUMBERS, 'snapshot');
}

/** Rows in a decoded batch body: the length of its leading column. */
function bodyRows(entity: SnapshotEntityName, body: Body): number {
  if (entity === 'plan') return 1;
  const lead =
    entity === 'itemCoverage' || entity === 'onHand'
      ? (body as { item?: number[] | null }).item
      : (body as { id?: string[] | null }).id;
  return lead?.length ?? 0;
}

/** Reads the header of an encoded SnapshotBatch without decoding it into a dataset. */
export function readSnapshotBatchHeader(bytes: Uint8Array): SnapshotBatchHeader {
  const b = decodeBatch(bytes);
  return { entity: b.entity, sequence: b.sequence, last: b.last, rows: bodyRows(b.entity, b.body) };
}

/**
 * Decodes SnapshotBatch messages (any order across entities) back into the dataset they
 * were encoded from. Throws a ContractError when an entity's batches are incomplete.
 */
export function decodeDatasetBatches(batches: Iterable<Uint8Array>): Dataset {
  const byEntity = groupByEntity(batches, decodeBatch);

  const bodies = <K extends SnapshotEntityName>(entity: K): NonNullable<Batch[K]>[] | undefined => {
    const list = byEntity.get(entity);
    if (list === undefined) return undefined;
    return orderBatches(list, entity).map((b) => b.body as NonNullable<Batch[K]>);
  };
  const rowsOf = <K extends SnapshotEntityName, T>(
    entity: K,
    decode: (body: NonNullable<Batch[K]>, where: string) => T[],
  ): T[] | undefined => {
    const list = bodies(entity);
    if (list === undefined) return undefined;
    const out: T[] = [];
    list.forEach((body, i) => {
      for (const row of decode(body, `${entity} batch ${i}`)) out.push(row);
    });
    return out;
  };

  const planBodies = bodies('plan');
  const planBody = planBodies?.[0];
  if (planBody === undefined || planBodies?.length !== 1) {
    throw new ContractError('snapshot: expected exactly one plan batch');
  }
  const items = rowsOf('items', decodeItems);
  if (items === undefined) throw new ContractError('snapshot: no items batch');
  const warehouses = rowsOf('warehouses', decodeWarehouses);
  if (warehouses === undefined) throw new ContractError('snapshot: no warehouses batch');

  const formatVersion = planBody.formatVersion ?? 0;
  if (formatVersion !== 1) {
    throw new ContractError(`snapshot: unsupported dataset format version ${formatVersion}`);
  }
  const dataset: Dataset = { formatVersion, plan: decodePlan(planBody), items, warehouses };
  const set = <K extends keyof Dataset>(key: K, value: Dataset[K] | undefined): void => {
    if (value !== undefined) dataset[key] = value;
  };
  set('coverageGroups', rowsOf('coverageGroups', decodeCoverageGroups));
  set('itemCoverage', rowsOf('itemCoverage', decodeItemCoverage));
  set('calendars', rowsOf('calendars', decodeCalendars));
  set('bomLines', rowsOf('bomLines', decodeBomLines));
  set('resources', rowsOf('resources', decodeResources));
  set('resourceGroups', rowsOf('resourceGroups', decodeResourceGroups));
  set('routeOperations', rowsOf('routeOperations', decodeRouteOperations));
  set('onHand', rowsOf('onHand', decodeOnHand));
  set('supply', rowsOf('supply', decodeSupply));
  set('demand', rowsOf('demand', decodeDemand));
  set('forecasts', rowsOf('forecasts', decodeForecasts));
  set('reductionKeys', rowsOf('reductionKeys', decodeReductionKeys));
  if (planBody.filter != null) dataset.filter = decodeFilter(planBody.filter);
  return dataset;
}

function decodePlan(b: replan.v1.PlanBatch.$Properties): PlanSettings {
  const dict = new DictionaryReader(b.dictionary ?? [], 'plan batch');
  const plan: PlanSettings = { id: b.id ?? '', planDate: toIso(b.planDate ?? 0) };
  const num = (v: number | null | undefined): number | undefined => decodeOptNumber(v ?? NaN);
  const fence = num(b.coverageTimeFence);
  if (fence !== undefined) plan.coverageTimeFence = fence;
  const negative = num(b.negativeDays);
  if (negative !== undefined) plan.negativeDays = negative;
  const issue = num(b.issueMargin);
  if (issue !== undefined) plan.issueMargin = issue;
  const receipt = num(b.receiptMargin);
  if (receipt !== undefined) plan.receiptMargin = receipt;
  const reorder = num(b.reorderMargin);
  if (reorder !== undefined) plan.reorderMargin = reorder;
  if (b.forecastModel != null) plan.forecastModel = b.forecastModel;
  const defaultRows = b.defaults?.coverageCode?.length ?? 0;
  if (defaultRows > 1) throw new ContractError('plan batch: more than one defaults row');
  if (defaultRows === 1) {
    const defaults = {};
    decodeCoverage(b.defaults, [defaults], dict, 'plan defaults');
    plan.defaults = defaults;
  }
  return plan;
}

function decodeItems(b: replan.v1.ItemBatch.$Properties, where: string): Item[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const name = col(b.name, 'name');
  const group = col(b.coverageGroup, 'coverageGroup');
  return ids.map((id, i) => {
    const item: Item = { id };
    const n = dict.opt(cell(name, i), 'name');
    if (n !== undefined) item.name = n;
    const g = dict.opt(cell(group, i), 'coverageGroup');
    if (g !== undefined) item.coverageGroup = g;
    return item;
  });
}

function decodeCoverageGroups(
  b: replan.v1.CoverageGroupBatch.$Properties,
  where: string,
): CoverageGroup[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const name = col(b.name, 'name');
  const groups = ids.map((id, i) => {
    const group: CoverageGroup = { id };
    const n = dict.opt(cell(name, i), 'name');
    if (n !== undefined) group.name = n;
    return group;
  });
  decodeCoverage(b.settings, groups, dict, where);
  return groups;
}

function decodeItemCoverage(
  b: replan.v1.ItemCoverageBatch.$Properties,
  where: string,
): ItemCoverage[] {
  const itemCol = b.item ?? [];
  const { dict, col } = columnReader(b.dictionary, itemCol.length, where);
  const warehouse = col(b.warehouse, 'warehouse');
  const main = col(b.mainWarehouse, 'mainWarehouse');
  const rows = itemCol.map((itemIndex, i) => {
    const row: ItemCoverage = { item: dict.ref(itemIndex, 'item') };
    const w = dict.opt(cell(warehouse, i), 'warehouse');
    if (w !== undefined) row.warehouse = w;
    const m = dict.opt(cell(main, i), 'mainWarehouse');
    if (m !== undefined) row.mainWarehouse = m;
    return row;
  });
  decodeCoverage(b.settings, rows, dict, where);
  return rows;
}

function decodeWarehouses(b: replan.v1.WarehouseBatch.$Properties, where: string): Warehouse[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const name = col(b.name, 'name');
  const main = col(b.mainWarehouse, 'mainWarehouse');
  const calendar = col(b.calendar, 'calendar');
  const manual = col(b.manual, 'manual');
  return ids.map((id, i) => {
    const w: Warehouse = { id };
    const n = dict.opt(cell(name, i), 'name');
    if (n !== undefined) w.name = n;
    const m = dict.opt(cell(main, i), 'mainWarehouse');
    if (m !== undefined) w.mainWarehouse = m;
    const c = dict.opt(cell(calendar, i), 'calendar');
    if (c !== undefined) w.calendar = c;
    const man = decodeOptBool(cell(manual, i));
    if (man !== undefined) w.manual = man;
    return w;
  });
}

function decodeCalendars(b: replan.v1.CalendarBatch.$Properties, where: string): Calendar[] {
  const ids = b.id ?? [];
  const { col } = columnReader(b.dictionary, ids.length, where);
  const weekdayCount = col(b.weekdayCount, 'weekdayCount');
  const hasExceptions = col(b.hasExceptions, 'hasExceptions');
  const exceptionCount = col(b.exceptionCount, 'exceptionCount');
  const weekdays = b.weekdays ?? [];
  const exceptionDate = b.exceptionDate ?? [];
  const exceptionOpen = b.exceptionOpen ?? [];
  let nextWeekday = 0;
  let nextException = 0;
  const calendars = ids.map((id, i) => {
    const nWeekdays = cell(weekdayCount, i);
    const cal: Calendar = {
      id,
      workingWeekdays: weekdays.slice(nextWeekday, nextWeekday + nWeekdays),
    };
    nextWeekday += nWeekdays;
    const nExceptions = cell(exceptionCount, i);
    if (cell(hasExceptions, i)) {
      const exceptions: CalendarException[] = [];
      for (let k = nextException; k < nextException + nExceptions; k++) {
        exceptions.push({ date: toIso(cell(exceptionDate, k)), open: cell(exceptionOpen, k) });
      }
      cal.exceptions = exceptions;
    }
    nextException += nExceptions;
    return cal;
  });
  if (nextWeekday !== weekdays.length || nextException !== exceptionDate.length) {
    throw new ContractError(`${where}: flat weekday or exception columns do not match counts`);
  }
  return calendars;
}

function decodeBomLines(b: replan.v1.BomLineBatch.$Properties, where: string): BomLine[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const parent = col(b.parent, 'parent');
  const component = col(b.component, 'component');
  const quantity = col(b.quantity, 'quantity');
  const perSeries = col(b.perSeries, 'perSeries');
  const scrapPercent = col(b.scrapPercent, 'scrapPercent');
  const constantScrap = col(b.constantScrap, 'constantScrap');
  const validFrom = col(b.validFrom, 'validFrom');
  const hasValidFrom = col(b.hasValidFrom, 'hasValidFrom');
  const validTo = col(b.validTo, 'validTo');
  const hasValidTo = col(b.hasValidTo, 'hasValidTo');
  const phantom = col(b.phantom, 'phantom');
  const warehouse = col(b.warehouse, 'warehouse');
  const offsetDays = col(b.offsetDays, 'offsetDays');
  const operation = col(b.operation, 'operation');
  return ids.map((id, i) => {
    const line: BomLine = {
      id,
      parent: dict.ref(cell(parent, i), 'parent'),
      component: dict.ref(cell(component, i), 'component'),
      quantity: cell(quantity, i),
    };
    const per = decodeOptNumber(cell(perSeries, i));
    if (per !== undefined) line.perSeries = per;
    const scrap = decodeOptNumber(cell(scrapPercent, i));
    if (scrap !== undefined) line.scrapPercent = scrap;
    const constant = decodeOptNumber(cell(constantScrap, i));
    if (constant !== undefined) line.constantScrap = constant;
    if (cell(hasValidFrom, i)) line.validFrom = toIso(cell(validFrom, i));
    if (cell(hasValidTo, i)) line.validTo = toIso(cell(validTo, i));
    const ph = decodeOptBool(cell(phantom, i));
    if (ph !== undefined) line.phantom = ph;
    const w = dict.opt(cell(warehouse, i), 'warehouse');
    if (w !== undefined) line.warehouse = w;
    const offset = decodeOptNumber(cell(offsetDays, i));
    if (offset !== undefined) line.offsetDays = offset;
    const op = decodeOptNumber(cell(operation, i));
    if (op !== undefined) line.operation = op;
    return line;
  });
}

function decodeResources(b: replan.v1.ResourceBatch.$Properties, where: string): Resource[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const name = col(b.name, 'name');
  const calendar = col(b.calendar, 'calendar');
  const hoursPerDay = col(b.hoursPerDay, 'hoursPerDay');
  const capacity = col(b.capacity, 'capacity');
  const efficiency = col(b.efficiencyPercent, 'efficiencyPercent');
  return ids.map((id, i) => {
    const resource: Resource = { id };
    const n = dict.opt(cell(name, i), 'name');
    if (n !== undefined) resource.name = n;
    const c = dict.opt(cell(calendar, i), 'calendar');
    if (c !== undefined) resource.calendar = c;
    const hours = decodeOptNumber(cell(hoursPerDay, i));
    if (hours !== undefined) resource.hoursPerDay = hours;
    const units = decodeOptNumber(cell(capacity, i));
    if (units !== undefined) resource.capacity = units;
    const percent = decodeOptNumber(cell(efficiency, i));
    if (percent !== undefined) resource.efficiencyPercent = percent;
    return resource;
  });
}

function decodeResourceGroups(
  b: replan.v1.ResourceGroupBatch.$Properties,
  where: string,
): ResourceGroup[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const name = col(b.name, 'name');
  const memberCount = col(b.memberCount, 'memberCount');
  const members = b.members ?? [];
  let next = 0;
  const groups = ids.map((id, i) => {
    const count = cell(memberCount, i);
    const group: ResourceGroup = { id, members: [] };
    const n = dict.opt(cell(name, i), 'name');
    if (n !== undefined) group.name = n;
    for (let k = next; k < next + count; k++)
      group.members.push(dict.ref(cell(members, k), 'members'));
    next += count;
    return group;
  });
  if (next !== members.length) throw new ContractError(`${where}: member counts do not match`);
  return groups;
}

function decodeRouteOperations(
  b: replan.v1.RouteOperationBatch.$Properties,
  where: string,
): RouteOperation[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const item = col(b.item, 'item');
  const operation = col(b.operation, 'operation');
  const resource = col(b.resource, 'resource');
  const group = col(b.resourceGroup, 'resourceGroup');
  const numbers = {
    setupHours: col(b.setupHours, 'setupHours'),
    runHours: col(b.runHours, 'runHours'),
    perSeries: col(b.perSeries, 'perSeries'),
    queueHours: col(b.queueHours, 'queueHours'),
    transitHours: col(b.transitHours, 'transitHours'),
    scrapPercent: col(b.scrapPercent, 'scrapPercent'),
  };
  const validFrom = col(b.validFrom, 'validFrom');
  const hasValidFrom = col(b.hasValidFrom, 'hasValidFrom');
  const validTo = col(b.validTo, 'validTo');
  const hasValidTo = col(b.hasValidTo, 'hasValidTo');
  return ids.map((id, i) => {
    const op: RouteOperation = {
      id,
      item: dict.ref(cell(item, i), 'item'),
      operation: cell(operation, i),
    };
    const r = dict.opt(cell(resource, i), 'resource');
    if (r !== undefined) op.resource = r;
    const g = dict.opt(cell(group, i), 'resourceGroup');
    if (g !== undefined) op.resourceGroup = g;
    for (const [field, values] of Object.entries(numbers) as [
      keyof typeof numbers,
      readonly number[],
    ][]) {
      const value = decodeOptNumber(cell(values, i));
      if (value !== undefined) op[field] = value;
    }
    if (cell(hasValidFrom, i)) op.validFrom = toIso(cell(validFrom, i));
    if (cell(hasValidTo, i)) op.validTo = toIso(cell(validTo, i));
    return op;
  });
}

function decodeOnHand(b: replan.v1.OnHandBatch.$Properties, where: string): OnHand[] {
  const items = b.item ?? [];
  const { dict, col } = columnReader(b.dictionary, items.length, where);
  const warehouse = col(b.warehouse, 'warehouse');
  const quantity = col(b.quantity, 'quantity');
  return items.map((item, i) => ({
    item: dict.ref(item, 'item'),
    warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
    quantity: cell(quantity, i),
  }));
}

function decodeSupply(b: replan.v1.SupplyBatch.$Properties, where: string): SupplyLine[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const type = col(b.type, 'type');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const date = col(b.date, 'date');
  const quantity = col(b.quantity, 'quantity');
  const fromWarehouse = col(b.fromWarehouse, 'fromWarehouse');
  const orderType = col(b.orderType, 'orderType');
  const approved = col(b.approved, 'approved');
  return ids.map((id, i) => {
    const line: SupplyLine = {
      id,
      type: supplyTypes.decode(cell(type, i)),
      item: dict.ref(cell(item, i), 'item'),
      warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
      date: toIso(cell(date, i)),
      quantity: cell(quantity, i),
    };
    const from = dict.opt(cell(fromWarehouse, i), 'fromWarehouse');
    if (from !== undefined) line.fromWarehouse = from;
    const ot = plannedOrderTypes.decodeOpt(cell(orderType, i));
    if (ot !== undefined) line.orderType = ot;
    const ap = decodeOptBool(cell(approved, i));
    if (ap !== undefined) line.approved = ap;
    return line;
  });
}

function decodeDemand(b: replan.v1.DemandBatch.$Properties, where: string): DemandLine[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const type = col(b.type, 'type');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const date = col(b.date, 'date');
  const quantity = col(b.quantity, 'quantity');
  return ids.map((id, i) => ({
    id,
    type: demandTypes.decode(cell(type, i)),
    item: dict.ref(cell(item, i), 'item'),
    warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
    date: toIso(cell(date, i)),
    quantity: cell(quantity, i),
  }));
}

function decodeForecasts(b: replan.v1.ForecastBatch.$Properties, where: string): Forecast[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const model = col(b.model, 'model');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const date = col(b.date, 'date');
  const quantity = col(b.quantity, 'quantity');
  return ids.map((id, i) => ({
    id,
    model: dict.ref(cell(model, i), 'model'),
    item: dict.ref(cell(item, i), 'item'),
    warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
    date: toIso(cell(date, i)),
    quantity: cell(quantity, i),
  }));
}

function decodeReductionKeys(
  b: replan.v1.ReductionKeyBatch.$Properties,
  where: string,
): ReductionKey[] {
  const ids = b.id ?? [];
  const { col } = columnReader(b.dictionary, ids.length, where);
  const periodCount = col(b.periodCount, 'periodCount');
  const from = b.periodFrom ?? [];
  const percent = b.periodPercent ?? [];
  if (from.length !== percent.length) {
    throw new ContractError(`${where}: period columns differ in length`);
  }
  let next = 0;
  const keys = ids.map((id, i) => {
    const n = cell(periodCount, i);
    const key: ReductionKey = { id, periods: [] };
    for (let k = next; k < next + n; k++) {
      key.periods.push({ from: toIso(cell(from, k)), percent: cell(percent, k) });
    }
    next += n;
    return key;
  });
  if (next !== from.length) throw new ContractError(`${where}: period counts do not match`);
  return keys;
}

/**
 * A batch's dictionary as indexes into the column builder's strings: each entry is interned
 * once, on first use, so a reference costs an array read per row.
 */
class InternedDictionary {
  private readonly refs: Int32Array;

  constructor(
    private readonly values: readonly string[],
    private readonly builder: DatasetColumnBuilder,
    private readonly where: string,
  ) {
    this.refs = new Int32Array(values.length).fill(-1);
  }

  /** A required string: index 0 or out of range is an error. */
  ref(index: number, column: string): number {
    const known = this.refs[index];
    if (known !== undefined && known >= 0 && index !== 0) return known;
    const value = index === 0 ? undefined : this.values[index];
    if (value === undefined || known === undefined) {
      throw new ContractError(`${this.where}: ${column} has a bad dictionary index ${index}`);
    }
    const interned = this.builder.intern(value);
    this.refs[index] = interned;
    return interned;
  }

  /** An optional string: index 0 is absent. */
  opt(index: number, column: string): number {
    return index === 0 ? NO_REF : this.ref(index, column);
  }
}

function checkOptBool(n: number): number {
  if (n === 0 || n === 1 || n === 2) return n;
  throw new ContractError(`bad optional bool value ${n}`);
}

/** An enum number within 1..count (0 allowed when optional), as EnumCodec checks it. */
function checkEnum(n: number, count: number, name: string, optional: boolean): number {
  if ((optional && n === 0) || (Number.isInteger(n) && n >= 1 && n <= count)) return n;
  throw new ContractError(`bad ${name} enum value ${n}`);
}

type ColumnDecoders = {
  [K in 'items' | 'bomLines' | 'onHand' | 'supply' | 'demand' | 'forecasts']: (
    b: NonNullable<Batch[K]>,
    where: string,
    out: DatasetColumnBuilder,
  ) => void;
};

/** The column tables, batch by batch into the builder, without a row object. */
const COLUMN_DECODERS: ColumnDecoders = {
  items: (b, where, out) => {
    const ids = b.id ?? [];
    const { col } = columnReader(b.dictionary, ids.length, where);
    const plain = new DictionaryReader(b.dictionary ?? [], where);
    const dict = new InternedDictionary(b.dictionary ?? [], out, where);
    const name = col(b.name, 'name');
    const group = col(b.coverageGroup, 'coverageGroup');
    for (let i = 0; i < ids.length; i++) {
      out.pushItem(
        out.intern(ids[i] ?? ''),
        plain.opt(name[i] ?? 0, 'name'),
        dict.opt(group[i] ?? 0, 'coverageGroup'),
      );
    }
  },
  bomLines: (b, where, out) => {
    const ids = b.id ?? [];
    const { col } = columnReader(b.dictionary, ids.length, where);
    const dict = new InternedDictionary(b.dictionary ?? [], out, where);
    const parent = col(b.parent, 'parent');
    const component = col(b.component, 'component');
    const quantity = col(b.quantity, 'quantity');
    const perSeries = col(b.perSeries, 'perSeries');
    const scrapPercent = col(b.scrapPercent, 'scrapPercent');
    const constantScrap = col(b.constantScrap, 'constantScrap');
    const validFrom = col(b.validFrom, 'validFrom');
    const hasValidFrom = col(b.hasValidFrom, 'hasValidFrom');
    const validTo = col(b.validTo, 'validTo');
    const hasValidTo = col(b.hasValidTo, 'hasValidTo');
    const phantom = col(b.phantom, 'phantom');
    const warehouse = col(b.warehouse, 'warehouse');
    const offsetDays = col(b.offsetDays, 'offsetDays');
    const operation = col(b.operation, 'operation');
    for (let i = 0; i < ids.length; i++) {
      out.pushBomLine(
        ids[i] ?? '',
        dict.ref(parent[i] ?? 0, 'parent'),
        dict.ref(component[i] ?? 0, 'component'),
        quantity[i] ?? 0,
        perSeries[i] ?? NaN,
        scrapPercent[i] ?? NaN,
        constantScrap[i] ?? NaN,
        hasValidFrom[i] === true ? (validFrom[i] ?? 0) : NaN,
        hasValidTo[i] === true ? (validTo[i] ?? 0) : NaN,
        checkOptBool(phantom[i] ?? 0),
        dict.opt(warehouse[i] ?? 0, 'warehouse'),
        offsetDays[i] ?? NaN,
        operation[i] ?? NaN,
      );
    }
  },
  onHand: (b, where, out) => {
    const items = b.item ?? [];
    const { col } = columnReader(b.dictionary, items.length, where);
    const dict = new InternedDictionary(b.dictionary ?? [], out, where);
    const warehouse = col(b.warehouse, 'warehouse');
    const quantity = col(b.quantity, 'quantity');
    for (let i = 0; i < items.length; i++) {
      out.pushOnHand(
        dict.ref(items[i] ?? 0, 'item'),
        dict.ref(warehouse[i] ?? 0, 'warehouse'),
        quantity[i] ?? 0,
      );
    }
  },
  supply: (b, where, out) => {
    const ids = b.id ?? [];
    const { col } = columnReader(b.dictionary, ids.length, where);
    const dict = new InternedDictionary(b.dictionary ?? [], out, where);
    const type = col(b.type, 'type');
    const item = col(b.item, 'item');
    const warehouse = col(b.warehouse, 'warehouse');
    const date = col(b.date, 'date');
    const quantity = col(b.quantity, 'quantity');
    const fromWarehouse = col(b.fromWarehouse, 'fromWarehouse');
    const orderType = col(b.orderType, 'orderType');
    const approved = col(b.approved, 'approved');
    for (let i = 0; i < ids.length; i++) {
      out.pushSupply(
        ids[i] ?? '',
        checkEnum(type[i] ?? 0, SUPPLY_TYPE_CODES.length, 'supply type', false),
        dict.ref(item[i] ?? 0, 'item'),
        dict.ref(warehouse[i] ?? 0, 'warehouse'),
        date[i] ?? 0,
        quantity[i] ?? 0,
        dict.opt(fromWarehouse[i] ?? 0, 'fromWarehouse'),
        checkEnum(orderType[i] ?? 0, PLANNED_ORDER_TYPE_CODES.length, 'planned order type', true),
        checkOptBool(approved[i] ?? 0),
      );
    }
  },
  demand: (b, where, out) => {
    const ids = b.id ?? [];
    const { col } = columnReader(b.dictionary, ids.length, where);
    const dict = new InternedDictionary(b.dictionary ?? [], out, where);
    const type = col(b.type, 'type');
    const item = col(b.item, 'item');
    const warehouse = col(b.warehouse, 'warehouse');
    const date = col(b.date, 'date');
    const quantity = col(b.quantity, 'quantity');
    for (let i = 0; i < ids.length; i++) {
      out.pushDemand(
        ids[i] ?? '',
        checkEnum(type[i] ?? 0, DEMAND_TYPE_CODES.length, 'demand type', false),
        dict.ref(item[i] ?? 0, 'item'),
        dict.ref(warehouse[i] ?? 0, 'warehouse'),
        date[i] ?? 0,
        quantity[i] ?? 0,
      );
    }
  },
  forecasts: (b, where, out) => {
    const ids = b.id ?? [];
    const { col } = columnReader(b.dictionary, ids.length, where);
    const dict = new InternedDictionary(b.dictionary ?? [], out, where);
    const model = col(b.model, 'model');
    const item = col(b.item, 'item');
    const warehouse = col(b.warehouse, 'warehouse');
    const date = col(b.date, 'date');
    const quantity = col(b.quantity, 'quantity');
    for (let i = 0; i < ids.length; i++) {
      out.pushForecast(
        ids[i] ?? '',
        dict.ref(model[i] ?? 0, 'model'),
        dict.ref(item[i] ?? 0, 'item'),
        dict.ref(warehouse[i] ?? 0, 'warehouse'),
        date[i] ?? 0,
        quantity[i] ?? 0,
      );
    }
  },
};

/**
 * Decodes SnapshotBatch messages (any order across entities) straight into the engine's
 * dataset columns: the large tables as typed columns with their ids interned once, no
 * object per row; the small master tables as rows. Each batch is decoded and dropped in
 * turn. Throws a ContractError where {@link decodeDatasetBatches} would.
 */
export function decodeSnapshotColumns(batches: Iterable<Uint8Array>): DatasetColumns {
  const byEntity = groupByEntity(batches, readSnapshotBatchHeaderOnly);
  const planBatches = byEntity.get('plan');
  const planFrame = planBatches?.[0];
  if (planFrame === undefined || planBatches?.length !== 1) {
    throw new ContractError('snapshot: expected exactly one plan batch');
  }
  if (!byEntity.has('items')) throw new ContractError('snapshot: no items batch');
  if (!byEntity.has('warehouses')) throw new ContractError('snapshot: no warehouses batch');
  const planBody = decodeBatch(planFrame.bytes).body as replan.v1.PlanBatch.$Properties;
  const formatVersion = planBody.formatVersion ?? 0;
  if (formatVersion !== 1) {
    throw new ContractError(`snapshot: unsupported dataset format version ${formatVersion}`);
  }
  const out = new DatasetColumnBuilder();
  const each = <K extends SnapshotListName>(
    entity: K,
    decode: (body: NonNullable<Batch[K]>, where: string) => void,
  ): void => {
    const frames = byEntity.get(entity);
    if (frames === undefined) return;
    orderBatches(frames, entity).forEach((frame, i) => {
      const body = decodeBatch(frame.bytes).body as NonNullable<Batch[K]>;
      decode(body, `${entity} batch ${i}`);
    });
  };
  const rows = <K extends keyof DatasetColumnBuilder['rows'] & SnapshotListName>(
    entity: K,
    decode: (
      body: NonNullable<Batch[K]>,
      where: string,
    ) => NonNullable<DatasetColumnBuilder['rows'][K]>,
  ): void => {
    if (byEntity.has(entity)) out.addRows(entity, []);
    each(entity, (body, where) => out.addRows(entity, decode(body, where)));
  };
  rows('warehouses', decodeWarehouses);
  rows('coverageGroups', decodeCoverageGroups);
  rows('itemCoverage', decodeItemCoverage);
  rows('calendars', decodeCalendars);
  rows('resources', decodeResources);
  rows('resourceGroups', decodeResourceGroups);
  rows('routeOperations', decodeRouteOperations);
  rows('reductionKeys', decodeReductionKeys);
  for (const table of ['items', 'bomLines', 'onHand', 'supply', 'demand', 'forecasts'] as const) {
    out.reserve(
      table,
      (byEntity.get(table) ?? []).reduce((sum, frame) => sum + frame.rows, 0),
    );
  }
  each('items', (body, where) => COLUMN_DECODERS.items(body, where, out));
  each('bomLines', (body, where) => COLUMN_DECODERS.bomLines(body, where, out));
  each('onHand', (body, where) => COLUMN_DECODERS.onHand(body, where, out));
  each('supply', (body, where) => COLUMN_DECODERS.supply(body, where, out));
  each('demand', (body, where) => COLUMN_DECODERS.demand(body, where, out));
  each('forecasts', (body, where) => COLUMN_DECODERS.forecasts(body, where, out));
  const filter = planBody.filter == null ? undefined : decodeFilter(planBody.filter);
  return out.finish(formatVersion, decodePlan(planBody), filter);
}

/** A batch's entity and place, with its bytes kept for decoding it later. */
interface HeldBatch {
  entity: SnapshotEntityName;
  sequence: number;
  last: boolean;
  bytes: Uint8Array;
  /** Rows of a column table's batch (0 for the others). */
  rows: number;
}

const ENTITY_NAMES = new Map<number, SnapshotEntityName>(
  (Object.entries(ENTITY_NUMBERS) as [SnapshotEntityName, number][]).map(([name, n]) => [n, name]),
);

/**
 * A batch's entity, sequence and last flag read from its top-level fields without decoding
 * its body (the body is decoded, and checked against the entity, when its turn comes).
 */
function readSnapshotBatchHeaderOnly(bytes: Uint8Array): HeldBatch {
  let pos = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[pos++];
      if (byte === undefined || scale > 2 ** 63) {
        throw new ContractError('snapshot batch: truncated or malformed header');
      }
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 128;
    }
  };
  /** Rows of a column table's body: the entries of its lead column (field 2). */
  const countRows = (end: number, packed: boolean): number => {
    let count = 0;
    while (pos < end) {
      const tag = varint();
      const wire = tag % 8;
      const lead = Math.floor(tag / 8) === 2;
      if (wire === 0) {
        varint();
        if (lead) count++;
      } else if (wire === 2) {
        const length = varint();
        if (lead && packed) {
          for (let k = pos; k < pos + length; k++) if ((bytes[k] ?? 0) < 0x80) count++;
        } else if (lead) count++;
        pos += length;
      } else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else throw new ContractError(`snapshot batch: unexpected wire type ${wire}`);
    }
    return count;
  };
  let entity = 0;
  let sequence = 0;
  let last = false;
  let rows = 0;
  while (pos < bytes.length) {
    const tag = varint();
    const field = Math.floor(tag / 8);
    const wire = tag % 8;
    if (wire === 0) {
      const value = varint();
      if (field === 1) entity = value;
      else if (field === 2) sequence = value;
      else if (field === 3) last = value !== 0;
    } else if (wire === 2) {
      const length = varint(); // read before `pos` is: `pos += varint()` would add to the old pos
      if (COLUMN_BODY_FIELDS.has(field)) {
        const end = pos + length;
        rows += countRows(end, field === ON_HAND_BODY_FIELD);
        pos = end;
      } else pos += length;
    } else if (wire === 1) {
      pos += 8;
    } else if (wire === 5) {
      pos += 4;
    } else {
      throw new ContractError(`snapshot batch: unexpected wire type ${wire}`);
    }
  }
  if (pos > bytes.length) throw new ContractError('snapshot batch: truncated');
  const name = ENTITY_NAMES.get(entity);
  if (name === undefined) throw new ContractError(`snapshot batch: unknown entity ${entity}`);
  return { entity: name, sequence, last, bytes, rows };
}

/** Body field numbers of the column tables in SnapshotBatch (proto/replan/v1/snapshot.proto). */
const COLUMN_BODY_FIELDS = new Set([11, 16, 17, 18, 19, 20]);
/** On-hand rows are counted by their packed `item` column; the others by their ids. */
const ON_HAND_BODY_FIELD = 17;
