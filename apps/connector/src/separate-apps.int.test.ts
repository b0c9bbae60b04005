/**
 * The connector, engine and writer as separate processes (the built apps, as an operator
 * runs them), configured by environment only, against a real Redis (127.0.0.1:6379, or
 * REDIS_URL) and a SQLite ERP database: a run requested through the publish library is
 * extracted, planned and written by the three; each serves its metrics; each logs JSON
 * lines with the run and tenant; each stops cleanly on SIGTERM.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplanClient } from '@replan/client';
import { planDataset, type Dataset } from '@replan/engine';
import { loadDataset, migrateLatest, readActivePlan } from '@replan/sql';
import { deleteKeysMatching } from '@replan/queue';
import { freePort, startServiceApp, type ServiceApp } from '@replan/testing';
import { Redis } from 'ioredis';
import knexFactory from 'knex';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..', '..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-apps-${process.pid}-${Date.now()}`;
const TENANT = 'bikes';
const SECRET = 'bikes-secret-for-the-apps-test';
const dataset = JSON.parse(
  readFileSync(join(ROOT, 'examples', 'bike-shop.json'), 'utf8'),
) as Dataset;
const expected = planDataset(dataset);

/** The value of a metric sample of an app, found by name and labels (in any order). */
async function metric(
  app: ServiceApp,
  name: string,
  labels: Record<string, string>,
): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${await app.port}/metrics`);
  const text = await response.text();
  const wanted = Object.entries(labels).map(([k, v]) => `${k}="${v}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)\{([^}]*)\} (\S+)$/.exec(line);
    if (match?.[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((pair) => present.includes(pair))) return Number(match[3]);
  }
  return Number.NaN;
}

const redis = new Redis(REDIS_URL);
let dir: string;
let apps: ServiceApp[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'replan-apps-'));
  const database = join(dir, 'erp.sqlite');
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: database },
    useNullAsDefault: true,
  });
  await migrateLatest(knex);
  await loadDataset(knex, dataset);
  await knex.destroy();
  const registry = join(dir, 'tenants.json');
  writeFileSync(
    registry,
    JSON.stringify({
      tenants: [
        {
          id: TENANT,
          secret: SECRET,
          database: { client: 'better-sqlite3', connection: database },
        },
      ],
    }),
  );
  const common = {
    REPLAN_REDIS_URL: REDIS_URL,
    REPLAN_SERVICE_KEY: 'separate-apps-test-service-key-0123456789',
    REPLAN_PREFIX: PREFIX,
    REPLAN_HTTP_HOST: '127.0.0.1',
  };
  const port = async (): Promise<string> => String(await freePort());
  apps = [
    startServiceApp('connector', {
      ...common,
      REPLAN_HTTP_PORT: await port(),
      REPLAN_REGISTRY: registry,
    }),
    startServiceApp('engine', { ...common, REPLAN_HTTP_PORT: await port() }),
    startServiceApp('writer', {
      ...common,
      REPLAN_HTTP_PORT: await port(),
      REPLAN_REGISTRY: registry,
    }),
  ];
  await Promise.all(apps.map((app) => app.port));
});

afterAll(async () => {
  for (const app of apps) if (app.child.exitCode === null) app.child.kill('SIGKILL');
  await deleteKeysMatching(redis, `${PREFIX}:*`);
  await redis.quit();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

it('plans a run across the three processes, then each stops on SIGTERM', async () => {
  const client = new ReplanClient({
    redisUrl: REDIS_URL,
    tenant: TENANT,
    secret: SECRET,
    prefix: PREFIX,
  });
  let runId: string;
  try {
    runId = (await client.requestRun({ plan: dataset.plan.id, planDate: dataset.plan.planDate }))
      .runId;
    const outcome = await client.waitForRun(runId, { timeoutMs: 30_000 });
    expect(outcome).toMatchObject({ status: 'succeeded', counts: expected.counts });
  } finally {
    await client.close();
  }

  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: join(dir, 'erp.sqlite') },
    useNullAsDefault: true,
  });
  try {
    const active = await readActivePlan(knex, dataset.plan.id);
    expect(active?.plannedOrders).toHaveLength(expected.plannedOrders.length);
  } finally {
    await knex.destroy();
  }

  const [connector, engine, writer] = apps;
  if (connector === undefined || engine === undefined || writer === undefined) throw new Error();
  // Each process counted its own part of the run.
  const succeeded = { status: 'succeeded' };
  expect(await metric(connector, 'replan_runs_total', succeeded)).toBe(1);
  expect(
    await metric(connector, 'replan_stage_duration_seconds_count', {
      stage: 'extract',
      ...succeeded,
    }),
  ).toBe(1);
  expect(
    await metric(engine, 'replan_stage_duration_seconds_count', { stage: 'plan', ...succeeded }),
  ).toBe(1);
  // The writer wrote at least the planned orders.
  expect(
    await metric(writer, 'replan_stage_rows_total', { stage: 'write' }),
  ).toBeGreaterThanOrEqual(expected.plannedOrders.length);
  expect(
    await metric(engine, 'replan_queue_jobs', { queue: 'replan-plan', state: 'completed' }),
  ).toBe(1);
  // Lines about the run carry its id and tenant.
  const planned = engine.lines.find((l) => String(l.msg).startsWith('plan finished'));
  expect(planned).toMatchObject({ service: 'engine', runId, tenant: TENANT, stage: 'plan' });

  for (const app of apps) app.child.kill('SIGTERM');
  const codes = await Promise.all(apps.map((app) => app.exit));
  expect(codes).toEqual([0, 0, 0]);
  for (const app of apps) expect(app.lines.map((l) => l.msg)).toContain('stopped');
});
