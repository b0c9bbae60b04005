/**
 * The stages on their own against a real Redis (127.0.0.1:6379, or REDIS_URL) and a SQLite
 * file: extract → plan (on the event loop and in a thread) → write, an idempotent retried
 * write, a run stopped by its abort key, and a dataset that does not validate.
 */
import { encodeDatasetBatches } from '@replan/contracts';
import { encodeRunRequestJob, signRequest } from '@replan/client';
import { planDataset, type Dataset } from '@replan/engine';
import { silentLogger } from '@replan/observability';
import {
  abortKey,
  abortValue,
  cancelKey,
  cancelValue,
  streamKey,
  writeBatches,
  type PlanJob,
  type RunJobBase,
} from '@replan/queue';
import { readActivePlan, readActiveVersion } from '@replan/sql';
import { RunAbortedError, abortReason, abortRun, watchAbort } from './abort';
import type { StageProgress, TenantStageContext } from './context';
import { processExtract } from './extract';
import { processPlan } from './plan';
import { outOfMemoryMessage, planInThread } from './plan-in-thread';
import { checkRequest } from './request';
import { processWrite } from './write';
import { TenantRegistry } from './tenants';
import {
  openTestRedis,
  readExample,
  releaseSqliteAddon,
  seedSqliteTenant,
  type SqliteTenant,
} from '@replan/testing';

jest.setTimeout(20_000);

const TENANT = 'bike';
const SECRET = 'bike-secret';
const dataset = readExample('bike-shop.json');

const SERVICE_KEY = 'stages-test-service-key-0123456789abcdef';
const testRedis = openTestRedis('stages');
const { redis, url: REDIS_URL, prefix: PREFIX } = testRedis;
let erp: SqliteTenant;
let registry: TenantRegistry;
const progress: StageProgress[] = [];
let ctx: TenantStageContext;

beforeAll(async () => {
  erp = await seedSqliteTenant({ id: TENANT, secret: SECRET, dataset });
  registry = new TenantRegistry([erp.tenant]);
  ctx = {
    redis,
    registry,
    log: silentLogger(),
    prefix: PREFIX,
    stopKeys: { serviceKey: SERVICE_KEY, tenantSecret: SECRET },
    progress: (p) => {
      progress.push(p);
      return Promise.resolve();
    },
  };
});

afterAll(async () => {
  await registry?.close();
  await testRedis.cleanup();
  erp?.cleanup();
  releaseSqliteAddon();
});

function run(runId: string): RunJobBase {
  return {
    runId,
    tenant: TENANT,
    plan: dataset.plan.id,
    planDate: dataset.plan.planDate,
    requestedAt: Date.now(),
  };
}

function planJob(runId: string): PlanJob {
  return {
    ...run(runId),
    snapshotKey: streamKey(TENANT, runId, 'snapshot', PREFIX),
    resultKey: streamKey(TENANT, runId, 'result', PREFIX),
  };
}

function database(): ReturnType<TenantRegistry['openTenantDatabase']> {
  const tenant = registry.get(TENANT);
  if (tenant === undefined) throw new Error('tenant missing');
  return registry.openTenantDatabase(tenant);
}

const expected = planDataset(dataset);

describe('checkRequest', () => {
  it('judges the age of a new request now, and lets a run being taken over through', () => {
    // Signed 6 minutes ago (the limit is 5).
    const requestedAt = Date.now() - 6 * 60_000;
    const data = encodeRunRequestJob(signRequest({ ...run('run-waited'), requestedAt }, SECRET));
    expect(() => checkRequest(data, registry)).toThrow(/request expired/);
    // A coordinator taking over a run that started in time checks the signature only.
    expect(checkRequest(data, registry, { allowAged: true }).runId).toBe('run-waited');
    const forged = encodeRunRequestJob(signRequest(run('run-forged'), 'not-the-secret'));
    expect(() => checkRequest(forged, registry, { allowAged: true })).toThrow(/forged/);
  });
});

describe('the stages', () => {
  it('extract, plan and write one run, reporting each stage', async () => {
    progress.length = 0;
    const job = planJob('run-direct');
    const extracted = await processExtract({ ...job }, ctx);
    // Every entity row of the bike shop is read back from the ERP tables.
    const rows = Object.values(dataset).reduce(
      (n: number, value: unknown) => n + (Array.isArray(value) ? value.length : 0),
      0,
    );
    expect(extracted.rows).toBe(rows);
    expect(extracted.batches).toBeGreaterThan(0);
    const planned = await processPlan(job, ctx);
    expect(planned).toMatchObject({ ok: true, counts: expected.counts });
    const written = await processWrite({ ...job }, ctx);
    expect(written.completed).toMatchObject({ status: 'succeeded', counts: expected.counts });
    expect(written.alreadyWritten).toBe(false);
    expect(progress.map((p) => p.stage)).toEqual(
      expect.arrayContaining(['extract', 'load', 'plan', 'write', 'done']),
    );
    const active = await readActivePlan(database(), dataset.plan.id);
    expect(active?.plannedOrders).toHaveLength(expected.plannedOrders.length);
  });

  it('does not write a run twice: a retried write finds its version already active', async () => {
    const job = planJob('run-retried');
    await processExtract({ ...job }, ctx);
    await processPlan(job, ctx);
    const first = await processWrite({ ...job }, ctx);
    // The result stream is read again by the retry, as a restarted writer would.
    await processPlan(job, ctx);
    const second = await processWrite({ ...job }, ctx);
    expect(second.alreadyWritten).toBe(true);
    expect(second.version).toBe(first.version);
    expect(await readActiveVersion(database(), dataset.plan.id)).toBe(first.version);
  });

  it('plans in a worker thread, relaying progress, with the same result', async () => {
    const job = planJob('run-thread');
    await processExtract({ ...job }, ctx);
    const seen: StageProgress[] = [];
    const outcome = await planInThread(job, {
      redisUrl: REDIS_URL,
      prefix: PREFIX,
      progress: (p) => {
        seen.push(p);
        return Promise.resolve();
      },
    });
    expect(outcome).toMatchObject({ ok: true, counts: expected.counts });
    expect(seen.map((p) => p.stage)).toEqual(expect.arrayContaining(['load', 'plan']));
    expect(await redis.exists(job.resultKey)).toBe(1);
  });

  it('ends a planning thread whose plan is too large with a message naming the node', async () => {
    const job = planJob('run-too-large');
    await processExtract({ ...job }, ctx);
    // The bike shop plans more than one order: the first node to plan a second one stops it.
    const planning = planInThread(job, {
      redisUrl: REDIS_URL,
      prefix: PREFIX,
      progress: () => Promise.resolve(),
      planSizeLimits: { maxPlannedOrders: 1 },
    });
    await expect(planning).rejects.toThrow(
      /^the plan would have more than 1 planned orders \(the maxPlannedOrders limit\): node [^ ]+@[^ ]+ would have /,
    );
    expect(await redis.exists(job.resultKey)).toBe(0);
  });

  it('ends a planning thread out of heap with the documented message; the process plans on', async () => {
    const job = planJob('run-out-of-memory');
    await processExtract({ ...job }, ctx);
    // 2 MiB is not even enough to load the thread's modules.
    const planning = planInThread(job, {
      redisUrl: REDIS_URL,
      prefix: PREFIX,
      progress: () => Promise.resolve(),
      maxHeapMb: 2,
    });
    await expect(planning).rejects.toThrow(outOfMemoryMessage(2));
    expect(outOfMemoryMessage(2)).toBe(
      "the planning thread ran out of memory (heap limit 2 MiB): raise REPLAN_ENGINE_MAX_HEAP_MB and the engine's memory, or lower the plan-size limits",
    );
    const again = await planInThread(job, {
      redisUrl: REDIS_URL,
      prefix: PREFIX,
      progress: () => Promise.resolve(),
    });
    expect(again).toMatchObject({ ok: true, counts: expected.counts });
  });

  it('stops a stage waiting for its stream once the run is aborted', async () => {
    const job = planJob('run-aborted');
    const watch = watchAbort(redis, PREFIX, job, { serviceKey: SERVICE_KEY }, 50);
    const planning = processPlan(job, { ...ctx, signal: watch.signal });
    await abortRun(redis, PREFIX, job, 'run cancelled', SERVICE_KEY);
    await expect(planning).rejects.toThrow(RunAbortedError);
    await expect(planning).rejects.toThrow('run cancelled');
    watch.stop();
  });

  it('terminates a planning thread when the run is aborted', async () => {
    const job = planJob('run-thread-aborted');
    const watch = watchAbort(redis, PREFIX, job, { serviceKey: SERVICE_KEY }, 50);
    const planning = planInThread(job, {
      redisUrl: REDIS_URL,
      prefix: PREFIX,
      progress: () => Promise.resolve(),
      signal: watch.signal,
    });
    await abortRun(redis, PREFIX, job, 'the extract stage failed', SERVICE_KEY);
    await expect(planning).rejects.toThrow('the extract stage failed');
    watch.stop();
  });

  it('is not stopped by abort or cancel keys SET without the service or tenant signature', async () => {
    const job = planJob('run-forged-stop');
    // What any Redis client could SET: the old plain forms, and a signature by another key.
    await redis.set(abortKey(TENANT, job.runId, PREFIX), 'run cancelled');
    await redis.set(cancelKey(PREFIX, job.runId), `requested:${TENANT}`);
    expect(await abortReason(redis, PREFIX, job, ctx.stopKeys)).toBeUndefined();
    await redis.set(
      abortKey(TENANT, job.runId, PREFIX),
      abortValue(TENANT, job.runId, 'run cancelled', 'some-other-key-0123456789abcdef'),
    );
    await redis.set(
      cancelKey(PREFIX, job.runId),
      cancelValue('requested', TENANT, job.runId, 'not-the-tenant-secret'),
    );
    expect(await abortReason(redis, PREFIX, job, ctx.stopKeys)).toBeUndefined();
    // The same values signed with the right keys do stop it.
    await redis.set(
      cancelKey(PREFIX, job.runId),
      cancelValue('requested', TENANT, job.runId, SECRET),
    );
    expect(await abortReason(redis, PREFIX, job, ctx.stopKeys)).toBe('run cancelled');
    await redis.del(cancelKey(PREFIX, job.runId), abortKey(TENANT, job.runId, PREFIX));
    await abortRun(redis, PREFIX, job, 'the plan stage failed', SERVICE_KEY);
    expect(await abortReason(redis, PREFIX, job, { serviceKey: SERVICE_KEY })).toBe(
      'the plan stage failed',
    );
  });

  it('rolls the write back when the run is aborted before the version flips', async () => {
    const job = planJob('run-write-aborted');
    await processExtract({ ...job }, ctx);
    await processPlan(job, ctx);
    const before = await readActiveVersion(database(), dataset.plan.id);
    await abortRun(redis, PREFIX, job, 'run cancelled', SERVICE_KEY);
    await expect(processWrite({ ...job }, ctx)).rejects.toThrow('run cancelled');
    expect(await readActiveVersion(database(), dataset.plan.id)).toBe(before);
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
