/**
 * The pipeline end to end against a real Redis (127.0.0.1:6379, or REDIS_URL): an ERP
 * database (a SQLite file, then a fresh PostgreSQL schema) loaded with the bike shop, the
 * service started on a prefix of its own, and runs requested with ReplanClient.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplanClient } from '@replan/client';
import { planDataset, type Dataset } from '@replan/engine';
import { loadDataset, migrateLatest, readActivePlan, readRun } from '@replan/sql';
import { deleteKeysMatching } from '@replan/queue';
import { Redis } from 'ioredis';
import knexFactory, { type Knex } from 'knex';
import { startServe, type Server } from './serve';
import type { Tenant } from './tenants';
import { releaseSqliteAddon } from '@replan/testing';

jest.setTimeout(30_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const RUN_PREFIX = `replan-test-pipeline-${process.pid}-${Date.now()}`;
const WAIT = { timeoutMs: 20_000 };
const SECRET = 'bike-shop-secret';
const PG_CONNECTION = process.env.DATABASE_URL ?? {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  database: process.env.PGDATABASE ?? 'test',
};

const dataset = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'examples', 'bike-shop.json'), 'utf8'),
) as Dataset;
const planDate = dataset.plan.planDate;
const expected = planDataset(dataset);

/** Drops undefined fields, so absent and undefined compare the same. */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Rows in a canonical order: by id when they have one, else by their JSON text. */
function sorted<T extends object>(rows: readonly T[]): T[] {
  const key = (row: T): string => {
    const id = (row as Record<string, unknown>).id;
    return typeof id === 'string' ? id : JSON.stringify(row);
  };
  return clean([...rows].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));
}

const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
let scenario = 0;

afterAll(async () => {
  await deleteKeysMatching(redis, `${RUN_PREFIX}-*`);
  await redis.quit();
  releaseSqliteAddon();
});

interface Erp {
  /** The tenant's database as the registry gives it. */
  database: Tenant['database'];
  /** The test's own connection to the same database. */
  knex: Knex;
  cleanup(): Promise<void>;
}

function roundTrip(name: string, openErp: () => Promise<Erp>): void {
  describe(`the pipeline on ${name}`, () => {
    const tenant = `bike-${name}`;
    let erp: Erp;
    let dir: string;
    let server: Server | undefined;
    let prefix: string;
    const clients: ReplanClient[] = [];

    function client(options: { tenant?: string; secret?: string } = {}): ReplanClient {
      const c = new ReplanClient({
        redisUrl: REDIS_URL,
        tenant: options.tenant ?? tenant,
        secret: options.secret ?? SECRET,
        prefix,
      });
      clients.push(c);
      return c;
    }

    beforeAll(async () => {
      scenario += 1;
      prefix = `${RUN_PREFIX}-${scenario}`;
      erp = await openErp();
      await migrateLatest(erp.knex);
      await loadDataset(erp.knex, dataset);
      dir = mkdtempSync(join(tmpdir(), 'replan-pipeline-'));
      const registryFile = join(dir, 'tenants.json');
      writeFileSync(
        registryFile,
        JSON.stringify({ tenants: [{ id: tenant, secret: SECRET, database: erp.database }] }),
      );
      server = await startServe({ redisUrl: REDIS_URL, registryFile, prefix });
    });

    afterAll(async () => {
      for (const c of clients) await c.close();
      await server?.close();
      await erp?.cleanup();
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
    });

    it('plans a requested run and writes it as the active plan', async () => {
      const c = client();
      const { runId, queued } = await c.requestRun({ plan: 'BIKE-SHOP', planDate });
      expect(queued).toBe('new');
      const outcome = await c.waitForRun(runId, WAIT);
      expect(outcome).toMatchObject({ runId, status: 'succeeded', counts: expected.counts });
      expect(outcome.error).toBeUndefined();
      expect(outcome.warnings).toEqual(
        expected.messages.filter((m) => m.severity === 'warning').map((m) => m.text),
      );

      const active = await readActivePlan(erp.knex, 'BIKE-SHOP');
      expect(active?.version).toBe(1);
      expect(sorted(active?.plannedOrders ?? [])).toEqual(sorted(expected.plannedOrders));
      expect(sorted(active?.pegging ?? [])).toEqual(sorted(expected.pegging));
      expect(await readRun(erp.knex, runId)).toMatchObject({
        status: 'succeeded',
        planId: 'BIKE-SHOP',
        planVersion: 1,
      });
      // The run streams are gone once the result is written (the record of the request job
      // the run was accepted from stays, to refuse replays).
      expect(await redis.keys(`${prefix}:tenant:*:run:*`)).toEqual([
        `${prefix}:tenant:${tenant}:run:${runId}:accepted`,
      ]);
    });

    it('replaces the rows with a new version on the next run', async () => {
      const c = client();
      const { runId } = await c.requestRun({ plan: 'BIKE-SHOP', planDate });
      expect(await c.waitForRun(runId, WAIT)).toMatchObject({ status: 'succeeded' });
      const active = await readActivePlan(erp.knex, 'BIKE-SHOP');
      expect(active?.version).toBe(2);
      expect(sorted(active?.plannedOrders ?? [])).toEqual(sorted(expected.plannedOrders));
      expect(sorted(active?.pegging ?? [])).toEqual(sorted(expected.pegging));
    });

    it('refuses a forged request and writes nothing', async () => {
      const c = client({ secret: 'not-the-secret' });
      const { runId } = await c.requestRun({ plan: 'BIKE-SHOP', planDate });
      const outcome = await c.waitForRun(runId, WAIT);
      expect(outcome.status).toBe('failed');
      expect(outcome.error).toMatch(/signature/);
      expect(await readRun(erp.knex, runId)).toBeUndefined();
      expect((await readActivePlan(erp.knex, 'BIKE-SHOP'))?.version).toBe(2);
    });

    it('refuses a request of an unknown tenant', async () => {
      const c = client({ tenant: 'no-such-tenant' });
      const { runId } = await c.requestRun({ plan: 'BIKE-SHOP', planDate });
      const outcome = await c.waitForRun(runId, WAIT);
      expect(outcome.status).toBe('failed');
      expect(outcome.error).toMatch(/unknown tenant 'no-such-tenant'/);
      expect(await readRun(erp.knex, runId)).toBeUndefined();
    });

    it('fails a run of a plan the database does not hold, and records it', async () => {
      const c = client();
      const { runId } = await c.requestRun({ plan: 'NO-SUCH-PLAN', planDate });
      const outcome = await c.waitForRun(runId, WAIT);
      expect(outcome.status).toBe('failed');
      expect(await readRun(erp.knex, runId)).toMatchObject({
        status: 'failed',
        planId: 'NO-SUCH-PLAN',
      });
      expect(await redis.keys(`${prefix}:tenant:*:run:${runId}:*`)).toEqual([
        `${prefix}:tenant:${tenant}:run:${runId}:accepted`,
      ]);
    });
  });
}

roundTrip('sqlite', () => {
  const dir = mkdtempSync(join(tmpdir(), 'replan-erp-'));
  const filename = join(dir, 'erp.sqlite');
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
  });
  return Promise.resolve({
    database: { client: 'better-sqlite3', connection: filename },
    knex,
    cleanup: async () => {
      await knex.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  });
});

roundTrip('postgresql', async () => {
  const schema = `replan_test_${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection: PG_CONNECTION, pool: { min: 0, max: 1 } });
  await admin.raw('create schema ??', [schema]);
  const knex = knexFactory({
    client: 'pg',
    connection: PG_CONNECTION,
    searchPath: [schema],
    pool: { min: 0, max: 4 },
  });
  return {
    database: { client: 'pg', connection: PG_CONNECTION, searchPath: [schema] },
    knex,
    cleanup: async () => {
      await knex.destroy();
      await admin.raw('drop schema if exists ?? cascade', [schema]);
      await admin.destroy();
    },
  };
});
