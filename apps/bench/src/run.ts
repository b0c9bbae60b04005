/**
 * One run through the real pipeline, measured: requested with ReplanClient, followed with a
 * progress listener, Redis memory sampled while it runs, and each stage's job read from its
 * queue afterwards (processedOn → finishedOn and the stage's return value).
 */
import { ReplanClient, type RunEvent, type RunOutcome } from '@replan/client';
import { PARTITION_QUEUE } from '@replan/pipeline';
import { queueNames, runJobId, streamKey } from '@replan/queue';
import { engineFigures, type EngineFigures } from './engines';
import { Redis } from 'ioredis';

import type { RunFigures, StageFigures } from './figures';

export interface RunTarget {
  redisUrl: string;
  prefix: string;
  tenant: string;
  secret: string;
  plan: string;
  planDate: string;
  timeoutMs: number;
  /** Engine processes (for the figures; default 1). */
  engines?: number;
  onEvent?: (event: RunEvent) => void;
}

export interface MeasuredRun {
  outcome: RunOutcome;
  figures: Omit<RunFigures, 'extract' | 'plan' | 'write'>;
  engines: EngineFigures;
  stages: Pick<RunFigures, 'extract' | 'plan' | 'write'>;
}

/** Samples Redis memory: the run's stream keys (MEMORY USAGE) and used_memory. */
class RedisSampler {
  streamPeak = 0;
  usedPeak = 0;
  samples = 0;
  private baseline = 0;
  private timer: NodeJS.Timeout | undefined;
  private busy = false;

  constructor(
    private readonly redis: Redis,
    private readonly keys: () => string[],
  ) {}

  async start(intervalMs: number): Promise<void> {
    this.baseline = await this.usedMemory();
    this.timer = setInterval(() => void this.sample(), intervalMs);
  }

  async stop(): Promise<void> {
    if (this.timer !== undefined) clearInterval(this.timer);
    await this.sample();
  }

  private async usedMemory(): Promise<number> {
    const info = await this.redis.info('memory');
    const match = /^used_memory:(\d+)/m.exec(info);
    return match?.[1] === undefined ? 0 : Number(match[1]);
  }

  private async sample(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      let streams = 0;
      for (const key of this.keys()) {
        const bytes = (await this.redis.call('MEMORY', 'USAGE', key, 'SAMPLES', '0')) as
          number | null;
        streams += bytes ?? 0;
      }
      const used = (await this.usedMemory()) - this.baseline;
      this.streamPeak = Math.max(this.streamPeak, streams);
      this.usedPeak = Math.max(this.usedPeak, used);
      this.samples++;
    } catch {
      // a sample lost to a busy Redis is not a failure of the run
    } finally {
      this.busy = false;
    }
  }
}

interface StageJob {
  processedOn: number;
  finishedOn: number;
  value: Record<string, unknown>;
  /** Why the job failed, when it did (the run may still have succeeded: see stageFigures). */
  failedReason?: string;
}

async function readStageJob(
  redis: Redis,
  prefix: string,
  queue: string,
  jobId: string,
): Promise<StageJob> {
  const [processedOn, finishedOn, returnvalue, failedReason] = await redis.hmget(
    `${prefix}:${queue}:${jobId}`,
    'processedOn',
    'finishedOn',
    'returnvalue',
    'failedReason',
  );
  if (processedOn == null || finishedOn == null) {
    const reason = failedReason == null || failedReason === '' ? '' : `: ${failedReason}`;
    throw new Error(`the ${queue} job ${jobId} did not finish${reason}`);
  }
  const value: unknown = returnvalue == null ? {} : JSON.parse(returnvalue);
  const job: StageJob = {
    processedOn: Number(processedOn),
    finishedOn: Number(finishedOn),
    value: typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {},
  };
  if (failedReason != null && failedReason !== '') job.failedReason = failedReason;
  return job;
}

function numberField(value: Record<string, unknown>, field: string): number {
  const n = value[field];
  return typeof n === 'number' ? n : 0;
}

function phasesOf(value: Record<string, unknown>): Record<string, number> {
  const phases = value.phases;
  const out: Record<string, number> = {};
  if (typeof phases !== 'object' || phases === null) return out;
  for (const [name, ms] of Object.entries(phases)) if (typeof ms === 'number') out[name] = ms;
  return out;
}

/**
 * A stage's figures. Its waiting time is the sum of its phases that wait for its input
 * stream (`wait`, `wait…`); its working time the sum of its other phases; without phases,
 * the job's whole time is working time.
 */
export function stageFigures(
  job: StageJob,
  requestedAt: number,
  rows: number,
  unit: string,
): StageFigures {
  const phases = phasesOf(job.value);
  const ms = job.finishedOn - job.processedOn;
  const names = Object.keys(phases);
  const waiting = (name: string): boolean => name.startsWith('wait');
  const sum = (list: string[]): number =>
    list.reduce((total, name) => total + (phases[name] ?? 0), 0);
  const working = names.filter((name) => !waiting(name));
  const busyMs = working.length === 0 ? ms : sum(working);
  const waitMs = sum(names.filter(waiting));
  const figures: StageFigures = {
    startMs: job.processedOn - requestedAt,
    ms,
    rows,
    unit,
    busyMs,
    waitMs,
    phases,
  };
  // A stage job can fail after its work committed (e.g. its lock lost on a loaded machine,
  // the run's outcome then read from the database): its figures are then not the stage's.
  if (job.failedReason !== undefined) figures.failedReason = job.failedReason;
  return figures;
}

export async function measureRun(target: RunTarget): Promise<MeasuredRun> {
  const redis = new Redis(target.redisUrl, { maxRetriesPerRequest: null });
  const client = new ReplanClient({
    redisUrl: target.redisUrl,
    tenant: target.tenant,
    secret: target.secret,
    prefix: target.prefix,
  });
  let runId: string | undefined;
  const keys = (): string[] =>
    runId === undefined
      ? []
      : [
          streamKey(target.tenant, runId, 'snapshot', target.prefix),
          streamKey(target.tenant, runId, 'result', target.prefix),
        ];
  const sampler = new RedisSampler(redis, keys);
  try {
    await sampler.start(100);
    const requestedAt = Date.now();
    const requested = await client.requestRun({ plan: target.plan, planDate: target.planDate });
    runId = requested.runId;
    const unsubscribe =
      target.onEvent === undefined ? undefined : client.subscribe(runId, target.onEvent);
    const outcome = await client.waitForRun(runId, { timeoutMs: target.timeoutMs });
    const totalMs = Date.now() - requestedAt;
    unsubscribe?.();
    await sampler.stop();
    if (outcome.status !== 'succeeded') {
      throw new Error(`the run ${outcome.status}: ${outcome.error ?? 'no reason given'}`);
    }
    const jobId = runJobId(target.tenant, runId);
    const extract = await readStageJob(redis, target.prefix, queueNames.extract, jobId);
    const plan = await readStageJob(redis, target.prefix, queueNames.plan, jobId);
    const write = await readStageJob(redis, target.prefix, queueNames.write, jobId);
    const engines = await engineFigures(
      redis,
      target.engines ?? 1,
      plan,
      (p) => `${target.prefix}:${PARTITION_QUEUE}:${jobId}/p${p}`,
    );
    return {
      outcome,
      engines,
      figures: {
        totalMs,
        streamPeakBytes: sampler.streamPeak,
        redisUsedPeakBytes: sampler.usedPeak,
        redisSamples: sampler.samples,
      },
      stages: {
        extract: stageFigures(extract, requestedAt, numberField(extract.value, 'rows'), 'rows'),
        plan: stageFigures(plan, requestedAt, numberField(plan.value, 'events'), 'events'),
        write: stageFigures(write, requestedAt, numberField(write.value, 'rows'), 'rows'),
      },
    };
  } finally {
    await sampler.stop().catch(() => undefined);
    await client.close();
    redis.disconnect();
  }
}

/** Deletes every key under the prefix (queues and run streams of the benchmark). */
export async function deletePrefixKeys(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

export async function redisVersion(redisUrl: string): Promise<string> {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 3 });
  try {
    const info = await redis.info('server');
    return /^redis_version:(\S+)/m.exec(info)?.[1] ?? '?';
  } finally {
    redis.disconnect();
  }
}
