import type { Knex } from 'knex';

import { dialectOf } from '../dialect';
import { BatchInsertWriter } from './batch-insert';
import type { BulkWriter } from './bulk-writer';
import { MssqlBulkLoadWriter } from './mssql-bulk-load';
import { PgCopyWriter } from './pg-copy';

/** The fastest bulk path of the database: COPY (pg), BulkLoad (mssql), else INSERT batches. */
export function chooseBulkWriter(knex: Knex): BulkWriter {
  switch (dialectOf(knex)) {
    case 'postgresql':
      return new PgCopyWriter();
    case 'mssql':
      return new MssqlBulkLoadWriter();
    default:
      return new BatchInsertWriter();
  }
}
