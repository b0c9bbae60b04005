/**
 * The run coordinator: processes a request job (in the connector). It checks the request
 * (registered tenant, valid signature), records the run, queues the run's three stage jobs
 * at once — extract (connector), plan (engine), write (writer), which talk through the
 * run's Redis streams, so the engine reads the snapshot while it is being extracted — and
 * follows them to the end. The job's return value is the run's outcome (a RunCompleted),
 * which the client's waitForRun reads.
 *
 * A bad request (unreadable, unknown tenant, forged or expired signature) throws an
 * UnrecoverableError: the job fails at once, without retries, with the reason, and nothing
 * is read from or written to any tenant database.
 *
 * When the run is cancelled or a stage fails, the coordinator sets the run's abort key:
 * the other stages stop at once and the old plan stays active. A coordinator that dies is
 * replaced by another (BullMQ hands the stalled request job over); re-adding the stage jobs
 * with their fixed ids finds the running ones, so the new coordinator follows the same run.
 */
import {
  RunRequestDataError,
  cancelKey,
  decodeRunRequestJob,
  verifyRequest,
  type ReceivedRunRequest,
} from '@replan/client';
import type { RunCompleted } from '@replan/contracts';
import type { RunMessage } from '@replan/engine';
import { runLogger, type Logger } from '@replan/observability';
import {
  TENANT_RUNS_TTL_SECONDS,
  deleteRunKeys,
  runJobId,
  tenantRunsKey,
  streamKey,
  type JobPayloads,
  type RunJobBase,
  type WorkerStage,
} from '@replan/queue';
import { readRun, recordRun } from '@replan/sql';
import { Job, UnrecoverableError, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import { abortReason, abortRun } from './abort';
import type { StageProgress } from './context';
import type { PlanOutcome } from './plan';
import { tenantOf } from './tenant-of';
import type { TenantRegistry } from './tenants';

export interface CoordinatorContext {
  redis: Redis;
  registry: TenantRegistry;
  log: Logger;
  prefix: string;
  /** The queues of the three stages. */
  stageQueues: Record<WorkerStage, Queue>;
  progress(progress: StageProgress): Promise<void>;
  /** How often the stage jobs and the cancel key are looked at, in ms (default 100). */
  pollMs?: number;
  /** How long stages still running get to stop after the run was stopped (default 30 s). */
  stopGraceMs?: number;
  /**
   * Aborted when the process shuts down: the coordinator stops following the run and
   * throws RunHandedBackError, and the job goes back to the queue for another connector.
   */
  handBack?: AbortSignal;
  /** How old a new request may be when this coordinator first takes it (ms). */
  requestMaxAgeMs?: number;
}

const STAGES: readonly WorkerStage[] = ['extract', 'plan', 'write'];

/** Finished stage jobs are kept a day (the dashboard shows them), failed ones a week. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 10_000 };
const KEEP_FAILED = { age: 7 * 24 * 3600 };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Reads and verifies a request job; throws UnrecoverableError when it must not run: an
 * unreadable job, an unknown tenant, a missing or forged signature, or (unless `allowAged`)
 * a request signed too long ago or in the future. The age is judged now: a job's own
 * timestamp is the producer's to set, so it cannot vouch for a request.
 */
export function checkRequest(
  data: unknown,
  registry: TenantRegistry,
  options: { allowAged?: boolean; maxAgeMs?: number } = {},
): ReceivedRunRequest {
  let request: ReceivedRunRequest;
  try {
    request = decodeRunRequestJob(data);
  } catch (error) {
    if (error instanceof RunRequestDataError) throw new UnrecoverableError(error.message);
    throw error;
  }
  const tenant = tenantOf(registry, request.tenant);
  const check = verifyRequest(
    request,
    tenant.secret,
    options.allowAged === true
      ? { maxAgeMs: Number.POSITIVE_INFINITY, maxSkewMs: Number.POSITIVE_INFINITY }
      : options.maxAgeMs !== undefined
        ? { maxAgeMs: options.maxAgeMs }
        : {},
  );
  if (!check.ok) throw new UnrecoverableError(check.reason);
  return request;
}

/** The coordinator was told to give its run back to the queue (shutdown). */
export class RunHandedBackError extends Error {
  override name = 'RunHandedBackError';
}

function countSeverity(messages: readonly RunMessage[], severity: RunMessage['severity']): number {
  return messages.filter((m) => m.severity === severity).length;
}

/** The job data of each stage of a run. */
function stagePayloads(request: ReceivedRunRequest, prefix: string): JobPayloads {
  const base: RunJobBase = {
    runId: request.runId,
    tenant: request.tenant,
    plan: request.plan,
    planDate: request.planDate,
    requestedAt: request.requestedAt,
  };
  if (request.filter !== undefined) base.filter = request.filter;
  const snapshotKey = streamKey(request.tenant, request.runId, 'snapshot', prefix);
  const resultKey = streamKey(request.tenant, request.runId, 'result', prefix);
  return {
    extract: { ...base, snapshotKey },
    plan: { ...base, snapshotKey, resultKey },
    write: { ...base, resultKey },
  };
}

type StageState =
  | { stage: WorkerStage; state: 'pending' }
  | { stage: WorkerStage; state: 'completed'; value: unknown }
  | { stage: WorkerStage; state: 'failed'; reason: string };

async function stageState(queue: Queue, stage: WorkerStage, id: string): Promise<StageState> {
  // The state alone while the job runs: its return value is read once, when it is done.
  const state = await queue.getJobState(id);
  if (state !== 'completed' && state !== 'failed' && state !== 'unknown') {
    return { stage, state: 'pending' };
  }
  const job = await Job.fromId(queue, id);
  if (job === undefined)
    return { stage, state: 'failed', reason: `the ${stage} job ${id} is gone` };
  if (job.finishedOn === undefined) return { stage, state: 'pending' };
  if (job.failedReason !== undefined && job.failedReason !== '') {
    return { stage, state: 'failed', reason: job.failedReason };
  }
  return { stage, state: 'completed', value: job.returnvalue };
}

function isFailedPlan(value: unknown): value is Extract<PlanOutcome, { ok: false }> {
  return typeof value === 'object' && value !== null && (value as PlanOutcome).ok === false;
}

/** The request processor: one run, from its request to its outcome. */
export async function processRequest(
  data: unknown,
  ctx: CoordinatorContext,
): Promise<RunCompleted> {
  const request = checkRequest(data, ctx.registry, { allowAged: true });
  const tenant = tenantOf(ctx.registry, request.tenant);
  const knex = ctx.registry.openTenantDatabase(tenant);
  const { runId } = request;
  const run = { tenant: request.tenant, runId };
  const log = runLogger(ctx.log, run);
  const pollMs = ctx.pollMs ?? 100;
  const jobId = runJobId(request.tenant, runId);

  // A coordinator may be taking over a run whose first coordinator stopped: the run's
  // history row or its stage jobs tell.
  const previous = await readRun(knex, runId);
  const stageJobs = await Promise.all(
    STAGES.map((stage) => ctx.stageQueues[stage].getJobState(jobId)),
  );
  const stagesExist = stageJobs.some((state) => state !== 'unknown');
  const resuming = stagesExist || previous?.status === 'running';
  if (!resuming) {
    if (previous !== undefined) {
      throw new UnrecoverableError(
        `run ${runId} has already run (${previous.status}): a run id is planned once`,
      );
    }
    checkRequest(
      data,
      ctx.registry,
      ctx.requestMaxAgeMs !== undefined ? { maxAgeMs: ctx.requestMaxAgeMs } : {},
    );
  }
  const finished = previous !== undefined && previous.status !== 'running';
  const startedAt =
    typeof previous?.startedAt === 'string' ? previous.startedAt : new Date().toISOString();
  const history = {
    runId,
    planId: request.plan,
    requestedAt: new Date(request.requestedAt).toISOString(),
    startedAt,
  };
  const finish = async (outcome: RunCompleted, record: boolean): Promise<RunCompleted> => {
    await deleteRunKeys(ctx.redis, request.tenant, runId, ctx.prefix);
    if (record) {
      const entry: Parameters<typeof recordRun>[1] = {
        ...history,
        status: outcome.status,
        finishedAt: new Date().toISOString(),
        errorCount: countSeverity(outcome.messages, 'error'),
        warningCount: countSeverity(outcome.messages, 'warning'),
        infoCount: countSeverity(outcome.messages, 'info'),
      };
      if (outcome.error !== undefined) entry.error = outcome.error;
      await recordRun(knex, entry);
    }
    const level = outcome.status === 'succeeded' ? 'info' : 'warn';
    log[level]({ status: outcome.status, error: outcome.error }, `run ${outcome.status}`);
    return outcome;
  };
  const stopped = (
    status: 'failed' | 'cancelled',
    error: string,
    messages: RunMessage[] = [],
  ): RunCompleted => ({
    runId,
    status,
    messages,
    warnings: messages.filter((m) => m.severity === 'warning').map((m) => m.text),
    error,
  });

  // Cancelled before any stage was queued: nothing to stop.
  if (!stagesExist && (await ctx.redis.exists(cancelKey(ctx.prefix, runId))) > 0) {
    return finish(stopped('cancelled', 'run cancelled'), true);
  }
  // A finished row (the writer recorded success before the first coordinator stopped) is
  // never overwritten.
  if (!finished) await recordRun(knex, { ...history, status: 'running' });
  await ctx.redis
    .multi()
    .sadd(tenantRunsKey(request.tenant, ctx.prefix), runId)
    .expire(tenantRunsKey(request.tenant, ctx.prefix), TENANT_RUNS_TTL_SECONDS)
    .exec();
  log.info(resuming ? `run taken over: plan ${request.plan}` : `run started: plan ${request.plan}`);
  await ctx.progress({ stage: 'extract', rows: 0, percent: 0 });

  try {
    const payloads = stagePayloads(request, ctx.prefix);
    for (const stage of STAGES) {
      // A job with this id that still exists is returned as it is: a coordinator taking
      // over a run follows the stage jobs already there.
      await ctx.stageQueues[stage].add(stage, payloads[stage], {
        jobId,
        attempts: 1,
        removeOnComplete: KEEP_COMPLETED,
        removeOnFail: KEEP_FAILED,
      });
    }

    let stopReason: { status: 'failed' | 'cancelled'; error: string; messages?: RunMessage[] };
    for (;;) {
      if ((await ctx.redis.exists(cancelKey(ctx.prefix, runId))) > 0) {
        stopReason = { status: 'cancelled', error: 'run cancelled' };
        break;
      }
      const states = await Promise.all(
        STAGES.map((stage) => stageState(ctx.stageQueues[stage], stage, jobId)),
      );
      const failed = states.find((s) => s.state === 'failed');
      const plan = states[1];
      const write = states[2];
      if (failed !== undefined && failed.state === 'failed') {
        const aborted = await abortReason(ctx.redis, ctx.prefix, run);
        stopReason = {
          status: 'failed',
          error: aborted ?? `run ${runId}: the ${failed.stage} stage failed: ${failed.reason}`,
        };
        break;
      }
      if (plan?.state === 'completed' && isFailedPlan(plan.value)) {
        stopReason = { status: 'failed', error: plan.value.error, messages: plan.value.messages };
        break;
      }
      if (write?.state === 'completed') {
        const outcome = (write.value as { completed?: RunCompleted } | null)?.completed;
        if (outcome === undefined) {
          stopReason = { status: 'failed', error: `run ${runId}: the writer returned no outcome` };
          break;
        }
        // The writer recorded the run as succeeded in the same transaction as the flip.
        return await finish(outcome, false);
      }
      if (ctx.handBack?.aborted === true) {
        log.info('run handed back to the queue: this coordinator is shutting down');
        throw new RunHandedBackError(`run ${runId} handed back to the queue`);
      }
      await sleep(pollMs);
    }

    await abortRun(ctx.redis, ctx.prefix, run, stopReason.error);
    await waitForStages(ctx, jobId, ctx.stopGraceMs ?? 30_000, pollMs);
    // A cancel that came too late (the writer had already flipped) leaves the new plan.
    const write = await stageState(ctx.stageQueues.write, 'write', jobId);
    if (write.state === 'completed') {
      const outcome = (write.value as { completed?: RunCompleted } | null)?.completed;
      if (outcome !== undefined) return await finish(outcome, false);
    }
    return await finish(
      stopped(stopReason.status, stopReason.error, stopReason.messages ?? []),
      true,
    );
  } catch (error) {
    if (error instanceof RunHandedBackError) throw error;
    const reason = `run ${runId} failed: ${messageOf(error)}`;
    log.error({ err: error }, reason);
    await recordFailure(knex, ctx, run, history, reason, log);
    throw error;
  }
}

/** Waits until no stage job of the run is running any more (removing waiting ones). */
async function waitForStages(
  ctx: CoordinatorContext,
  jobId: string,
  graceMs: number,
  pollMs: number,
): Promise<void> {
  const deadline = Date.now() + graceMs;
  for (;;) {
    let running = 0;
    for (const stage of STAGES) {
      const job = await Job.fromId(ctx.stageQueues[stage], jobId);
      if (job === undefined || job.finishedOn !== undefined) continue;
      const state = await job.getState();
      if (state === 'waiting' || state === 'delayed' || state === 'prioritized') {
        await job.remove().catch(() => {
          running += 1; // taken by a worker meanwhile: it will see the abort key
        });
      } else if (state !== 'completed' && state !== 'failed' && state !== 'unknown') {
        running += 1;
      }
    }
    if (running === 0 || Date.now() >= deadline) return;
    await sleep(pollMs);
  }
}

async function recordFailure(
  knex: Knex,
  ctx: CoordinatorContext,
  run: { runId: string; tenant: string },
  history: { runId: string; planId: string; requestedAt: string; startedAt: string },
  reason: string,
  log: Logger,
): Promise<void> {
  try {
    // Stages still running stop on the abort key; the streams expire on their own.
    await abortRun(ctx.redis, ctx.prefix, run, reason);
    await recordRun(knex, {
      ...history,
      status: 'failed',
      finishedAt: new Date().toISOString(),
      error: reason,
    });
  } catch (error) {
    log.error({ err: error }, `could not record the failure: ${messageOf(error)}`);
  }
}
