/**
 * Reading in one snapshot: a function given a transaction in which every read sees the
 * database at one moment, so the active version of a plan and its rows always match.
 */
import type { Knex } from 'knex';

import { dialectOf } from './dialect';
import { RESULT_TABLES } from './schema';
import { lockResultTablesSql } from './versions/statements';

const SHARE_RESULT_TABLES = lockResultTablesSql(RESULT_TABLES, 'access share');

/**
 * Runs `read` in one read-only transaction: `repeatable read` on PostgreSQL (an MVCC
 * snapshot); a plain transaction elsewhere (on SQLite a read transaction sees one snapshot
 * of rows and tables; on SQL Server use a database with snapshot isolation). Given a
 * transaction, it reads in that one.
 *
 * On PostgreSQL it first takes a share lock on the result tables, in one statement and
 * before the snapshot is taken: a flip (which swaps a version's partition) then waits for
 * the read to end, and the read never sees a partition swapped after its snapshot.
 */
export function inReadSnapshot<T>(knex: Knex, read: (db: Knex) => Promise<T>): Promise<T> {
  if (knex.isTransaction === true) return read(knex);
  if (dialectOf(knex) === 'postgresql') {
    return knex.transaction(
      async (trx) => {
        await trx.raw(SHARE_RESULT_TABLES);
        return read(trx);
      },
      {
        isolationLevel: 'repeatable read',
        readOnly: true,
      },
    );
  }
  return knex.transaction((trx) => read(trx));
}
