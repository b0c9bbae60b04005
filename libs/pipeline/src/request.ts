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
 * Every stage job is signed with the service key (stage-signing in @replan/queue), so the
 * stages take work from this coordinator only. The coordinator follows its stage jobs
 * through their queues' events (StageEvents).
 *
 * When the run is cancelled (a cancel key signed by the tenant) or a stage fails, the
 * coordinator sets the run's abort key (signed by the service): the other stages stop at
 * once and the old plan stays active.
 *
 * The run's history row tells the truth about it. The writer records `succeeded` in the
 * flip's own transaction, and that record is final: a writer that dies after the flip
 * committed fails its job, and the coordinator, reading the row again, reports the run
 * `succeeded`. Any other end is recorded by the coordinator, retried with a bounded backoff
 * while the database is away, with the stage's own error. A coordinator that dies is
 * replaced by another (BullMQ hands the stalled request job over); re-adding the stage jobs
 * with their fixed ids finds the running ones, so the new coordinator follows the same run.
 *
 * A run is accepted from one request job (its id and creation time, recorded in Redis): a
 * coordinator taking over holds the same job; any other job carrying the run's request —
 * a replay of its signed data under a new job id — is refused with an UnrecoverableError
 * naming the job the run was accepted from, and nothing is planned or recorded.
 */
import type { RunCompleted } from '@replan/contracts';
import type { ResultCounts, RunMessage } from '@replan/engine';
import { runLogger, type Logger } from '@replan/observability';
import {
  RunRequestDataError,
  TENANT_RUNS_TTL_SECONDS,
  acceptRequest,
  boundText,
  boundedCompletion,
  cancelKey,
  decodeRunRequestJob,
  deleteRunKeys,
  runJobId,
  signStageJob,
  streamKey,
  tenantRunsKey,
  verifyCancelValue,
  verifyRequest,
  type JobPayloads,
  type ReceivedRunRequest,
  type RequestJobRef,
  type RunJobBase,
  type SigningKey,
  type WorkerStage,
} from '@replan/queue';
import { readRun, recordRun, type RunHistoryEntry } from '@replan/sql';
import { Job, UnrecoverableError, type Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Knex } from 'knex';
import { abortReason, abortRun } from './abort';
import type { StageProgress } from './context';
import type { PlanOutcome } from './plan';
import type { StageEvents } from './stage-events';
import { tenantOf } from './tenant-of';
import type { TenantRegistry } from './tenants';

export interface CoordinatorContext {
  redis: Redis;
  registry: TenantRegistry;
  log: Logger;
  prefix: string;
  /** The service key: signs the stage jobs and the abort key. */
  serviceKey: SigningKey;
  /** The queues of the three stages. */
  stageQueues: Record<WorkerStage, Queue>;
  /** The stage queues' events; without them the coordinator looks every `checkMs`. */
  stageEvents?: StageEvents;
  progress(progress: StageProgress): Promise<void>;
  /**
   * How often the coordinator looks at what sends no event — the cancel key, a shutdown,
   * an event missed while Redis was away — in ms (default 1000).
   */
  checkMs?: number;
  /** How long stages still running get to stop after the run was stopped (default 30 s). */
  stopGraceMs?: number;
  /**
   * Aborted when the process shuts down: the coordinator stops following the run and
   * throws RunHandedBackError, and the job goes back to the queue for another connector.
   */
  handBack?: AbortSignal;
  /** How old a request may be when no coordinator has queued its stages yet (ms). */
  requestMaxAgeMs?: number;
  /** Retrying the run history while the tenant's database is away. */
  historyRetry?: HistoryRetry;
  /**
   * The request job being processed: a run is accepted from one request job only
   * (acceptRequest in @replan/queue), so any other job with its request is refused as a
   * replay. Without it (direct calls in tests) no record is kept.
   */
  requestJob?: RequestJobRef;
}

/** How a history read or write is retried: backoff doubling up to maxDelayMs, for up to limitMs. */
export interface HistoryRetry {
  /** First wait, ms (default 250). */
  firstDelayMs?: number;
  /** Longest wait between two tries, ms (default 5000). */
  maxDelayMs?: number;
  /** Give up after this long, ms (default 15 minutes). */
  limitMs?: number;
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
    if (error instanceof RunRequestDataError) {
      throw new UnrecoverableError(boundText(error.message));
    }
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
  if (!check.ok) throw new UnrecoverableError(boundText(check.reason));
  return request;
}

/** The coordinator was told to give its run back to the queue (shutdown). */
export class RunHandedBackError extends Error {
  override name = 'RunHandedBackError';
}

function countSeverity(messages: readonly RunMessage[], severity: RunMessage['severity']): number {
  return messages.filter((m) => m.severity === severity).length;
}

/** The signed job data of each stage of a run. */
function stagePayloads(
  request: ReceivedRunRequest,
  prefix: string,
  serviceKey: SigningKey,
): JobPayloads {
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
    extract: signStageJob('extract', { ...base, snapshotKey }, serviceKey),
    plan: signStageJob('plan', { ...base, snapshotKey, resultKey }, serviceKey),
    write: signStageJob('write', { ...base, resultKey }, serviceKey),
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

/** The writer's outcome in a completed write job's return value. */
function writtenOutcome(value: unknown): RunCompleted | undefined {
  return (value as { completed?: RunCompleted } | null)?.completed;
}

/**
 * Runs `action` on the tenant's database until it succeeds: the wait doubles from
 * firstDelayMs up to maxDelayMs; after limitMs (or on a shutdown) the last error is thrown.
 */
async function withHistoryRetry<T>(
  what: string,
  ctx: CoordinatorContext,
  log: Logger,
  action: () => Promise<T>,
): Promise<T> {
  const first = ctx.historyRetry?.firstDelayMs ?? 250;
  const max = ctx.historyRetry?.maxDelayMs ?? 5_000;
  const deadline = Date.now() + (ctx.historyRetry?.limitMs ?? 15 * 60_000);
  let delay = first;
  for (let attempt = 1; ; attempt++) {
    try {
      return await action();
    } catch (error) {
      if (Date.now() + delay > deadline || ctx.handBack?.aborted === true) throw error;
      log.warn(
        { err: error, attempt },
        `${what} failed (try ${attempt}), trying again in ${delay} ms: ${messageOf(error)}`,
      );
      await sleep(delay);
      delay = Math.min(max, delay * 2);
    }
  }
}

/** The outcome a `succeeded` history row stands for (the flip committed). */
function succeededFromHistory(runId: string, row: RunHistoryEntry): RunCompleted {
  const outcome: RunCompleted = {
    runId,
    status: 'succeeded',
    messages: [],
    warnings: [
      `the plan was committed as version ${row.planVersion ?? '?'} (run history), but the ` +
        "writer stopped before it reported: the run's messages are in the plan's run messages",
    ],
  };
  if (typeof row.counts === 'string') {
    try {
      outcome.counts = JSON.parse(row.counts) as ResultCounts;
    } catch {
      // Counts unreadable: the outcome goes without them.
    }
  }
  return outcome;
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
  const checkMs = ctx.checkMs ?? 1000;
  const jobId = runJobId(request.tenant, runId);

  // A coordinator may be taking over a run whose first coordinator stopped: its stage
  // jobs tell. Without them the request is judged as new, whatever its history row says: a
  // request older than the age limit is refused even when a row was left `running`.
  const stageJobs = await Promise.all(
    STAGES.map((stage) => ctx.stageQueues[stage].getJobState(jobId)),
  );
  const stagesExist = stageJobs.some((state) => state !== 'unknown');
  if (!stagesExist) {
    checkRequest(
      data,
      ctx.registry,
      ctx.requestMaxAgeMs !== undefined ? { maxAgeMs: ctx.requestMaxAgeMs } : {},
    );
  }
  // A run is accepted from one request job: another job with the same request (the data of
  // a finished or running run added again under a new job id) is a replay, refused before
  // anything is read or recorded, however the run's stages and history read.
  if (ctx.requestJob !== undefined) {
    const accepted = await acceptRequest(
      ctx.redis,
      request.tenant,
      runId,
      ctx.requestJob,
      ctx.prefix,
    );
    if (!accepted.accepted) {
      const by =
        accepted.by === undefined ? 'another request job' : `request job ${accepted.by.jobId}`;
      log.warn({ requestJob: ctx.requestJob.jobId }, `replayed request refused (run ${runId})`);
      throw new UnrecoverableError(
        boundText(
          `run ${runId} was already requested (${by}): the request was replayed under job ` +
            `${ctx.requestJob.jobId}, and a run is accepted once`,
        ),
      );
    }
  }
  const previous = await withHistoryRetry('reading the run history', ctx, log, () =>
    readRun(knex, runId),
  );
  if (!stagesExist && previous !== undefined && previous.status !== 'running') {
    throw new UnrecoverableError(
      `run ${runId} has already run (${previous.status}): a run id is planned once`,
    );
  }
  const resuming = stagesExist || previous?.status === 'running';
  const finished = previous !== undefined && previous.status !== 'running';
  const startedAt =
    typeof previous?.startedAt === 'string' ? previous.startedAt : new Date().toISOString();
  const history = {
    runId,
    planId: request.plan,
    requestedAt: new Date(request.requestedAt).toISOString(),
    startedAt,
  };

  /** Records a run that did not succeed; a `succeeded` row wins and is reported instead. */
  const finishStopped = async (outcome: RunCompleted): Promise<RunCompleted> => {
    const bounded = boundedCompletion(outcome);
    const entry: RunHistoryEntry = {
      ...history,
      status: bounded.status,
      finishedAt: new Date().toISOString(),
      errorCount: countSeverity(bounded.messages, 'error'),
      warningCount: countSeverity(bounded.messages, 'warning'),
      infoCount: countSeverity(bounded.messages, 'info'),
    };
    if (bounded.error !== undefined) entry.error = bounded.error;
    let recorded: boolean;
    try {
      recorded = await withHistoryRetry('recording the run', ctx, log, () =>
        recordRun(knex, entry),
      );
    } catch (error) {
      // The stage's error is what the ERP is told; the database's is added to it.
      throw new Error(
        boundText(
          `${bounded.error ?? `run ${runId} ${bounded.status}`} (the run history could not be ` +
            `written: ${messageOf(error)})`,
        ),
      );
    }
    if (!recorded) {
      const row = await withHistoryRetry('reading the run history', ctx, log, () =>
        readRun(knex, runId),
      );
      if (row?.status === 'succeeded') return finishSucceeded(succeededFromHistory(runId, row));
    }
    await deleteRunKeys(ctx.redis, request.tenant, runId, ctx.prefix);
    log.warn({ status: bounded.status, error: bounded.error }, `run ${bounded.status}`);
    return bounded;
  };
  const finishSucceeded = async (outcome: RunCompleted): Promise<RunCompleted> => {
    await deleteRunKeys(ctx.redis, request.tenant, runId, ctx.prefix);
    log.info({ status: outcome.status }, `run ${outcome.status}`);
    return boundedCompletion(outcome);
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
  const cancelled = async (): Promise<boolean> =>
    verifyCancelValue(await ctx.redis.get(cancelKey(ctx.prefix, runId)), request.tenant, runId, {
      tenantSecret: tenant.secret,
      serviceKey: ctx.serviceKey,
    }) !== undefined;

  if (previous?.status === 'succeeded') {
    return finishSucceeded(succeededFromHistory(runId, previous));
  }
  // Cancelled before any stage was queued: nothing to stop.
  if (!stagesExist && (await cancelled())) {
    return finishStopped(stopped('cancelled', 'run cancelled'));
  }
  if (!finished) {
    await withHistoryRetry('recording the run', ctx, log, () =>
      recordRun(knex, { ...history, status: 'running' }),
    );
  }
  await ctx.redis
    .multi()
    .sadd(tenantRunsKey(request.tenant, ctx.prefix), runId)
    .expire(tenantRunsKey(request.tenant, ctx.prefix), TENANT_RUNS_TTL_SECONDS)
    .exec();
  log.info(resuming ? `run taken over: plan ${request.plan}` : `run started: plan ${request.plan}`);
  await ctx.progress({ stage: 'extract', rows: 0, percent: 0 });

  try {
    const payloads = stagePayloads(request, ctx.prefix, ctx.serviceKey);
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
      // Listening before looking: an event between the look and the wait is not missed.
      const woken = ctx.stageEvents?.next(jobId, checkMs) ?? sleep(checkMs);
      if (await cancelled()) {
        stopReason = { status: 'cancelled', error: 'run cancelled' };
        break;
      }
      const states = await Promise.all(
        STAGES.map((stage) => stageState(ctx.stageQueues[stage], stage, jobId)),
      );
      const failed = states.find((s) => s.state === 'failed');
      const plan = states[1];
      const write = states[2];
      if (write?.state === 'completed') {
        const outcome = writtenOutcome(write.value);
        if (outcome === undefined) {
          stopReason = { status: 'failed', error: `run ${runId}: the writer returned no outcome` };
          break;
        }
        // The writer recorded the run as succeeded in the same transaction as the flip.
        return await finishSucceeded(outcome);
      }
      if (failed !== undefined && failed.state === 'failed') {
        const aborted = await abortReason(ctx.redis, ctx.prefix, run, {
          serviceKey: ctx.serviceKey,
        });
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
      if (ctx.handBack?.aborted === true) {
        log.info('run handed back to the queue: this coordinator is shutting down');
        throw new RunHandedBackError(`run ${runId} handed back to the queue`);
      }
      await woken;
    }

    await abortRun(ctx.redis, ctx.prefix, run, stopReason.error, ctx.serviceKey);
    await waitForStages(ctx, jobId, ctx.stopGraceMs ?? 30_000, Math.min(checkMs, 250));
    // A cancel that came too late (the writer had already flipped) leaves the new plan.
    const write = await stageState(ctx.stageQueues.write, 'write', jobId);
    if (write.state === 'completed') {
      const outcome = writtenOutcome(write.value);
      if (outcome !== undefined) return await finishSucceeded(outcome);
    }
    // finishStopped reads the history again: a flip that committed is reported `succeeded`.
    return await finishStopped(
      stopped(stopReason.status, stopReason.error, stopReason.messages ?? []),
    );
  } catch (error) {
    if (error instanceof RunHandedBackError) throw error;
    const reason = boundText(`run ${runId} failed: ${messageOf(error)}`);
    log.error({ err: error }, reason);
    await recordFailure(knex, ctx, run, history, reason, log);
    throw error instanceof Error
      ? Object.assign(error, { message: boundText(error.message) })
      : error;
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
    const woken = ctx.stageEvents?.next(jobId, pollMs) ?? sleep(pollMs);
    await woken;
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
    await abortRun(ctx.redis, ctx.prefix, run, reason, ctx.serviceKey);
    await withHistoryRetry('recording the failure', ctx, log, () =>
      recordRun(knex, {
        ...history,
        status: 'failed',
        finishedAt: new Date().toISOString(),
        error: reason,
      }),
    );
  } catch (error) {
    log.error({ err: error }, `could not record the failure: ${messageOf(error)}`);
  }
}
