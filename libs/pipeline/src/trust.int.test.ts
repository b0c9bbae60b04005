/**
 * The run protocol under hostile jobs and failing databases, against a real Redis
 * (127.0.0.1:6379, or REDIS_URL) and PostgreSQL (127.0.0.1:5432, user postgres; a database
 * of its own, dropped afterwards):
 *
 * - stage jobs not queued by the coordinator (unsigned, signed by another key, or signed
 *   but for a run the tenant never recorded) are refused before any stream or database is
 *   touched;
 * - a cancel key SET by a raw Redis client cancels nothing;
 * - a writer that fails after the flip committed leaves a run reported `succeeded`;
 * - a history database that is down when the run fails gets the failure once it is back,
 *   with the stage's own error;
 * - an expired request is refused even when a history row was left `running`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplanClient } from '@replan/client';
import type { Dataset } from '@replan/engine';
import { silentLogger } from '@replan/observability';
import {
  cancelKey,
  deleteKeysMatching,
  encodeRunRequestJob,
  jobParsers,
  queueNames,
  runJobId,
  signRequest,
  signStageJob,
  streamKey,
  type WriteJob,
} from '@replan/queue';
import { loadDataset, migrateLatest, readActiveVersion, readRun, recordRun } from '@replan/sql';
import { Job, Queue, QueueEvents, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import knexFactory, { type Knex } from 'knex';
import { startService, type Service } from './service';
import { TenantRegistry, type Tenant } from './tenants';
import { releaseSqliteAddon } from '@replan/testing';
import { processWrite } from './write';

jest.setTimeout(60_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-trust-${process.pid}-${Date.now()}`;
const SERVICE_KEY = 'trust-test-service-key-0123456789abcdef';
const dataset = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'examples', 'bike-shop.json'), 'utf8'),
) as Dataset;
const { planDate } = dataset.plan;
const PLAN = dataset.plan.id;

const PG = {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
};
const PG_DATABASE = `replan_trust_${process.pid}`;

const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
let dir: string;
let admin: Knex;
const tenants: Tenant[] = [];
let registry: TenantRegistry;

async function until<T>(probe: () => Promise<T | undefined>, what: string): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function finished(queue: Queue, id: string): Promise<Job> {
  return until(async () => {
    const job = await Job.fromId(queue, id);
    return job?.finishedOn !== undefined ? job : undefined;
  }, `job ${id} of ${queue.name} to finish`);
}

function database(id: string): Knex {
  const tenant = registry.get(id);
  if (tenant === undefined) throw new Error(`tenant ${id} missing`);
  return registry.openTenantDatabase(tenant);
}

/** Takes the PostgreSQL tenant's database away (no new connections, open ones cut). */
async function takeDatabaseDown(): Promise<void> {
  await admin.raw(`ALTER DATABASE ${PG_DATABASE} ALLOW_CONNECTIONS false`);
  await admin.raw(
    'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()',
    [PG_DATABASE],
  );
}

async function bringDatabaseBack(): Promise<void> {
  await admin.raw(`ALTER DATABASE ${PG_DATABASE} ALLOW_CONNECTIONS true`);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'replan-trust-'));
  admin = knexFactory({
    client: 'pg',
    connection: { ...PG, database: 'postgres' },
    pool: { min: 0, max: 1 },
  });
  await admin.raw(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`);
  await admin.raw(`CREATE DATABASE ${PG_DATABASE}`);
  tenants.push(
    {
      id: 'victim',
      secret: 'victim-secret',
      database: { client: 'better-sqlite3', connection: join(dir, 'victim.sqlite') },
    },
    {
      id: 'other',
      secret: 'other-secret',
      database: { client: 'better-sqlite3', connection: join(dir, 'other.sqlite') },
    },
    {
      id: 'pgco',
      secret: 'pgco-secret',
      database: { client: 'pg', connection: { ...PG, database: PG_DATABASE } },
    },
  );
  registry = new TenantRegistry(tenants);
  for (const tenant of tenants) {
    const knex = registry.openTenantDatabase(tenant);
    await migrateLatest(knex);
    await loadDataset(knex, dataset);
  }
});

afterAll(async () => {
  await registry?.close();
  await deleteKeysMatching(redis, `${PREFIX}*`);
  await redis.quit();
  if (admin !== undefined) {
    await bringDatabaseBack().catch(() => undefined);
    await admin.raw(`DROP DATABASE IF EXISTS ${PG_DATABASE} WITH (FORCE)`);
    await admin.destroy();
  }
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  releaseSqliteAddon();
});

const closers: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
});

/** A connection for a test's own worker, closed after the test (after the worker). */
function workerConnection(): Redis {
  const connection = redis.duplicate({ maxRetriesPerRequest: null });
  closers.unshift(() => Promise.resolve(connection.disconnect()));
  return connection;
}

function queue(prefix: string, name: string): Queue {
  const q = new Queue(name, { connection: redis, prefix });
  closers.push(() => q.close());
  return q;
}

async function service(
  prefix: string,
  roles: Parameters<typeof startService>[0]['roles'],
): Promise<Service> {
  const started = await startService({
    redisUrl: REDIS_URL,
    serviceKey: SERVICE_KEY,
    prefix,
    roles,
    // The service closes its registry when it stops: one of its own.
    registry: new TenantRegistry(tenants),
    checkMs: 200,
    historyRetry: { firstDelayMs: 100, maxDelayMs: 500, limitMs: 60_000 },
  });
  closers.push(() => started.close());
  return started;
}

function client(prefix: string, tenant: string): ReplanClient {
  const secret = registry.get(tenant)?.secret ?? '';
  const c = new ReplanClient({ redisUrl: REDIS_URL, tenant, secret, prefix });
  closers.push(() => c.close());
  return c;
}

function writeJob(prefix: string, tenant: string, runId: string): WriteJob {
  return {
    runId,
    tenant,
    plan: PLAN,
    planDate,
    requestedAt: Date.now(),
    resultKey: streamKey(tenant, runId, 'result', prefix),
  };
}

describe('stage jobs the coordinator did not queue', () => {
  it('refuses a forged write job for another tenant with a crafted stream; the plan stays', async () => {
    const prefix = `${PREFIX}-forged-write`;
    // The victim has an active plan from a real run.
    await service(prefix, ['coordinator', 'extract', 'plan', 'write']);
    const { runId } = await client(prefix, 'victim').requestRun({ plan: PLAN, planDate });
    const outcome = await client(prefix, 'victim').waitForRun(runId, { timeoutMs: 30_000 });
    expect(outcome.status).toBe('succeeded');
    const before = await readActiveVersion(database('victim'), PLAN);
    expect(before).toBe(1);

    // The attacker's own run's result (a valid result stream), copied under the victim's key.
    const own = await client(prefix, 'other').requestRun({ plan: PLAN, planDate });
    await client(prefix, 'other').waitForRun(own.runId, { timeoutMs: 30_000 });
    const forgedRun = 'run-forged';
    const crafted = streamKey('victim', forgedRun, 'result', prefix);
    await redis.xadd(crafted, '*', 'b', 'crafted batch');
    await redis.xadd(crafted, '*', 'end', '1', 'bytes', '13');
    const writes = queue(prefix, queueNames.write);
    const forgeries: [string, WriteJob][] = [
      ['unsigned', writeJob(prefix, 'victim', forgedRun)],
      [
        'signed by another key',
        signStageJob(
          'write',
          writeJob(prefix, 'victim', `${forgedRun}-2`),
          'an-attacker-key-0123456789abcdef',
        ),
      ],
    ];
    for (const [what, data] of forgeries) {
      const id = runJobId('victim', data.runId);
      await writes.add('write', data, { jobId: id });
      const job = await finished(writes, id);
      expect({ what, reason: job.failedReason }).toEqual({
        what,
        reason: expect.stringMatching(
          /^write job of run run-forged(-2)? \(tenant victim\) refused/,
        ) as unknown,
      });
    }
    // A job signed with the service key but changed afterwards (another stream) is refused.
    const signed = signStageJob('write', writeJob(prefix, 'victim', 'run-changed'), SERVICE_KEY);
    const changed = { ...signed, plan: 'ANOTHER-PLAN' };
    await writes.add('write', changed, { jobId: runJobId('victim', 'run-changed') });
    expect((await finished(writes, runJobId('victim', 'run-changed'))).failedReason).toMatch(
      /signature does not match the service key/,
    );
    // Untouched: the victim's plan, its history, and the crafted stream (never read).
    expect(await readActiveVersion(database('victim'), PLAN)).toBe(before);
    expect(await readRun(database('victim'), forgedRun)).toBeUndefined();
    expect(await readRun(database('victim'), runId)).toMatchObject({ status: 'succeeded' });
  });

  it('refuses a signed write job whose run the tenant never recorded', async () => {
    const prefix = `${PREFIX}-unrecorded`;
    await service(prefix, ['write']);
    const writes = queue(prefix, queueNames.write);
    // What a leaked service key alone cannot do: write a run the coordinator never started.
    const data = signStageJob('write', writeJob(prefix, 'victim', 'run-unrecorded'), SERVICE_KEY);
    const id = runJobId('victim', 'run-unrecorded');
    await writes.add('write', data, { jobId: id });
    expect((await finished(writes, id)).failedReason).toBe(
      "write job of run run-unrecorded (tenant victim) refused: the tenant's run history has " +
        `no run history row, not a running run of plan ${PLAN}`,
    );
  });

  it('refuses a forged extract job: nothing is read, no snapshot is written', async () => {
    const prefix = `${PREFIX}-forged-extract`;
    await service(prefix, ['extract']);
    const extracts = queue(prefix, queueNames.extract);
    const runId = 'run-stolen';
    const snapshotKey = streamKey('victim', runId, 'snapshot', prefix);
    const id = runJobId('victim', runId);
    await extracts.add(
      'extract',
      { runId, tenant: 'victim', plan: PLAN, planDate, requestedAt: Date.now(), snapshotKey },
      { jobId: id },
    );
    const job = await finished(extracts, id);
    expect(job.failedReason).toMatch(/^extract job of run run-stolen \(tenant victim\) refused/);
    expect(await redis.exists(snapshotKey)).toBe(0);
    expect(await extracts.getJobLogs(id)).toMatchObject({ count: 0 });
  });
});

it('does not cancel a run when its cancel key is SET by a raw Redis client', async () => {
  const prefix = `${PREFIX}-raw-cancel`;
  const victim = client(prefix, 'victim');
  const { runId } = await victim.requestRun({ plan: PLAN, planDate });
  // Before any coordinator takes it: the forms a client without the tenant's secret can make.
  await redis.set(cancelKey(prefix, runId), 'requested:victim');
  await service(prefix, ['coordinator', 'extract', 'plan', 'write']);
  const requests = queue(prefix, queueNames.requests);
  await until(
    async () => ((await requests.getJobState(runId)) === 'active' ? true : undefined),
    'the run to start',
  );
  await redis.set(cancelKey(prefix, runId), 'requested:victim:t.AAAAAAAAAAAAAAAAAAAAAA');
  const outcome = await victim.waitForRun(runId, { timeoutMs: 30_000 });
  expect(outcome.status).toBe('succeeded');
  expect(await readRun(database('victim'), runId)).toMatchObject({ status: 'succeeded' });
});

it('reports a run succeeded when its writer fails after the flip committed', async () => {
  const prefix = `${PREFIX}-after-flip`;
  await service(prefix, ['coordinator', 'extract', 'plan']);
  // A writer that dies between the commit and the end of its job.
  const writer = new Worker(
    queueNames.write,
    async (job) => {
      const data = jobParsers.write(job.data);
      await processWrite(data, {
        redis,
        registry,
        log: silentLogger(),
        prefix,
        stopKeys: { serviceKey: SERVICE_KEY },
        progress: () => Promise.resolve(),
      });
      throw new Error('the writer died after the flip');
    },
    { connection: workerConnection(), prefix },
  );
  closers.push(() => writer.close());
  const other = client(prefix, 'other');
  const before = await readActiveVersion(database('other'), PLAN);
  const { runId } = await other.requestRun({ plan: PLAN, planDate });
  const outcome = await other.waitForRun(runId, { timeoutMs: 30_000 });
  expect(outcome).toMatchObject({ runId, status: 'succeeded' });
  expect(outcome.counts?.plannedOrders).toBeGreaterThan(0);
  const history = await readRun(database('other'), runId);
  expect(history).toMatchObject({ status: 'succeeded' });
  // The new version is active: the one the history row names, not the one before.
  expect(await readActiveVersion(database('other'), PLAN)).toBe(history?.planVersion);
  expect(history?.planVersion).not.toBe(before);
});

it('records a failed run once the history database is back, with the stage error', async () => {
  const prefix = `${PREFIX}-db-down`;
  await service(prefix, ['coordinator', 'extract', 'write']);
  // An engine whose stage fails while the tenant's database is away, which comes back later.
  // The plan stage starts while the snapshot is still streaming: the database goes only once
  // the extract is done, so that the plan stage's error is the run's.
  const extractEvents = new QueueEvents(queueNames.extract, {
    connection: workerConnection(),
    prefix,
  });
  closers.push(() => extractEvents.close());
  await extractEvents.waitUntilReady();
  const extracted = new Promise<void>((resolve) => extractEvents.on('completed', () => resolve()));
  let back: Promise<void> | undefined;
  const engine = new Worker(
    queueNames.plan,
    async () => {
      await extracted;
      await takeDatabaseDown();
      back = new Promise((resolve) => setTimeout(resolve, 2_000)).then(bringDatabaseBack);
      throw new Error('the engine broke: node FRAME-01 exploded');
    },
    { connection: workerConnection(), prefix },
  );
  closers.push(() => engine.close());
  const pg = client(prefix, 'pgco');
  const { runId } = await pg.requestRun({ plan: PLAN, planDate });
  const outcome = await pg.waitForRun(runId, { timeoutMs: 45_000 });
  await back;
  expect(outcome.status).toBe('failed');
  expect(outcome.error).toMatch(/the plan stage failed: the engine broke: node FRAME-01 exploded/);
  const history = await readRun(database('pgco'), runId);
  expect(history?.status).toBe('failed');
  expect(history?.error).toMatch(/the engine broke: node FRAME-01 exploded/);
});

it('refuses an expired request even when its history row was left running', async () => {
  const prefix = `${PREFIX}-expired`;
  const runId = 'run-39-minutes-old';
  const requestedAt = Date.now() - 39 * 60_000;
  await recordRun(database('victim'), {
    runId,
    planId: PLAN,
    status: 'running',
    requestedAt: new Date(requestedAt).toISOString(),
  });
  const before = await readActiveVersion(database('victim'), PLAN);
  await service(prefix, ['coordinator', 'extract', 'plan', 'write']);
  const requests = queue(prefix, queueNames.requests);
  const data = encodeRunRequestJob(
    signRequest({ runId, tenant: 'victim', plan: PLAN, planDate, requestedAt }, 'victim-secret'),
  );
  await requests.add('run-request', data, { jobId: runId });
  const job = await finished(requests, runId);
  expect(job.failedReason).toMatch(
    /^run run-39-minutes-old: request expired \(\d+ ms old, limit 300000 ms\)$/,
  );
  expect(await queue(prefix, queueNames.extract).getJobState(runJobId('victim', runId))).toBe(
    'unknown',
  );
  expect(await readActiveVersion(database('victim'), PLAN)).toBe(before);
});
