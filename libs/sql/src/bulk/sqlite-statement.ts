import type { Knex } from 'knex';

import { fieldsOf, sqlValueOf } from '../mapping';
import type { TableSpec } from '../schema';
import type { Row, SqlValue } from '../values';
import {
  sliceColumns,
  transactionConnection,
  type BulkWriter,
  type WriterSlice,
} from './bulk-writer';
import { columnCells, isColumnSlice, type Cell } from './column-slice';

/** The part of a better-sqlite3 database this writer uses. */
interface SqliteDatabase {
  prepare(sql: string): { run(...values: unknown[]): unknown };
}

type Value = string | number | null;

/** better-sqlite3 binds numbers, strings and null: booleans are stored as 1 and 0. */
function bound(value: SqlValue): Value {
  return typeof value === 'boolean' ? (value ? 1 : 0) : value;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/**
 * SQLite (better-sqlite3): one prepared INSERT per table, run row by row on the caller's
 * transaction. SQLite runs in the process, so a prepared statement is its bulk path:
 * no SQL is built per batch and no bindings are sent anywhere.
 */
export class SqliteStatementWriter implements BulkWriter {
  readonly method = 'statement';

  async insert(trx: Knex.Transaction, table: TableSpec, rows: Iterable<Row>): Promise<number> {
    const statement = await this.prepare(trx, table);
    const names = table.columns.map((column) => column.name);
    let count = 0;
    for (const row of rows) {
      statement.run(names.map((name) => bound(row[name] ?? null)));
      count += 1;
    }
    return count;
  }

  async insertObjectSlices(
    trx: Knex.Transaction,
    table: TableSpec,
    slices: AsyncIterable<WriterSlice>,
  ): Promise<number> {
    const statement = await this.prepare(trx, table);
    const columns = table.columns;
    const fields = fieldsOf(table, {});
    let count = 0;
    for await (const slice of slices) {
      if (isColumnSlice(slice)) {
        // Straight from the batch's columns, cell by cell: no row object.
        const cells = columnCells(table, slice);
        const values: Value[] = new Array<Value>(cells.length);
        for (let row = 0; row < slice.batch.size; row++) {
          for (let i = 0; i < cells.length; i++) values[i] = bound((cells[i] as Cell)(row));
          statement.run(values);
        }
        count += slice.batch.size;
        continue;
      }
      const { lineColumn, fixed } = sliceColumns(table, slice, bound);
      let line = slice.firstLine ?? 0;
      const values: Value[] = new Array<Value>(columns.length);
      for (const object of slice.objects) {
        const source = object as Readonly<Record<string, unknown>>;
        for (let i = 0; i < columns.length; i++) {
          const given = fixed[i];
          values[i] =
            i === lineColumn
              ? line
              : given !== undefined
                ? given
                : bound(sqlValueOf(table, i, source[fields[i]!], source));
        }
        statement.run(values);
        line += 1;
      }
      count += slice.objects.length;
    }
    return count;
  }

  private async prepare(
    trx: Knex.Transaction,
    table: TableSpec,
  ): Promise<{ run(...values: unknown[]): unknown }> {
    // Inside a transaction knex hands out the transaction's own connection.
    const db = (await transactionConnection(trx)) as SqliteDatabase;
    const names = table.columns.map((column) => quoteIdent(column.name));
    return db.prepare(
      `INSERT INTO ${quoteIdent(table.name)} (${names.join(', ')}) ` +
        `VALUES (${names.map(() => '?').join(', ')})`,
    );
  }
}
