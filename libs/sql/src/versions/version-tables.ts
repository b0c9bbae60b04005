/**
 * A plan version's own tables, at run time: where the writer loads a version's rows, how it
 * indexes them and puts them in place of the version's old rows in the flip transaction,
 * and which table holds a version's rows now. See statements.ts for the SQL per dialect.
 */
import type { Knex } from 'knex';

import { dialectOf } from '../dialect';
import { RESULT_TABLES, type TableSpec } from '../schema';
import { SLOTS, isVersionTableOf, versionTableName, type Slot } from './names';
import {
  attachPartitionSql,
  createVersionTableSql,
  detachPartitionSql,
  indexVersionTableSql,
  listTablesSql,
  lockResultTablesSql,
  quoteName,
  resultViewSql,
  type VersionDialect,
} from './statements';

/** The dialect's way of storing versions, or undefined: rows are deleted and inserted. */
export function versionDialectOf(knex: Knex): VersionDialect | undefined {
  const dialect = dialectOf(knex);
  return dialect === 'other' ? undefined : dialect;
}

/**
 * Runs statements in order: on PostgreSQL in one round trip (a simple query of several
 * statements, as they carry no bound parameters).
 */
async function runAll(db: Knex, statements: readonly string[]): Promise<void> {
  if (statements.length === 0) return;
  if (versionDialectOf(db) === 'postgresql') {
    await db.raw(statements.join(';\n'));
    return;
  }
  for (const sql of statements) await db.raw(sql);
}

/** The tables among `names` that exist in the current schema. */
async function existing(
  db: Knex,
  dialect: VersionDialect,
  names: readonly string[],
): Promise<Set<string>> {
  if (dialect === 'postgresql') {
    const result = await db.raw<{ rows: { name: string }[] }>(
      'select n as name from unnest(?::text[]) as n where to_regclass(n) is not null',
      [[...names]],
    );
    return new Set(result.rows.map((row) => row.name));
  }
  const tables = await listTables(db, dialect);
  return new Set(names.filter((name) => tables.includes(name)));
}

async function listTables(db: Knex, dialect: 'sqlite' | 'mssql'): Promise<string[]> {
  const rows = (await db.raw(listTablesSql(dialect))) as unknown;
  const list = Array.isArray(rows) ? (rows as { name: string }[]) : [];
  return list.map((row) => row.name);
}

/** The slot whose table holds the version's rows of `table` now, if it was ever written. */
async function currentSlot(
  db: Knex,
  dialect: VersionDialect,
  table: string,
  planId: string,
  version: number,
): Promise<Slot | undefined> {
  const names = SLOTS.map((slot) => versionTableName(table, planId, version, slot));
  const found = await existing(db, dialect, names);
  return SLOTS.find((slot) => found.has(versionTableName(table, planId, version, slot)));
}

/**
 * The table that holds the rows of (planId, version) of `table` now: its version table, or
 * `table` itself where versions share it; undefined when the version was never written.
 */
export async function versionTable(
  knex: Knex,
  table: TableSpec,
  planId: string,
  version: number,
): Promise<string | undefined> {
  const dialect = versionDialectOf(knex);
  if (dialect === undefined) return table.name;
  const slot = await currentSlot(knex, dialect, table.name, planId, version);
  return slot === undefined ? undefined : versionTableName(table.name, planId, version, slot);
}

/** SQLite, SQL Server: redefines the view of `spec` over its empty table and version tables. */
export async function defineResultView(
  db: Knex,
  dialect: 'sqlite' | 'mssql',
  spec: TableSpec,
): Promise<void> {
  const members = (await listTables(db, dialect))
    .filter((name) => isVersionTableOf(spec.name, name))
    .sort();
  await runAll(db, resultViewSql(dialect, spec, members));
}

/** The version tables of `spec` in the current schema (PostgreSQL: its partitions). */
export async function versionTablesOf(
  db: Knex,
  dialect: VersionDialect,
  spec: TableSpec,
): Promise<string[]> {
  if (dialect !== 'postgresql') {
    return (await listTables(db, dialect)).filter((name) => isVersionTableOf(spec.name, name));
  }
  const result = await db.raw<{ rows: { name: string }[] }>(
    'select c.relname as name from pg_inherits i join pg_class c on c.oid = i.inhrelid ' +
      'where i.inhparent = to_regclass(?)',
    [spec.name],
  );
  return result.rows.map((row) => row.name).filter((name) => isVersionTableOf(spec.name, name));
}

/** Creates a version table of `spec`, empty, without key or index. */
export async function createVersionTable(
  db: Knex,
  dialect: VersionDialect,
  spec: TableSpec,
  name: string,
  planId: string,
  version: number,
): Promise<void> {
  await runAll(db, createVersionTableSql(db, dialect, spec, name, planId, version));
}

/** Builds the key and indexes of a loaded version table. */
export async function indexVersionTable(
  db: Knex,
  dialect: VersionDialect,
  spec: TableSpec,
  name: string,
): Promise<void> {
  await runAll(db, indexVersionTableSql(dialect, spec, name));
}

/** How long the flip waits at a time for the result tables' lock before it lets go and retries. */
const LOCK_TIMEOUT_MS = 200;
/** How long the flip retries before it waits for the lock without a timeout. */
const LOCK_PATIENCE_MS = 60_000;

const isLockTimeout = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === '55P03';

/**
 * PostgreSQL: takes the flip's lock on the result tables. A reader takes its share lock on
 * them in one statement before it reads (`inReadSnapshot`); readers that lock them one by
 * one in another order could wait on the flip while the flip waits on them, so the flip
 * waits at most LOCK_TIMEOUT_MS at a time (under PostgreSQL's deadlock_timeout), lets go
 * and tries again: a reader never meets a deadlock error.
 */
async function lockForFlip(trx: Knex.Transaction): Promise<void> {
  const lock = lockResultTablesSql(RESULT_TABLES, 'access exclusive');
  const giveUp = Date.now() + LOCK_PATIENCE_MS;
  for (let pause = 10; Date.now() < giveUp; pause = Math.min(pause * 2, 500)) {
    try {
      await trx.transaction(async (savepoint) => {
        await savepoint.raw(`set local lock_timeout = '${LOCK_TIMEOUT_MS}ms'`);
        await savepoint.raw(lock);
      });
      await trx.raw('set local lock_timeout to default');
      return;
    } catch (error) {
      if (!isLockTimeout(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
  await trx.raw('set local lock_timeout to default');
  await trx.raw(lock);
}

/** A version being written: its new tables, loaded, then indexed, then put in place. */
export interface VersionLoad {
  /** Where the rows of `table` for this version go (a new table, or the shared one). */
  target(table: TableSpec): TableSpec;
  /** Builds the keys and indexes of the loaded tables. */
  index(): Promise<void>;
  /**
   * Puts the new tables in place of the version's old ones and drops the old ones, inside
   * the flip transaction: readers see them when it commits.
   */
  swap(): Promise<void>;
}

interface LoadTable {
  spec: TableSpec;
  target: TableSpec;
  old: string | undefined;
}

/**
 * Starts writing version `version` of `planId`: creates an empty table per result table
 * (no key, no index). Where versions share a table (other databases) the version's rows
 * are deleted instead.
 */
export async function beginVersionLoad(
  trx: Knex.Transaction,
  planId: string,
  version: number,
): Promise<VersionLoad> {
  const dialect = versionDialectOf(trx);
  if (dialect === undefined) {
    for (const table of RESULT_TABLES) {
      await trx(table.name).where({ plan_id: planId, plan_version: version }).delete();
    }
    return {
      target: (table) => table,
      index: () => Promise.resolve(),
      swap: () => Promise.resolve(),
    };
  }
  const loads = new Map<string, LoadTable>();
  const found = await existing(
    trx,
    dialect,
    RESULT_TABLES.flatMap((spec) =>
      SLOTS.map((slot) => versionTableName(spec.name, planId, version, slot)),
    ),
  );
  const create: string[] = [];
  for (const spec of RESULT_TABLES) {
    const current = SLOTS.find((slot) =>
      found.has(versionTableName(spec.name, planId, version, slot)),
    );
    const slot: Slot = current === 'a' ? 'b' : 'a';
    const name = versionTableName(spec.name, planId, version, slot);
    create.push(...createVersionTableSql(trx, dialect, spec, name, planId, version));
    loads.set(spec.name, {
      spec,
      target: { ...spec, name, createdInTransaction: true, versionOf: spec.name },
      old:
        current === undefined ? undefined : versionTableName(spec.name, planId, version, current),
    });
  }
  await runAll(trx, create);
  return {
    target(table) {
      const load = loads.get(table.name);
      if (load === undefined) throw new Error(`${table.name} is not a result table`);
      return load.target;
    },
    async index() {
      await runAll(
        trx,
        [...loads.values()].flatMap(({ spec, target }) =>
          indexVersionTableSql(dialect, spec, target.name),
        ),
      );
    },
    async swap() {
      if (dialect === 'postgresql') {
        await lockForFlip(trx);
        await runAll(
          trx,
          [...loads.values()].flatMap(({ spec, target, old }) => [
            ...(old === undefined
              ? []
              : [detachPartitionSql(spec.name, old), `drop table ${quoteName(dialect, old)}`]),
            attachPartitionSql(spec.name, target.name, planId, version),
          ]),
        );
        return;
      }
      for (const { spec, old } of loads.values()) {
        if (old !== undefined) await trx.schema.dropTable(old);
        await defineResultView(trx, dialect, spec);
      }
    },
  };
}
