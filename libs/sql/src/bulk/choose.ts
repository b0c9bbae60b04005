import type { Knex } from 'knex';

import { dialectOf } from '../dialect';
import { BatchInsertWriter } from './batch-insert';
import type { BulkWriter } from './bulk-writer';
import { MssqlBulkLoadWriter } from './mssql-bulk-load';
import { PgCopyWriter } from './pg-copy';
import { SqliteStatementWriter } from './sqlite-statement';

/**
 * The fastest bulk path of the database: COPY (pg), BulkLoad (mssql), a prepared statement
 * (SQLite), else INSERT batches.
 */
export function chooseBulkWriter(knex: Knex): BulkWriter {
  switch (dialectOf(knex)) {
    case 'postgresql':
      return new PgCopyWriter();
    case 'mssql':
      return new MssqlBulkLoadWriter();
    case 'sqlite':
      return new SqliteStatementWriter();
    default:
      return new BatchInsertWriter();
  }
}
