/**
 * The benchmark's ERP database: a fresh PostgreSQL schema or SQLite file with the
 * integration tables, loaded in bulk with a generated dataset, and the database's own floor
 * (every input row read and every result row written in bulk, with nothing else).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import { DATASET_LISTS, type Dataset } from '@replan/engine';
import {
  INPUT_TABLES,
  RESULT_TABLES,
  chooseBulkWriter,
  createTable,
  datasetToRows,
  migrateLatest,
  type Row,
  type TableSpec,
} from '@replan/sql';
import knexFactory, { type Knex } from 'knex';
import { Client } from 'pg';
import { from as copyFrom, to as copyTo } from 'pg-copy-streams';

import type { FloorFigures } from './figures';
import type { BenchDialect, PgConnection } from './options';

/** What the tenant registry needs to open the database. */
export interface RegistryDatabase {
  client: 'pg' | 'better-sqlite3';
  connection: PgConnection | string;
  searchPath?: string[];
}

export interface BenchDatabase {
  dialect: BenchDialect;
  knex: Knex;
  registry: RegistryDatabase;
  /** e.g. `PostgreSQL 15.4` */
  version: string;
  /** Where the data lives: the schema or the file. */
  where: string;
  /** Drops the schema or deletes the file. */
  drop(): Promise<void>;
}

const quoteIdent = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** What the benchmark uses of a better-sqlite3 connection (the driver knex holds). */
interface SqliteStatement {
  raw(toggle?: boolean): SqliteStatement;
  iterate(...params: unknown[]): IterableIterator<unknown[]>;
  all(...params: unknown[]): unknown[][];
  run(...params: unknown[]): unknown;
}
interface SqliteConnection {
  prepare(sql: string): SqliteStatement;
  transaction(fn: () => void): () => void;
}

/** The better-sqlite3 connection of a knex instance (knex keeps one per SQLite file). */
async function sqliteConnection(knex: Knex): Promise<{ db: SqliteConnection; release(): void }> {
  const client = knex.client as {
    acquireConnection(): Promise<unknown>;
    releaseConnection(connection: unknown): Promise<void>;
  };
  const connection = await client.acquireConnection();
  return {
    db: connection as SqliteConnection,
    release: () => void client.releaseConnection(connection),
  };
}

function pgKnex(connection: PgConnection, searchPath?: string): Knex {
  return knexFactory({
    client: 'pg',
    connection,
    ...(searchPath === undefined ? {} : { searchPath: [searchPath] }),
    pool: { min: 0, max: 2 },
  });
}

/** An existing schema on PostgreSQL (one a benchmark kept with `--keep`), opened as it is. */
export function openBenchSchema(pg: PgConnection, schema: string): Knex {
  return pgKnex(pg, schema);
}

/** A fresh schema `replan_bench_<random>` (or SQLite file) with the integration tables. */
export async function createBenchDatabase(
  dialect: BenchDialect,
  pg: PgConnection,
): Promise<BenchDatabase> {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'replan-bench-'));
    const filename = join(dir, 'erp.sqlite');
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename },
      useNullAsDefault: true,
    });
    await knex.raw('pragma journal_mode = wal');
    await migrateLatest(knex);
    const row = await knex.raw<{ v: string }[]>('select sqlite_version() as v');
    return {
      dialect,
      knex,
      registry: { client: 'better-sqlite3', connection: filename },
      version: `SQLite ${row[0]?.v ?? '?'}`,
      where: filename,
      drop: async () => {
        await knex.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `replan_bench_${randomBytes(5).toString('hex')}`;
  const admin = pgKnex(pg);
  try {
    await admin.raw('create schema ??', [schema]);
  } finally {
    await admin.destroy();
  }
  const knex = pgKnex(pg, schema);
  const drop = async (): Promise<void> => {
    await knex.destroy();
    const cleanup = pgKnex(pg);
    try {
      await cleanup.raw('drop schema if exists ?? cascade', [schema]);
      await cleanup.raw('drop schema if exists ?? cascade', [`${schema}_floor`]);
    } finally {
      await cleanup.destroy();
    }
  };
  try {
    await migrateLatest(knex);
    const version = await knex.raw<{ rows: { server_version: string }[] }>('show server_version');
    return {
      dialect,
      knex,
      registry: { client: 'pg', connection: pg, searchPath: [schema] },
      version: `PostgreSQL ${version.rows[0]?.server_version.split(' ')[0] ?? '?'}`,
      where: `schema ${schema}`,
      drop,
    };
  } catch (error) {
    await drop();
    throw error;
  }
}

/** Input rows a dataset becomes (one per input table row). */
export function datasetInputRows(dataset: Dataset): number {
  return datasetToRows(dataset).reduce((sum, t) => sum + t.rows.length, 0);
}

function* counted(rows: readonly Row[], onRows: (n: number) => void): Generator<Row> {
  let pending = 0;
  for (const row of rows) {
    yield row;
    if (++pending === 10_000) {
      onRows(pending);
      pending = 0;
    }
  }
  if (pending > 0) onRows(pending);
}

/**
 * Loads the dataset into the input tables in one transaction, with the dialect's bulk path
 * (COPY on PostgreSQL). Returns the rows loaded.
 */
export async function loadBench(
  db: BenchDatabase,
  dataset: Dataset,
  onRows: (n: number) => void,
): Promise<number> {
  const writer = chooseBulkWriter(db.knex);
  const empty: Partial<Dataset> = {};
  for (const list of DATASET_LISTS) (empty as Record<string, unknown>)[list] = [];
  let loaded = 0;
  await db.knex.transaction(async (trx) => {
    let first = true;
    for (const list of DATASET_LISTS) {
      const view = { ...dataset, ...empty, [list]: dataset[list] ?? [] } as Dataset;
      for (const { table, rows } of datasetToRows(view)) {
        if (rows.length === 0) continue;
        if (table.name === INPUT_TABLES[0]?.name && !first) continue;
        loaded += await writer.insert(trx, table, counted(rows, onRows));
      }
      first = false;
    }
  });
  if (db.dialect === 'pg') {
    for (const table of INPUT_TABLES) await db.knex.raw('analyze ??', [table.name]);
  }
  return loaded;
}

function pgClient(connection: PgConnection): Client {
  return new Client(typeof connection === 'string' ? { connectionString: connection } : connection);
}

function schemaOf(db: BenchDatabase): string {
  const schema = db.registry.searchPath?.[0];
  if (schema === undefined) throw new Error('not a PostgreSQL bench database');
  return schema;
}

/** Counts lines of COPY text without keeping it. */
class LineCounter extends Writable {
  lines = 0;
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    let at = chunk.indexOf(10);
    while (at !== -1) {
      this.lines++;
      at = chunk.indexOf(10, at + 1);
    }
    done();
  }
}

/** Keeps COPY text as it arrives. */
class Collector extends Writable {
  chunks: Buffer[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk);
    done();
  }
}

const now = (): number => performance.now();

/**
 * The read side of the floor: `COPY table TO STDOUT` of every input table, in one
 * repeatable-read transaction as the connector reads (PostgreSQL); on SQLite every row of
 * every input table through a prepared SELECT.
 */
export async function measureReadFloor(
  db: BenchDatabase,
  pg: PgConnection,
): Promise<{ rows: number; ms: number }> {
  if (db.dialect === 'sqlite') {
    const sqlite = await sqliteConnection(db.knex);
    try {
      const started = now();
      let rows = 0;
      for (const table of INPUT_TABLES) {
        const select = sqlite.db.prepare(`select * from ${quoteIdent(table.name)}`).raw();
        for (const _row of select.iterate()) rows++;
      }
      return { rows, ms: now() - started };
    } finally {
      sqlite.release();
    }
  }
  const schema = schemaOf(db);
  const client = pgClient(pg);
  await client.connect();
  try {
    const started = now();
    await client.query('begin isolation level repeatable read read only');
    let rows = 0;
    for (const table of INPUT_TABLES) {
      const counter = new LineCounter();
      await pipeline(
        client.query(copyTo(`COPY ${quoteIdent(schema)}.${quoteIdent(table.name)} TO STDOUT`)),
        counter,
      );
      rows += counter.lines;
    }
    await client.query('commit');
    return { rows, ms: now() - started };
  } finally {
    await client.end();
  }
}

/**
 * The write side of the floor: the result rows of the plan's active version (dumped with
 * COPY TO, not timed) written with `COPY table FROM STDIN` into empty copies of the result
 * tables (a second schema with the same migrations, indexes included), in one transaction
 * as the writer does; only the COPY FROM is timed. On SQLite: the rows inserted through one
 * prepared INSERT per table, in one transaction, into a fresh database file.
 */
export async function measureWriteFloor(
  db: BenchDatabase,
  pg: PgConnection,
  planId: string,
): Promise<{ rows: number; ms: number }> {
  const versionRow = (await db
    .knex('replan_plan_versions')
    .select('active_version')
    .where({ plan_id: planId })
    .first()) as { active_version?: unknown } | undefined;
  const version = Number(versionRow?.active_version);
  if (!Number.isInteger(version)) throw new Error(`plan ${planId} has no active version`);
  if (db.dialect === 'sqlite') return sqliteWriteFloor(db, planId, version);

  const schema = schemaOf(db);
  const floorSchema = `${schema}_floor`;
  const floorKnex = pgKnex(pg, floorSchema);
  const client = pgClient(pg);
  await client.connect();
  try {
    await client.query(`create schema ${quoteIdent(floorSchema)}`);
    await migrateLatest(floorKnex);
    await plainResultTables(floorKnex, db.dialect);
    const dumps: { table: TableSpec; chunks: Buffer[]; rows: number }[] = [];
    for (const table of RESULT_TABLES) {
      const collector = new Collector();
      const select =
        `SELECT * FROM ${quoteIdent(schema)}.${quoteIdent(table.name)} ` +
        `WHERE plan_id = ${literal(planId)} AND plan_version = ${version}`;
      await pipeline(client.query(copyTo(`COPY (${select}) TO STDOUT`)), collector);
      let rows = 0;
      for (const chunk of collector.chunks) {
        let at = chunk.indexOf(10);
        while (at !== -1) {
          rows++;
          at = chunk.indexOf(10, at + 1);
        }
      }
      dumps.push({ table, chunks: collector.chunks, rows });
    }
    const started = now();
    await client.query('begin');
    for (const { table, chunks } of dumps) {
      if (chunks.length === 0) continue;
      await pipeline(
        Readable.from(chunks),
        client.query(
          copyFrom(`COPY ${quoteIdent(floorSchema)}.${quoteIdent(table.name)} FROM STDIN`),
        ),
      );
    }
    await client.query('commit');
    const ms = now() - started;
    return { rows: dumps.reduce((sum, d) => sum + d.rows, 0), ms };
  } finally {
    await client
      .query(`drop schema if exists ${quoteIdent(floorSchema)} cascade`)
      .catch(() => undefined);
    await client.end();
    await floorKnex.destroy();
  }
}

/**
 * The floor writes into plain indexed result tables, as it always has: the service's tables
 * hold one table per plan version (migration 4), which the floor does not pay for.
 */
async function plainResultTables(knex: Knex, dialect: BenchDialect): Promise<void> {
  for (const table of RESULT_TABLES) {
    if (dialect === 'sqlite') await knex.schema.dropViewIfExists(table.name);
    else await knex.raw(`drop table if exists ${quoteIdent(table.name)} cascade`);
    await createTable(knex.schema, table);
  }
}

function literal(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

async function sqliteWriteFloor(
  db: BenchDatabase,
  planId: string,
  version: number,
): Promise<{ rows: number; ms: number }> {
  const dumps: { table: TableSpec; rows: unknown[][] }[] = [];
  const source = await sqliteConnection(db.knex);
  try {
    for (const table of RESULT_TABLES) {
      const rows = source.db
        .prepare(`select * from ${quoteIdent(table.name)} where plan_id = ? and plan_version = ?`)
        .raw()
        .all(planId, version);
      dumps.push({ table, rows });
    }
  } finally {
    source.release();
  }
  const dir = mkdtempSync(join(tmpdir(), 'replan-bench-floor-'));
  const filename = join(dir, 'floor.sqlite');
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
  });
  try {
    await knex.raw('pragma journal_mode = wal');
    await migrateLatest(knex);
    await plainResultTables(knex, 'sqlite');
    const target = await sqliteConnection(knex);
    try {
      const started = now();
      target.db.transaction(() => {
        for (const { table, rows } of dumps) {
          const first = rows[0];
          if (first === undefined) continue;
          const marks = first.map(() => '?').join(', ');
          const insert = target.db.prepare(
            `insert into ${quoteIdent(table.name)} values (${marks})`,
          );
          for (const row of rows) insert.run(row);
        }
      })();
      const ms = now() - started;
      return { rows: dumps.reduce((sum, d) => sum + d.rows.length, 0), ms };
    } finally {
      target.release();
    }
  } finally {
    await knex.destroy();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The floor: read and write sides together. */
export function floorFigures(
  dialect: BenchDialect,
  read: { rows: number; ms: number },
  write: { rows: number; ms: number },
): FloorFigures {
  return {
    method: dialect === 'pg' ? 'COPY TO / COPY FROM' : 'SELECT / INSERT',
    inputRows: read.rows,
    readMs: read.ms,
    resultRows: write.rows,
    writeMs: write.ms,
  };
}
