import type { Knex } from 'knex';

import { dialectOf, insertChunkSize } from '../dialect';
import type { TableSpec } from '../schema';
import type { Row } from '../values';
import { chunks, type BulkWriter } from './bulk-writer';

/**
 * Multi-row INSERTs, sized to the dialect's parameter and row limits (SQL Server: 2100
 * parameters and 1000 rows per statement; SQLite: 500 rows). The fallback for every dialect.
 */
export class BatchInsertWriter implements BulkWriter {
  readonly method = 'insert';

  async insert(trx: Knex.Transaction, table: TableSpec, rows: Iterable<Row>): Promise<number> {
    const size = insertChunkSize(dialectOf(trx), table.columns.length);
    let count = 0;
    for (const chunk of chunks(rows, size)) {
      await trx(table.name).insert(chunk);
      count += chunk.length;
    }
    return count;
  }
}
