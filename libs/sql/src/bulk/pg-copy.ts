import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

import type { ColumnSpec, TableSpec } from '../schema';
import type { Row, SqlValue } from '../values';
import { chunks, transactionConnection, type BulkWriter } from './bulk-writer';

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
  async insertSlices(
    trx: Knex.Transaction,
    table: TableSpec,
    slices: AsyncIterable<Iterable<Row>>,
  ): Promise<number> {
    // Inside a transaction knex hands out the transaction's own connection.
    const connection = (await transactionConnection(trx)) as PoolClient;
    const columns = table.columns.map((column) => quoteIdent(column.name)).join(', ');
    const sql = `COPY ${quoteIdent(table.name)} (${columns}) FROM STDIN`;
    let count = 0;
    const chunkRows = this.chunkRows;
    async function* text(): AsyncGenerator<string> {
      for await (const rows of slices) {
        for (const chunk of chunks(rows, chunkRows)) {
          count += chunk.length;
          yield copyLines(table.columns, chunk);
        }
      }
    }
    const stream = connection.query(copyFrom(sql));
    await pipeline(Readable.from(text(), { objectMode: false }), stream);
    return count;
  }
}
