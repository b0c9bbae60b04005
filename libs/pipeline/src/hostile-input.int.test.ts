/**
 * Hostile rows through the whole service against a real Redis (127.0.0.1:6379, or
 * REDIS_URL) and a SQLite ERP database: a quantity beyond its bounds, a value the reader
 * cannot read, a plan beyond its size limit. Each run ends `failed` with a message naming
 * the row (or the planning node), the old plan stays active, and the same service, its
 * engine included, plans the next run.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplanClient } from '@replan/client';
import type { Dataset } from '@replan/engine';
import { deleteKeysMatching } from '@replan/queue';
import { loadDataset, migrateLatest, readActiveVersion, readRun } from '@replan/sql';
import { Redis } from 'ioredis';
import type { Knex } from 'knex';
import { startService, type Service } from './service';
import { TenantRegistry } from './tenants';
import { releaseSqliteAddon } from '@replan/testing';

jest.setTimeout(60_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-hostile-${process.pid}-${Date.now()}`;
const TENANT = 'bike';
const SECRET = 'bike-secret';
const dataset = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'examples', 'bike-shop.json'), 'utf8'),
) as Dataset;
const DEMAND = 'replan_demand_lines';
const hostile = {
  id: 'SO-HOSTILE',
  type: 'sales',
  item: 'BIKE',
  warehouse: 'SHOP',
  date: '2026-03-02',
  quantity: 1,
};

const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
let dir: string;
let registry: TenantRegistry;
let knex: Knex;
let service: Service;
let client: ReplanClient;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'replan-hostile-'));
  registry = new TenantRegistry([
    {
      id: TENANT,
      secret: SECRET,
      database: { client: 'better-sqlite3', connection: join(dir, 'erp.sqlite') },
    },
  ]);
  const tenant = registry.get(TENANT);
  if (tenant === undefined) throw new Error('tenant missing');
  knex = registry.openTenantDatabase(tenant);
  await migrateLatest(knex);
  await loadDataset(knex, dataset);
  service = await startService({
    redisUrl: REDIS_URL,
    prefix: PREFIX,
    roles: ['coordinator', 'extract', 'plan', 'write'],
    registry,
    serviceKey: 'hostile-input-test-service-key-0123456789',
    // The bike shop plans a handful of orders: 100 is far above it, and far below 1e12.
    planSizeLimits: { maxPlannedOrders: 100 },
  });
  client = new ReplanClient({
    redisUrl: REDIS_URL,
    tenant: TENANT,
    secret: SECRET,
    prefix: PREFIX,
  });
});

afterAll(async () => {
  await client?.close();
  await service?.close();
  await registry?.close();
  await deleteKeysMatching(redis, `${PREFIX}:*`);
  await redis.quit();
  rmSync(dir, { recursive: true, force: true });
  releaseSqliteAddon();
});

async function plan(): Promise<{ runId: string; status: string; error?: string }> {
  const { runId } = await client.requestRun({
    plan: dataset.plan.id,
    planDate: dataset.plan.planDate,
  });
  const outcome = await client.waitForRun(runId, { timeoutMs: 30_000 });
  return { runId, status: outcome.status, ...(outcome.error ? { error: outcome.error } : {}) };
}

async function failsNaming(expected: RegExp): Promise<void> {
  const before = await readActiveVersion(knex, dataset.plan.id);
  const run = await plan();
  expect(run.status).toBe('failed');
  expect(run.error).toMatch(expected);
  expect(await readRun(knex, run.runId)).toMatchObject({ status: 'failed' });
  expect((await readRun(knex, run.runId))?.error).toMatch(expected);
  // The old plan stays active.
  expect(await readActiveVersion(knex, dataset.plan.id)).toBe(before);
}

describe('hostile input through the service', () => {
  afterEach(async () => {
    await knex(DEMAND).where({ id: 'SO-HOSTILE' }).delete();
  });

  it('plans the bike shop to begin with', async () => {
    expect((await plan()).status).toBe('succeeded');
    expect(await readActiveVersion(knex, dataset.plan.id)).toBeDefined();
  });

  it('fails a run with a demand of 1e15, naming the row', async () => {
    await knex(DEMAND).insert({ ...hostile, quantity: 1e15 });
    await failsNaming(
      /the dataset of plan BIKE-SHOP is invalid \(1 error\); the first: demand 'SO-HOSTILE' \(row \d+\): field 'quantity' must be at most 1e12/,
    );
  });

  it('fails a run with a date that does not exist, naming the table, row and column', async () => {
    await knex(DEMAND).insert({ ...hostile, date: '2026-02-30' });
    await failsNaming(
      /replan_demand_lines row 'SO-HOSTILE': column 'date' is not a real date \(YYYY-MM-DD\): '2026-02-30'/,
    );
  });

  it('fails a run with text in a number column, naming the table, row and column', async () => {
    await knex(DEMAND).insert({ ...hostile, quantity: 'abc' });
    await failsNaming(
      /replan_demand_lines row 'SO-HOSTILE': column 'quantity' is not a finite number: 'abc'/,
    );
  });

  it('fails a run whose plan goes past the size limit, naming the node', async () => {
    // A valid demand of 1e12 BIKEs at SHOP, at most 1 an order. SHOP has 3 on hand; SO-1001
    // (2, past due, so due today) takes 2 of them, SO-HOSTILE (today) the third: the rest,
    // 999,999,999,999, would be as many planned orders, refused before the first is made.
    await knex('replan_item_coverage').where({ item: 'BIKE' }).update({ max_order_quantity: 1 });
    try {
      await knex(DEMAND).insert({ ...hostile, quantity: 1e12 });
      await failsNaming(
        /the plan would have more than 100 planned orders \(the maxPlannedOrders limit\): node BIKE@SHOP would have 999999999999, 999999999999 of them for one requirement/,
      );
    } finally {
      await knex('replan_item_coverage')
        .where({ item: 'BIKE' })
        .update({ max_order_quantity: null });
    }
  });

  it('plans again once the rows are fixed: the engine is still up', async () => {
    const before = await readActiveVersion(knex, dataset.plan.id);
    expect((await plan()).status).toBe('succeeded');
    expect(await readActiveVersion(knex, dataset.plan.id)).not.toBe(before);
  });
});
