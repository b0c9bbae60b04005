/**
 * The result codec: a PlanResult to and from columnar ResultBatch messages, the unit an
 * engine writes to a run's result streams (one batch per stream entry).
 */
import {
  toIso,
  type ActionMessage,
  type CapacityLoad,
  type CapacityReservation,
  type Delay,
  type ExistingReceipt,
  type ForecastRemaining,
  type Pegging,
  type PlannedOrder,
  type PlanningNode,
  RESULT_LISTS,
  type Requirement,
  resultSlices,
  type PlanResult,
  type ResultHead,
  type ResultPart,
  type RunMessage,
} from '@replan/engine';
import {
  cell,
  checkFrame,
  columnReader,
  ContractError,
  dayOf,
  decodeOptNumber,
  DictionaryBuilder,
  encodeOptNumber,
  groupByEntity,
  ListFramer,
  orderBatches,
  type FramedBatch,
  type ListFrame,
} from './common';
import {
  actionKinds,
  coverageCodes,
  demandTypes,
  issueKinds,
  plannedOrderTypes,
  receiptKinds,
  severities,
  supplyTypes,
} from './enums';
import { replan } from './gen/replan';
import { DEFAULT_ROWS_PER_BATCH } from './snapshot';
import { decodeCounts, encodeCounts } from './wire';

const v1 = replan.v1;
const Entity = v1.ResultEntity;

/** The result lists, in the order their batches are written, after the summary. */
export type ResultEntityName =
  | 'summary'
  | 'nodes'
  | 'plannedOrders'
  | 'requirements'
  | 'receipts'
  | 'pegging'
  | 'delays'
  | 'actions'
  | 'forecasts'
  | 'capacityLoad'
  | 'capacityReservations'
  | 'messages';

export const RESULT_ENTITY_NUMBERS: Record<ResultEntityName, replan.v1.ResultEntity> = {
  summary: Entity.RESULT_ENTITY_SUMMARY,
  nodes: Entity.RESULT_ENTITY_NODES,
  plannedOrders: Entity.RESULT_ENTITY_PLANNED_ORDERS,
  requirements: Entity.RESULT_ENTITY_REQUIREMENTS,
  receipts: Entity.RESULT_ENTITY_RECEIPTS,
  pegging: Entity.RESULT_ENTITY_PEGGING,
  delays: Entity.RESULT_ENTITY_DELAYS,
  actions: Entity.RESULT_ENTITY_ACTIONS,
  forecasts: Entity.RESULT_ENTITY_FORECASTS,
  capacityLoad: Entity.RESULT_ENTITY_CAPACITY_LOAD,
  capacityReservations: Entity.RESULT_ENTITY_CAPACITY_RESERVATIONS,
  messages: Entity.RESULT_ENTITY_MESSAGES,
};

type Batch = replan.v1.ResultBatch.$Properties;
type ListName = Exclude<ResultEntityName, 'summary'>;

/** The row type of each result list. */
interface ResultLists {
  nodes: PlanningNode;
  plannedOrders: PlannedOrder;
  requirements: Requirement;
  receipts: ExistingReceipt;
  pegging: Pegging;
  delays: Delay;
  actions: ActionMessage;
  forecasts: ForecastRemaining;
  capacityLoad: CapacityLoad;
  capacityReservations: CapacityReservation;
  messages: RunMessage;
}

const LIST_ENCODERS: {
  [L in ListName]: (rows: readonly ResultLists[L][], dict: DictionaryBuilder) => Batch[L];
} = {
  nodes: (rows: readonly PlanningNode[], dict: DictionaryBuilder) => ({
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    lowLevelCode: rows.map((r) => r.lowLevelCode),
    coverageCode: rows.map((r) => coverageCodes.encode(r.coverageCode)),
    minimumInventory: rows.map((r) => r.minimumInventory),
    maximumInventory: rows.map((r) => r.maximumInventory),
    fulfilmentDate: rows.map((r) => dayOf(r.fulfilmentDate)),
    coverageTimeFence: rows.map((r) => r.coverageTimeFence),
    dictionary: dict.values,
  }),
  plannedOrders: (rows: readonly PlannedOrder[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    type: rows.map((r) => plannedOrderTypes.encode(r.type)),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    fromWarehouse: rows.map((r) => dict.opt(r.fromWarehouse)),
    quantity: rows.map((r) => r.quantity),
    orderDate: rows.map((r) => dayOf(r.orderDate)),
    startDate: rows.map((r) => dayOf(r.startDate)),
    deliveryDate: rows.map((r) => dayOf(r.deliveryDate)),
    receiptDate: rows.map((r) => dayOf(r.receiptDate)),
    requirementDate: rows.map((r) => dayOf(r.requirementDate)),
    delayDays: rows.map((r) => r.delayDays),
    bomLevel: rows.map((r) => r.bomLevel),
    futuresDate: rows.map((r) => dayOf(r.futuresDate)),
    toFirm: rows.map((r) => r.toFirm),
    dictionary: dict.values,
  }),
  requirements: (rows: readonly Requirement[], dict: DictionaryBuilder) => ({
    kind: rows.map((r) => issueKinds.encode(r.kind)),
    id: rows.map((r) => r.id),
    orderId: rows.map((r) => dict.opt(r.orderId)),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    date: rows.map((r) => dayOf(r.date)),
    quantity: rows.map((r) => r.quantity),
    dictionary: dict.values,
  }),
  receipts: (rows: readonly ExistingReceipt[], dict: DictionaryBuilder) => ({
    kind: rows.map((r) => receiptKinds.encode(r.kind)),
    id: rows.map((r) => r.id),
    supplyType: rows.map((r) => supplyTypes.encodeOpt(r.supplyType)),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    date: rows.map((r) => dayOf(r.date)),
    quantity: rows.map((r) => r.quantity),
    dictionary: dict.values,
  }),
  pegging: (rows: readonly Pegging[], dict: DictionaryBuilder) => ({
    receiptKind: rows.map((r) => receiptKinds.encode(r.receiptKind)),
    receiptId: rows.map((r) => dict.ref(r.receiptId)),
    issueKind: rows.map((r) => issueKinds.encode(r.issueKind)),
    issueId: rows.map((r) => r.issueId),
    issueOrderId: rows.map((r) => dict.opt(r.issueOrderId)),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    quantity: rows.map((r) => r.quantity),
    dictionary: dict.values,
  }),
  delays: (rows: readonly Delay[], dict: DictionaryBuilder) => ({
    demandId: rows.map((r) => r.demandId),
    demandType: rows.map((r) => demandTypes.encode(r.demandType)),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    requirementDate: rows.map((r) => dayOf(r.requirementDate)),
    futuresDate: rows.map((r) => dayOf(r.futuresDate)),
    delayDays: rows.map((r) => r.delayDays),
    dictionary: dict.values,
  }),
  actions: (rows: readonly ActionMessage[], dict: DictionaryBuilder) => ({
    kind: rows.map((r) => actionKinds.encode(r.kind)),
    supplyId: rows.map((r) => r.supplyId),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    date: rows.map((r) => dayOf(r.date)),
    newDate: rows.map((r) => (r.newDate === undefined ? 0 : dayOf(r.newDate))),
    hasNewDate: rows.map((r) => r.newDate !== undefined),
    quantity: rows.map((r) => r.quantity),
    quantityChange: rows.map((r) => encodeOptNumber(r.quantityChange)),
    causeId: rows.map((r) => dict.opt(r.causeId)),
    dictionary: dict.values,
  }),
  forecasts: (rows: readonly ForecastRemaining[], dict: DictionaryBuilder) => ({
    id: rows.map((r) => r.id),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    date: rows.map((r) => dayOf(r.date)),
    quantity: rows.map((r) => r.quantity),
    remaining: rows.map((r) => r.remaining),
    dictionary: dict.values,
  }),
  capacityLoad: (rows: readonly CapacityLoad[], dict: DictionaryBuilder) => ({
    resource: rows.map((r) => dict.ref(r.resource)),
    date: rows.map((r) => dayOf(r.date)),
    requiredHours: rows.map((r) => r.requiredHours),
    availableHours: rows.map((r) => r.availableHours),
    dictionary: dict.values,
  }),
  capacityReservations: (rows: readonly CapacityReservation[], dict: DictionaryBuilder) => ({
    resource: rows.map((r) => dict.ref(r.resource)),
    date: rows.map((r) => dayOf(r.date)),
    orderId: rows.map((r) => dict.ref(r.orderId)),
    operation: rows.map((r) => r.operation),
    item: rows.map((r) => dict.ref(r.item)),
    warehouse: rows.map((r) => dict.ref(r.warehouse)),
    hours: rows.map((r) => r.hours),
    availableHours: rows.map((r) => r.availableHours),
    dictionary: dict.values,
  }),
  messages: (rows: readonly RunMessage[], dict: DictionaryBuilder) => ({
    severity: rows.map((r) => severities.encode(r.severity)),
    code: rows.map((r) => dict.ref(r.code)),
    item: rows.map((r) => dict.opt(r.item)),
    warehouse: rows.map((r) => dict.opt(r.warehouse)),
    ref: rows.map((r) => dict.opt(r.ref)),
    text: rows.map((r) => r.text),
    dictionary: dict.values,
  }),
};

/** The body of a list's batch. */
export type ResultListBody = Body;

/** The batch body of rows of one list (objects of that list's row type). */
export function encodeListRows(list: ListName, rows: readonly unknown[]): Body {
  const encode = LIST_ENCODERS[list] as (rows: readonly unknown[], dict: DictionaryBuilder) => Body;
  return encode(rows, new DictionaryBuilder());
}

function encodeListBatch({ list, rows, sequence, last }: ListFrame<ListName>): Uint8Array {
  const message: Batch = {
    entity: RESULT_ENTITY_NUMBERS[list],
    sequence,
    last,
    [list]: encodeListRows(list, rows),
  };
  return v1.ResultBatch.encode(message).finish();
}

/**
 * Encodes a plan result as ResultBatch messages: one summary batch, then each list in
 * batches of at most `rowsPerBatch` rows (an empty list sends one batch with no rows).
 */
export function encodeResultBatches(
  result: PlanResult,
  rowsPerBatch: number = DEFAULT_ROWS_PER_BATCH,
): Uint8Array[] {
  return [...encodeResultBatchStream(result, rowsPerBatch)];
}

/**
 * The batches of `encodeResultBatches`, encoded one at a time as they are taken, so a
 * writer can send each before the next is encoded.
 */
export function encodeResultBatchStream(
  result: PlanResult,
  rowsPerBatch: number = DEFAULT_ROWS_PER_BATCH,
): Generator<Uint8Array> {
  return encodeResultParts(partsOf(result), rowsPerBatch);
}

function* partsOf(result: PlanResult): Generator<ResultPart> {
  yield { kind: 'head', head: result };
  for (const slice of resultSlices(result)) yield { kind: 'rows', ...slice };
}

/**
 * Encodes a result as it is made (the engine's planResultParts: the head, then each list
 * slice by slice, in list order): the summary batch, then each list in batches of at most
 * `rowsPerBatch` rows, the last of a list marked, an empty list as one batch with no rows.
 * A batch is encoded when it is taken, so neither the result nor its encoding is ever
 * held whole.
 */
export function* encodeResultParts(
  parts: Iterable<ResultPart>,
  rowsPerBatch: number = DEFAULT_ROWS_PER_BATCH,
): Generator<Uint8Array> {
  const framer = new ListFramer<ListName>(RESULT_LISTS, rowsPerBatch, 'result');
  let started = false;
  for (const part of parts) {
    if (part.kind === 'head') {
      if (started) throw new ContractError('result: a second head');
      started = true;
      yield encodeSummaryBatch(part.head);
      continue;
    }
    if (!started) throw new ContractError('result: rows before the head');
    for (const frame of framer.add(part.list, part.rows)) yield encodeListBatch(frame);
  }
  if (!started) throw new ContractError('result: no head');
  for (const frame of framer.end()) yield encodeListBatch(frame);
}

export function encodeSummaryBatch(head: ResultHead): Uint8Array {
  return v1.ResultBatch.encode({
    entity: Entity.RESULT_ENTITY_SUMMARY,
    sequence: 0,
    last: true,
    summary: {
      formatVersion: head.formatVersion,
      plan: head.plan,
      planDate: dayOf(head.planDate),
      counts: encodeCounts(head.counts),
      filtered: head.scope.filtered,
      items: head.scope.items,
    },
  }).finish();
}

type Body = NonNullable<Batch[ResultEntityName]>;

export type DecodedBatch = FramedBatch<ResultEntityName, Body>;

/** An encoded ResultBatch's frame and body (protobufjs's decoding, no rows made). */
export function decodeBatch(bytes: Uint8Array): DecodedBatch {
  return checkFrame(v1.ResultBatch.decode(bytes), RESULT_ENTITY_NUMBERS, 'result');
}

/** Which entity an encoded ResultBatch carries, and its place in that entity's stream. */
export interface ResultBatchHeader {
  entity: ResultEntityName;
  sequence: number;
  last: boolean;
  /** Rows in the batch (1 for the summary batch). */
  rows: number;
}

/** Rows in a decoded batch body: the length of its leading column. */
function bodyRows(b: DecodedBatch): number {
  switch (b.entity) {
    case 'summary':
      return 1;
    case 'plannedOrders':
    case 'requirements':
    case 'receipts':
    case 'forecasts':
      return (b.body as { id?: string[] | null }).id?.length ?? 0;
    case 'nodes':
      return (b.body as { item?: number[] | null }).item?.length ?? 0;
    case 'pegging':
      return (b.body as { issueId?: string[] | null }).issueId?.length ?? 0;
    case 'delays':
      return (b.body as { demandId?: string[] | null }).demandId?.length ?? 0;
    case 'actions':
      return (b.body as { supplyId?: string[] | null }).supplyId?.length ?? 0;
    case 'messages':
      return (b.body as { text?: string[] | null }).text?.length ?? 0;
    case 'capacityLoad':
    case 'capacityReservations':
      return (b.body as { resource?: number[] | null }).resource?.length ?? 0;
  }
}

/** Reads the header of an encoded ResultBatch. */
export function readResultBatchHeader(bytes: Uint8Array): ResultBatchHeader {
  const b = decodeBatch(bytes);
  return { entity: b.entity, sequence: b.sequence, last: b.last, rows: bodyRows(b) };
}

/**
 * Decodes ResultBatch messages (any order across entities) back into the plan result.
 * Every entity must be complete; a missing summary or list is a ContractError.
 */
export function decodeResultBatches(batches: Iterable<Uint8Array>): PlanResult {
  const byEntity = groupByEntity(batches, decodeBatch);
  const bodies = <K extends ResultEntityName>(entity: K): NonNullable<Batch[K]>[] => {
    const list = byEntity.get(entity);
    if (list === undefined) throw new ContractError(`result: no ${entity} batch`);
    return orderBatches(list, entity).map((b) => b.body as NonNullable<Batch[K]>);
  };
  const rowsOf = <L extends ListName>(list: L): ResultLists[L][] => {
    const out: ResultLists[L][] = [];
    bodies(list).forEach((body, i) => {
      for (const row of LIST_DECODERS[list](body, `${list} batch ${i}`)) out.push(row);
    });
    return out;
  };

  const summaries = bodies('summary');
  const summary = summaries[0];
  if (summary === undefined || summaries.length !== 1) {
    throw new ContractError('result: expected exactly one summary batch');
  }
  return {
    ...summaryHead(summary),
    nodes: rowsOf('nodes'),
    plannedOrders: rowsOf('plannedOrders'),
    requirements: rowsOf('requirements'),
    receipts: rowsOf('receipts'),
    pegging: rowsOf('pegging'),
    delays: rowsOf('delays'),
    actions: rowsOf('actions'),
    forecasts: rowsOf('forecasts'),
    capacityLoad: rowsOf('capacityLoad'),
    capacityReservations: rowsOf('capacityReservations'),
    messages: rowsOf('messages'),
  };
}

/** One ResultBatch decoded on its own: its place in its list, and the head or rows it holds. */
export interface DecodedResultBatch {
  sequence: number;
  last: boolean;
  part: ResultPart;
}

function summaryHead(summary: replan.v1.ResultSummary.$Properties): ResultHead {
  const formatVersion = summary.formatVersion ?? 0;
  if (formatVersion !== 1) {
    throw new ContractError(`result: unsupported result format version ${formatVersion}`);
  }
  return {
    formatVersion,
    plan: summary.plan ?? '',
    planDate: toIso(summary.planDate ?? 0),
    counts: decodeCounts(summary.counts),
    scope: { filtered: summary.filtered ?? false, items: [...(summary.items ?? [])] },
  };
}

/**
 * Decodes one ResultBatch on its own, for a reader that handles a result batch by batch
 * (checking order and completeness is then the reader's job: see decodeResultBatches).
 */
export function decodeResultBatch(bytes: Uint8Array): DecodedResultBatch {
  const b = decodeBatch(bytes);
  const frame = { sequence: b.sequence, last: b.last };
  if (b.entity === 'summary') {
    return { ...frame, part: { kind: 'head', head: summaryHead(b.body) } };
  }
  const list = b.entity;
  const decode = LIST_DECODERS[list] as (body: Body, where: string) => object[];
  const rows = decode(b.body, `${list} batch ${b.sequence}`);
  return { ...frame, part: { kind: 'rows', list, rows } as ResultPart };
}

/** The decoder of each list's batch body. */
const LIST_DECODERS: {
  [L in ListName]: (body: NonNullable<Batch[L]>, where: string) => ResultLists[L][];
} = {
  nodes: decodeNodes,
  plannedOrders: decodePlannedOrders,
  requirements: decodeRequirements,
  receipts: decodeReceipts,
  pegging: decodePegging,
  delays: decodeDelays,
  actions: decodeActions,
  forecasts: decodeForecasts,
  capacityLoad: decodeCapacityLoad,
  capacityReservations: decodeCapacityReservations,
  messages: decodeMessages,
};

function decodePlannedOrders(
  b: replan.v1.PlannedOrderBatch.$Properties,
  where: string,
): PlannedOrder[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const type = col(b.type, 'type');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const fromWarehouse = col(b.fromWarehouse, 'fromWarehouse');
  const quantity = col(b.quantity, 'quantity');
  const orderDate = col(b.orderDate, 'orderDate');
  const startDate = col(b.startDate, 'startDate');
  const deliveryDate = col(b.deliveryDate, 'deliveryDate');
  const receiptDate = col(b.receiptDate, 'receiptDate');
  const requirementDate = col(b.requirementDate, 'requirementDate');
  const delayDays = col(b.delayDays, 'delayDays');
  const bomLevel = col(b.bomLevel, 'bomLevel');
  const futuresDate = col(b.futuresDate, 'futuresDate');
  const toFirm = col(b.toFirm, 'toFirm');
  return ids.map((id, i) => {
    const order: PlannedOrder = {
      id,
      type: plannedOrderTypes.decode(cell(type, i)),
      item: dict.ref(cell(item, i), 'item'),
      warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
      quantity: cell(quantity, i),
      orderDate: toIso(cell(orderDate, i)),
      startDate: toIso(cell(startDate, i)),
      deliveryDate: toIso(cell(deliveryDate, i)),
      receiptDate: toIso(cell(receiptDate, i)),
      requirementDate: toIso(cell(requirementDate, i)),
      delayDays: cell(delayDays, i),
      bomLevel: cell(bomLevel, i),
      futuresDate: toIso(cell(futuresDate, i)),
      toFirm: cell(toFirm, i),
    };
    const from = dict.opt(cell(fromWarehouse, i), 'fromWarehouse');
    if (from !== undefined) order.fromWarehouse = from;
    return order;
  });
}

function decodeRequirements(
  b: replan.v1.RequirementBatch.$Properties,
  where: string,
): Requirement[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const kind = col(b.kind, 'kind');
  const orderId = col(b.orderId, 'orderId');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const date = col(b.date, 'date');
  const quantity = col(b.quantity, 'quantity');
  return ids.map((id, i) => {
    const requirement: Requirement = {
      kind: issueKinds.decode(cell(kind, i)),
      id,
      item: dict.ref(cell(item, i), 'item'),
      warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
      date: toIso(cell(date, i)),
      quantity: cell(quantity, i),
    };
    const order = dict.opt(cell(orderId, i), 'orderId');
    if (order !== undefined) requirement.orderId = order;
    return requirement;
  });
}

function decodeNodes(b: replan.v1.NodeBatch.$Properties, where: string): PlanningNode[] {
  const items = b.item ?? [];
  const { dict, col } = columnReader(b.dictionary, items.length, where);
  const warehouse = col(b.warehouse, 'warehouse');
  const lowLevelCode = col(b.lowLevelCode, 'lowLevelCode');
  const coverageCode = col(b.coverageCode, 'coverageCode');
  const minimumInventory = col(b.minimumInventory, 'minimumInventory');
  const maximumInventory = col(b.maximumInventory, 'maximumInventory');
  const fulfilmentDate = col(b.fulfilmentDate, 'fulfilmentDate');
  const coverageTimeFence = col(b.coverageTimeFence, 'coverageTimeFence');
  return items.map((item, i) => ({
    item: dict.ref(item, 'item'),
    warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
    lowLevelCode: cell(lowLevelCode, i),
    coverageCode: coverageCodes.decode(cell(coverageCode, i)),
    minimumInventory: cell(minimumInventory, i),
    maximumInventory: cell(maximumInventory, i),
    fulfilmentDate: toIso(cell(fulfilmentDate, i)),
    coverageTimeFence: cell(coverageTimeFence, i),
  }));
}

function decodeReceipts(
  b: replan.v1.ExistingReceiptBatch.$Properties,
  where: string,
): ExistingReceipt[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const kind = col(b.kind, 'kind');
  const supplyType = col(b.supplyType, 'supplyType');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const date = col(b.date, 'date');
  const quantity = col(b.quantity, 'quantity');
  return ids.map((id, i) => {
    const receiptKind = receiptKinds.decode(cell(kind, i));
    if (receiptKind === 'plannedOrder') {
      throw new ContractError(`${where}: row ${i}: a planned order is not an existing receipt`);
    }
    const receipt: ExistingReceipt = {
      kind: receiptKind,
      id,
      item: dict.ref(cell(item, i), 'item'),
      warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
      date: toIso(cell(date, i)),
      quantity: cell(quantity, i),
    };
    const type = supplyTypes.decodeOpt(cell(supplyType, i));
    if (type !== undefined) receipt.supplyType = type;
    return receipt;
  });
}

function decodePegging(b: replan.v1.PeggingBatch.$Properties, where: string): Pegging[] {
  const issueId = b.issueId ?? [];
  const { dict, col } = columnReader(b.dictionary, issueId.length, where);
  const receiptKind = col(b.receiptKind, 'receiptKind');
  const receiptId = col(b.receiptId, 'receiptId');
  const issueKind = col(b.issueKind, 'issueKind');
  const issueOrderId = col(b.issueOrderId, 'issueOrderId');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const quantity = col(b.quantity, 'quantity');
  return issueId.map((issue, i) => {
    const row: Pegging = {
      receiptKind: receiptKinds.decode(cell(receiptKind, i)),
      receiptId: dict.ref(cell(receiptId, i), 'receiptId'),
      issueKind: issueKinds.decode(cell(issueKind, i)),
      issueId: issue,
      item: dict.ref(cell(item, i), 'item'),
      warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
      quantity: cell(quantity, i),
    };
    const order = dict.opt(cell(issueOrderId, i), 'issueOrderId');
    if (order !== undefined) row.issueOrderId = order;
    return row;
  });
}

function decodeDelays(b: replan.v1.DelayBatch.$Properties, where: string): Delay[] {
  const ids = b.demandId ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const demandType = col(b.demandType, 'demandType');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const requirementDate = col(b.requirementDate, 'requirementDate');
  const futuresDate = col(b.futuresDate, 'futuresDate');
  const delayDays = col(b.delayDays, 'delayDays');
  return ids.map((demandId, i) => ({
    demandId,
    demandType: demandTypes.decode(cell(demandType, i)),
    item: dict.ref(cell(item, i), 'item'),
    warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
    requirementDate: toIso(cell(requirementDate, i)),
    futuresDate: toIso(cell(futuresDate, i)),
    delayDays: cell(delayDays, i),
  }));
}

function decodeActions(
  b: replan.v1.ActionMessageBatch.$Properties,
  where: string,
): ActionMessage[] {
  const ids = b.supplyId ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const kind = col(b.kind, 'kind');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const date = col(b.date, 'date');
  const newDate = col(b.newDate, 'newDate');
  const hasNewDate = col(b.hasNewDate, 'hasNewDate');
  const quantity = col(b.quantity, 'quantity');
  const quantityChange = col(b.quantityChange, 'quantityChange');
  const causeId = col(b.causeId, 'causeId');
  return ids.map((supplyId, i) => {
    const action: ActionMessage = {
      kind: actionKinds.decode(cell(kind, i)),
      supplyId,
      item: dict.ref(cell(item, i), 'item'),
      warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
      date: toIso(cell(date, i)),
      quantity: cell(quantity, i),
    };
    if (cell(hasNewDate, i)) action.newDate = toIso(cell(newDate, i));
    const change = decodeOptNumber(cell(quantityChange, i));
    if (change !== undefined) action.quantityChange = change;
    const cause = dict.opt(cell(causeId, i), 'causeId');
    if (cause !== undefined) action.causeId = cause;
    return action;
  });
}

function decodeForecasts(
  b: replan.v1.ForecastRemainingBatch.$Properties,
  where: string,
): ForecastRemaining[] {
  const ids = b.id ?? [];
  const { dict, col } = columnReader(b.dictionary, ids.length, where);
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const date = col(b.date, 'date');
  const quantity = col(b.quantity, 'quantity');
  const remaining = col(b.remaining, 'remaining');
  return ids.map((id, i) => ({
    id,
    item: dict.ref(cell(item, i), 'item'),
    warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
    date: toIso(cell(date, i)),
    quantity: cell(quantity, i),
    remaining: cell(remaining, i),
  }));
}

function decodeCapacityLoad(
  b: replan.v1.CapacityLoadBatch.$Properties,
  where: string,
): CapacityLoad[] {
  const resources = b.resource ?? [];
  const { dict, col } = columnReader(b.dictionary, resources.length, where);
  const date = col(b.date, 'date');
  const required = col(b.requiredHours, 'requiredHours');
  const available = col(b.availableHours, 'availableHours');
  return resources.map((resource, i) => ({
    resource: dict.ref(resource, 'resource'),
    date: toIso(cell(date, i)),
    requiredHours: cell(required, i),
    availableHours: cell(available, i),
  }));
}

function decodeCapacityReservations(
  b: replan.v1.CapacityReservationBatch.$Properties,
  where: string,
): CapacityReservation[] {
  const resources = b.resource ?? [];
  const { dict, col } = columnReader(b.dictionary, resources.length, where);
  const date = col(b.date, 'date');
  const orderId = col(b.orderId, 'orderId');
  const operation = col(b.operation, 'operation');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const hours = col(b.hours, 'hours');
  const available = col(b.availableHours, 'availableHours');
  return resources.map((resource, i) => ({
    resource: dict.ref(resource, 'resource'),
    date: toIso(cell(date, i)),
    orderId: dict.ref(cell(orderId, i), 'orderId'),
    operation: cell(operation, i),
    item: dict.ref(cell(item, i), 'item'),
    warehouse: dict.ref(cell(warehouse, i), 'warehouse'),
    hours: cell(hours, i),
    availableHours: cell(available, i),
  }));
}

function decodeMessages(b: replan.v1.RunMessageBatch.$Properties, where: string): RunMessage[] {
  const texts = b.text ?? [];
  const { dict, col } = columnReader(b.dictionary, texts.length, where);
  const severity = col(b.severity, 'severity');
  const code = col(b.code, 'code');
  const item = col(b.item, 'item');
  const warehouse = col(b.warehouse, 'warehouse');
  const ref = col(b.ref, 'ref');
  return texts.map((text, i) => {
    const m: RunMessage = {
      severity: severities.decode(cell(severity, i)),
      code: dict.ref(cell(code, i), 'code'),
      text,
    };
    const it = dict.opt(cell(item, i), 'item');
    if (it !== undefined) m.item = it;
    const w = dict.opt(cell(warehouse, i), 'warehouse');
    if (w !== undefined) m.warehouse = w;
    const r = dict.opt(cell(ref, i), 'ref');
    if (r !== undefined) m.ref = r;
    return m;
  });
}
