/**
 * A run's result as column slices, read straight from the run's columns: the large lists
 * (nodes, planned orders, requirements, receipts, pegging) as one array per field with the
 * strings of a slice in its own dictionary, days as day numbers, kinds as indexes into the
 * engine's name lists. No row object is made for them, and no date is written out as text.
 * The same rows, in the same order, as planResultParts makes as objects.
 */
import { toIso } from '../calendar/day';
import type { CoverageCode } from '../model/dataset';
import type { PlanModel } from '../model/plan-model';
import type { RunMessage } from '../model/result';
import { plannedOrderId, round } from '../netting/net-node';
import { IssueKind, ReceiptKind } from '../netting/plan-state';
import type { PlanRun } from '../plan';
import { overloadMessages } from '../routing/capacity-load';
import {
  actionsOf,
  capacityLoadSlices,
  delaysOf,
  isPlanned,
  isToFirm,
  lateOrderText,
  reservationSlices,
  resultHead,
  resultMessages,
  type ResultListName,
  type ResultPart,
} from './to-result';

/** Coverage codes by index, as the column slices of nodes give them. */
export const COVERAGE_CODES: readonly CoverageCode[] = [
  'requirement',
  'period',
  'minMax',
  'manual',
];

/**
 * A slice of a list: the first `size` entries of each column (the arrays are a list's
 * buffers, reused for its next slice: a slice is read before the next one is taken).
 * Strings are references into `dictionary` (0 is "absent").
 */
interface Slice {
  /** Rows in the slice. */
  size: number;
  dictionary: string[];
}

export interface NodeColumns extends Slice {
  item: Int32Array;
  warehouse: Int32Array;
  lowLevelCode: Int32Array;
  /** Index into COVERAGE_CODES. */
  coverageCode: Int32Array;
  minimumInventory: Float64Array;
  maximumInventory: Float64Array;
  fulfilmentDay: Int32Array;
  coverageTimeFence: Int32Array;
}

export interface PlannedOrderColumns extends Slice {
  id: string[];
  /** Index into ORDER_TYPES. */
  type: Int32Array;
  item: Int32Array;
  warehouse: Int32Array;
  fromWarehouse: Int32Array;
  quantity: Float64Array;
  orderDay: Int32Array;
  startDay: Int32Array;
  deliveryDay: Int32Array;
  receiptDay: Int32Array;
  requirementDay: Int32Array;
  delayDays: Int32Array;
  bomLevel: Int32Array;
  futuresDay: Int32Array;
  /** 1: to firm. */
  toFirm: Uint8Array;
}

export interface RequirementColumns extends Slice {
  /** Index into ISSUE_KINDS. */
  kind: Int32Array;
  id: string[];
  orderId: Int32Array;
  item: Int32Array;
  warehouse: Int32Array;
  day: Int32Array;
  quantity: Float64Array;
}

export interface ReceiptColumns extends Slice {
  /** Index into RECEIPT_KINDS (on-hand or supply). */
  kind: Int32Array;
  id: string[];
  /** Index into SUPPLY_TYPES, -1 for on-hand. */
  supplyType: Int32Array;
  item: Int32Array;
  warehouse: Int32Array;
  day: Int32Array;
  quantity: Float64Array;
}

export interface PeggingColumns extends Slice {
  /** Index into RECEIPT_KINDS. */
  receiptKind: Int32Array;
  receiptId: Int32Array;
  /** Index into ISSUE_KINDS. */
  issueKind: Int32Array;
  issueId: string[];
  issueOrderId: Int32Array;
  item: Int32Array;
  warehouse: Int32Array;
  quantity: Float64Array;
}

/** A slice of one of the column lists. */
export type ResultColumnSlice =
  | { list: 'nodes'; columns: NodeColumns }
  | { list: 'plannedOrders'; columns: PlannedOrderColumns }
  | { list: 'requirements'; columns: RequirementColumns }
  | { list: 'receipts'; columns: ReceiptColumns }
  | { list: 'pegging'; columns: PeggingColumns };

/**
 * A result as column slices: the head, then each list in RESULT_LISTS order a slice at a
 * time, the large lists as columns, the others as rows (a list with no rows has no slice).
 */
export type ResultColumnPart =
  ResultPart | ({ kind: 'columns' } & ResultColumnSlice) | { kind: 'skip'; list: ResultListName };

/**
 * A slice's dictionary: strings by value, items, warehouses, orders and supply lines by
 * their index in the model (each looked up once per slice, without hashing).
 */
class SliceDictionary {
  values: string[] = [''];
  private readonly byValue = new Map<string, number>();
  private generation = 1;
  private readonly stamps: Int32Array[];
  private readonly refs: Int32Array[];

  /** `spaces`: the size of each index space (items, warehouses, orders, supply lines). */
  constructor(spaces: readonly number[]) {
    this.stamps = spaces.map((n) => new Int32Array(n));
    this.refs = spaces.map((n) => new Int32Array(n));
  }

  /** Starts the next slice's dictionary. */
  reset(): void {
    this.values = [''];
    this.byValue.clear();
    this.generation += 1;
  }

  ref(value: string): number {
    let i = this.byValue.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.byValue.set(value, i);
    }
    return i;
  }

  /** The reference of index `k` of space `space`, whose string is `value(k)`. */
  indexed(space: number, k: number, value: (k: number) => string): number {
    const stamps = this.stamps[space];
    const refs = this.refs[space];
    if (stamps === undefined || refs === undefined) return this.ref(value(k));
    if (stamps[k] === this.generation) return refs[k] ?? 0;
    const i = this.values.length;
    this.values.push(value(k));
    stamps[k] = this.generation;
    refs[k] = i;
    return i;
  }
}

const ITEMS = 0;
const WAREHOUSES = 1;
const ORDERS = 2;
const SUPPLY = 3;

/** Which slices of a list a caller wants made (see planResultColumns). */
export type KeepSlice = (list: ResultListName, slice: number) => boolean;

/**
 * The result of a run as column slices of at most `sliceRows` rows each (see
 * ResultColumnPart); the same rows in the same order as planResultParts. With `keep`, only
 * the slices it keeps are made: the others come as `skip` parts, in their places, so that a
 * caller encoding a range of the result's batches (one partition of a run) does the work of
 * its range only.
 */
export function* planResultColumns(
  run: PlanRun,
  sliceRows = 5000,
  keep: KeepSlice = () => true,
): Generator<ResultColumnPart> {
  if (!Number.isInteger(sliceRows) || sliceRows < 1) {
    throw new RangeError(`sliceRows must be a whole number ≥ 1, got ${sliceRows}`);
  }
  const { model, state } = run;
  const { graph } = model;
  const orders = state.orders;
  yield { kind: 'head', head: resultHead(run) };

  // Made when first needed: a range of the result needs the ids of its own orders only.
  const orderIds: (string | undefined)[] = new Array<string | undefined>(orders.count);
  const orderOf = (k: number): string =>
    (orderIds[k] ??= plannedOrderId(model, orders.node.data[k] ?? 0, orders.sequence.data[k] ?? 0));
  const itemOf = (i: number): string => model.itemIds[i] ?? '';
  const warehouseOf = (w: number): string => model.warehouseIds[w] ?? '';
  const supplyOf = (row: number): string => model.supplyIds[row] ?? '';
  const dict = new SliceDictionary([
    model.itemIds.length,
    model.warehouseIds.length,
    orders.count,
    model.supplyIds.length,
  ]);
  const item = (node: number): number => dict.indexed(ITEMS, graph.nodeItem[node] ?? 0, itemOf);
  const warehouse = (node: number): number =>
    dict.indexed(WAREHOUSES, graph.nodeWarehouse[node] ?? 0, warehouseOf);
  /** An order reference: a planned order of this run, or (negative) an approved one's supply row. */
  const orderRef = (order: number): number =>
    order < 0 ? dict.indexed(SUPPLY, -order - 1, supplyOf) : dict.indexed(ORDERS, order, orderOf);
  const orderIdOf = (order: number): string =>
    order < 0 ? (model.supplyIds[-order - 1] ?? '') : orderOf(order);
  const dependentId = (r: number): string => {
    const line = state.dependent.line.data[r] ?? -1;
    const orderId = orderIdOf(state.dependent.order.data[r] ?? 0);
    return `${orderId}/${line < 0 ? 'transfer' : (model.bom.lineId[line] ?? '')}`;
  };
  const cut = (list: ResultListName): SliceCut => new SliceCut((slice) => keep(list, slice));

  for (const columns of nodeColumns(run, dict, item, warehouse, sliceRows, cut('nodes'))) {
    yield columns === undefined
      ? { kind: 'skip', list: 'nodes' }
      : { kind: 'columns', list: 'nodes', columns };
  }
  const orderCut = cut('plannedOrders');
  for (const columns of plannedOrderColumns(run, dict, orderOf, sliceRows, orderCut)) {
    yield columns === undefined
      ? { kind: 'skip', list: 'plannedOrders' }
      : { kind: 'columns', list: 'plannedOrders', columns };
  }
  const requirementCut = cut('requirements');
  for (const columns of requirementColumns(
    run,
    dict,
    dependentId,
    orderRef,
    sliceRows,
    requirementCut,
  )) {
    yield columns === undefined
      ? { kind: 'skip', list: 'requirements' }
      : { kind: 'columns', list: 'requirements', columns };
  }
  for (const columns of receiptColumns(run, dict, item, warehouse, sliceRows, cut('receipts'))) {
    yield columns === undefined
      ? { kind: 'skip', list: 'receipts' }
      : { kind: 'columns', list: 'receipts', columns };
  }
  const peggingCut = cut('pegging');
  for (const columns of peggingColumns(run, dict, dependentId, orderRef, sliceRows, peggingCut)) {
    yield columns === undefined
      ? { kind: 'skip', list: 'pegging' }
      : { kind: 'columns', list: 'pegging', columns };
  }
  const size = sliceRows;
  const rowsOf = <T>(list: ResultListName, count: number, make: () => T[]) =>
    keptSlices(count, size, (slice) => keep(list, slice), make);
  const all = Number.MAX_SAFE_INTEGER;
  for (const rows of rowsOf('delays', run.futures.delayedRows.length, () => delaysOf(run))) {
    yield rows === undefined
      ? { kind: 'skip', list: 'delays' }
      : { kind: 'rows', list: 'delays', rows };
  }
  for (const rows of rowsOf('actions', state.actions.count, () => actionsOf(run))) {
    yield rows === undefined
      ? { kind: 'skip', list: 'actions' }
      : { kind: 'rows', list: 'actions', rows };
  }
  for (const rows of rowsOf('forecasts', model.forecasts.length, () => [...model.forecasts])) {
    yield rows === undefined
      ? { kind: 'skip', list: 'forecasts' }
      : { kind: 'rows', list: 'forecasts', rows };
  }
  const loadRows = () => [...capacityLoadSlices(run, all)].flat();
  for (const rows of rowsOf('capacityLoad', run.capacityLoad.count, loadRows)) {
    yield rows === undefined
      ? { kind: 'skip', list: 'capacityLoad' }
      : { kind: 'rows', list: 'capacityLoad', rows };
  }
  const reservationRows = () => [...reservationSlices(run, orderIdOf, all)].flat();
  for (const rows of rowsOf('capacityReservations', run.reservations.count, reservationRows)) {
    yield rows === undefined
      ? { kind: 'skip', list: 'capacityReservations' }
      : { kind: 'rows', list: 'capacityReservations', rows };
  }
  const messages = resultMessages(run, lateOrdersOf(run, orderOf));
  for (const rows of rowsOf('messages', messages.length, () => messages)) {
    yield rows === undefined
      ? { kind: 'skip', list: 'messages' }
      : { kind: 'rows', list: 'messages', rows };
  }
}

/** The slices of a list of `count` rows; those `keep` does not keep as undefined. */
function* keptSlices<T>(
  count: number,
  size: number,
  keep: (slice: number) => boolean,
  make: () => T[],
): Generator<T[] | undefined> {
  let rows: T[] | undefined;
  for (let slice = 0; slice * size < count; slice++) {
    if (!keep(slice)) {
      yield undefined;
      continue;
    }
    rows ??= make();
    yield rows.slice(slice * size, (slice + 1) * size);
  }
}

/** Where a column list's slices are cut, and whether the slice being filled is kept. */
class SliceCut {
  private slice = 0;
  keeping: boolean;

  constructor(private readonly keep: (slice: number) => boolean) {
    this.keeping = keep(0);
  }

  /** Ends the slice being filled: the slice when it is kept, else undefined. */
  next<T>(columns: T): T | undefined {
    const out = this.keeping ? columns : undefined;
    this.slice += 1;
    this.keeping = this.keep(this.slice);
    return out;
  }
}

/** A message per late planned order, in order. */
function lateOrdersOf(run: PlanRun, orderOf: (k: number) => string): RunMessage[] {
  const { model, state } = run;
  const orders = state.orders;
  const late: RunMessage[] = [];
  for (let k = 0; k < orders.count; k++) {
    const delayDays = orders.delayDays.data[k] ?? 0;
    if (delayDays <= 0) continue;
    const node = orders.node.data[k] ?? 0;
    late.push(
      lateOrderText({
        id: orderOf(k),
        item: model.itemIds[model.graph.nodeItem[node] ?? 0] ?? '',
        warehouse: model.warehouseIds[model.graph.nodeWarehouse[node] ?? 0] ?? '',
        receiptDate: toIso(orders.receiptDay.data[k] ?? 0),
        requirementDate: toIso(orders.requirementDay.data[k] ?? 0),
        delayDays,
      }),
    );
  }
  return late;
}

/** The run's messages, as the result's list of messages has them. */
export function runResultMessages(run: PlanRun): RunMessage[] {
  const orders = run.state.orders;
  const orderOf = (k: number): string =>
    plannedOrderId(run.model, orders.node.data[k] ?? 0, orders.sequence.data[k] ?? 0);
  return resultMessages(run, lateOrdersOf(run, orderOf));
}

/** How many rows each list of a run's result has (the rows planResultColumns makes). */
export function resultListRows(run: PlanRun): Record<ResultListName, number> {
  const { model, state } = run;
  let nodes = 0;
  let requirements = 0;
  let receipts = 0;
  for (let v = 0; v < model.graph.nodeCount; v++) {
    if (!isPlanned(run, v)) continue;
    if (model.settings[model.nodeSettings[v] ?? 0] !== undefined) nodes += 1;
    requirements += (model.demandStart[v + 1] ?? 0) - (model.demandStart[v] ?? 0);
    for (let r = state.dependent.head[v] ?? -1; r >= 0; r = state.dependent.next.data[r] ?? -1) {
      requirements += 1;
    }
    receipts += (model.receiptStart[v + 1] ?? 0) - (model.receiptStart[v] ?? 0);
  }
  const orders = state.orders;
  let late = 0;
  for (let k = 0; k < orders.count; k++) if ((orders.delayDays.data[k] ?? 0) > 0) late += 1;
  return {
    nodes,
    plannedOrders: orders.count,
    requirements,
    receipts,
    pegging: state.pegging.count,
    delays: run.futures.delayedRows.length,
    actions: state.actions.count,
    forecasts: model.forecasts.length,
    capacityLoad: run.capacityLoad.count,
    capacityReservations: run.reservations.count,
    messages: run.messages.length + late + overloadMessages(run.model, run.capacityLoad).length,
  };
}

type NodeRef = (node: number) => number;

function newNodeColumns(dictionary: string[], capacity: number): NodeColumns {
  return {
    size: 0,
    dictionary,
    item: new Int32Array(capacity),
    warehouse: new Int32Array(capacity),
    lowLevelCode: new Int32Array(capacity),
    coverageCode: new Int32Array(capacity),
    minimumInventory: new Float64Array(capacity),
    maximumInventory: new Float64Array(capacity),
    fulfilmentDay: new Int32Array(capacity),
    coverageTimeFence: new Int32Array(capacity),
  };
}

function* nodeColumns(
  run: PlanRun,
  dict: SliceDictionary,
  item: NodeRef,
  warehouse: NodeRef,
  size: number,
  cut: SliceCut,
): Generator<NodeColumns | undefined> {
  const { model } = run;
  dict.reset();
  const c = newNodeColumns(dict.values, size);
  for (let v = 0; v < model.graph.nodeCount; v++) {
    const settings = model.settings[model.nodeSettings[v] ?? 0];
    if (!isPlanned(run, v) || settings === undefined) continue;
    if (cut.keeping) {
      c.item[c.size] = item(v);
      c.warehouse[c.size] = warehouse(v);
      c.lowLevelCode[c.size] = model.codes.level[v] ?? 0;
      c.coverageCode[c.size] = COVERAGE_CODES.indexOf(settings.coverageCode);
      c.minimumInventory[c.size] = settings.minimumInventory;
      // What a min/max order refills to (never below the minimum); 0 for other codes.
      c.maximumInventory[c.size] =
        settings.coverageCode === 'minMax'
          ? Math.max(settings.maximumInventory, settings.minimumInventory)
          : 0;
      c.fulfilmentDay[c.size] = model.fulfilmentDay[v] ?? model.today;
      c.coverageTimeFence[c.size] = settings.coverageTimeFence;
    }
    if (++c.size >= size) {
      yield cut.next(c);
      dict.reset();
      c.size = 0;
      c.dictionary = dict.values;
    }
  }
  if (c.size > 0) yield cut.next(c);
}

function newOrderColumns(dictionary: string[], capacity: number): PlannedOrderColumns {
  return {
    size: 0,
    dictionary,
    id: new Array<string>(capacity).fill(''),
    type: new Int32Array(capacity),
    item: new Int32Array(capacity),
    warehouse: new Int32Array(capacity),
    fromWarehouse: new Int32Array(capacity),
    quantity: new Float64Array(capacity),
    orderDay: new Int32Array(capacity),
    startDay: new Int32Array(capacity),
    deliveryDay: new Int32Array(capacity),
    receiptDay: new Int32Array(capacity),
    requirementDay: new Int32Array(capacity),
    delayDays: new Int32Array(capacity),
    bomLevel: new Int32Array(capacity),
    futuresDay: new Int32Array(capacity),
    toFirm: new Uint8Array(capacity),
  };
}

function* plannedOrderColumns(
  run: PlanRun,
  dict: SliceDictionary,
  orderIdOf: (k: number) => string,
  size: number,
  cut: SliceCut,
): Generator<PlannedOrderColumns | undefined> {
  const { model, state } = run;
  const { graph } = model;
  const orders = state.orders;
  const itemOf = (i: number): string => model.itemIds[i] ?? '';
  const warehouseOf = (w: number): string => model.warehouseIds[w] ?? '';
  dict.reset();
  const c = newOrderColumns(dict.values, size);
  for (let k = 0; k < orders.count; k++) {
    if (cut.keeping) {
      const node = orders.node.data[k] ?? 0;
      const id = orderIdOf(k);
      const type = graph.replenishment[node] ?? 0;
      const source = graph.source[node] ?? -1;
      const receiptDay = orders.receiptDay.data[k] ?? 0;
      const requirementDay = orders.requirementDay.data[k] ?? 0;
      const delayDays = orders.delayDays.data[k] ?? 0;
      const itemIndex = graph.nodeItem[node] ?? 0;
      const warehouseIndex = graph.nodeWarehouse[node] ?? 0;
      c.id[c.size] = id;
      c.type[c.size] = type;
      c.item[c.size] = dict.indexed(ITEMS, itemIndex, itemOf);
      c.warehouse[c.size] = dict.indexed(WAREHOUSES, warehouseIndex, warehouseOf);
      c.fromWarehouse[c.size] =
        type === 2 && source >= 0
          ? dict.indexed(WAREHOUSES, graph.nodeWarehouse[source] ?? 0, warehouseOf)
          : 0;
      c.quantity[c.size] = round(orders.quantity.data[k] ?? 0);
      c.orderDay[c.size] = orders.orderDay.data[k] ?? 0;
      c.startDay[c.size] = orders.startDay.data[k] ?? 0;
      c.deliveryDay[c.size] = orders.deliveryDay.data[k] ?? 0;
      c.receiptDay[c.size] = receiptDay;
      c.requirementDay[c.size] = requirementDay;
      c.delayDays[c.size] = delayDays;
      c.bomLevel[c.size] = model.codes.level[node] ?? 0;
      c.futuresDay[c.size] = run.futures.orderFutures[k] ?? 0;
      c.toFirm[c.size] = isToFirm(run, node, orders.orderDay.data[k] ?? 0) ? 1 : 0;
    }
    if (++c.size >= size) {
      yield cut.next(c);
      dict.reset();
      c.size = 0;
      c.dictionary = dict.values;
    }
  }
  if (c.size > 0) yield cut.next(c);
}

function newRequirementColumns(dictionary: string[], capacity: number): RequirementColumns {
  return {
    size: 0,
    dictionary,
    kind: new Int32Array(capacity),
    id: new Array<string>(capacity).fill(''),
    orderId: new Int32Array(capacity),
    item: new Int32Array(capacity),
    warehouse: new Int32Array(capacity),
    day: new Int32Array(capacity),
    quantity: new Float64Array(capacity),
  };
}

/** Requirements node by node: demand and forecast lines, then those planned orders created. */
function* requirementColumns(
  run: PlanRun,
  dict: SliceDictionary,
  dependentId: (r: number) => string,
  orderRef: (order: number) => number,
  size: number,
  cut: SliceCut,
): Generator<RequirementColumns | undefined> {
  const { model, state } = run;
  const { graph } = model;
  const dependent = state.dependent;
  const itemOf = (i: number): string => model.itemIds[i] ?? '';
  const warehouseOf = (w: number): string => model.warehouseIds[w] ?? '';
  dict.reset();
  const c = newRequirementColumns(dict.values, size);
  for (let v = 0; v < graph.nodeCount; v++) {
    if (!isPlanned(run, v)) continue;
    const itemIndex = graph.nodeItem[v] ?? 0;
    const warehouseIndex = graph.nodeWarehouse[v] ?? 0;
    const end = model.demandStart[v + 1] ?? 0;
    for (let k = model.demandStart[v] ?? 0; k < end; k++) {
      const forecast = model.demandKind[k] === IssueKind.Forecast;
      const row = model.demandRow[k] ?? 0;
      if (cut.keeping) {
        c.kind[c.size] = forecast ? IssueKind.Forecast : IssueKind.Demand;
        c.id[c.size] = (forecast ? model.forecastIds[row] : model.demandIds[row]) ?? '';
        c.orderId[c.size] = 0;
        c.item[c.size] = dict.indexed(ITEMS, itemIndex, itemOf);
        c.warehouse[c.size] = dict.indexed(WAREHOUSES, warehouseIndex, warehouseOf);
        c.day[c.size] = model.demandDay[k] ?? 0;
        c.quantity[c.size] = round(model.demandQty[k] ?? 0);
      }
      if (++c.size >= size) {
        yield cut.next(c);
        dict.reset();
        c.size = 0;
        c.dictionary = dict.values;
      }
    }
    for (let r = dependent.head[v] ?? -1; r >= 0; r = dependent.next.data[r] ?? -1) {
      if (cut.keeping) {
        const kind = dependent.kind.data[r] ?? IssueKind.PlannedComponent;
        c.kind[c.size] = kind;
        if (kind === IssueKind.Demand || kind === IssueKind.Forecast) {
          // Not made by netting; kept as issueIdOf reads it.
          c.id[c.size] =
            (kind === IssueKind.Demand ? model.demandIds[r] : model.forecastIds[r]) ?? '';
          c.orderId[c.size] = 0;
        } else {
          c.id[c.size] = dependentId(r);
          c.orderId[c.size] = orderRef(dependent.order.data[r] ?? 0);
        }
        c.item[c.size] = dict.indexed(ITEMS, itemIndex, itemOf);
        c.warehouse[c.size] = dict.indexed(WAREHOUSES, warehouseIndex, warehouseOf);
        c.day[c.size] = dependent.day.data[r] ?? 0;
        c.quantity[c.size] = round(dependent.quantity.data[r] ?? 0);
      }
      if (++c.size >= size) {
        yield cut.next(c);
        dict.reset();
        c.size = 0;
        c.dictionary = dict.values;
      }
    }
  }
  if (c.size > 0) yield cut.next(c);
}

function newReceiptColumns(dictionary: string[], capacity: number): ReceiptColumns {
  return {
    size: 0,
    dictionary,
    kind: new Int32Array(capacity),
    id: new Array<string>(capacity).fill(''),
    supplyType: new Int32Array(capacity),
    item: new Int32Array(capacity),
    warehouse: new Int32Array(capacity),
    day: new Int32Array(capacity),
    quantity: new Float64Array(capacity),
  };
}

/** Existing receipts node by node: on-hand first, then supply lines by date and id. */
function* receiptColumns(
  run: PlanRun,
  dict: SliceDictionary,
  item: NodeRef,
  warehouse: NodeRef,
  size: number,
  cut: SliceCut,
): Generator<ReceiptColumns | undefined> {
  const { model } = run;
  dict.reset();
  const c = newReceiptColumns(dict.values, size);
  for (let v = 0; v < model.graph.nodeCount; v++) {
    if (!isPlanned(run, v)) continue;
    const end = model.receiptStart[v + 1] ?? 0;
    for (let k = model.receiptStart[v] ?? 0; k < end; k++) {
      if (cut.keeping) {
        if (model.receiptSource[k] === ReceiptKind.OnHand) {
          c.kind[c.size] = ReceiptKind.OnHand;
          c.id[c.size] = onHandId(model, v);
          c.supplyType[c.size] = -1;
        } else {
          const row = model.receiptRow[k] ?? 0;
          c.kind[c.size] = ReceiptKind.Supply;
          c.id[c.size] = model.supplyIds[row] ?? '';
          c.supplyType[c.size] = model.supplyTypeOfRow[row] ?? 0;
        }
        c.item[c.size] = item(v);
        c.warehouse[c.size] = warehouse(v);
        c.day[c.size] = model.receiptDay[k] ?? model.today;
        c.quantity[c.size] = round(model.receiptQty[k] ?? 0);
      }
      if (++c.size >= size) {
        yield cut.next(c);
        dict.reset();
        c.size = 0;
        c.dictionary = dict.values;
      }
    }
  }
  if (c.size > 0) yield cut.next(c);
}

/** The id of a node's on-hand receipt: `<item>@<warehouse>`. */
function onHandId(model: PlanModel, v: number): string {
  const item = model.itemIds[model.graph.nodeItem[v] ?? 0] ?? '';
  return `${item}@${model.warehouseIds[model.graph.nodeWarehouse[v] ?? 0] ?? ''}`;
}

function newPeggingColumns(dictionary: string[], capacity: number): PeggingColumns {
  return {
    size: 0,
    dictionary,
    receiptKind: new Int32Array(capacity),
    receiptId: new Int32Array(capacity),
    issueKind: new Int32Array(capacity),
    issueId: new Array<string>(capacity).fill(''),
    issueOrderId: new Int32Array(capacity),
    item: new Int32Array(capacity),
    warehouse: new Int32Array(capacity),
    quantity: new Float64Array(capacity),
  };
}

function* peggingColumns(
  run: PlanRun,
  dict: SliceDictionary,
  dependentId: (r: number) => string,
  orderRef: (order: number) => number,
  size: number,
  cut: SliceCut,
): Generator<PeggingColumns | undefined> {
  const { model, state } = run;
  const { graph } = model;
  const p = state.pegging;
  const itemOf = (i: number): string => model.itemIds[i] ?? '';
  const warehouseOf = (w: number): string => model.warehouseIds[w] ?? '';
  const supplyOf = (row: number): string => model.supplyIds[row] ?? '';
  dict.reset();
  const c = newPeggingColumns(dict.values, size);
  for (let k = 0; k < p.count; k++) {
    if (cut.keeping) {
      const node = p.node.data[k] ?? 0;
      const receiptKind = p.receiptKind.data[k] ?? 0;
      const receiptRef = p.receiptRef.data[k] ?? 0;
      c.receiptKind[c.size] = receiptKind;
      c.receiptId[c.size] =
        receiptKind === ReceiptKind.OnHand
          ? dict.ref(onHandId(model, node))
          : receiptKind === ReceiptKind.Supply
            ? dict.indexed(SUPPLY, receiptRef, supplyOf)
            : orderRef(receiptRef);
      const issueKind = p.issueKind.data[k] ?? 0;
      const issueRef = p.issueRef.data[k] ?? 0;
      c.issueKind[c.size] = issueKind;
      if (issueKind === IssueKind.Demand) {
        c.issueId[c.size] = model.demandIds[issueRef] ?? '';
        c.issueOrderId[c.size] = 0;
      } else if (issueKind === IssueKind.Forecast) {
        c.issueId[c.size] = model.forecastIds[issueRef] ?? '';
        c.issueOrderId[c.size] = 0;
      } else {
        c.issueId[c.size] = dependentId(issueRef);
        c.issueOrderId[c.size] = orderRef(state.dependent.order.data[issueRef] ?? 0);
      }
      c.item[c.size] = dict.indexed(ITEMS, graph.nodeItem[node] ?? 0, itemOf);
      c.warehouse[c.size] = dict.indexed(WAREHOUSES, graph.nodeWarehouse[node] ?? 0, warehouseOf);
      c.quantity[c.size] = round(p.quantity.data[k] ?? 0);
    }
    if (++c.size >= size) {
      yield cut.next(c);
      dict.reset();
      c.size = 0;
      c.dictionary = dict.values;
    }
  }
  if (c.size > 0) yield cut.next(c);
}
