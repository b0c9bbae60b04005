/**
 * ReplanClient against a real Redis (127.0.0.1:6379, or REDIS_URL). Each scenario uses its
 * own BullMQ prefix; every key under the run's prefix is deleted in afterAll.
 */
import { Job, Queue, UnrecoverableError, Worker, type Processor } from 'bullmq';
import {
  REQUESTS_QUEUE,
  RUN_REQUEST_JOB,
  cancelKey,
  decodeRunRequestJob,
  deleteKeysMatching,
  encodeRunRequestJob,
  signRequest,
  verifyRequest,
  type RunRequestJobData,
} from '@replan/queue';
import { Redis } from 'ioredis';
import type { RunCompleted, RunProgress } from '@replan/contracts';
import {
  ReplanClient,
  RunNotFoundError,
  RunWaitTimeoutError,
  isRunOutcome,
  type RunEvent,
} from './client';

jest.setTimeout(20_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const RUN_PREFIX = `replan-test-client-${process.pid}-${Date.now()}`;
const TENANT = 'tenant-a';
const SECRETS = new Map([[TENANT, 'tenant-a-secret']]);
const WAIT = { timeoutMs: 10_000 };

const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
const closers: (() => Promise<unknown>)[] = [];
let scenario = 0;

/** A connection of its own for a queue or worker; BullMQ leaves closing it to us. */
function connection(): Redis {
  const c = redis.duplicate();
  closers.push(async () => c.quit());
  return c;
}

/** A fresh prefix and a client of tenant-a on it. */
function setup(secret = SECRETS.get(TENANT) ?? ''): { prefix: string; client: ReplanClient } {
  scenario += 1;
  const prefix = `${RUN_PREFIX}-${scenario}`;
  const client = new ReplanClient({ redisUrl: REDIS_URL, tenant: TENANT, secret, prefix });
  closers.push(() => client.close());
  return { prefix, client };
}

/** Another client of tenant-a on an existing prefix. */
function setupOn(prefix: string): ReplanClient {
  const client = new ReplanClient({
    redisUrl: REDIS_URL,
    tenant: TENANT,
    secret: SECRETS.get(TENANT) ?? '',
    prefix,
  });
  closers.push(() => client.close());
  return client;
}

function queueOf(prefix: string): Queue<RunRequestJobData> {
  const queue = new Queue<RunRequestJobData>(REQUESTS_QUEUE, {
    connection: connection(),
    prefix,
  });
  closers.push(() => queue.close());
  return queue;
}

function startWorker(prefix: string, processor: Processor<RunRequestJobData>): Worker {
  const worker = new Worker<RunRequestJobData>(REQUESTS_QUEUE, processor, {
    connection: connection(),
    prefix,
  });
  worker.on('error', () => {});
  closers.push(() => worker.close());
  return worker;
}

/** The fake run worker: verifies the request, reports progress, returns a completion. */
const fakeRunWorker: Processor<RunRequestJobData> = async (job) => {
  const request = decodeRunRequestJob(job.data);
  const secret = SECRETS.get(request.tenant);
  const check =
    secret === undefined
      ? { ok: false as const, reason: `unknown tenant ${request.tenant}` }
      : verifyRequest(request, secret);
  if (!check.ok) throw new UnrecoverableError(check.reason);
  const progress: RunProgress = { runId: request.runId, stage: 'plan', rows: 10, percent: 50 };
  await job.updateProgress(progress);
  const completed: RunCompleted = {
    runId: request.runId,
    status: 'succeeded',
    counts: {
      nodes: 2,
      plannedNodes: 2,
      requirements: 3,
      receipts: 1,
      plannedOrders: 1,
      pegging: 2,
      requirementEvents: 4,
    },
    messages: [{ severity: 'warning', code: 'NEG_ONHAND', item: 'A', text: 'negative on-hand' }],
    warnings: [`planned ${request.plan} for ${request.planDate}`],
  };
  return completed;
};

afterAll(async () => {
  for (const close of closers.reverse()) await close();
  await deleteKeysMatching(redis, `${RUN_PREFIX}-*`);
  await redis.quit();
});

describe('ReplanClient with a run worker', () => {
  it('requests a signed run and waits for its completion', async () => {
    const { prefix, client } = setup();
    startWorker(prefix, fakeRunWorker);
    const { runId, queued } = await client.requestRun({
      plan: 'MASTER',
      planDate: '2026-11-24',
      filter: { items: ['A'], bomLevels: 'all' },
    });
    expect(queued).toBe('new');
    expect(runId).toMatch(/^run-[0-9a-f-]{36}$/);
    const outcome = await client.waitForRun(runId, WAIT);
    expect(outcome).toEqual({
      runId,
      status: 'succeeded',
      counts: expect.objectContaining({ plannedOrders: 1 }) as unknown,
      messages: [{ severity: 'warning', code: 'NEG_ONHAND', item: 'A', text: 'negative on-hand' }],
      warnings: ['planned MASTER for 2026-11-24'],
    });
    // Once finished, the outcome is read from the job.
    await expect(client.waitForRun(runId, WAIT)).resolves.toEqual(outcome);
  });

  it('fails an unsigned request with the worker reason', async () => {
    const { prefix, client } = setup();
    startWorker(prefix, fakeRunWorker);
    const signed = signRequest(
      { runId: 'run-unsigned', tenant: TENANT, plan: 'P', planDate: '2026-11-24', requestedAt: 1 },
      'x',
    );
    const { signature: _signature, ...unsigned } = encodeRunRequestJob(signed);
    await queueOf(prefix).add(RUN_REQUEST_JOB, unsigned, { jobId: 'run-unsigned' });
    const outcome = await client.waitForRun('run-unsigned', WAIT);
    expect(outcome.status).toBe('failed');
    expect(outcome.error).toBe('run run-unsigned: request is unsigned');
  });

  it('fails a forged request (wrong secret) with the worker reason', async () => {
    const { prefix, client } = setup('not-the-tenant-secret');
    startWorker(prefix, fakeRunWorker);
    const { runId } = await client.requestRun({ plan: 'MASTER' });
    const outcome = await client.waitForRun(runId, WAIT);
    expect(outcome).toMatchObject({ runId, status: 'failed', messages: [], warnings: [] });
    expect(outcome.error).toContain('forged');
  });

  it('subscribe delivers progress, then the outcome', async () => {
    const { prefix, client } = setup();
    const { runId } = await client.requestRun({ plan: 'MASTER' });
    const events: RunEvent[] = [];
    const ended = new Promise<void>((resolve) => {
      client.subscribe(runId, (event) => {
        events.push(event);
        if (isRunOutcome(event)) resolve();
      });
    });
    // Start the worker only once the subscription is listening.
    await new Promise((resolve) => setTimeout(resolve, 200));
    startWorker(prefix, fakeRunWorker);
    await ended;
    expect(events).toEqual([
      { runId, stage: 'plan', rows: 10, percent: 50 },
      expect.objectContaining({ runId, status: 'succeeded' }) as unknown,
    ]);
  });

  it('cancels an active run through the cancel key the worker checks', async () => {
    const { prefix, client } = setup();
    let started!: () => void;
    const isActive = new Promise<void>((resolve) => (started = resolve));
    startWorker(prefix, async (job) => {
      started();
      const key = cancelKey(prefix, job.data.runId);
      for (let i = 0; i < 100; i++) {
        if ((await redis.exists(key)) === 1) {
          return { runId: job.data.runId, status: 'cancelled', messages: [], warnings: [] };
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error('never cancelled');
    });
    const { runId } = await client.requestRun({ plan: 'MASTER' });
    await isActive;
    // While the run is active, a new request for its plan gets the running run.
    await expect(client.requestRun({ plan: 'MASTER' })).resolves.toEqual({
      runId,
      queued: 'alreadyQueued',
    });
    await expect(client.cancelRun(runId)).resolves.toBe('cancelled');
    await expect(client.waitForRun(runId, WAIT)).resolves.toMatchObject({ status: 'cancelled' });
    await expect(client.cancelRun(runId)).resolves.toBe('alreadyFinished');
  });
});

describe('ReplanClient without a worker', () => {
  it('queues a second request for a waiting plan once', async () => {
    const { prefix, client } = setup();
    const first = await client.requestRun({ plan: 'MASTER' });
    const second = await client.requestRun({ plan: 'MASTER', planDate: '2026-12-01' });
    expect(first.queued).toBe('new');
    expect(second).toEqual({ runId: first.runId, queued: 'alreadyQueued' });
    const other = await client.requestRun({ plan: 'WEEKLY' });
    expect(other.queued).toBe('new');
    const queue = queueOf(prefix);
    expect(await queue.getWaitingCount()).toBe(2);
    // Another tenant's plan of the same name is its own run.
    const otherTenant = new ReplanClient({
      redisUrl: REDIS_URL,
      tenant: 'tenant-b',
      secret: 's',
      prefix,
    });
    closers.push(() => otherTenant.close());
    expect((await otherTenant.requestRun({ plan: 'MASTER' })).queued).toBe('new');
  });

  it('cancels a waiting run: the job is gone, waiters see it cancelled', async () => {
    const { prefix, client } = setup();
    const { runId } = await client.requestRun({ plan: 'MASTER' });
    const waiting = client.waitForRun(runId, WAIT);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await expect(client.cancelRun(runId)).resolves.toBe('cancelled');
    await expect(waiting).resolves.toMatchObject({ runId, status: 'cancelled' });
    expect(await Job.fromId(queueOf(prefix), runId)).toBeUndefined();
    await expect(client.waitForRun(runId, WAIT)).resolves.toMatchObject({ status: 'cancelled' });
    await expect(client.cancelRun(runId)).resolves.toBe('notFound');
    // The plan can be requested again.
    expect((await client.requestRun({ plan: 'MASTER' })).queued).toBe('new');
  });

  it('does not show or cancel another tenant’s run', async () => {
    const { prefix, client } = setup();
    const { runId } = await client.requestRun({ plan: 'MASTER' });
    const other = new ReplanClient({
      redisUrl: REDIS_URL,
      tenant: 'tenant-b',
      secret: 's',
      prefix,
    });
    closers.push(() => other.close());
    await expect(other.cancelRun(runId)).resolves.toBe('notFound');
    await expect(other.waitForRun(runId, WAIT)).rejects.toBeInstanceOf(RunNotFoundError);
  });

  it('rejects unknown runs and times out on runs that do not finish', async () => {
    const { client } = setup();
    await expect(client.waitForRun('run-unknown', WAIT)).rejects.toBeInstanceOf(RunNotFoundError);
    const { runId } = await client.requestRun({ plan: 'MASTER' });
    await expect(client.waitForRun(runId, { timeoutMs: 300 })).rejects.toBeInstanceOf(
      RunWaitTimeoutError,
    );
  });

  it('stops a subscription on unsubscribe', async () => {
    const { prefix, client } = setup();
    const { runId } = await client.requestRun({ plan: 'MASTER' });
    const events: RunEvent[] = [];
    const unsubscribe = client.subscribe(runId, (event) => events.push(event));
    await new Promise((resolve) => setTimeout(resolve, 100));
    unsubscribe();
    startWorker(prefix, fakeRunWorker);
    await expect(client.waitForRun(runId, WAIT)).resolves.toMatchObject({ status: 'succeeded' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).toEqual([]);
  });

  it('ends open waits on close and refuses requests after it', async () => {
    const { prefix, client } = setup();
    const { runId } = await client.requestRun({ plan: 'MASTER' });
    const waiting = client.waitForRun(runId, WAIT);
    await new Promise((resolve) => setTimeout(resolve, 100));
    await client.close();
    await expect(waiting).rejects.toThrow(`ReplanClient closed before run ${runId} finished`);
    await expect(client.requestRun({ plan: 'MASTER' })).rejects.toThrow('closed');
    await expect(client.waitForRun(runId, WAIT)).rejects.toThrow('closed');
    // The run is still there for another client.
    await expect(setupOn(prefix).cancelRun(runId)).resolves.toBe('cancelled');
  });

  it('validates its input', async () => {
    const { client } = setup();
    await expect(client.requestRun({ plan: '' })).rejects.toThrow('plan');
    await expect(client.requestRun({ plan: 'P', planDate: '24.11.2026' })).rejects.toThrow(
      'planDate',
    );
    expect(() => new ReplanClient({ tenant: TENANT, secret: 's' })).toThrow('redisUrl');
    expect(() => new ReplanClient({ redisUrl: REDIS_URL, tenant: 'a:b', secret: 's' })).toThrow(
      'tenant',
    );
  });
});
