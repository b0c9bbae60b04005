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
  checkId,
  deleteKeysMatching,
  deleteTenantKeys,
  forEachKey,
  pipelineStages,
  planDedupId,
  queueNames,
  tenantOfCancelValue,
  tenantRunsKey,
  type SigningKey,
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
  /**
   * The service key (REPLAN_SERVICE_KEY): signs the cancel and abort keys that stop the
   * tenant's runs still going. Needed only when some are.
   */
  serviceKey?: SigningKey;
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

/** Calls `each` with every event of an event stream: its job id and its other values. */
async function forEachEvent(
  redis: Redis,
  key: string,
  each: (id: string, jobId: string, values: readonly string[]) => void,
): Promise<void> {
  let start = '-';
  for (;;) {
    const entries = await redis.xrange(key, start, '+', 'COUNT', 1000);
    for (const [id, fields] of entries) {
      let jobId = '';
      const values: string[] = [];
      for (let i = 0; i + 1 < fields.length; i += 2) {
        if (fields[i] === 'jobId') jobId = fields[i + 1] ?? '';
        else values.push(fields[i + 1] ?? '');
      }
      each(id, jobId, values);
    }
    const last = entries[entries.length - 1];
    if (entries.length < 1000 || last === undefined) return;
    start = `(${last[0]}`;
  }
}

/**
 * Deletes the events of the tenant's jobs from an event stream; returns how many. A job is
 * the tenant's when `isTenantJob` says so, or when one of its events carries a value (a
 * completion or progress value, a failure reason) naming one of `runIds`: every event of
 * that job goes, its `added` and `active` events too.
 */
async function deleteEvents(
  redis: Redis,
  key: string,
  isTenantJob: (jobId: string) => boolean,
  runIds: ReadonlySet<string>,
): Promise<number> {
  const named = new Set<string>();
  await forEachEvent(redis, key, (_id, jobId, values) => {
    if (values.some((value) => idWords(value).some((word) => runIds.has(word)))) {
      named.add(jobId);
    }
  });
  const doomed: string[] = [];
  await forEachEvent(redis, key, (id, jobId) => {
    if (isTenantJob(jobId) || named.has(jobId)) doomed.push(id);
  });
  let deleted = 0;
  for (let i = 0; i < doomed.length; i += 1000) {
    deleted += await redis.xdel(key, ...doomed.slice(i, i + 1000));
  }
  return deleted;
}

/** The id-like words of a text (what a run id can be), e.g. of an event's JSON value. */
function idWords(text: string): string[] {
  return text.split(/[^A-Za-z0-9_.-]+/).filter((word) => word !== '');
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
    /** The ids of the tenant's jobs: a request's job id need not be its run id. */
    const jobIds = new Set<string>();
    // Stop the runs still going: the coordinator and the stages see the abort key.
    for (const queue of queues) {
      for (const job of await jobsOfTenant(queue, tenant)) {
        const data = job.data as { runId?: unknown };
        if (typeof data.runId === 'string') runIds.add(data.runId);
        if (job.id !== undefined) jobIds.add(job.id);
        if (job.finishedOn !== undefined || typeof data.runId !== 'string') continue;
        if (!removal.stoppedRuns.includes(data.runId)) removal.stoppedRuns.push(data.runId);
        const { serviceKey } = options;
        if (serviceKey === undefined || serviceKey.length === 0) {
          // A job no worker holds is removed below; one running can only be stopped by a
          // signed stop.
          if ((await job.getState()) !== 'active') continue;
          throw new Error(
            `tenant ${tenant}: run ${data.runId} is still going and only the service key can ` +
              'stop it: set REPLAN_SERVICE_KEY (as in the service) and remove the tenant again',
          );
        }
        await redis.set(
          cancelKey(prefix, data.runId),
          cancelValue('requested', tenant, data.runId, serviceKey, 'service'),
          'EX',
          3600,
        );
        await abortRun(
          redis,
          prefix,
          { tenant, runId: data.runId },
          `tenant ${tenant} was removed`,
          serviceKey,
        );
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
    // Request jobs are named by run id (by the client; a producer may name them otherwise),
    // stage jobs `<tenant>/<runId>`. The event of a job that is gone and was not named by its
    // run id is known by its data: a completion or progress value naming one of the runs.
    const isTenantJob = (jobId: string): boolean =>
      runIds.has(jobId) || jobIds.has(jobId) || jobId.startsWith(`${tenant}/`);
    for (const queue of queues) {
      removal.events += await deleteEvents(redis, queue.toKey('events'), isTenantJob, runIds);
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
