import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import { fieldsOf, sqlValueOf } from '../mapping';
import type { ColumnSpec, TableSpec } from '../schema';
import type { Row, SqlValue } from '../values';
import {
  chunks,
  sliceColumns,
  transactionConnection,
  type BulkWriter,
  type ObjectSlice,
  type WriterSlice,
} from './bulk-writer';
import { columnCells, isColumnSlice, type Cell, type ColumnSlice } from './column-slice';

/** Rows per write to the COPY stream: writing row by row is as slow as INSERTs. */
export const COPY_CHUNK_ROWS = 5000;

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** A value in COPY text format: `\N` for NULL, backslash escapes for tab, newlines, `\`. */
const NEEDS_ESCAPE = /[\\\t\n\r]/;

export function copyText(value: SqlValue): string {
  if (value === null) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'number') return String(value);
  if (!NEEDS_ESCAPE.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/** Rows as COPY text lines, in the table's column order. */
export function copyLines(columns: readonly ColumnSpec[], rows: readonly Row[]): string {
  const names = columns.map((column) => column.name);
  const last = names.length - 1;
  let text = '';
  for (const row of rows) {
    for (let i = 0; i <= last; i++) {
      text += copyText(row[names[i]!] ?? null);
      text += i === last ? '\n' : '\t';
    }
  }
  return text;
}

/**
 * Objects as COPY text lines of `table` (see ObjectSlice), checked column by column as
 * objectToRow checks them, without building a row per object.
 */
export function objectCopyLines(table: TableSpec, slice: ObjectSlice): string {
  const columns = table.columns;
  const fields = fieldsOf(table, {});
  const last = columns.length - 1;
  // The context columns are the same text on every line.
  const { lineColumn, fixed } = sliceColumns(table, slice, copyText);
  let line = slice.firstLine ?? 0;
  let text = '';
  for (const object of slice.objects) {
    const source = object as Readonly<Record<string, unknown>>;
    for (let i = 0; i <= last; i++) {
      const cell =
        i === lineColumn
          ? String(line)
          : (fixed[i] ?? copyText(sqlValueOf(table, i, source[fields[i]!], source)));
      text += i === last ? cell + '\n' : cell + '\t';
    }
    line += 1;
  }
  return text;
}

/**
 * Rows `from` ≤ row < `to` of a column slice as COPY text lines of `table`, read cell by
 * cell from the batch's columns (see columnCells), without a row object.
 */
export function columnCopyLines(
  table: TableSpec,
  slice: ColumnSlice,
  from = 0,
  to = slice.batch.size,
): string {
  const cells = columnCells(table, slice);
  // Context columns are the same text on every line.
  const fixed = table.columns.map((column) => {
    const value = slice.context[column.name];
    return value === undefined || (slice.firstLine !== undefined && column.name === 'line_no')
      ? undefined
      : copyText(value);
  });
  const last = cells.length - 1;
  let text = '';
  for (let row = from; row < to; row++) {
    for (let i = 0; i <= last; i++) {
      const cell = fixed[i] ?? copyText((cells[i] as Cell)(row));
      text += i === last ? cell + '\n' : cell + '\t';
    }
  }
  return text;
}

/** `COPY table (columns) FROM STDIN` through pg-copy-streams on the transaction's connection. */
export class PgCopyWriter implements BulkWriter {
  readonly method = 'copy';

  constructor(private readonly chunkRows = COPY_CHUNK_ROWS) {}

  insert(trx: Knex.Transaction, table: TableSpec, rows: Iterable<Row>): Promise<number> {
    const one: AsyncIterable<Iterable<Row>> = {
      [Symbol.asyncIterator]: () => {
        let done = false;
        return {
          next: () => {
            const result: IteratorResult<Iterable<Row>> = done
              ? { done: true, value: undefined }
              : { done: false, value: rows };
            done = true;
            return Promise.resolve(result);
          },
        };
      },
    };
    return this.insertSlices(trx, table, one);
  }

  /** One COPY for all slices: the database takes rows while the next slice is produced. */
  insertSlices(
    trx: Knex.Transaction,
    table: TableSpec,
    slices: AsyncIterable<Iterable<Row>>,
  ): Promise<number> {
    const chunkRows = this.chunkRows;
    return this.copy(trx, table, async function* (count) {
      for await (const rows of slices) {
        for (const chunk of chunks(rows, chunkRows)) {
          count(chunk.length);
          yield copyLines(table.columns, chunk);
        }
      }
    });
  }

  /** One COPY for all slices of objects or columns, each turned into COPY text directly. */
  insertObjectSlices(
    trx: Knex.Transaction,
    table: TableSpec,
    slices: AsyncIterable<WriterSlice>,
  ): Promise<number> {
    const chunkRows = this.chunkRows;
    return this.copy(trx, table, async function* (count) {
      for await (const slice of slices) {
        if (isColumnSlice(slice)) {
          const size = slice.batch.size;
          for (let at = 0; at < size; at += chunkRows) {
            const to = Math.min(size, at + chunkRows);
            count(to - at);
            yield columnCopyLines(table, slice, at, to);
          }
          continue;
        }
        for (let at = 0; at < slice.objects.length; at += chunkRows) {
          const objects = slice.objects.slice(at, at + chunkRows);
          count(objects.length);
          const part: ObjectSlice = { objects, context: slice.context };
          if (slice.firstLine !== undefined) part.firstLine = slice.firstLine + at;
          yield objectCopyLines(table, part);
        }
      }
    });
  }

  private async copy(
    trx: Knex.Transaction,
    table: TableSpec,
    text: (count: (rows: number) => void) => AsyncGenerator<string>,
  ): Promise<number> {
    // Inside a transaction knex hands out the transaction's own connection.
    const connection = (await transactionConnection(trx)) as PoolClient;
    const columns = table.columns.map((column) => quoteIdent(column.name)).join(', ');
    // A table made in this transaction takes its rows frozen: no later vacuum rewrites them.
    const freeze = table.createdInTransaction === true ? ' WITH (FREEZE)' : '';
    const sql = `COPY ${quoteIdent(table.name)} (${columns}) FROM STDIN${freeze}`;
    let rows = 0;
    const stream = connection.query(copyFrom(sql));
    await pipeline(
      Readable.from(
        text((n) => {
          rows += n;
        }),
        { objectMode: false },
      ),
      stream,
    );
    return rows;
  }
}
