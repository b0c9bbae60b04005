/**
 * The result codec's column path: ResultBatch messages encoded straight from the engine's
 * column slices (planResultColumns), without a row object or an ISO date per row. The
 * batches decode to the same result as encodeResultParts makes from the same run.
 */
import {
  COVERAGE_CODES,
  ISSUE_KINDS,
  ORDER_TYPES,
  RECEIPT_KINDS,
  RESULT_LISTS,
  SUPPLY_TYPES,
  type NodeColumns,
  type PeggingColumns,
  type PlannedOrderColumns,
  type ReceiptColumns,
  type RequirementColumns,
  type ResultColumnPart,
  type ResultHead,
} from '@replan/engine';
import { ContractError, type EnumCodec } from './common';
import { ProtoWriter } from './proto-writer';
import { coverageCodes, issueKinds, plannedOrderTypes, receiptKinds, supplyTypes } from './enums';
import { replan } from './gen/replan';
import { encodeListRows, encodeSummaryBatch, RESULT_ENTITY_NUMBERS } from './result';
import { DEFAULT_ROWS_PER_BATCH } from './snapshot';

const v1 = replan.v1;
type Batch = replan.v1.ResultBatch.$Properties;
type ListName = (typeof RESULT_LISTS)[number];

/** The wire numbers of an engine name list (by index). */
function wireNumbers<T extends string>(names: readonly T[], codec: EnumCodec<T>): Int32Array {
  return Int32Array.from(names.map((name) => codec.encode(name)));
}

const COVERAGE_WIRE = wireNumbers(COVERAGE_CODES, coverageCodes);
const ORDER_TYPE_WIRE = wireNumbers(ORDER_TYPES, plannedOrderTypes);
const ISSUE_KIND_WIRE = wireNumbers(ISSUE_KINDS, issueKinds);
const RECEIPT_KIND_WIRE = wireNumbers(RECEIPT_KINDS, receiptKinds);
const SUPPLY_TYPE_WIRE = wireNumbers(SUPPLY_TYPES, supplyTypes);

/** Writes the column slices' batch bodies (field numbers of proto/replan/v1/result.proto). */
class ColumnBodyWriter {
  readonly out = new ProtoWriter();
  private scratch = new Int32Array(0);

  /** values[0..n) through an engine-index → wire-number table (-1 and unknown: 0, absent). */
  private wire(values: Int32Array, n: number, numbers: Int32Array): Int32Array {
    if (this.scratch.length < n) this.scratch = new Int32Array(n);
    const out = this.scratch;
    for (let i = 0; i < n; i++) out[i] = numbers[values[i] ?? -1] ?? 0;
    return out;
  }

  nodes(c: NodeColumns): void {
    const w = this.out;
    const n = c.size;
    w.strings(1, c.dictionary, c.dictionary.length);
    w.packedUint32(2, c.item, n);
    w.packedUint32(3, c.warehouse, n);
    w.packedUint32(4, c.lowLevelCode, n);
    w.packedInt32(5, this.wire(c.coverageCode, n, COVERAGE_WIRE), n);
    w.packedDouble(6, c.minimumInventory, n);
    w.packedDouble(7, c.maximumInventory, n);
    w.packedInt32(8, c.fulfilmentDay, n);
    w.packedUint32(9, c.coverageTimeFence, n);
  }

  plannedOrders(c: PlannedOrderColumns): void {
    const w = this.out;
    const n = c.size;
    w.strings(1, c.dictionary, c.dictionary.length);
    w.strings(2, c.id, n);
    w.packedInt32(3, this.wire(c.type, n, ORDER_TYPE_WIRE), n);
    w.packedUint32(4, c.item, n);
    w.packedUint32(5, c.warehouse, n);
    w.packedUint32(6, c.fromWarehouse, n);
    w.packedDouble(7, c.quantity, n);
    w.packedInt32(8, c.orderDay, n);
    w.packedInt32(9, c.startDay, n);
    w.packedInt32(10, c.deliveryDay, n);
    w.packedInt32(11, c.receiptDay, n);
    w.packedInt32(12, c.requirementDay, n);
    w.packedSint32(13, c.delayDays, n);
    w.packedUint32(14, c.bomLevel, n);
    w.packedInt32(15, c.futuresDay, n);
    w.packedBool(16, c.toFirm, n);
  }

  requirements(c: RequirementColumns): void {
    const w = this.out;
    const n = c.size;
    w.strings(1, c.dictionary, c.dictionary.length);
    w.packedInt32(2, this.wire(c.kind, n, ISSUE_KIND_WIRE), n);
    w.strings(3, c.id, n);
    w.packedUint32(4, c.orderId, n);
    w.packedUint32(5, c.item, n);
    w.packedUint32(6, c.warehouse, n);
    w.packedInt32(7, c.day, n);
    w.packedDouble(8, c.quantity, n);
  }

  receipts(c: ReceiptColumns): void {
    const w = this.out;
    const n = c.size;
    w.strings(1, c.dictionary, c.dictionary.length);
    w.packedInt32(2, this.wire(c.kind, n, RECEIPT_KIND_WIRE), n);
    w.strings(3, c.id, n);
    w.packedInt32(4, this.wire(c.supplyType, n, SUPPLY_TYPE_WIRE), n);
    w.packedUint32(5, c.item, n);
    w.packedUint32(6, c.warehouse, n);
    w.packedInt32(7, c.day, n);
    w.packedDouble(8, c.quantity, n);
  }

  pegging(c: PeggingColumns): void {
    const w = this.out;
    const n = c.size;
    w.strings(1, c.dictionary, c.dictionary.length);
    w.packedInt32(2, this.wire(c.receiptKind, n, RECEIPT_KIND_WIRE), n);
    w.packedUint32(3, c.receiptId, n);
    w.packedInt32(4, this.wire(c.issueKind, n, ISSUE_KIND_WIRE), n);
    w.strings(5, c.issueId, n);
    w.packedUint32(6, c.issueOrderId, n);
    w.packedUint32(7, c.item, n);
    w.packedUint32(8, c.warehouse, n);
    w.packedDouble(9, c.quantity, n);
  }
}

/** ResultBatch fields: entity 1, sequence 2, last 3, then the list's body field. */
const BODY_FIELDS: Record<ListName, number> = {
  plannedOrders: 11,
  pegging: 12,
  delays: 13,
  actions: 14,
  forecasts: 15,
  messages: 16,
  requirements: 17,
  nodes: 18,
  receipts: 19,
  capacityLoad: 20,
  capacityReservations: 21,
};

/** `last: true` as a field of its own: appended, it marks an encoded batch as its list's last. */
const LAST = Uint8Array.of((3 << 3) | 0, 1);

function markedLast(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length + LAST.length);
  out.set(bytes, 0);
  out.set(LAST, bytes.length);
  return out;
}

/** A batch of a column slice, encoded as not last. */
function encodeColumns(
  writer: ColumnBodyWriter,
  part: Extract<ResultColumnPart, { kind: 'columns' }>,
  sequence: number,
): Uint8Array {
  writer.out.start();
  switch (part.list) {
    case 'nodes':
      writer.nodes(part.columns);
      break;
    case 'plannedOrders':
      writer.plannedOrders(part.columns);
      break;
    case 'requirements':
      writer.requirements(part.columns);
      break;
    case 'receipts':
      writer.receipts(part.columns);
      break;
    case 'pegging':
      writer.pegging(part.columns);
      break;
  }
  const entity = RESULT_ENTITY_NUMBERS[part.list];
  return writer.out.frame((w) => {
    w.uint32Field(1, entity);
    w.uint32Field(2, sequence);
  }, BODY_FIELDS[part.list]);
}

/** A batch of rows (objects), encoded as not last. */
function encodeRows(list: ListName, rows: readonly unknown[], sequence: number): Uint8Array {
  const message: Batch = {
    entity: RESULT_ENTITY_NUMBERS[list],
    sequence,
    [list]: encodeListRows(list, rows),
  };
  return v1.ResultBatch.encode(message).finish();
}

/**
 * Encodes a result from the engine's column parts (planResultColumns, made with slices of
 * at most `rowsPerBatch` rows): the summary batch, then each list in RESULT_LISTS order, a
 * batch per slice (row slices longer than `rowsPerBatch` are split), the last of a list
 * marked, a list without rows as one batch with no rows. Each batch is encoded when it is
 * taken.
 *
 * With `range`, only the batches of that range of the stream (by index, the summary batch
 * 0) are encoded and yielded, byte for byte as in the whole stream; the parts must then come
 * as `skip` exactly for the slices outside the range (planResultColumns with `keep`), and a
 * row part must be one batch (slices of `rowsPerBatch` rows).
 */
export function* encodeResultColumnParts(
  parts: Iterable<ResultColumnPart>,
  rowsPerBatch: number = DEFAULT_ROWS_PER_BATCH,
  range?: { from: number; to: number },
): Generator<Uint8Array> {
  if (!Number.isInteger(rowsPerBatch) || rowsPerBatch < 1) {
    throw new RangeError(`rowsPerBatch must be a positive integer, got ${rowsPerBatch}`);
  }
  const writer = new ColumnBodyWriter();
  const inRange = (index: number): boolean =>
    range === undefined || (index >= range.from && index < range.to);
  let head: ResultHead | undefined;
  let at = 0; // index in RESULT_LISTS of the list being written
  let sequence = 0;
  /** Index in the stream of the next batch. */
  let index = 0;
  // Each batch is encoded as it comes (a column slice's buffers are reused for the next);
  // it is sent when the next one shows whether it was its list's last. A batch outside the
  // range is held as null: it takes its place, and is never made.
  let held: Uint8Array | null | undefined;
  /** Ends the lists before `to`: the held batch of the current one, empty batches after. */
  function* endBefore(to: number): Generator<Uint8Array> {
    while (at < to) {
      const list = RESULT_LISTS[at] as ListName;
      if (held === undefined) {
        if (inRange(index)) yield markedLast(encodeRows(list, [], 0));
        index += 1;
      } else if (held !== null) {
        yield markedLast(held);
      }
      held = undefined;
      sequence = 0;
      at += 1;
    }
  }
  function* hold(next: Uint8Array | null): Generator<Uint8Array> {
    if (held !== undefined && held !== null) yield held;
    held = next;
    index += 1;
  }
  for (const part of parts) {
    if (part.kind === 'head') {
      if (head !== undefined) throw new ContractError('result: a second head');
      head = part.head;
      if (inRange(index)) yield encodeSummaryBatch(part.head);
      index += 1;
      continue;
    }
    if (head === undefined) throw new ContractError('result: rows before the head');
    const listIndex = RESULT_LISTS.indexOf(part.list);
    if (listIndex < at) throw new ContractError(`result: ${part.list} rows out of order`);
    yield* endBefore(listIndex);
    const next = held === undefined ? 0 : sequence + 1;
    if (part.kind === 'skip') {
      if (inRange(index)) {
        throw new RangeError(`result: batch ${index} (${part.list}) is in the range but skipped`);
      }
      if (held !== undefined) sequence += 1;
      yield* hold(null);
      continue;
    }
    if (range !== undefined && !inRange(index)) {
      throw new RangeError(`result: batch ${index} (${part.list}) is made but not in the range`);
    }
    if (part.kind === 'columns') {
      const size = part.columns.size;
      if (size > rowsPerBatch) {
        throw new RangeError(
          `result: a ${part.list} slice of ${size} rows is over ${rowsPerBatch}`,
        );
      }
      const bytes = encodeColumns(writer, part, next);
      if (held !== undefined) sequence += 1;
      yield* hold(bytes);
      continue;
    }
    const list = part.list;
    const rows: readonly unknown[] = part.rows;
    if (range !== undefined && rows.length > rowsPerBatch) {
      throw new RangeError(
        `result: a ${list} slice of ${rows.length} rows is over ${rowsPerBatch}`,
      );
    }
    for (let from = 0; from < rows.length; from += rowsPerBatch) {
      const bytes = encodeRows(
        list,
        rows.slice(from, from + rowsPerBatch),
        held === undefined ? 0 : sequence + 1,
      );
      if (held !== undefined) sequence += 1;
      yield* hold(bytes);
    }
  }
  if (head === undefined) throw new ContractError('result: no head');
  yield* endBefore(RESULT_LISTS.length);
}
