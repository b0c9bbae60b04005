/**
 * `removeTenant` against a real Redis (127.0.0.1:6379, or REDIS_URL): two tenants run
 * plans through the service; removing one leaves no key, job or event of it behind and
 * leaves the other tenant's untouched.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplanClient } from '@replan/client';
import type { Dataset } from '@replan/engine';
import { encodeRunRequestJob, pipelineStages, queueNames, signRequest } from '@replan/queue';
import { loadDataset, migrateLatest } from '@replan/sql';
import { Job, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { startServe } from './serve';
import { removeTenant } from './tenant-removal';
import { TenantRegistry } from './tenants';
import { releaseSqliteAddon } from '@replan/testing';

jest.setTimeout(30_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-removal-${process.pid}-${Date.now()}`;
const dataset = JSON.parse(
  readFileSync(join(__dirname, '..', '..', '..', 'examples', 'bike-shop.json'), 'utf8'),
) as Dataset;
const planDate = dataset.plan.planDate;

const SERVICE_KEY = 'removal-test-service-key-0123456789abcdef';
const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
let dir: string;

async function allKeys(): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, page] = await redis.scan(cursor, 'MATCH', `${PREFIX}:*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...page);
  } while (cursor !== '0');
  return keys;
}

afterAll(async () => {
  const keys = await allKeys();
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  releaseSqliteAddon();
});

it('removes every key, job and event of one tenant, and only of that tenant', async () => {
  dir = mkdtempSync(join(tmpdir(), 'replan-removal-'));
  const tenants = ['gone', 'kept'].map((id) => ({
    id,
    secret: `${id}-secret`,
    database: { client: 'better-sqlite3' as const, connection: join(dir, `${id}.sqlite`) },
  }));
  const registry = new TenantRegistry(tenants);
  for (const tenant of tenants) {
    const knex = registry.openTenantDatabase(tenant);
    await migrateLatest(knex);
    await loadDataset(knex, dataset);
  }
  const server = await startServe({
    redisUrl: REDIS_URL,
    registry,
    prefix: PREFIX,
    serviceKey: SERVICE_KEY,
  });
  const clients = tenants.map(
    (t) =>
      new ReplanClient({ redisUrl: REDIS_URL, tenant: t.id, secret: t.secret, prefix: PREFIX }),
  );
  const [gone, kept] = clients;
  if (gone === undefined || kept === undefined) throw new Error('clients missing');
  try {
    const runs: Record<string, string> = {};
    for (const [name, client] of [
      ['gone', gone],
      ['kept', kept],
    ] as const) {
      const { runId } = await client.requestRun({ plan: dataset.plan.id, planDate });
      expect(await client.waitForRun(runId, { timeoutMs: 20_000 })).toMatchObject({
        status: 'succeeded',
      });
      runs[name] = runId;
    }
    // A request queued by a producer of its own under a job id that is not its run id: its
    // events name the job id, its completion value the run.
    const otherRunId = 'run-named-otherwise';
    const requestsQueue = new Queue(queueNames.requests, { connection: redis, prefix: PREFIX });
    const otherJob = await requestsQueue.add(
      'run-request',
      encodeRunRequestJob(
        signRequest(
          {
            runId: otherRunId,
            tenant: 'gone',
            plan: dataset.plan.id,
            planDate,
            requestedAt: Date.now(),
          },
          'gone-secret',
        ),
      ),
      { jobId: 'job-not-named-by-its-run' },
    );
    const eventsConnection = redis.duplicate();
    const otherEvents = new QueueEvents(queueNames.requests, {
      connection: eventsConnection,
      prefix: PREFIX,
    });
    await otherEvents.waitUntilReady();
    await otherJob.waitUntilFinished(otherEvents, 20_000).catch(() => undefined);
    await otherEvents.close();
    eventsConnection.disconnect();
    await server.close();
    // The finished request job has aged out (as removeOnComplete does after a day), but its
    // events are still in the queue's event stream.
    await (await Job.fromId(requestsQueue, runs.gone ?? ''))?.remove();
    await (await Job.fromId(requestsQueue, 'job-not-named-by-its-run'))?.remove();
    const eventsKey = requestsQueue.toKey('events');
    const namingOther = async (): Promise<number> =>
      (await redis.xrange(eventsKey, '-', '+')).filter(([, fields]) =>
        fields.some((f) => f.includes(otherRunId)),
      ).length;
    expect(await namingOther()).toBeGreaterThan(0);
    await requestsQueue.close();
    // A request left waiting (no worker runs now) holds the plan's deduplication key, and
    // a cancelled one its cancel key.
    const waiting = await gone.requestRun({ plan: dataset.plan.id, planDate });
    const cancelled = await gone.requestRun({ plan: 'OTHER-PLAN', planDate });
    expect(await gone.cancelRun(cancelled.runId)).toBe('cancelled');

    const goneRuns = [runs.gone ?? '', waiting.runId, cancelled.runId, otherRunId];
    const before = await allKeys();
    expect(before.some((k) => k.includes(waiting.runId))).toBe(true);
    expect(before.some((k) => k.includes(':de:gone-'))).toBe(true);

    const removal = await removeTenant(redis, 'gone', {
      prefix: PREFIX,
      serviceKey: SERVICE_KEY,
    });
    // The two finished runs left three stage jobs each; the waiting and the cancelled
    // requests one request job (the cancelled one was taken off the queue).
    expect(removal.jobs[queueNames.requests]).toBe(1);
    expect(removal.jobs[queueNames.extract]).toBe(2);
    expect(removal.jobs[queueNames.plan]).toBe(2);
    expect(removal.jobs[queueNames.write]).toBe(2);
    expect(removal.stoppedRuns).toEqual([waiting.runId]);

    const after = await allKeys();
    const leftovers = after.filter(
      (k) => k.includes(':gone') || k.includes('gone/') || goneRuns.some((id) => k.includes(id)),
    );
    expect(leftovers).toEqual([]);
    for (const stage of pipelineStages) {
      const queue = new Queue(queueNames[stage], { connection: redis, prefix: PREFIX });
      const jobs = await queue.getJobs(['completed', 'failed', 'waiting', 'active', 'delayed']);
      expect(jobs.filter((j) => (j.data as { tenant?: string }).tenant === 'gone')).toEqual([]);
      // The other tenant's finished run is still there.
      expect(jobs.some((j) => (j.data as { tenant?: string }).tenant === 'kept')).toBe(true);
      const events = await redis.xrange(queue.toKey('events'), '-', '+');
      const mentions = events.filter(([, fields]) =>
        fields.some(
          (f) =>
            f === 'gone/' + (runs.gone ?? '') ||
            goneRuns.some((id) => f.includes(id)) ||
            f === 'job-not-named-by-its-run',
        ),
      );
      expect(mentions).toEqual([]);
      await queue.close();
    }
  } finally {
    for (const client of clients) await client.close();
    await server.close();
  }
});
