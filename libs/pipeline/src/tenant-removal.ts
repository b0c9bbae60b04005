/**
 * Removing a tenant from the service: every job of the tenant in every queue (with its
 * logs), its runs' streams and abort keys, its cancel and deduplication keys, and its
 * entries in the queues' event streams. Runs still going are stopped first.
 *
 * The tenant registry file is the operator's: the tenant's entry is not removed from it.
 */
import {
  REQUESTS_QUEUE,
  cancelKey,
  cancelValue,
  planDedupId,
  tenantOfCancelValue,
} from '@replan/client';
import {
  checkId,
  deleteKeysMatching,
  deleteTenantKeys,
  forEachKey,
  pipelineStages,
  queueNames,
  tenantRunsKey,
} from '@replan/queue';
import { Queue, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { abortRun } from './abort';

export interface TenantRemoval {
  /** Jobs removed from each queue. */
  jobs: Record<string, number>;
  /** Runs that were still waiting or running. */
  stoppedRuns: string[];
  /** Keys deleted besides the jobs (streams, abort, cancel and deduplication keys). */
  keys: number;
  /** Entries removed from the queues' event streams. */
  events: number;
}

export interface RemoveTenantOptions {
  prefix: string;
  /** How long running jobs get to stop (default 30 s). */
  stopTimeoutMs?: number;
}

const ALL_STATES = [
  'active',
  'waiting',
  'waiting-children',
  'prioritized',
  'delayed',
  'completed',
  'failed',
] as const;

const PAGE = 500;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function tenantOfJob(job: Job): string | undefined {
  const data: unknown = job.data;
  if (typeof data !== 'object' || data === null) return undefined;
  const tenant = (data as { tenant?: unknown }).tenant;
  return typeof tenant === 'string' ? tenant : undefined;
}

async function jobsOfTenant(queue: Queue, tenant: string): Promise<Job[]> {
  const found: Job[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = await queue.getJobs([...ALL_STATES], start, start + PAGE - 1, true);
    for (const job of page) if (tenantOfJob(job) === tenant) found.push(job);
    if (page.length < PAGE) return found;
  }
}

/** Deletes the events of the jobs `isTenantJob` picks from an event stream; returns how many. */
async function deleteEvents(
  redis: Redis,
  key: string,
  isTenantJob: (jobId: string) => boolean,
): Promise<number> {
  let deleted = 0;
  let start = '-';
  for (;;) {
    const entries = await redis.xrange(key, start, '+', 'COUNT', 1000);
    const doomed: string[] = [];
    for (const [id, fields] of entries) {
      for (let i = 0; i + 1 < fields.length; i += 2) {
        if (fields[i] === 'jobId' && isTenantJob(fields[i + 1] ?? '')) doomed.push(id);
      }
    }
    if (doomed.length > 0) deleted += await redis.xdel(key, ...doomed);
    const last = entries[entries.length - 1];
    if (entries.length < 1000 || last === undefined) return deleted;
    start = `(${last[0]}`;
  }
}

/** Removes everything the service holds for `tenant` (see the module comment). */
export async function removeTenant(
  redis: Redis,
  tenant: string,
  options: RemoveTenantOptions,
): Promise<TenantRemoval> {
  checkId('tenant', tenant);
  const { prefix } = options;
  const queues = pipelineStages.map(
    (stage) => new Queue(queueNames[stage], { connection: redis, prefix }),
  );
  try {
    const removal: TenantRemoval = { jobs: {}, stoppedRuns: [], keys: 0, events: 0 };
    const runIds = new Set<string>();
    // Stop the runs still going: the coordinator and the stages see the abort key.
    for (const queue of queues) {
      for (const job of await jobsOfTenant(queue, tenant)) {
        const data = job.data as { runId?: unknown };
        if (typeof data.runId === 'string') runIds.add(data.runId);
        if (job.finishedOn !== undefined || typeof data.runId !== 'string') continue;
        await redis.set(
          cancelKey(prefix, data.runId),
          cancelValue('requested', tenant),
          'EX',
          3600,
        );
        await abortRun(
          redis,
          prefix,
          { tenant, runId: data.runId },
          `tenant ${tenant} was removed`,
        );
        if (!removal.stoppedRuns.includes(data.runId)) removal.stoppedRuns.push(data.runId);
      }
    }
    const deadline = Date.now() + (options.stopTimeoutMs ?? 30_000);
    for (;;) {
      const active: string[] = [];
      for (const queue of queues) {
        for (const job of await jobsOfTenant(queue, tenant)) {
          if ((await job.getState()) === 'active') active.push(`${queue.name}/${job.id ?? ''}`);
        }
      }
      if (active.length === 0) break;
      if (Date.now() >= deadline) {
        throw new Error(
          `tenant ${tenant}: jobs still running after ${options.stopTimeoutMs ?? 30_000} ms: ` +
            `${active.join(', ')}; is a worker stuck? Run the removal again once they stopped`,
        );
      }
      await sleep(200);
    }

    for (const queue of queues) {
      let removed = 0;
      for (const job of await jobsOfTenant(queue, tenant)) {
        await job.remove();
        removed += 1;
      }
      removal.jobs[queue.name] = removed;
    }
    // Runs whose jobs are gone already (finished and expired, or taken off the queue when
    // cancelled) are known by the tenant's run set and by their cancel keys.
    for (const runId of await redis.smembers(tenantRunsKey(tenant, prefix))) runIds.add(runId);
    await forEachKey(redis, cancelKey(prefix, '*'), async (keys) => {
      const values = await redis.mget(...keys);
      keys.forEach((key, i) => {
        const value = values[i];
        if (value !== null && value !== undefined && tenantOfCancelValue(value) === tenant) {
          runIds.add(key.slice(cancelKey(prefix, '').length));
        }
      });
    });
    // Request jobs are named by run id, stage jobs `<tenant>/<runId>`.
    const isTenantJob = (jobId: string): boolean =>
      runIds.has(jobId) || jobId.startsWith(`${tenant}/`);
    for (const queue of queues) {
      removal.events += await deleteEvents(redis, queue.toKey('events'), isTenantJob);
    }
    removal.keys += await deleteTenantKeys(redis, tenant, prefix);
    if (runIds.size > 0) {
      removal.keys += await redis.unlink(...[...runIds].map((id) => cancelKey(prefix, id)));
    }
    // Deduplication keys of the tenant's plans: `<prefix>:<requests>:de:<tenant>-<plan>`,
    // both parts escaped so that one tenant's prefix never matches another's.
    const dedupPrefix = planDedupId(tenant, '');
    removal.keys += await deleteKeysMatching(
      redis,
      `${prefix}:${REQUESTS_QUEUE}:de:${dedupPrefix.replace(/[*?[\]\\]/g, '\\$&')}*`,
    );
    return removal;
  } finally {
    await Promise.all(queues.map((q) => q.close()));
  }
}
