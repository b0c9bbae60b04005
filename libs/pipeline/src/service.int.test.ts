/**
 * The service's stopping paths against a real Redis (127.0.0.1:6379, or REDIS_URL): a run
 * cancelled while its stages wait, and a shutdown whose deadline passes while a stage
 * still works.
 */
import { ReplanClient } from '@replan/client';
import { acceptedKey, queueNames, runJobId, signStageJob, streamKey } from '@replan/queue';
import { readActiveVersion, readRun } from '@replan/sql';
import { Job, Queue } from 'bullmq';
import { startService } from './service';
import { TenantRegistry } from './tenants';
import {
  openTestRedis,
  readExample,
  releaseSqliteAddon,
  seedSqliteTenant,
  until,
  type SqliteTenant,
} from '@replan/testing';

jest.setTimeout(30_000);

const TENANT = 'bike';
const SECRET = 'bike-secret';
const dataset = readExample('bike-shop.json');

const SERVICE_KEY = 'service-test-service-key-0123456789abcdef';
// Each test works under a prefix of its own, all starting with the suite's.
const testRedis = openTestRedis('service');
const { redis, url: REDIS_URL, prefix: PREFIX } = testRedis;
const seeded: SqliteTenant[] = [];

/** The bike shop's tenant with a database of its own, for one test. */
async function seedTenant(): Promise<SqliteTenant['tenant']> {
  const erp = await seedSqliteTenant({ id: TENANT, secret: SECRET, dataset });
  seeded.push(erp);
  return erp.tenant;
}

afterAll(async () => {
  await testRedis.cleanup();
  for (const erp of seeded) erp.cleanup();
  releaseSqliteAddon();
});

it('cancels a running run: its waiting stages stop and the old plan stays', async () => {
  const registry = new TenantRegistry([await seedTenant()]);
  const tenant = registry.get(TENANT);
  if (tenant === undefined) throw new Error('tenant missing');
  const knex = registry.openTenantDatabase(tenant);
  // No engine: the run extracts, then its plan job waits for an engine that never comes.
  const service = await startService({
    redisUrl: REDIS_URL,
    serviceKey: SERVICE_KEY,
    prefix: `${PREFIX}-cancel`,
    roles: ['coordinator', 'extract', 'write'],
    registry,
  });
  const client = new ReplanClient({
    redisUrl: REDIS_URL,
    tenant: TENANT,
    secret: SECRET,
    prefix: `${PREFIX}-cancel`,
  });
  const extractQueue = new Queue(queueNames.extract, {
    connection: redis,
    prefix: `${PREFIX}-cancel`,
  });
  try {
    const { runId } = await client.requestRun({
      plan: dataset.plan.id,
      planDate: dataset.plan.planDate,
    });
    const stageId = runJobId(TENANT, runId);
    await until(async () => {
      const job = await Job.fromId(extractQueue, stageId);
      return job?.finishedOn !== undefined ? job : undefined;
    }, 'the extraction');
    expect(await client.cancelRun(runId)).toBe('cancelled');
    const outcome = await client.waitForRun(runId, { timeoutMs: 15_000 });
    expect(outcome).toMatchObject({ runId, status: 'cancelled', error: 'run cancelled' });
    expect(await readRun(knex, runId)).toMatchObject({ status: 'cancelled' });
    expect(await readActiveVersion(knex, dataset.plan.id)).toBeUndefined();
    // The waiting plan job was taken off its queue; the writer, blocked on the result
    // stream, gave up with the coordinator's reason.
    const planQueue = new Queue(queueNames.plan, { connection: redis, prefix: `${PREFIX}-cancel` });
    expect(await Job.fromId(planQueue, stageId)).toBeUndefined();
    await planQueue.close();
    const writeQueue = new Queue(queueNames.write, {
      connection: redis,
      prefix: `${PREFIX}-cancel`,
    });
    const write = await Job.fromId(writeQueue, stageId);
    expect(write?.failedReason).toBe('run cancelled');
    await writeQueue.close();
    // The run's streams and abort key are gone; the record of its request job stays.
    expect(await redis.keys(`${PREFIX}-cancel:tenant:*:run:*`)).toEqual([
      acceptedKey(TENANT, runId, `${PREFIX}-cancel`),
    ]);
  } finally {
    await extractQueue.close();
    await client.close();
    await service.close();
  }
});

it('gives up a stage still working at the shutdown deadline, failing it with the reason', async () => {
  const prefix = `${PREFIX}-shutdown`;
  const service = await startService({
    redisUrl: REDIS_URL,
    serviceKey: SERVICE_KEY,
    prefix,
    roles: ['plan'],
  });
  const planQueue = new Queue(queueNames.plan, { connection: redis, prefix });
  try {
    // A plan job whose snapshot never comes: the engine waits on the stream.
    const runId = 'run-never-extracted';
    await planQueue.add(
      'plan',
      signStageJob(
        'plan',
        {
          runId,
          tenant: TENANT,
          plan: dataset.plan.id,
          planDate: dataset.plan.planDate,
          requestedAt: Date.now(),
          snapshotKey: streamKey(TENANT, runId, 'snapshot', prefix),
          resultKey: streamKey(TENANT, runId, 'result', prefix),
        },
        SERVICE_KEY,
      ),
      { jobId: runJobId(TENANT, runId) },
    );
    await until(async () => {
      const job = await Job.fromId(planQueue, runJobId(TENANT, runId));
      return (await job?.getState()) === 'active' ? job : undefined;
    }, 'the plan job to start');
    const started = Date.now();
    await service.close({ deadline: Date.now() + 300 });
    // Stopped soon after the deadline, not after the stream timeout (an hour).
    expect(Date.now() - started).toBeLessThan(8_000);
    const job = await Job.fromId(planQueue, runJobId(TENANT, runId));
    expect(job?.failedReason).toBe(
      'the plan worker shut down before the stage finished: request the run again',
    );
  } finally {
    await planQueue.close();
    await service.close();
  }
});

it('hands a coordinator still following a run back to the queue at the shutdown deadline; another connector finishes the run', async () => {
  const prefix = `${PREFIX}-handback`;
  const registry = new TenantRegistry([await seedTenant()]);
  const tenant = registry.get(TENANT);
  if (tenant === undefined) throw new Error('tenant missing');
  // The first connector has no engine to wait for: its run cannot finish.
  const first = await startService({
    redisUrl: REDIS_URL,
    serviceKey: SERVICE_KEY,
    prefix,
    roles: ['coordinator', 'extract'],
    registry,
  });
  const client = new ReplanClient({ redisUrl: REDIS_URL, tenant: TENANT, secret: SECRET, prefix });
  const requests = new Queue(queueNames.requests, { connection: redis, prefix });
  let second: Awaited<ReturnType<typeof startService>> | undefined;
  try {
    const { runId } = await client.requestRun({
      plan: dataset.plan.id,
      planDate: dataset.plan.planDate,
    });
    const extract = new Queue(queueNames.extract, { connection: redis, prefix });
    await until(async () => {
      const job = await Job.fromId(extract, runJobId(TENANT, runId));
      return job?.finishedOn !== undefined ? job : undefined;
    }, 'the extraction');
    await extract.close();
    const started = Date.now();
    await first.close({ deadline: Date.now() + 200 });
    expect(Date.now() - started).toBeLessThan(8_000);
    // Back in the queue at once (not left to expire as a stalled job), with a log line.
    expect(await requests.getJobState(runId)).toBe('waiting');
    const { logs } = await requests.getJobLogs(runId);
    expect(logs).toContain('handed back to the queue: its connector shut down');

    second = await startService({
      redisUrl: REDIS_URL,
      serviceKey: SERVICE_KEY,
      prefix,
      roles: ['coordinator', 'extract', 'plan', 'write'],
      registry: new TenantRegistry([tenant]),
    });
    const outcome = await client.waitForRun(runId, { timeoutMs: 20_000 });
    expect(outcome).toMatchObject({ runId, status: 'succeeded' });
    // (The first service closed its registry, and with it that database handle.)
    const database = second.registry?.openTenantDatabase(tenant);
    if (database === undefined) throw new Error('no registry');
    expect(await readRun(database, runId)).toMatchObject({
      status: 'succeeded',
      planVersion: 1,
    });
  } finally {
    await requests.close();
    await client.close();
    await second?.close();
    await first.close();
    await registry.close();
  }
});

it('stops the stages of a handed-back run that is cancelled; a replayed request is refused, a late one ends it', async () => {
  const prefix = `${PREFIX}-orphan`;
  const tenant = await seedTenant();
  const connector = await startService({
    redisUrl: REDIS_URL,
    serviceKey: SERVICE_KEY,
    prefix,
    roles: ['coordinator', 'extract'],
    registry: new TenantRegistry([tenant]),
  });
  const client = new ReplanClient({ redisUrl: REDIS_URL, tenant: TENANT, secret: SECRET, prefix });
  const queues = Object.fromEntries(
    (['requests', 'extract', 'plan', 'write'] as const).map((stage) => [
      stage,
      new Queue(queueNames[stage], { connection: redis, prefix }),
    ]),
  );
  let rest: Awaited<ReturnType<typeof startService>> | undefined;
  try {
    const { runId } = await client.requestRun({
      plan: dataset.plan.id,
      planDate: dataset.plan.planDate,
    });
    const stageId = runJobId(TENANT, runId);
    await until(async () => {
      const state = await queues.extract?.getJobState(stageId);
      return state === 'completed' ? state : undefined;
    }, 'the extraction');
    const request = await Job.fromId(queues.requests as Queue, runId);
    await connector.close({ deadline: Date.now() + 100 });
    // Waiting again, its plan and write jobs queued: cancelling removes the request job…
    expect(await client.cancelRun(runId)).toBe('cancelled');
    // …and its stages, taken by an engine and a writer that start now, stop at once.
    rest = await startService({
      redisUrl: REDIS_URL,
      serviceKey: SERVICE_KEY,
      prefix,
      roles: ['plan', 'write'],
      registry: new TenantRegistry([tenant]),
    });
    // The writer checks the cancel key (signed by the tenant) and stops before it flips; the
    // engine, which holds no tenant secret, stops on the abort key the writer then sets, or
    // has already planned.
    const reason = await until(async () => {
      const job = await Job.fromId(queues.write as Queue, stageId);
      return job?.failedReason !== undefined && job.failedReason !== ''
        ? job.failedReason
        : undefined;
    }, 'the write job to stop');
    expect(reason).toBe('run cancelled');
    const plan = await until(async () => {
      const job = await Job.fromId(queues.plan as Queue, stageId);
      return job?.finishedOn !== undefined ? job : undefined;
    }, 'the plan job to end');
    expect(['run cancelled', undefined]).toContain(plan.failedReason);
    const database = rest.registry?.openTenantDatabase(tenant);
    if (database === undefined) throw new Error('no registry');
    expect(await readActiveVersion(database, dataset.plan.id)).toBeUndefined();

    // The same signed request again, once its stage jobs are gone: refused, it already ran.
    await rest.close();
    rest = undefined;
    for (const stage of ['extract', 'plan', 'write'] as const) {
      await (await Job.fromId(queues[stage] as Queue, stageId))?.remove();
    }
    const replay = await startService({
      redisUrl: REDIS_URL,
      serviceKey: SERVICE_KEY,
      prefix,
      roles: ['coordinator'],
      registry: new TenantRegistry([tenant]),
    });
    rest = replay;
    // Replayed under a new job id while its history still says running (no coordinator saw
    // the cancel): refused, a run is accepted from one request job; the history is as it was.
    await queues.requests?.add('run-request', request?.data, { jobId: `${runId}-replayed` });
    const replayRefused = await until(async () => {
      const job = await Job.fromId(queues.requests as Queue, `${runId}-replayed`);
      return job?.failedReason !== undefined && job.failedReason !== ''
        ? job.failedReason
        : undefined;
    }, 'the replay to be refused');
    expect(replayRefused).toBe(
      `run ${runId} was already requested (request job ${runId}): the request was replayed ` +
        `under job ${runId}-replayed, and a run is accepted once`,
    );
    const history = replay.registry?.openTenantDatabase(tenant);
    if (history === undefined) throw new Error('no registry');
    expect(await readRun(history, runId)).toMatchObject({ status: 'running' });
    // Once the record of its request job is gone (it lives 8 days; here removed), a request
    // for the run is judged by its history: running, it is followed as a takeover, finds
    // the cancel and records the run as cancelled…
    await redis.del(acceptedKey(TENANT, runId, prefix));
    await queues.requests?.add('run-request', request?.data, { jobId: `${runId}-late` });
    const replayed = await until(async () => {
      const job = await Job.fromId(queues.requests as Queue, `${runId}-late`);
      return job?.finishedOn !== undefined ? job : undefined;
    }, 'the late request to end');
    expect(replayed.returnvalue).toMatchObject({ runId, status: 'cancelled' });
    expect(await readRun(history, runId)).toMatchObject({ status: 'cancelled' });
    // …and once finished, the same request again is refused: a run id is planned once.
    for (const stage of ['extract', 'plan', 'write'] as const) {
      await (await Job.fromId(queues[stage] as Queue, stageId))?.remove();
    }
    await redis.del(acceptedKey(TENANT, runId, prefix));
    await queues.requests?.add('run-request', request?.data, { jobId: `${runId}-again` });
    const refused = await until(async () => {
      const job = await Job.fromId(queues.requests as Queue, `${runId}-again`);
      return job?.failedReason !== undefined && job.failedReason !== ''
        ? job.failedReason
        : undefined;
    }, 'the second replay to be refused');
    expect(refused).toBe(`run ${runId} has already run (cancelled): a run id is planned once`);
  } finally {
    for (const queue of Object.values(queues)) await queue?.close();
    await client.close();
    await rest?.close();
    await connector.close();
  }
});

it("refuses a finished run's request added again under a new job id; nothing is planned again", async () => {
  const prefix = `${PREFIX}-replay`;
  const registry = new TenantRegistry([await seedTenant()]);
  const tenant = registry.get(TENANT);
  if (tenant === undefined) throw new Error('tenant missing');
  const knex = registry.openTenantDatabase(tenant);
  const service = await startService({
    redisUrl: REDIS_URL,
    serviceKey: SERVICE_KEY,
    prefix,
    roles: ['coordinator', 'extract', 'plan', 'write'],
    registry,
  });
  const client = new ReplanClient({ redisUrl: REDIS_URL, tenant: TENANT, secret: SECRET, prefix });
  const requests = new Queue(queueNames.requests, { connection: redis, prefix });
  try {
    const { runId } = await client.requestRun({
      plan: dataset.plan.id,
      planDate: dataset.plan.planDate,
    });
    expect(await client.waitForRun(runId, { timeoutMs: 20_000 })).toMatchObject({
      status: 'succeeded',
    });
    const before = await readRun(knex, runId);
    expect(before).toMatchObject({ status: 'succeeded', planVersion: 1 });
    // The run's stage jobs are still there (kept a day): without the record of the request
    // job, a replay would look like a coordinator taking the run over.
    const stages = new Queue(queueNames.write, { connection: redis, prefix });
    expect(await stages.getJobState(runJobId(TENANT, runId))).toBe('completed');
    await stages.close();

    const original = await Job.fromId(requests, runId);
    await requests.add('run-request', original?.data, { jobId: `${runId}-replayed` });
    // The client asking after the replayed job is told it failed, and why.
    const outcome = await client.waitForRun(`${runId}-replayed`, { timeoutMs: 20_000 });
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe(
      `run ${runId} was already requested (request job ${runId}): the request was replayed ` +
        `under job ${runId}-replayed, and a run is accepted once`,
    );
    // Nothing planned again: the history row as it was, still version 1 active.
    expect(await readRun(knex, runId)).toEqual(before);
    expect(await readActiveVersion(knex, dataset.plan.id)).toBe(1);
  } finally {
    await requests.close();
    await client.close();
    await service.close();
    await registry.close();
  }
});
