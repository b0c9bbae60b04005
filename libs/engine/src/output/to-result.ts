/**
 * Turning a run's columns into the result format: planned orders with their ids and ISO
 * dates, pegging rows with receipt and issue references, messages and counts.
 */
import { toIso } from '../calendar/day';
import type { DemandType, SupplyType } from '../model/dataset';
import type { PlanModel } from '../model/plan-model';
import type {
  ActionKind as ActionKindName,
  ActionMessage,
  CapacityLoad,
  CapacityReservation,
  Delay,
  ExistingReceipt,
  ForecastRemaining,
  IssueKind as IssueKindName,
  Pegging,
  PlannedOrder,
  PlanningNode,
  PlanResult,
  ReceiptKind as ReceiptKindName,
  Requirement,
  RunMessage,
} from '../model/result';
import { orderIdOf, plannedOrderId, round } from '../netting/net-node';
import { ActionKind, IssueKind, NO_CAUSE, ReceiptKind } from '../netting/plan-state';
import { compareMessages, type PlanRun } from '../plan';
import { availableHours, overloadMessages, reservationOrder } from '../routing/capacity-load';

export const ORDER_TYPES = ['purchase', 'production', 'transfer'] as const;
export const RECEIPT_KINDS: readonly ReceiptKindName[] = ['onHand', 'supply', 'plannedOrder'];
export const ISSUE_KINDS: readonly IssueKindName[] = [
  'demand',
  'forecast',
  'plannedComponent',
  'plannedTransfer',
];

/** The lists of a result, in the order they are made (and written). */
export const RESULT_LISTS = [
  'nodes',
  'plannedOrders',
  'requirements',
  'receipts',
  'pegging',
  'delays',
  'actions',
  'forecasts',
  'capacityLoad',
  'capacityReservations',
  'messages',
] as const;

export type ResultListName = (typeof RESULT_LISTS)[number];

/** A result without its lists: what a reader needs before the rows. */
export type ResultHead = Omit<PlanResult, ResultListName>;

/**
 * A result as it is made: the head, then each list in RESULT_LISTS order, a slice of rows
 * at a time (a list with no rows has no slice).
 */
export type ResultPart = { kind: 'head'; head: ResultHead } | ({ kind: 'rows' } & ResultSlice);

/** Rows of one result list: a whole result is its lists' slices, in RESULT_LISTS order. */
export type ResultSlice =
  | { list: 'nodes'; rows: PlanningNode[] }
  | { list: 'plannedOrders'; rows: PlannedOrder[] }
  | { list: 'requirements'; rows: Requirement[] }
  | { list: 'receipts'; rows: ExistingReceipt[] }
  | { list: 'pegging'; rows: Pegging[] }
  | { list: 'delays'; rows: Delay[] }
  | { list: 'actions'; rows: ActionMessage[] }
  | { list: 'forecasts'; rows: ForecastRemaining[] }
  | { list: 'capacityLoad'; rows: CapacityLoad[] }
  | { list: 'capacityReservations'; rows: CapacityReservation[] }
  | { list: 'messages'; rows: RunMessage[] };

/** A whole result's lists as one slice each, in RESULT_LISTS order. */
export function* resultSlices(result: PlanResult): Generator<ResultSlice> {
  yield { list: 'nodes', rows: result.nodes };
  yield { list: 'plannedOrders', rows: result.plannedOrders };
  yield { list: 'requirements', rows: result.requirements };
  yield { list: 'receipts', rows: result.receipts };
  yield { list: 'pegging', rows: result.pegging };
  yield { list: 'delays', rows: result.delays };
  yield { list: 'actions', rows: result.actions };
  yield { list: 'forecasts', rows: result.forecasts };
  yield { list: 'capacityLoad', rows: result.capacityLoad };
  yield { list: 'capacityReservations', rows: result.capacityReservations };
  yield { list: 'messages', rows: result.messages };
}

/** The whole result of a run, as objects. */
export function toPlanResult(run: PlanRun): PlanResult {
  let head: ResultHead | undefined;
  const lists: { [L in ResultListName]: PlanResult[L] } = {
    nodes: [],
    plannedOrders: [],
    requirements: [],
    receipts: [],
    pegging: [],
    delays: [],
    actions: [],
    forecasts: [],
    capacityLoad: [],
    capacityReservations: [],
    messages: [],
  };
  for (const part of planResultParts(run)) {
    if (part.kind === 'head') head = part.head;
    else for (const row of part.rows) (lists[part.list] as object[]).push(row);
  }
  if (head === undefined) throw new Error('toPlanResult: the result has no head');
  return { ...head, ...lists };
}

/**
 * The result of a run made a slice of `sliceRows` rows at a time, for a writer that sends
 * each slice on before the next is made: at no time does the whole result exist as
 * objects (only the planned orders' ids are kept, for the pegging rows that name them).
 */
export function* planResultParts(run: PlanRun, sliceRows = 5000): Generator<ResultPart> {
  if (!Number.isInteger(sliceRows) || sliceRows < 1) {
    throw new RangeError(`sliceRows must be a whole number ≥ 1, got ${sliceRows}`);
  }
  const { model, state } = run;
  const { graph } = model;
  const orders = state.orders;
  const p = state.pegging;
  yield { kind: 'head', head: resultHead(run) };

  for (const rows of inSlices(nodeRows(run), sliceRows))
    yield { kind: 'rows', list: 'nodes', rows };

  const orderIds = new Array<string>(orders.count);
  const lateOrders: RunMessage[] = [];
  const nodeLabel = (node: number): { item: string; warehouse: string } => nodeLabelOf(model, node);
  let plannedOrders: PlannedOrder[] = [];
  for (let k = 0; k < orders.count; k++) {
    const node = orders.node.data[k] ?? 0;
    const id = plannedOrderId(model, node, orders.sequence.data[k] ?? 0);
    orderIds[k] = id;
    const { item, warehouse } = nodeLabel(node);
    const type = ORDER_TYPES[graph.replenishment[node] ?? 0] ?? 'purchase';
    const source = graph.source[node] ?? -1;
    const order: PlannedOrder = {
      id,
      type,
      item,
      warehouse,
      quantity: round(orders.quantity.data[k] ?? 0),
      orderDate: toIso(orders.orderDay.data[k] ?? 0),
      startDate: toIso(orders.startDay.data[k] ?? 0),
      deliveryDate: toIso(orders.deliveryDay.data[k] ?? 0),
      receiptDate: toIso(orders.receiptDay.data[k] ?? 0),
      requirementDate: toIso(orders.requirementDay.data[k] ?? 0),
      delayDays: orders.delayDays.data[k] ?? 0,
      bomLevel: model.codes.level[node] ?? 0,
      futuresDate: toIso(run.futures.orderFutures[k] ?? 0),
      toFirm: isToFirm(run, node, orders.orderDay.data[k] ?? 0),
    };
    if (type === 'transfer' && source >= 0) {
      order.fromWarehouse = model.warehouseIds[graph.nodeWarehouse[source] ?? 0];
    }
    plannedOrders.push(order);
    if (order.delayDays > 0) lateOrders.push(lateOrderMessage(order));
    if (plannedOrders.length >= sliceRows) {
      yield { kind: 'rows', list: 'plannedOrders', rows: plannedOrders };
      plannedOrders = [];
    }
  }
  if (plannedOrders.length > 0) yield { kind: 'rows', list: 'plannedOrders', rows: plannedOrders };

  const orderIdOf = (order: number): string =>
    order < 0 ? (model.supplyIds[-order - 1] ?? '') : (orderIds[order] ?? '');
  for (const rows of inSlices(requirementRows(run, orderIdOf), sliceRows)) {
    yield { kind: 'rows', list: 'requirements', rows };
  }
  for (const rows of inSlices(receiptRows(run), sliceRows)) {
    yield { kind: 'rows', list: 'receipts', rows };
  }
  let pegging: Pegging[] = [];
  for (let k = 0; k < p.count; k++) {
    const node = p.node.data[k] ?? 0;
    const { item, warehouse } = nodeLabel(node);
    const receiptKind = p.receiptKind.data[k] ?? 0;
    const receiptRef = p.receiptRef.data[k] ?? 0;
    const receiptId =
      receiptKind === ReceiptKind.OnHand
        ? `${item}@${warehouse}`
        : receiptKind === ReceiptKind.Supply
          ? (model.supplyIds[receiptRef] ?? '')
          : (orderIds[receiptRef] ?? '');
    const issueKind = p.issueKind.data[k] ?? 0;
    const issueRef = p.issueRef.data[k] ?? 0;
    const row: Pegging = {
      receiptKind: RECEIPT_KINDS[receiptKind] ?? 'supply',
      receiptId,
      issueKind: ISSUE_KINDS[issueKind] ?? 'demand',
      issueId: '',
      item,
      warehouse,
      quantity: round(p.quantity.data[k] ?? 0),
    };
    const issue = issueIdOf(run, issueKind, issueRef, orderIdOf);
    row.issueId = issue.id;
    if (issue.orderId !== undefined) row.issueOrderId = issue.orderId;
    pegging.push(row);
    if (pegging.length >= sliceRows) {
      yield { kind: 'rows', list: 'pegging', rows: pegging };
      pegging = [];
    }
  }
  if (pegging.length > 0) yield { kind: 'rows', list: 'pegging', rows: pegging };

  for (const rows of slices(delaysOf(run), sliceRows)) yield { kind: 'rows', list: 'delays', rows };
  for (const rows of slices(actionsOf(run), sliceRows)) {
    yield { kind: 'rows', list: 'actions', rows };
  }
  for (const rows of slices([...model.forecasts], sliceRows)) {
    yield { kind: 'rows', list: 'forecasts', rows };
  }
  for (const rows of capacityLoadSlices(run, sliceRows)) {
    yield { kind: 'rows', list: 'capacityLoad', rows };
  }
  for (const rows of reservationSlices(run, orderIdOf, sliceRows)) {
    yield { kind: 'rows', list: 'capacityReservations', rows };
  }
  const messages = resultMessages(run, lateOrders);
  for (const rows of slices(messages, sliceRows)) yield { kind: 'rows', list: 'messages', rows };
}

/** The head of a run's result: its plan, date, counts and scope. */
export function resultHead(run: PlanRun): ResultHead {
  const { model, state } = run;
  const { graph } = model;
  const plannedNodes =
    model.nodeInScope === undefined
      ? model.codes.levelNodes.length
      : model.codes.levelNodes.filter((v) => model.nodeInScope?.[v] === 1).length;
  return {
    formatVersion: 1,
    plan: model.plan.id,
    planDate: toIso(model.today),
    counts: {
      nodes: graph.nodeCount,
      plannedNodes,
      requirements: (model.demandStart[graph.nodeCount] ?? 0) + state.dependent.count,
      receipts: (model.receiptStart[graph.nodeCount] ?? 0) + state.orders.count,
      plannedOrders: state.orders.count,
      pegging: state.pegging.count,
      requirementEvents: state.events,
    },
    scope: { filtered: model.scopeItems !== undefined, items: [...(model.scopeItems ?? [])] },
  };
}

/** The run's messages with those written from its columns (late orders, overloads), sorted. */
export function resultMessages(run: PlanRun, lateOrders: readonly RunMessage[]): RunMessage[] {
  return [...run.messages, ...lateOrders, ...overloadMessages(run.model, run.capacityLoad)].sort(
    compareMessages,
  );
}

/** Whether node `v` is planned by this run: not on a BOM cycle, and in scope. */
export function isPlanned(run: PlanRun, v: number): boolean {
  const { model } = run;
  return (model.codes.level[v] ?? 0) >= 0 && model.nodeInScope?.[v] !== 0;
}

/** The item and warehouse of node `v`. */
export function nodeLabelOf(model: PlanModel, v: number): { item: string; warehouse: string } {
  return {
    item: model.itemIds[model.graph.nodeItem[v] ?? 0] ?? '',
    warehouse: model.warehouseIds[model.graph.nodeWarehouse[v] ?? 0] ?? '',
  };
}

/** Rows in slices of `size`, each handed on as soon as it is full. */
function* inSlices<T>(rows: Iterable<T>, size: number): Generator<T[]> {
  let slice: T[] = [];
  for (const row of rows) {
    slice.push(row);
    if (slice.length >= size) {
      yield slice;
      slice = [];
    }
  }
  if (slice.length > 0) yield slice;
}

/** Every planned node with the settings it was planned with, in node order. */
function* nodeRows(run: PlanRun): Generator<PlanningNode> {
  const { model } = run;
  for (let v = 0; v < model.graph.nodeCount; v++) {
    const settings = model.settings[model.nodeSettings[v] ?? 0];
    if (!isPlanned(run, v) || settings === undefined) continue;
    yield {
      ...nodeLabelOf(model, v),
      lowLevelCode: model.codes.level[v] ?? 0,
      coverageCode: settings.coverageCode,
      minimumInventory: settings.minimumInventory,
      // What a min/max order refills to (never below the minimum); 0 for other codes.
      maximumInventory:
        settings.coverageCode === 'minMax'
          ? Math.max(settings.maximumInventory, settings.minimumInventory)
          : 0,
      fulfilmentDate: toIso(model.fulfilmentDay[v] ?? model.today),
      coverageTimeFence: settings.coverageTimeFence,
    };
  }
}

export const SUPPLY_TYPES: readonly SupplyType[] = [
  'purchase',
  'production',
  'transfer',
  'plannedOrder',
];

/**
 * The existing receipts of every planned node, node by node as they were netted: on-hand
 * first, then supply lines by date and id.
 */
function* receiptRows(run: PlanRun): Generator<ExistingReceipt> {
  const { model } = run;
  for (let v = 0; v < model.graph.nodeCount; v++) {
    if (!isPlanned(run, v)) continue;
    const { item, warehouse } = nodeLabelOf(model, v);
    const end = model.receiptStart[v + 1] ?? 0;
    for (let k = model.receiptStart[v] ?? 0; k < end; k++) {
      const date = toIso(model.receiptDay[k] ?? model.today);
      const quantity = round(model.receiptQty[k] ?? 0);
      if (model.receiptSource[k] === ReceiptKind.OnHand) {
        yield { kind: 'onHand', id: `${item}@${warehouse}`, item, warehouse, date, quantity };
        continue;
      }
      const row = model.receiptRow[k] ?? 0;
      yield {
        kind: 'supply',
        id: model.supplyIds[row] ?? '',
        supplyType: SUPPLY_TYPES[model.supplyTypeOfRow[row] ?? 0] ?? 'purchase',
        item,
        warehouse,
        date,
        quantity,
      };
    }
  }
}

/**
 * The requirements of every planned node, node by node: its demand and forecast lines (by
 * date and id), then the requirements planned orders created on it (in the order they were
 * created). Sorted by date, independent before dependent, this is the node's netting order.
 */
function* requirementRows(
  run: PlanRun,
  orderIdOf: (order: number) => string,
): Generator<Requirement> {
  const { model, state } = run;
  const dependent = state.dependent;
  for (let v = 0; v < model.graph.nodeCount; v++) {
    if (!isPlanned(run, v)) continue;
    const { item, warehouse } = nodeLabelOf(model, v);
    const end = model.demandStart[v + 1] ?? 0;
    for (let k = model.demandStart[v] ?? 0; k < end; k++) {
      const forecast = model.demandKind[k] === IssueKind.Forecast;
      const row = model.demandRow[k] ?? 0;
      yield {
        kind: forecast ? 'forecast' : 'demand',
        id: (forecast ? model.forecastIds[row] : model.demandIds[row]) ?? '',
        item,
        warehouse,
        date: toIso(model.demandDay[k] ?? 0),
        quantity: round(model.demandQty[k] ?? 0),
      };
    }
    for (let r = dependent.head[v] ?? -1; r >= 0; r = dependent.next.data[r] ?? -1) {
      const kind = dependent.kind.data[r] ?? IssueKind.PlannedComponent;
      const issue = issueIdOf(run, kind, r, orderIdOf);
      const requirement: Requirement = {
        kind: ISSUE_KINDS[kind] ?? 'plannedComponent',
        id: issue.id,
        item,
        warehouse,
        date: toIso(dependent.day.data[r] ?? 0),
        quantity: round(dependent.quantity.data[r] ?? 0),
      };
      if (issue.orderId !== undefined) requirement.orderId = issue.orderId;
      yield requirement;
    }
  }
}

/** The load per resource and day, a slice at a time. */
export function* capacityLoadSlices(run: PlanRun, size: number): Generator<CapacityLoad[]> {
  const { model, capacityLoad: load } = run;
  let rows: CapacityLoad[] = [];
  for (let k = 0; k < load.count; k++) {
    rows.push({
      resource: model.routes.resourceIds[load.resource[k] ?? 0] ?? '',
      date: toIso(load.day[k] ?? 0),
      requiredHours: round(load.required[k] ?? 0),
      availableHours: round(load.available[k] ?? 0),
    });
    if (rows.length >= size) {
      yield rows;
      rows = [];
    }
  }
  if (rows.length > 0) yield rows;
}

/** The reservations by resource and day, a slice at a time. */
export function* reservationSlices(
  run: PlanRun,
  orderIdOf: (order: number) => string,
  size: number,
): Generator<CapacityReservation[]> {
  const { model, reservations, capacityLoad } = run;
  const graph = model.graph;
  let rows: CapacityReservation[] = [];
  for (const k of reservationOrder(model, reservations, capacityLoad)) {
    const r = reservations.resource.data[k] ?? 0;
    const day = reservations.day.data[k] ?? 0;
    const node = reservations.node.data[k] ?? 0;
    rows.push({
      resource: model.routes.resourceIds[r] ?? '',
      date: toIso(day),
      orderId: orderIdOf(reservations.order.data[k] ?? 0),
      operation: reservations.operation.data[k] ?? 0,
      item: model.itemIds[graph.nodeItem[node] ?? 0] ?? '',
      warehouse: model.warehouseIds[graph.nodeWarehouse[node] ?? 0] ?? '',
      hours: round(reservations.hours.data[k] ?? 0),
      availableHours: round(availableHours(model, r, day)),
    });
    if (rows.length >= size) {
      yield rows;
      rows = [];
    }
  }
  if (rows.length > 0) yield rows;
}

export function* slices<T>(rows: T[], size: number): Generator<T[]> {
  for (let at = 0; at < rows.length; at += size) yield rows.slice(at, at + size);
}

export function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** The order date falls within the node's firming fence (counted from planDate). */
export function isToFirm(run: PlanRun, node: number, orderDay: number): boolean {
  const fence = run.model.settings[run.model.nodeSettings[node] ?? 0]?.firmingFence ?? 0;
  return fence > 0 && orderDay <= run.model.today + fence;
}

export function delaysOf(run: PlanRun): Delay[] {
  const { model, futures } = run;
  return futures.delayedRows.map((row, k) => {
    const node = futures.delayedNode[k] ?? 0;
    const futuresDay = futures.delayedFuturesDay[k] ?? 0;
    const requirementDay = futures.delayedRequirementDay[k] ?? 0;
    return {
      demandId: model.demandIds[row] ?? '',
      demandType: DEMAND_TYPES[model.demandTypeOfRow[row] ?? 0] ?? 'sales',
      item: model.itemIds[model.graph.nodeItem[node] ?? 0] ?? '',
      warehouse: model.warehouseIds[model.graph.nodeWarehouse[node] ?? 0] ?? '',
      requirementDate: toIso(requirementDay),
      futuresDate: toIso(futuresDay),
      delayDays: futuresDay - requirementDay,
    };
  });
}

const DEMAND_TYPES: readonly DemandType[] = ['sales', 'productionComponent', 'transferIssue'];

const ACTION_KINDS: readonly ActionKindName[] = [
  'advance',
  'postpone',
  'increase',
  'decrease',
  'cancel',
];

export function actionsOf(run: PlanRun): ActionMessage[] {
  const { model, state } = run;
  const rows = state.actions;
  const actions = new Array<ActionMessage>(rows.count);
  for (let k = 0; k < rows.count; k++) {
    const receipt = rows.receipt.data[k] ?? 0;
    const node = nodeOfReceipt(model, receipt);
    const kind = rows.kind.data[k] ?? 0;
    const action: ActionMessage = {
      kind: ACTION_KINDS[kind] ?? 'cancel',
      supplyId: model.supplyIds[model.receiptRow[receipt] ?? 0] ?? '',
      item: model.itemIds[model.graph.nodeItem[node] ?? 0] ?? '',
      warehouse: model.warehouseIds[model.graph.nodeWarehouse[node] ?? 0] ?? '',
      // The supply line's own date, also when it lies before today, as the ERP holds it.
      date: toIso(model.supplyDay[model.receiptRow[receipt] ?? 0] ?? 0),
      quantity: round(model.receiptQty[receipt] ?? 0),
    };
    if (kind === ActionKind.Advance || kind === ActionKind.Postpone) {
      action.newDate = toIso(rows.newDay.data[k] ?? 0);
    } else {
      action.quantityChange = round(rows.quantityChange.data[k] ?? 0);
    }
    const causeKind = rows.causeKind.data[k] ?? NO_CAUSE;
    if (causeKind !== NO_CAUSE) {
      action.causeId = issueIdOf(run, causeKind, rows.causeRef.data[k] ?? 0, (order) =>
        orderIdOf(run.model, run.state.orders, order),
      ).id;
    }
    actions[k] = action;
  }
  return actions;
}

/** The id of a requirement: its demand or forecast line, or `<order>/<BOM line or transfer>`. */
export function issueIdOf(
  run: PlanRun,
  kind: number,
  ref: number,
  orderIdOf: (order: number) => string,
): { id: string; orderId?: string } {
  const { model, state } = run;
  if (kind === IssueKind.Demand) return { id: model.demandIds[ref] ?? '' };
  if (kind === IssueKind.Forecast) return { id: model.forecastIds[ref] ?? '' };
  const orderId = orderIdOf(state.dependent.order.data[ref] ?? 0);
  const line = state.dependent.line.data[ref] ?? -1;
  return {
    id: `${orderId}/${line < 0 ? 'transfer' : (model.bom.lineId[line] ?? '')}`,
    orderId,
  };
}

/** The node an existing receipt belongs to: receipts are grouped by node. */
function nodeOfReceipt(model: PlanModel, receipt: number): number {
  let low = 0;
  let high = model.graph.nodeCount - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((model.receiptStart[mid] ?? 0) <= receipt) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Late orders are on the orders themselves; the message says it in words. */
function lateOrderMessage(order: PlannedOrder): RunMessage {
  return lateOrderText(order);
}

/** The LATE_ORDER message of a planned order received after its requirement date. */
export function lateOrderText(order: {
  id: string;
  item: string;
  warehouse: string;
  receiptDate: string;
  requirementDate: string;
  delayDays: number;
}): RunMessage {
  return {
    severity: 'warning',
    code: 'LATE_ORDER',
    item: order.item,
    warehouse: order.warehouse,
    ref: order.id,
    text: `planned order ${order.id} is received ${order.receiptDate}, ${days(order.delayDays)} after its requirement date ${order.requirementDate}`,
  };
}
