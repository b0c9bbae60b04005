/**
 * The stages on their own against a real Redis (127.0.0.1:6379, or REDIS_URL) and a SQLite
 * file: cancellation between stages, and a dataset that does not validate.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cancelKey, encodeRunRequestJob, signRequest } from '@replan/client';
import { encodeDatasetBatches } from '@replan/contracts';
import type { Dataset } from '@replan/engine';
import { streamKey, writeBatches } from '@replan/queue';
import { loadDataset, migrateLatest, readActiveVersion, readRun } from '@replan/sql';
import { Redis } from 'ioredis';
import { silentLog, type StageContext, type StageProgress } from './context';
import { processPlan } from './plan';
import { processRequest } from './request';
import { TenantRegistry } from './tenants';
import { releaseSqliteAddon } from './test-support';

jest.setTimeout(20_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-stages-${process.pid}-${Date.now()}`;
const TENANT = 'bike';
const SECRET = 'bike-secret';

const dataset = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'examples', 'bike-shop.json'), 'utf8'),
) as Dataset;

const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
let dir: string;
let registry: TenantRegistry;
const progress: StageProgress[] = [];
let ctx: StageContext;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'replan-stages-'));
  registry = new TenantRegistry([
    {
      id: TENANT,
      secret: SECRET,
      database: { client: 'better-sqlite3', connection: join(dir, 'erp.sqlite') },
    },
  ]);
  const tenant = registry.get(TENANT);
  if (tenant === undefined) throw new Error('tenant missing');
  const knex = registry.openTenantDatabase(tenant);
  await migrateLatest(knex);
  await loadDataset(knex, dataset);
  ctx = {
    redis,
    registry,
    log: silentLog,
    prefix: PREFIX,
    progress: (p) => {
      progress.push(p);
      return Promise.resolve();
    },
  };
});

afterAll(async () => {
  await registry?.close();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  await redis.quit();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  releaseSqliteAddon();
});

function requestData(runId: string): unknown {
  return encodeRunRequestJob(
    signRequest(
      {
        runId,
        tenant: TENANT,
        plan: dataset.plan.id,
        planDate: dataset.plan.planDate,
        requestedAt: Date.now(),
      },
      SECRET,
    ),
  );
}

describe('the stages', () => {
  it('runs a request end to end when called directly, reporting progress', async () => {
    progress.length = 0;
    const outcome = await processRequest(requestData('run-direct'), ctx);
    expect(outcome).toMatchObject({ runId: 'run-direct', status: 'succeeded' });
    expect(progress.map((p) => p.stage)).toEqual(
      expect.arrayContaining(['extract', 'load', 'plan', 'write', 'done']),
    );
  });

  it('stops a run whose cancellation was requested, and records it as cancelled', async () => {
    const tenant = registry.get(TENANT);
    if (tenant === undefined) throw new Error('tenant missing');
    const knex = registry.openTenantDatabase(tenant);
    const before = await readActiveVersion(knex, dataset.plan.id);
    await redis.set(cancelKey(PREFIX, 'run-cancelled'), 'requested', 'EX', 60);
    const outcome = await processRequest(requestData('run-cancelled'), ctx);
    expect(outcome).toMatchObject({ runId: 'run-cancelled', status: 'cancelled' });
    expect(await readRun(knex, 'run-cancelled')).toMatchObject({ status: 'cancelled' });
    expect(await readActiveVersion(knex, dataset.plan.id)).toBe(before);
  });

  it('fails the plan stage with the validation messages of an invalid dataset', async () => {
    const invalid: Dataset = {
      ...dataset,
      demand: [
        {
          id: 'SO-BAD',
          type: 'sales',
          item: 'NO-SUCH-ITEM',
          warehouse: dataset.warehouses[0]?.id ?? 'MAIN',
          date: dataset.plan.planDate,
          quantity: 1,
        },
      ],
    };
    const snapshotKey = streamKey(TENANT, 'run-invalid', 'snapshot', PREFIX);
    const resultKey = streamKey(TENANT, 'run-invalid', 'result', PREFIX);
    await writeBatches(redis, snapshotKey, encodeDatasetBatches(invalid), { ttlSeconds: 60 });
    const outcome = await processPlan(
      {
        runId: 'run-invalid',
        tenant: TENANT,
        plan: dataset.plan.id,
        planDate: dataset.plan.planDate,
        requestedAt: Date.now(),
        snapshotKey,
        resultKey,
      },
      ctx,
    );
    expect(outcome.ok).toBe(false);
    expect(
      outcome.messages.some((m) => m.severity === 'error' && /NO-SUCH-ITEM/.test(m.text)),
    ).toBe(true);
    expect(await redis.exists(resultKey)).toBe(0);
  });
});
