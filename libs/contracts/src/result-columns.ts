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

/** How a column is written: its wire type, and for kinds the engine-index → wire-number table. */
type Encoding =
  { as: 'strings' | 'uint32' | 'sint32' | 'double' | 'bool' } | { as: 'int32'; wire?: Int32Array };

/** One field of a list's batch body: its number, its column in the slice, how it is written. */
interface BodyField {
  field: number;
  column: string;
  encoding: Encoding;
}

/** A list's body fields, their columns checked against the list's slice type. */
type Fields<C> = readonly { field: number; column: keyof C & string; encoding: Encoding }[];

type ColumnList = Extract<ResultColumnPart, { kind: 'columns' }>['list'];

const field = <K extends string>(
  n: number,
  column: K,
  encoding: Encoding,
): { field: number; column: K; encoding: Encoding } => ({
  field: n,
  column,
  encoding,
});
const strings: Encoding = { as: 'strings' };
const uint32: Encoding = { as: 'uint32' };
const int32: Encoding = { as: 'int32' };
const sint32: Encoding = { as: 'sint32' };
const double: Encoding = { as: 'double' };
const bool: Encoding = { as: 'bool' };
const wired = (wire: Int32Array): Encoding => ({ as: 'int32', wire });

/**
 * The batch body of each column list, field by field (field numbers of
 * proto/replan/v1/result.proto), in the order they are written. Field 1 is the slice's
 * dictionary.
 */
const BODIES: {
  readonly nodes: Fields<NodeColumns>;
  readonly plannedOrders: Fields<PlannedOrderColumns>;
  readonly requirements: Fields<RequirementColumns>;
  readonly receipts: Fields<ReceiptColumns>;
  readonly pegging: Fields<PeggingColumns>;
} = {
  nodes: [
    field(2, 'item', uint32),
    field(3, 'warehouse', uint32),
    field(4, 'lowLevelCode', uint32),
    field(5, 'coverageCode', wired(COVERAGE_WIRE)),
    field(6, 'minimumInventory', double),
    field(7, 'maximumInventory', double),
    field(8, 'fulfilmentDay', int32),
    field(9, 'coverageTimeFence', uint32),
  ],
  plannedOrders: [
    field(2, 'id', strings),
    field(3, 'type', wired(ORDER_TYPE_WIRE)),
    field(4, 'item', uint32),
    field(5, 'warehouse', uint32),
    field(6, 'fromWarehouse', uint32),
    field(7, 'quantity', double),
    field(8, 'orderDay', int32),
    field(9, 'startDay', int32),
    field(10, 'deliveryDay', int32),
    field(11, 'receiptDay', int32),
    field(12, 'requirementDay', int32),
    field(13, 'delayDays', sint32),
    field(14, 'bomLevel', uint32),
    field(15, 'futuresDay', int32),
    field(16, 'toFirm', bool),
  ],
  requirements: [
    field(2, 'kind', wired(ISSUE_KIND_WIRE)),
    field(3, 'id', strings),
    field(4, 'orderId', uint32),
    field(5, 'item', uint32),
    field(6, 'warehouse', uint32),
    field(7, 'day', int32),
    field(8, 'quantity', double),
  ],
  receipts: [
    field(2, 'kind', wired(RECEIPT_KIND_WIRE)),
    field(3, 'id', strings),
    field(4, 'supplyType', wired(SUPPLY_TYPE_WIRE)),
    field(5, 'item', uint32),
    field(6, 'warehouse', uint32),
    field(7, 'day', int32),
    field(8, 'quantity', double),
  ],
  pegging: [
    field(2, 'receiptKind', wired(RECEIPT_KIND_WIRE)),
    field(3, 'receiptId', uint32),
    field(4, 'issueKind', wired(ISSUE_KIND_WIRE)),
    field(5, 'issueId', strings),
    field(6, 'issueOrderId', uint32),
    field(7, 'item', uint32),
    field(8, 'warehouse', uint32),
    field(9, 'quantity', double),
  ],
};

/** Writes the column slices' batch bodies, one loop over the list's fields (BODIES). */
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

  body(list: ColumnList, columns: { size: number; dictionary: string[] }): void {
    const w = this.out;
    const n = columns.size;
    const values = columns as unknown as Readonly<Record<string, unknown>>;
    w.strings(1, columns.dictionary, columns.dictionary.length);
    const fields: readonly BodyField[] = BODIES[list];
    for (const { field: f, column, encoding } of fields) {
      const v = values[column];
      switch (encoding.as) {
        case 'strings':
          w.strings(f, v as readonly string[], n);
          break;
        case 'uint32':
          w.packedUint32(f, v as ArrayLike<number>, n);
          break;
        case 'int32':
          w.packedInt32(
            f,
            encoding.wire === undefined
              ? (v as ArrayLike<number>)
              : this.wire(v as Int32Array, n, encoding.wire),
            n,
          );
          break;
        case 'sint32':
          w.packedSint32(f, v as ArrayLike<number>, n);
          break;
        case 'double':
          w.packedDouble(f, v as ArrayLike<number>, n);
          break;
        case 'bool':
          w.packedBool(f, v as ArrayLike<number>, n);
          break;
      }
    }
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
  writer.body(part.list, part.columns);
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
