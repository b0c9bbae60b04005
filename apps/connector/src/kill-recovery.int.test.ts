/**
 * A worker killed with SIGKILL mid-run (the built apps as separate processes, against a real
 * Redis, 127.0.0.1:6379 or REDIS_URL, and a SQLite ERP database): the run ends within 15 s of
 * the kill — here failed, cleanly — and the old plan stays whole (docs/reliability.md,
 * "recovery"; the job locks of JOB_LOCK in @replan/pipeline: found stalled 4–9 s after the
 * kill).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplanClient } from '@replan/client';
import { planDataset, type Dataset } from '@replan/engine';
import { deleteKeysMatching, queueNames, runJobId } from '@replan/queue';
import { loadDataset, migrateLatest, readActivePlan, readRun } from '@replan/sql';
import { eventually, freePort, startServiceApp, type ServiceApp } from '@replan/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import knexFactory, { type Knex } from 'knex';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..', '..');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-kill-${process.pid}-${Date.now()}`;
const TENANT = 'bikes';
const SECRET = 'bikes-secret-for-the-kill-test';
const dataset = JSON.parse(
  readFileSync(join(ROOT, 'examples', 'bike-shop.json'), 'utf8'),
) as Dataset;
const expected = planDataset(dataset);

const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
let dir: string;
let knex: Knex;
let env: Record<string, string>;
let registry: string;
const apps: ServiceApp[] = [];

async function start(name: 'connector' | 'engine' | 'writer'): Promise<ServiceApp> {
  const app = startServiceApp(name, {
    ...env,
    REPLAN_HTTP_PORT: String(await freePort()),
    ...(name === 'engine' ? {} : { REPLAN_REGISTRY: registry }),
  });
  apps.push(app);
  await app.port;
  return app;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'replan-kill-'));
  const database = join(dir, 'erp.sqlite');
  knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename: database },
    useNullAsDefault: true,
  });
  await migrateLatest(knex);
  await loadDataset(knex, dataset);
  registry = join(dir, 'tenants.json');
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
  env = {
    REPLAN_REDIS_URL: REDIS_URL,
    REPLAN_SERVICE_KEY: 'kill-recovery-test-service-key-0123456789',
    REPLAN_PREFIX: PREFIX,
    REPLAN_HTTP_HOST: '127.0.0.1',
  };
});

afterAll(async () => {
  for (const app of apps) if (app.child.exitCode === null) app.child.kill('SIGKILL');
  await Promise.all(apps.map((app) => app.exit));
  await knex?.destroy();
  await deleteKeysMatching(redis, `${PREFIX}:*`);
  await redis.quit();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
});

it('ends a run whose writer is killed with SIGKILL mid-run within 15 s, the old plan whole', async () => {
  const client = new ReplanClient({
    redisUrl: REDIS_URL,
    tenant: TENANT,
    secret: SECRET,
    prefix: PREFIX,
  });
  const writes = new Queue(queueNames.write, { connection: redis, prefix: PREFIX });
  try {
    const [, engine, writer] = await Promise.all([
      start('connector'),
      start('engine'),
      start('writer'),
    ]);
    // The old plan: version 1.
    const first = await client.requestRun({
      plan: dataset.plan.id,
      planDate: dataset.plan.planDate,
    });
    expect(await client.waitForRun(first.runId, { timeoutMs: 30_000 })).toMatchObject({
      status: 'succeeded',
    });

    // Without an engine the next run stops mid-way: extracted, its plan job waiting, its
    // write job held by the writer, which waits for the result stream.
    engine.child.kill('SIGTERM');
    expect(await engine.exit).toBe(0);
    const { runId } = await client.requestRun({
      plan: dataset.plan.id,
      planDate: dataset.plan.planDate,
    });
    await eventually(
      async () => {
        expect(await writes.getJobState(runJobId(TENANT, runId))).toBe('active');
      },
      { timeoutMs: 15_000 },
    );

    // The writer that replaces it is up first (a supervisor's restart, or a second writer),
    // so that the time measured is the service's, not a process start on a loaded machine.
    await start('writer');
    writer.child.kill('SIGKILL');
    const killedAt = Date.now();
    await writer.exit;
    const outcome = await client.waitForRun(runId, { timeoutMs: 30_000 });
    const recoveryMs = Date.now() - killedAt;

    // The write stage cannot resume a half-read stream: the run fails, with the stage's error.
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toMatch(/the write stage failed: .*stalled/);
    expect(recoveryMs).toBeLessThanOrEqual(15_000);
    expect(await readRun(knex, runId)).toMatchObject({ status: 'failed' });
    // The old plan, whole: version 1, every planned order and pegging row of it.
    const active = await readActivePlan(knex, dataset.plan.id);
    expect(active?.version).toBe(1);
    expect(active?.plannedOrders).toHaveLength(expected.plannedOrders.length);
    expect(active?.pegging).toHaveLength(expected.pegging.length);
  } finally {
    await writes.close();
    await client.close();
  }
});
