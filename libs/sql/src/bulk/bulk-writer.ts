import type { Knex } from 'knex';

import { sqlValueOf } from '../mapping';
import type { TableSpec } from '../schema';
import type { Row, SqlValue } from '../values';
import type { ColumnSlice } from './column-slice';

/**
 * Objects to write as rows of a table: each column from the object's field of the same
 * name in camelCase, except the `context` columns (the same for every object) and, when
 * `firstLine` is given, `line_no` (numbered from it).
 */
export interface ObjectSlice {
  objects: readonly object[];
  context: Readonly<Record<string, SqlValue>>;
  firstLine?: number;
}

/** What the writers take slice by slice: objects, or a batch of columns. */
export type WriterSlice = ObjectSlice | ColumnSlice;

/**
 * How a bulk writer moves rows: PostgreSQL COPY, SQL Server BulkLoad, a prepared statement
 * (SQLite, in the process), or multi-row INSERTs.
 */
export type BulkMethod = 'copy' | 'bulkLoad' | 'statement' | 'insert';

/**
 * Inserts many rows into one table inside a transaction the caller owns, on that
 * transaction's own connection, so the rows commit or roll back with it.
 */
export interface BulkWriter {
  readonly method: BulkMethod;
  /** Inserts `rows` (every column of `table` set) and returns how many were inserted. */
  insert(trx: Knex.Transaction, table: TableSpec, rows: Iterable<Row>): Promise<number>;
  /**
   * Inserts rows that arrive slice by slice, in one bulk statement when the path allows it
   * (a COPY kept open while the slices are produced); optional: without it, each slice is
   * one `insert`.
   */
  insertSlices?(
    trx: Knex.Transaction,
    table: TableSpec,
    slices: AsyncIterable<Iterable<Row>>,
  ): Promise<number>;
  /**
   * Inserts objects or batches of columns slice by slice, mapping them straight to the
   * path's own format (COPY text) without building rows first; optional: the fastest path
   * where it exists.
   */
  insertObjectSlices?(
    trx: Knex.Transaction,
    table: TableSpec,
    slices: AsyncIterable<WriterSlice>,
  ): Promise<number>;
}

/**
 * How an ObjectSlice maps onto the columns of `table`: the index of `line_no` when the
 * slice numbers its lines (else -1), and each context column's value once, in the
 * writer's own form (`format`); other columns come from the objects.
 */
export function sliceColumns<T>(
  table: TableSpec,
  slice: ObjectSlice,
  format: (value: SqlValue) => T,
): { lineColumn: number; fixed: (T | undefined)[] } {
  const lineColumn =
    slice.firstLine === undefined ? -1 : table.columns.findIndex((c) => c.name === 'line_no');
  const fixed = table.columns.map((column, i) => {
    const value = slice.context[column.name];
    return i === lineColumn || value === undefined
      ? undefined
      : format(sqlValueOf(table, i, value, slice.context));
  });
  return { lineColumn, fixed };
}

/** Groups an iterable into arrays of at most `size`. */
export function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield chunk;
}

interface ConnectionSource {
  acquireConnection(): Promise<unknown>;
}

/**
 * The driver connection of a knex transaction (pg `Client`, tedious `Connection`, …): inside
 * a transaction knex's client hands out the transaction's own connection, so statements
 * sent on it directly (COPY, BulkLoad) join the transaction.
 */
export async function transactionConnection(trx: Knex.Transaction): Promise<unknown> {
  const client = trx.client as ConnectionSource;
  return client.acquireConnection();
}
