/**
 * ReplanClient: what an ERP integrator uses to request a planning run, await or follow it,
 * and cancel it. Requests are signed with the tenant's secret and queued on the requests
 * queue (BullMQ); the run's completion is the request job's return value.
 */
import {
  CANCEL_KEY_TTL_SECONDS,
  DEFAULT_PREFIX,
  REQUESTS_QUEUE,
  RUN_REQUEST_JOB,
  cancelKey,
  cancelValue,
  encodeRunRequestJob,
  isValidId,
  planDedupId,
  signRequest,
  toRunOutcome,
  verifyCancelValue,
  type RunRequestJobData,
  type TenantSecret,
} from '@replan/queue';
import { randomUUID } from 'node:crypto';
import { Job, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import type { IsoDate, PlanFilter } from '@replan/engine';
import type { RunCompleted, RunProgress, RunStage } from '@replan/contracts';

export interface ReplanClientOptions {
  /** The tenant this client speaks for. */
  tenant: string;
  /** The tenant's shared secret, used to sign requests. */
  secret: TenantSecret;
  /** Redis URL, e.g. redis://127.0.0.1:6379. Give this or `connection`. */
  redisUrl?: string;
  /** An ioredis connection the caller owns; the client duplicates it and never closes it. */
  connection?: Redis;
  /** BullMQ key prefix. Default 'replan' (as the workers). */
  prefix?: string;
}

export interface RequestRunOptions {
  plan: string;
  /** The run's "today". Default: today's UTC date. */
  planDate?: IsoDate;
  /** Plan only these items (and their components). Absent: the whole plan. */
  filter?: PlanFilter;
}

export interface RequestRunResult {
  runId: string;
  /** 'alreadyQueued': a run of this plan was already waiting (or running); runId is that run. */
  queued: 'new' | 'alreadyQueued';
}

/** How a run ended: the shape of the run's RunCompleted event. */
export type RunOutcome = RunCompleted;

export type RunEvent = RunProgress | RunOutcome;

export interface WaitOptions {
  /** Give up after this long; waitForRun then rejects with RunWaitTimeoutError. */
  timeoutMs: number;
}

export type CancelResult = 'cancelled' | 'notFound' | 'alreadyFinished';

/** No run with this id exists for this client's tenant. */
export class RunNotFoundError extends Error {
  constructor(readonly runId: string) {
    super(`run ${runId} not found`);
    this.name = 'RunNotFoundError';
  }
}

/** waitForRun gave up before the run finished. */
export class RunWaitTimeoutError extends Error {
  constructor(
    readonly runId: string,
    readonly timeoutMs: number,
  ) {
    super(`run ${runId} did not finish within ${timeoutMs} ms`);
    this.name = 'RunWaitTimeoutError';
  }
}

/** True for the last event of a run (its outcome), false for progress. */
export function isRunOutcome(event: RunEvent): event is RunOutcome {
  return 'status' in event;
}

interface RunListener {
  progress(data: unknown): void;
  completed(returnValue: unknown): void;
  failed(reason: string): void;
  removed(): void;
}

/** Finished requests are kept this long so late waiters still get the outcome. */
const KEEP_COMPLETED = { age: 24 * 3600, count: 10_000 };
const KEEP_FAILED = { age: 7 * 24 * 3600 };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const STAGES: readonly RunStage[] = ['queued', 'extract', 'load', 'plan', 'write', 'done'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function failedOutcome(runId: string, reason: string): RunOutcome {
  return { runId, status: 'failed', messages: [], warnings: [], error: reason };
}

function cancelledOutcome(runId: string): RunOutcome {
  return { runId, status: 'cancelled', messages: [], warnings: [], error: 'run cancelled' };
}

/** Reads a job's progress as a RunProgress; other progress values are not reported. */
function toRunProgress(runId: string, value: unknown): RunProgress | undefined {
  if (!isRecord(value) || !STAGES.includes(value.stage as RunStage)) return undefined;
  const rows = typeof value.rows === 'number' ? value.rows : 0;
  const percent = typeof value.percent === 'number' ? value.percent : 0;
  return { runId, stage: value.stage as RunStage, rows, percent };
}

function todayUtc(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

export class ReplanClient {
  readonly tenant: string;
  readonly prefix: string;
  private readonly secret: TenantSecret;
  /** Commands (cancel keys, stream reads) and the queue. */
  private readonly redis: Redis;
  private readonly ownsRedis: boolean;
  private readonly queue: Queue<RunRequestJobData>;
  private eventsPromise: Promise<{ events: QueueEvents; connection: Redis }> | undefined;
  /** Ends each open wait or subscription when the client closes. */
  private readonly watchers = new Set<() => void>();
  /** Listeners per run id, fed by the one QueueEvents. */
  private readonly runListeners = new Map<string, Set<RunListener>>();
  private closed = false;

  constructor(options: ReplanClientOptions) {
    if (!isValidId(options.tenant)) {
      throw new Error(
        `ReplanClient: tenant ${JSON.stringify(options.tenant)} is not a valid id: use 1 to 128 ` +
          `letters, digits, '_', '.' or '-', starting with a letter or digit`,
      );
    }
    if (options.secret.length === 0) throw new Error('ReplanClient: secret must not be empty');
    this.tenant = options.tenant;
    this.secret = options.secret;
    this.prefix = options.prefix ?? DEFAULT_PREFIX;
    if (options.connection !== undefined) {
      this.redis = options.connection;
      this.ownsRedis = false;
    } else if (options.redisUrl !== undefined) {
      // ioredis defaults: a command fails after a bounded number of retries when Redis is down.
      this.redis = new Redis(options.redisUrl);
      this.ownsRedis = true;
    } else {
      throw new Error('ReplanClient: give redisUrl or connection');
    }
    this.queue = new Queue<RunRequestJobData>(REQUESTS_QUEUE, {
      connection: this.redis,
      prefix: this.prefix,
    });
  }

  /**
   * Queues a signed request to regenerate a plan. While a run of the same plan is waiting
   * (or running), a new request is not queued again: it returns that run's id with
   * queued 'alreadyQueued'.
   */
  async requestRun(options: RequestRunOptions): Promise<RequestRunResult> {
    this.assertOpen();
    if (options.plan === '') throw new Error('requestRun: plan must not be empty');
    const planDate = options.planDate ?? todayUtc();
    if (!ISO_DATE.test(planDate)) {
      throw new Error(`requestRun: planDate must be YYYY-MM-DD, got '${planDate}'`);
    }
    const runId = `run-${randomUUID()}`;
    const request = signRequest(
      {
        runId,
        tenant: this.tenant,
        plan: options.plan,
        planDate,
        requestedAt: Date.now(),
        ...(options.filter !== undefined ? { filter: options.filter } : {}),
      },
      this.secret,
    );
    const job = await this.queue.add(RUN_REQUEST_JOB, encodeRunRequestJob(request), {
      jobId: runId,
      deduplication: { id: planDedupId(this.tenant, options.plan) },
      removeOnComplete: KEEP_COMPLETED,
      removeOnFail: KEEP_FAILED,
    });
    const queuedId = job.id ?? runId;
    return { runId: queuedId, queued: queuedId === runId ? 'new' : 'alreadyQueued' };
  }

  /**
   * Resolves with the run's outcome once it has finished (also when it already had).
   * Rejects with RunNotFoundError for an unknown run, RunWaitTimeoutError after timeoutMs.
   */
  waitForRun(runId: string, options: WaitOptions): Promise<RunOutcome> {
    return new Promise<RunOutcome>((resolve, reject) => {
      let stop = (): void => {};
      const timer = setTimeout(() => {
        stop();
        reject(new RunWaitTimeoutError(runId, options.timeoutMs));
      }, options.timeoutMs);
      stop = this.watch(runId, {
        onOutcome: (outcome) => {
          clearTimeout(timer);
          resolve(outcome);
        },
        onError: (error) => {
          clearTimeout(timer);
          reject(error);
        },
        onClose: () => {
          clearTimeout(timer);
          reject(new Error(`ReplanClient closed before run ${runId} finished`));
        },
      });
    });
  }

  /**
   * Calls listener with the run's progress events, then once with its outcome (also when
   * the run had already finished). Returns a function that stops the subscription.
   * Errors (unknown run, lost connection) end the subscription with a failed outcome;
   * close() ends it silently.
   */
  subscribe(runId: string, listener: (event: RunEvent) => void): () => void {
    return this.watch(runId, {
      onProgress: listener,
      onOutcome: listener,
      onError: (error) => listener(failedOutcome(runId, error.message)),
    });
  }

  /**
   * Cancels a run. A waiting run is removed from the queue ('cancelled'). A running run is
   * marked for cancellation ('cancelled'): the key `{prefix}:replan-requests:cancel:{runId}`
   * is set to a value signed with the tenant's secret (a value without a valid signature
   * cancels nothing), and the coordinator stops the run's stages and ends it as 'cancelled'.
   */
  async cancelRun(runId: string): Promise<CancelResult> {
    this.assertOpen();
    const job = await this.ownJob(runId);
    if (job === undefined) return 'notFound';
    const key = cancelKey(this.prefix, runId);
    // A waiting job can be taken by a worker between the state check and the removal
    // (removal then fails on the job's lock): look again, a few times.
    for (let attempt = 1; ; attempt++) {
      const state = await job.getState();
      if (state === 'completed' || state === 'failed') return 'alreadyFinished';
      if (state === 'unknown') return 'notFound';
      if (state === 'active') {
        await this.redis.set(
          key,
          cancelValue('requested', this.tenant, runId, this.secret),
          'EX',
          CANCEL_KEY_TTL_SECONDS,
        );
        return 'cancelled';
      }
      // Marked first, so whoever looks for the run after its removal finds it cancelled.
      // A request waiting again after its connector handed it back already has stage jobs:
      // the connector and writer see the signed cancel key and stop them, the writer
      // before it flips.
      await this.redis.set(
        key,
        cancelValue('removed', this.tenant, runId, this.secret),
        'EX',
        CANCEL_KEY_TTL_SECONDS,
      );
      try {
        await job.remove();
      } catch (error) {
        if (attempt >= 3) throw error;
        continue;
      }
      return 'cancelled';
    }
  }

  /** Stops all subscriptions and closes the connections this client opened. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const end of [...this.watchers]) end();
    const events = this.eventsPromise;
    this.eventsPromise = undefined;
    if (events !== undefined) {
      try {
        const { events: queueEvents, connection } = await events;
        await queueEvents.close();
        connection.disconnect();
      } catch (_error) {
        // The events connection never came up: nothing to close.
      }
    }
    await this.queue.close();
    if (this.ownsRedis) await this.redis.quit();
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('ReplanClient is closed');
  }

  /** The run's job, if it exists and belongs to this tenant. */
  private async ownJob(runId: string): Promise<Job<RunRequestJobData> | undefined> {
    const job = await Job.fromId<RunRequestJobData>(this.queue, runId);
    if (job === undefined || job.data.tenant !== this.tenant) return undefined;
    return job;
  }

  /**
   * One QueueEvents (with its own blocking connection) for all waits and subscriptions.
   * It reads the events stream from its current end, taken before any job state is
   * checked, so no event after a check is missed.
   */
  private queueEvents(): Promise<QueueEvents> {
    if (this.eventsPromise === undefined) {
      this.eventsPromise = (async () => {
        const last = await this.redis.xrevrange(this.queue.toKey('events'), '+', '-', 'COUNT', 1);
        const lastEventId = last[0]?.[0] ?? '0-0';
        const connection = this.redis.duplicate({ maxRetriesPerRequest: null });
        const events = new QueueEvents(REQUESTS_QUEUE, {
          connection,
          prefix: this.prefix,
          lastEventId,
        });
        this.dispatch(events);
        events.on('error', () => {
          // Connection errors are retried by ioredis; waiters time out on their own.
        });
        await events.waitUntilReady();
        return { events, connection };
      })();
    }
    return this.eventsPromise.then(({ events }) => events);
  }

  /** Routes the queue's events to the listeners of their run. */
  private dispatch(events: QueueEvents): void {
    const each = (jobId: string, call: (listener: RunListener) => void): void => {
      const listeners = this.runListeners.get(jobId);
      if (listeners === undefined) return;
      for (const listener of [...listeners]) {
        try {
          call(listener);
        } catch (error) {
          // A throwing subscriber must not break the event loop of the other runs.
          process.emitWarning(
            `ReplanClient: a listener of run ${jobId} threw: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      }
    };
    events.on('progress', ({ jobId, data }) => each(jobId, (l) => l.progress(data)));
    events.on('completed', ({ jobId, returnvalue }) =>
      each(jobId, (l) => l.completed(returnvalue)),
    );
    events.on('failed', ({ jobId, failedReason }) => each(jobId, (l) => l.failed(failedReason)));
    events.on('removed', ({ jobId }) => each(jobId, (l) => l.removed()));
  }

  /**
   * Follows one run: progress, then its outcome (from the event stream, or from the job
   * if it has already finished). Returns a stop function; nothing is called after it.
   */
  private watch(
    runId: string,
    handlers: {
      onProgress?: (progress: RunProgress) => void;
      onOutcome: (outcome: RunOutcome) => void;
      onError: (error: Error) => void;
      /** The client closed before the run finished. */
      onClose?: () => void;
    },
  ): () => void {
    let done = false;
    let detach = (): void => {};
    const stop = (): void => {
      if (done) return;
      done = true;
      detach();
      this.watchers.delete(end);
    };
    const finish = (outcome: RunOutcome): void => {
      if (done) return;
      stop();
      handlers.onOutcome(outcome);
    };
    const fail = (error: Error): void => {
      if (done) return;
      stop();
      handlers.onError(error);
    };
    const end = (): void => {
      if (done) return;
      stop();
      handlers.onClose?.();
    };
    if (this.closed) {
      queueMicrotask(() => fail(new Error('ReplanClient is closed')));
      return stop;
    }
    this.watchers.add(end);

    const listener: RunListener = {
      progress: (data) => {
        if (done || handlers.onProgress === undefined) return;
        const progress = toRunProgress(runId, data);
        if (progress !== undefined) handlers.onProgress(progress);
      },
      completed: (returnValue) => finish(toRunOutcome(runId, returnValue)),
      failed: (reason) => finish(failedOutcome(runId, reason)),
      removed: () => finish(cancelledOutcome(runId)),
    };

    const start = async (): Promise<void> => {
      await this.queueEvents();
      if (done) return;
      let listeners = this.runListeners.get(runId);
      if (listeners === undefined) {
        listeners = new Set();
        this.runListeners.set(runId, listeners);
      }
      const own = listeners;
      own.add(listener);
      detach = () => {
        own.delete(listener);
        if (own.size === 0 && this.runListeners.get(runId) === own) this.runListeners.delete(runId);
      };
      // The run may have finished before the listeners were attached.
      const job = await this.ownJob(runId);
      if (done) return;
      if (job === undefined) {
        const cancelled = await this.redis.get(cancelKey(this.prefix, runId));
        const how = verifyCancelValue(cancelled, this.tenant, runId, {
          tenantSecret: this.secret,
        });
        if (how !== undefined) finish(cancelledOutcome(runId));
        else fail(new RunNotFoundError(runId));
        return;
      }
      if (job.finishedOn === undefined) return;
      if (job.failedReason !== undefined && job.failedReason !== '') {
        finish(failedOutcome(runId, job.failedReason));
      } else {
        finish(toRunOutcome(runId, job.returnvalue));
      }
    };
    start().catch((error: unknown) =>
      fail(error instanceof Error ? error : new Error(String(error))),
    );
    return stop;
  }
}
