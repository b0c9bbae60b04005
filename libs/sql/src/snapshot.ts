/**
 * Reading in one snapshot: a function given a transaction in which every read sees the
 * database at one moment, so the active version of a plan and its rows always match.
 */
import type { Knex } from 'knex';

import { dialectOf } from './dialect';

/**
 * Runs `read` in one read-only transaction: `repeatable read` on PostgreSQL (an MVCC
 * snapshot, no locks taken); a plain transaction elsewhere (on SQLite a read transaction
 * holds the writer back; on SQL Server use a database with snapshot isolation). Given a
 * transaction, it reads in that one.
 */
export function inReadSnapshot<T>(knex: Knex, read: (db: Knex) => Promise<T>): Promise<T> {
  if (knex.isTransaction === true) return read(knex);
  if (dialectOf(knex) === 'postgresql') {
    return knex.transaction((trx) => read(trx), {
      isolationLevel: 'repeatable read',
      readOnly: true,
    });
  }
  return knex.transaction((trx) => read(trx));
}
