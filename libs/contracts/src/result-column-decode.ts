/**
 * Decoding a ResultBatch into columns (ResultColumnBatch) instead of row objects, for a
 * reader that writes the rows on in bulk: the large lists (nodes, planned orders,
 * requirements, receipts, pegging) come as one array per field, checked as the row decoder
 * checks them (column lengths, dictionary references, enum numbers); the other lists and the
 * summary decode as decodeResultBatch decodes them.
 *
 * Each list is a table of column descriptors (field → how it is read from the batch body),
 * so one loop serves every list.
 */
import type { ColumnValues, ResultColumnBatch } from '@replan/engine';
import { ContractError, column, type EnumCodec } from './common';
import { coverageCodes, issueKinds, plannedOrderTypes, receiptKinds, supplyTypes } from './enums';
import { decodeBatch, decodeResultBatch, type DecodedResultBatch } from './result';

/** How a field of a list's rows is read from its batch body. */
type FieldSpec =
  | { field: string; kind: 'text' | 'number' | 'day' | 'bool'; wire?: string }
  | { field: string; kind: 'ref'; optional?: boolean; wire?: string }
  | { field: string; kind: 'name'; codec: EnumCodec<string>; optional?: boolean; wire?: string };

interface ListSpec {
  /** The field whose length is the batch's row count. */
  rows: string;
  fields: readonly FieldSpec[];
}

const text = (field: string): FieldSpec => ({ field, kind: 'text' });
const num = (field: string): FieldSpec => ({ field, kind: 'number' });
const day = (field: string, wire = field): FieldSpec => ({ field, kind: 'day', wire });
const ref = (field: string, optional = false): FieldSpec => ({ field, kind: 'ref', optional });
const name = (field: string, codec: EnumCodec<string>, optional = false): FieldSpec => ({
  field,
  kind: 'name',
  codec,
  optional,
});

/** The column lists, field by field (names as in proto/replan/v1/result.proto's bodies). */
const COLUMN_LISTS: Readonly<Record<string, ListSpec>> = {
  nodes: {
    rows: 'item',
    fields: [
      ref('item'),
      ref('warehouse'),
      num('lowLevelCode'),
      name('coverageCode', coverageCodes),
      num('minimumInventory'),
      num('maximumInventory'),
      day('fulfilmentDate'),
      num('coverageTimeFence'),
    ],
  },
  plannedOrders: {
    rows: 'id',
    fields: [
      text('id'),
      name('type', plannedOrderTypes),
      ref('item'),
      ref('warehouse'),
      ref('fromWarehouse', true),
      num('quantity'),
      day('orderDate'),
      day('startDate'),
      day('deliveryDate'),
      day('receiptDate'),
      day('requirementDate'),
      num('delayDays'),
      num('bomLevel'),
      day('futuresDate'),
      { field: 'toFirm', kind: 'bool' },
    ],
  },
  requirements: {
    rows: 'id',
    fields: [
      name('kind', issueKinds),
      text('id'),
      ref('orderId', true),
      ref('item'),
      ref('warehouse'),
      day('date'),
      num('quantity'),
    ],
  },
  receipts: {
    rows: 'id',
    fields: [
      name('kind', receiptKinds),
      text('id'),
      name('supplyType', supplyTypes, true),
      ref('item'),
      ref('warehouse'),
      day('date'),
      num('quantity'),
    ],
  },
  pegging: {
    rows: 'issueId',
    fields: [
      name('receiptKind', receiptKinds),
      ref('receiptId'),
      name('issueKind', issueKinds),
      text('issueId'),
      ref('issueOrderId', true),
      ref('item'),
      ref('warehouse'),
      num('quantity'),
    ],
  },
};

const NAMES = new WeakMap<EnumCodec<string>, (string | undefined)[]>();

function namesOf(codec: EnumCodec<string>): (string | undefined)[] {
  let names = NAMES.get(codec);
  if (names === undefined) {
    names = codec.byNumber();
    NAMES.set(codec, names);
  }
  return names;
}

/** Checks that every value is a valid index: below `limit`, and not 0 unless optional. */
function checkIndexes(
  values: ArrayLike<number>,
  limit: number,
  optional: boolean,
  what: string,
  where: string,
): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? 0;
    if (v >= limit || v < 0 || (v === 0 && !optional)) {
      throw new ContractError(`${where}: row ${i}: ${what} ${v}`);
    }
  }
}

function columnsOf(
  spec: ListSpec,
  body: Readonly<Record<string, unknown>>,
  where: string,
): { size: number; columns: Record<string, ColumnValues> } {
  const size = ((body[spec.rows] as unknown[] | null | undefined) ?? []).length;
  const dictionary = (body.dictionary as string[] | null | undefined) ?? [];
  const columns: Record<string, ColumnValues> = {};
  for (const f of spec.fields) {
    const wire = f.wire ?? f.field;
    const values = column(body[wire] as readonly unknown[] | null | undefined, size, wire, where);
    switch (f.kind) {
      case 'text':
        columns[f.field] = { kind: 'text', values: values as readonly string[] };
        break;
      case 'number':
      case 'day':
        columns[f.field] = { kind: f.kind, values: values as readonly number[] };
        break;
      case 'bool':
        columns[f.field] = { kind: 'bool', values: values as readonly boolean[] };
        break;
      case 'ref': {
        const refs = values as readonly number[];
        checkIndexes(
          refs,
          dictionary.length,
          f.optional === true,
          `${f.field} has a bad dictionary index`,
          where,
        );
        columns[f.field] = { kind: 'ref', refs, dictionary };
        break;
      }
      case 'name': {
        const names = namesOf(f.codec);
        const numbers = values as readonly number[];
        checkIndexes(numbers, names.length, f.optional === true, `unknown ${f.field}`, where);
        columns[f.field] = { kind: 'name', values: numbers, names };
        break;
      }
    }
  }
  return { size, columns };
}

/** A ResultBatch decoded for a bulk writer: the head, rows, or (large lists) columns. */
export type DecodedColumnBatch =
  | DecodedResultBatch
  | { sequence: number; last: boolean; part: { kind: 'columns'; batch: ResultColumnBatch } };

/**
 * Decodes one ResultBatch on its own, the large lists as columns (see the file's comment),
 * the rest as decodeResultBatch does.
 */
export function decodeResultBatchColumns(bytes: Uint8Array): DecodedColumnBatch {
  const b = decodeBatch(bytes);
  const spec = b.entity === 'summary' ? undefined : COLUMN_LISTS[b.entity];
  if (spec === undefined || b.entity === 'summary') return decodeResultBatch(bytes);
  const where = `${b.entity} batch ${b.sequence}`;
  const { size, columns } = columnsOf(spec, b.body as Readonly<Record<string, unknown>>, where);
  const receiptKind = columns.kind;
  if (b.entity === 'receipts' && receiptKind?.kind === 'name') {
    // An existing receipt is on-hand or supply, never a planned order.
    const planned = receiptKind.names.indexOf('plannedOrder');
    for (let i = 0; i < size; i++) {
      if (receiptKind.values[i] === planned) {
        throw new ContractError(`${where}: row ${i}: a planned order is not an existing receipt`);
      }
    }
  }
  return {
    sequence: b.sequence,
    last: b.last,
    part: { kind: 'columns', batch: { list: b.entity, size, columns } },
  };
}
