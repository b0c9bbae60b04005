/**
 * Hostile rows through the whole service against a real Redis (127.0.0.1:6379, or
 * REDIS_URL) and a SQLite ERP database: a quantity beyond its bounds, a value the reader
 * cannot read, a plan beyond its size limit. Each run ends `failed` with a message naming
 * the row (or the planning node), the old plan stays active, and the same service, its
 * engine included, plans the next run.
 */
import { ReplanClient } from '@replan/client';
import { readActiveVersion, readRun } from '@replan/sql';
import {
  openTestRedis,
  readExample,
  releaseSqliteAddon,
  seedSqliteTenant,
  type SqliteTenant,
} from '@replan/testing';
import type { Knex } from 'knex';
import { startService, type Service } from './service';
import { TenantRegistry } from './tenants';

jest.setTimeout(60_000);

const TENANT = 'bike';
const SECRET = 'bike-secret';
const dataset = readExample('bike-shop.json');
const DEMAND = 'replan_demand_lines';
const hostile = {
  id: 'SO-HOSTILE',
  type: 'sales',
  item: 'BIKE',
  warehouse: 'SHOP',
  date: '2026-03-02',
  quantity: 1,
};

const redis = openTestRedis('hostile');
let erp: SqliteTenant;
let registry: TenantRegistry;
let knex: Knex;
let service: Service;
let client: ReplanClient;

beforeAll(async () => {
  erp = await seedSqliteTenant({ id: TENANT, secret: SECRET, dataset });
  registry = new TenantRegistry([erp.tenant]);
  const tenant = registry.get(TENANT);
  if (tenant === undefined) throw new Error('tenant missing');
  knex = registry.openTenantDatabase(tenant);
  service = await startService({
    redisUrl: redis.url,
    prefix: redis.prefix,
    roles: ['coordinator', 'extract', 'plan', 'write'],
    registry,
    serviceKey: 'hostile-input-test-service-key-0123456789',
    // The bike shop plans a handful of orders: 100 is far above it, and far below 1e12.
    planSizeLimits: { maxPlannedOrders: 100 },
  });
  client = new ReplanClient({
    redisUrl: redis.url,
    tenant: TENANT,
    secret: SECRET,
    prefix: redis.prefix,
  });
});

afterAll(async () => {
  await client?.close();
  await service?.close();
  await registry?.close();
  await redis.cleanup();
  erp?.cleanup();
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
