/**
 * One run planned by two separate engine processes together (the built apps, configured by
 * environment only), in K = 2 and K = 3 partitions, with a connector and a writer, on a
 * SQLite file and on a PostgreSQL schema: the plan the writer makes active is the plan
 * `replan plan` makes of the same dataset, both engines planned partitions of it, and the
 * partition jobs are children of the run's plan job (which is how the dashboard shows them).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplanClient } from '@replan/client';
import { generateDataset } from '@replan/datagen';
import { planDataset } from '@replan/engine';
import { PARTITION_QUEUE } from '@replan/pipeline';
import { deleteKeysMatching, queueNames, runJobId } from '@replan/queue';
import { loadDataset, migrateLatest, readActivePlan } from '@replan/sql';
import { startServiceApp, type ServiceApp } from '@replan/testing';
import { Job, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import knexFactory, { type Knex } from 'knex';

jest.setTimeout(120_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const TENANT = 'acme';
const SECRET = 'acme-secret-for-the-partitions-test';
const PG_CONNECTION = process.env.DATABASE_URL ?? {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  database: process.env.PGDATABASE ?? 'test',
};
// Five BOM levels and two regional warehouses: requirements cross partitions at every level.
const dataset = generateDataset({ items: 500, seed: 21, depth: 5 });
const expected = planDataset(dataset);
const LISTS = ['plannedOrders', 'requirements', 'pegging', 'delays', 'actions'] as const;

/** A row as JSON text with its fields in name order, undefined fields dropped. */
function canonical(row: object): string {
  const fields = Object.entries(row)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify(Object.fromEntries(fields));
}

/** Rows in a canonical order (by their canonical text). */
function sorted(rows: readonly object[]): string[] {
  return rows.map(canonical).sort();
}

/** Resolves once the app logged that it takes jobs. */
async function ready(app: ServiceApp): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (app.lines.some((l) => String(l.msg).startsWith('taking '))) return;
    if (app.child.exitCode !== null) throw new Error(`${app.name} exited`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${app.name} did not start`);
}

interface Database {
  /** The tenant's database entry of the registry. */
  registryEntry: Record<string, unknown>;
  open(): Knex;
  drop(): Promise<void>;
}

function sqliteDatabase(dir: string): Database {
  const filename = join(dir, `erp-${randomBytes(4).toString('hex')}.sqlite`);
  return {
    registryEntry: { client: 'better-sqlite3', connection: filename },
    open: () =>
      knexFactory({ client: 'better-sqlite3', connection: { filename }, useNullAsDefault: true }),
    drop: () => Promise.resolve(),
  };
}

async function postgresDatabase(): Promise<Database> {
  const schema = `replan_test_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: PG_CONNECTION, pool: { min: 0, max: 1 } });
  await admin.raw('create schema ??', [schema]);
  return {
    registryEntry: { client: 'pg', connection: PG_CONNECTION, searchPath: [schema] },
    open: () => knexFactory({ client: 'pg', connection: PG_CONNECTION, searchPath: [schema] }),
    drop: async () => {
      await admin.raw('drop schema if exists ?? cascade', [schema]);
      await admin.destroy();
    },
  };
}

const redis = new Redis(REDIS_URL);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replan-partitions-'));
});

afterAll(async () => {
  await redis.quit();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['SQLite', 2],
  ['SQLite', 3],
  ['PostgreSQL', 2],
  ['PostgreSQL', 3],
])('one run on two engine processes, %s, %i partitions', (dialect, k) => {
  const prefix = `replan-test-partitions-${process.pid}-${dialect}-${k}`;
  let database: Database;
  let apps: ServiceApp[] = [];

  beforeAll(async () => {
    database = dialect === 'SQLite' ? sqliteDatabase(dir) : await postgresDatabase();
    const knex = database.open();
    try {
      await migrateLatest(knex);
      await loadDataset(knex, dataset);
    } finally {
      await knex.destroy();
    }
    const registry = join(dir, `tenants-${dialect}-${k}.json`);
    writeFileSync(
      registry,
      JSON.stringify({
        tenants: [{ id: TENANT, secret: SECRET, database: database.registryEntry }],
      }),
    );
    const common = {
      REPLAN_REDIS_URL: REDIS_URL,
      REPLAN_PREFIX: prefix,
      REPLAN_HTTP_PORT: '0',
      REPLAN_SERVICE_KEY: 'partitioned-apps-test-service-key-0123456789',
    };
    const engine = {
      ...common,
      REPLAN_PLAN_PARTITIONS: String(k),
      // Two partitions: one slot per engine, so each engine must take one. Three: two slots
      // per engine, so neither can take all three.
      REPLAN_PARTITION_CONCURRENCY: k === 2 ? '1' : '2',
    };
    apps = [
      startServiceApp('connector', { ...common, REPLAN_REGISTRY: registry }),
      startServiceApp('engine', engine),
      startServiceApp('engine', engine),
      startServiceApp('writer', { ...common, REPLAN_REGISTRY: registry }),
    ];
    await Promise.all(apps.map(ready));
  });

  afterAll(async () => {
    for (const app of apps) if (app.child.exitCode === null) app.child.kill('SIGTERM');
    await Promise.all(apps.map((app) => app.exit));
    await deleteKeysMatching(redis, `${prefix}:*`);
    await database?.drop();
  });

  it('makes the plan `replan plan` makes, the partitions children of the plan job', async () => {
    const client = new ReplanClient({
      redisUrl: REDIS_URL,
      tenant: TENANT,
      secret: SECRET,
      prefix,
    });
    let runId: string;
    try {
      runId = (await client.requestRun({ plan: dataset.plan.id, planDate: dataset.plan.planDate }))
        .runId;
      const outcome = await client.waitForRun(runId, { timeoutMs: 90_000 });
      expect(outcome).toMatchObject({ status: 'succeeded', counts: expected.counts });
    } finally {
      await client.close();
    }

    const knex = database.open();
    try {
      const active = await readActivePlan(knex, dataset.plan.id);
      for (const list of LISTS) {
        expect([list, sorted(active?.[list] ?? [])]).toEqual([list, sorted(expected[list])]);
      }
    } finally {
      await knex.destroy();
    }

    // Both engines planned partitions of the run.
    const [, first, second] = apps;
    for (const engine of [first, second]) {
      const planned = engine?.lines.filter((l) => / of \d+ planned$/.test(String(l.msg))) ?? [];
      expect(planned.length).toBeGreaterThan(0);
    }
    const queue = new Queue(PARTITION_QUEUE, { connection: { host: '127.0.0.1' }, prefix });
    try {
      for (let p = 0; p < k; p++) {
        const child = await Job.fromId(queue, `${runJobId(TENANT, runId)}/p${p}`);
        expect(child?.parentKey).toBe(`${prefix}:${queueNames.plan}:${runJobId(TENANT, runId)}`);
      }
    } finally {
      await queue.close();
    }
  });
});
