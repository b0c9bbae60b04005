import type { Knex } from 'knex';
import { TYPES, type BulkLoad, type Connection } from 'tedious';

import type { TableSpec } from '../schema';
import type { Row } from '../values';
import { transactionConnection, type BulkWriter } from './bulk-writer';

/** Adds the table's columns, with their SQL Server types, to a tedious BulkLoad. */
export function addBulkLoadColumns(bulkLoad: BulkLoad, table: TableSpec): void {
  for (const column of table.columns) {
    const nullable = column.nullable;
    switch (column.type) {
      case 'string':
        bulkLoad.addColumn(column.name, TYPES.NVarChar, {
          nullable,
          length: column.length ?? 255,
        });
        break;
      case 'text':
        bulkLoad.addColumn(column.name, TYPES.NVarChar, { nullable, length: Infinity });
        break;
      case 'integer':
        bulkLoad.addColumn(column.name, TYPES.Int, { nullable });
        break;
      case 'float':
        bulkLoad.addColumn(column.name, TYPES.Float, { nullable });
        break;
      case 'boolean':
        bulkLoad.addColumn(column.name, TYPES.Bit, { nullable });
        break;
      case 'date':
        bulkLoad.addColumn(column.name, TYPES.Date, { nullable });
        break;
    }
  }
}

/** A new BulkLoad of `table` on `connection` (keeping NULLs, checking constraints). */
export function newTableBulkLoad(
  connection: Connection,
  table: TableSpec,
  callback: (error: Error | null | undefined, rowCount: number | undefined) => void,
): BulkLoad {
  const bulkLoad = connection.newBulkLoad(
    table.name,
    { keepNulls: true, checkConstraints: true },
    callback,
  );
  addBulkLoadColumns(bulkLoad, table);
  return bulkLoad;
}

/** Dates go to tedious as UTC midnight (tedious writes DATE in UTC by default). */
function* tediousRows(table: TableSpec, rows: Iterable<Row>): Generator<Record<string, unknown>> {
  const dates = table.columns.filter((c) => c.type === 'date').map((c) => c.name);
  for (const row of rows) {
    if (dates.length === 0) {
      yield row;
      continue;
    }
    const out: Record<string, unknown> = { ...row };
    for (const name of dates) {
      const value = row[name];
      if (typeof value === 'string') out[name] = new Date(`${value}T00:00:00.000Z`);
    }
    yield out;
  }
}

/** tedious BulkLoad (`INSERT BULK`) on the transaction's own connection. */
export class MssqlBulkLoadWriter implements BulkWriter {
  readonly method = 'bulkLoad';

  async insert(trx: Knex.Transaction, table: TableSpec, rows: Iterable<Row>): Promise<number> {
    const connection = (await transactionConnection(trx)) as Connection;
    return new Promise<number>((resolve, reject) => {
      const bulkLoad = newTableBulkLoad(connection, table, (error, rowCount) => {
        if (error) reject(error);
        else resolve(rowCount ?? 0);
      });
      connection.execBulkLoad(bulkLoad, tediousRows(table, rows));
    });
  }
}
