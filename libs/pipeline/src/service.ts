/**
 * A Replan service process: BullMQ workers for some of the pipeline's roles, sharing one
 * Redis connection, one tenant registry and one set of metrics.
 *
 * - coordinator (requests queue): checks each request and follows its run (request.ts);
 * - extract (connector), plan (engine, in a worker thread), write (writer).
 *
 * The connector app runs coordinator + extract, the engine app plan, the writer app write;
 * `replan serve` runs all four in one process, through this same code.
 */
import type { RunCompleted } from '@replan/contracts';
import type { PlanSizeLimits } from '@replan/engine';
import {
  createServiceMetrics,
  runLogger,
  silentLogger,
  type Logger,
  type Readiness,
  type ServiceMetrics,
} from '@replan/observability';
import {
  JobPayloadError,
  QUEUE_PREFIX,
  REQUESTS_QUEUE,
  boundText,
  createRedisConnection,
  deleteKeysMatching,
  jobParsers,
  partitionKeysPattern,
  queueNames,
  redactRedisUrl,
  redisConnectionOptions,
  verifyStageJob,
  waitUntilReady,
  type JobPayloads,
  type SigningKey,
  type WorkerStage,
} from '@replan/queue';
import { readRun } from '@replan/sql';
import {
  Job,
  Queue,
  UnrecoverableError,
  WaitingChildrenError,
  WaitingError,
  Worker,
  type Processor,
} from 'bullmq';
import { RunAbortedError, abortRun, throwIfAborted, watchAbort, type StopKeys } from './abort';
import type { StageContext, TenantStageContext } from './context';
import { processExtract } from './extract';
import { processPlan, type PlanOutcome } from './plan';
import { planInThread } from './plan-in-thread';
import { partitionedOutcome } from './partitions/partitioned-outcome';
import { PARTITION_QUEUE } from './partitions/partition-job';
import { startPartitionWorker } from './partitions/partition-worker';
import { planFlowStep } from './partitions/plan-flow';
import type { PartitionFault } from './partitions/plan-partition';
import { RunHandedBackError, processRequest, type HistoryRetry } from './request';
import { StageEvents } from './stage-events';
import { tenantOf } from './tenant-of';
import { TenantRegistry, type Tenant } from './tenants';
import { processWrite } from './write';

/** What a service process can do. */
export type WorkerRole = 'coordinator' | WorkerStage;

export const WORKER_ROLES: readonly WorkerRole[] = ['coordinator', 'extract', 'plan', 'write'];

/** Runs a role handles at the same time, unless configured. */
export const DEFAULT_CONCURRENCY: Readonly<Record<WorkerRole, number>> = {
  coordinator: 20,
  extract: 2,
  plan: 1,
  write: 2,
};

/**
 * How long a worker's lock on its job lasts, and how often workers look for jobs whose lock
 * ran out (their worker died): a killed worker's job is found stalled 4–9 s after the kill
 * (the lock, renewed at most 4 s before it, lapses 4–8 s after; the next look follows within
 * stalledInterval), which leaves the run 6 s to end within the 15 s recovery bar of
 * docs/reliability.md on a loaded machine, where the replacement process also takes seconds
 * to start. Workers renew their locks every lockDuration / 2 (4 s), so an event loop held up
 * to about 4 s does not lose its job; the planning runs in a thread, so the event loop is
 * free to do it. A look is one small script per queue and worker.
 */
export const JOB_LOCK = { lockDuration: 8_000, stalledInterval: 1_000 } as const;

export interface ServiceOptions {
  redisUrl: string;
  /**
   * The service key (REPLAN_SERVICE_KEY): the coordinator signs each stage job and abort key
   * with it, the stages refuse jobs and abort keys it did not sign. The same in every
   * process of a deployment; never given to an ERP or a tenant.
   */
  serviceKey: SigningKey;
  roles: readonly WorkerRole[];
  /** BullMQ prefix of the queues (default 'replan'). */
  prefix?: string;
  /** The tenant registry, or its JSON file; needed by coordinator, extract and write. */
  registry?: TenantRegistry;
  registryFile?: string;
  concurrency?: Partial<Record<WorkerRole, number>>;
  log?: Logger;
  /** The `service` label of the metrics (default the roles joined by '+'). */
  serviceName?: string;
  /** How long a stage waits for the next batch of a run stream (ms). */
  streamTimeoutMs?: number;
  /** Plan in a worker thread (default true); false plans on the event loop. */
  planInThread?: boolean;
  /** Heap limit of the planning thread in MiB. */
  engineMaxHeapMb?: number;
  /** Plan: partitions each run is planned in, as a flow of partition jobs (default 1: whole). */
  planPartitions?: number;
  /** Partition jobs this process plans at the same time (default 2). */
  partitionConcurrency?: number;
  /** For tests: a partition that fails once at a level. */
  partitionFault?: PartitionFault;
  /** Plan-size limits of each plan (default the engine's). */
  planSizeLimits?: Partial<PlanSizeLimits>;
  /**
   * Coordinator: how often it looks at what sends no event (cancel key, shutdown), in ms
   * (default 1000); stage jobs are followed through their queues' events.
   */
  checkMs?: number;
  /** Coordinator: retrying the run history while a tenant's database is away. */
  historyRetry?: HistoryRetry;
  /** Coordinator: how old a request may be when first taken (ms, default 5 minutes). */
  requestMaxAgeMs?: number;
}

export interface Service {
  readonly roles: readonly WorkerRole[];
  readonly registry: TenantRegistry | undefined;
  readonly metrics: ServiceMetrics;
  readonly workers: readonly Worker[];
  /** Ready when Redis answers, every worker runs and the service is not closing. */
  readiness(): Promise<Readiness>;
  /**
   * Stops taking jobs and lets the active ones finish. With a deadline (ms since the
   * epoch), jobs still running then are given up: a stage job fails with a reason saying
   * the worker shut down (its run fails and can be requested again), and a coordinator job
   * is handed back to the queue, where another connector takes over its run.
   */
  close(options?: { deadline?: number }): Promise<void>;
}

const needsRegistry = (role: WorkerRole): boolean => role !== 'plan';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** True when `promise` settles within `ms`; the timer does not outlive the race. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), Math.max(0, ms));
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

interface ActiveStage {
  abortNow(reason: string): void;
}

export async function startService(options: ServiceOptions): Promise<Service> {
  const roles = [...new Set(options.roles)];
  if (roles.length === 0) throw new Error('startService: give at least one role');
  const log = options.log ?? silentLogger();
  const prefix = options.prefix ?? QUEUE_PREFIX;
  const { serviceKey } = options;
  if (serviceKey === undefined || serviceKey.length === 0) {
    throw new Error(
      'startService: the service key is missing: set REPLAN_SERVICE_KEY (the same in every ' +
        'process of the deployment)',
    );
  }
  let registry: TenantRegistry | undefined = options.registry;
  if (registry === undefined && options.registryFile !== undefined) {
    registry = await TenantRegistry.fromFile(options.registryFile);
  }
  const needing = roles.filter(needsRegistry);
  if (registry === undefined && needing.length > 0) {
    throw new Error(
      `the ${needing.join(', ')} role${needing.length > 1 ? 's need' : ' needs'} the tenant ` +
        'registry: set REPLAN_REGISTRY to its JSON file',
    );
  }

  const redis = createRedisConnection(options.redisUrl, 'worker', {
    connectionName: `replan-${roles.join('+')}`,
  });
  try {
    await waitUntilReady(redis);
  } catch (error) {
    redis.disconnect();
    await registry?.close();
    throw error;
  }
  // Lost connections are retried by ioredis; say so in the log rather than on stderr.
  redis.on('error', (error: Error) => log.warn({ err: error }, `Redis: ${error.message}`));

  const queueOf = (name: string): Queue => new Queue(name, { connection: redis, prefix });
  const requestsQueue = queueOf(REQUESTS_QUEUE);
  const stageQueues: Record<WorkerStage, Queue> = {
    extract: queueOf(queueNames.extract),
    plan: queueOf(queueNames.plan),
    write: queueOf(queueNames.write),
  };
  const partitionQueue = queueOf(PARTITION_QUEUE);
  const allQueues = [requestsQueue, ...Object.values(stageQueues), partitionQueue];
  const collectCounts = async (): Promise<Record<string, Record<string, number>>> => {
    const counts: Record<string, Record<string, number>> = {};
    // A scrape while Redis is down gets no queue depths rather than hanging.
    if (!(await settlesWithin(redis.ping(), 2_000).catch(() => false))) return counts;
    for (const queue of allQueues) {
      counts[queue.name] = await queue.getJobCounts(
        'waiting',
        'active',
        'delayed',
        'prioritized',
        'waiting-children',
        'completed',
        'failed',
      );
    }
    return counts;
  };
  const metrics = createServiceMetrics({
    service: options.serviceName ?? roles.join('+'),
    collectQueueJobs: collectCounts,
  });
  const activeStages = new Map<string, ActiveStage>();
  const activeCoordinators = new Map<string, AbortController>();
  let closing = false;

  const workerFor = <D, R>(role: WorkerRole, queue: string, processor: Processor<D, R>) => {
    const worker = new Worker<D, R>(queue, processor, {
      connection: redisConnectionOptions(options.redisUrl, 'worker', {
        connectionName: `replan-${role}-worker`,
      }),
      prefix,
      concurrency: options.concurrency?.[role] ?? DEFAULT_CONCURRENCY[role],
      // A stage cannot resume a half-written stream: a stalled stage job fails at once (and
      // with it the run, cleanly: its coordinator records the stage's error). A stalled
      // coordinator (its process died) is taken over once: its successor follows the same
      // run; a second stall fails the request.
      maxStalledCount: role === 'coordinator' ? 1 : 0,
      ...JOB_LOCK,
    });
    worker.on('error', (error) =>
      log.error({ role, err: error }, `${role} worker: ${error.message}`),
    );
    return worker;
  };

  const workers: Worker[] = [];
  let stageEvents: StageEvents | undefined;
  if (roles.includes('coordinator') && registry !== undefined) {
    const tenants = registry;
    stageEvents = new StageEvents(
      redisConnectionOptions(options.redisUrl, 'worker', {
        connectionName: 'replan-coordinator-events',
      }),
      prefix,
    );
    const events = stageEvents;
    workers.push(
      workerFor<unknown, RunCompleted>('coordinator', REQUESTS_QUEUE, async (job, token) => {
        const started = Date.now();
        const handBack = new AbortController();
        const key = `coordinator/${job.id ?? ''}`;
        activeCoordinators.set(key, handBack);
        try {
          const outcome = await processRequest(job.data, {
            handBack: handBack.signal,
            requestJob: { jobId: job.id ?? '', createdAt: job.timestamp },
            redis,
            registry: tenants,
            log,
            prefix,
            serviceKey,
            stageQueues,
            stageEvents: events,
            ...(options.checkMs !== undefined ? { checkMs: options.checkMs } : {}),
            ...(options.historyRetry !== undefined ? { historyRetry: options.historyRetry } : {}),
            ...(options.requestMaxAgeMs !== undefined
              ? { requestMaxAgeMs: options.requestMaxAgeMs }
              : {}),
            progress: async (p) => {
              await job.updateProgress({ runId: job.id, ...p });
            },
          });
          metrics.runs.inc({ status: outcome.status });
          metrics.runDuration.observe({ status: outcome.status }, (Date.now() - started) / 1000);
          await job.log(`run ${outcome.status}${outcome.error ? `: ${outcome.error}` : ''}`);
          return outcome;
        } catch (error) {
          if (error instanceof RunHandedBackError) {
            // Back to the queue, not a stall: the next connector follows the run at once.
            await job.log('handed back to the queue: its connector shut down').catch(() => 0);
            await job.moveToWait(token);
            throw new WaitingError();
          }
          metrics.runs.inc({ status: 'failed' });
          await job.log(`run failed: ${messageOf(error)}`).catch(() => 0);
          throw error;
        } finally {
          activeCoordinators.delete(key);
        }
      }),
    );
    // A request job BullMQ fails on its own (stalled too often: its connectors kept dying)
    // never reached the coordinator's stop path: stop the run's stages here.
    workers[workers.length - 1]?.on('failed', (job, error) => {
      const data = job?.data as { tenant?: unknown; runId?: unknown } | undefined;
      if (typeof data?.tenant !== 'string' || typeof data.runId !== 'string') return;
      if (!/stalled/i.test(error.message)) return;
      const run = { tenant: data.tenant, runId: data.runId };
      abortRun(redis, prefix, run, `run ${run.runId} failed: ${error.message}`, serviceKey).catch(
        (abortError: unknown) =>
          log.error({ err: abortError, ...run }, 'could not stop the stages of a stalled run'),
      );
    });
  }

  /**
   * Refuses (UnrecoverableError, touching nothing) a stage job the service did not sign,
   * and, in the stages that hold the tenant registry, one whose run is not recorded as
   * running (or, for the writer, succeeded) for that tenant and plan in the tenant's run
   * history. Returns the job's tenant where the stage has the registry.
   */
  const authenticateStageJob = async <S extends WorkerStage>(
    stage: S,
    data: JobPayloads[S],
  ): Promise<Tenant | undefined> => {
    const check = verifyStageJob(stage, data, serviceKey);
    if (!check.ok) {
      log.warn({ stage, tenant: data.tenant, runId: data.runId }, boundText(check.reason));
      throw new UnrecoverableError(boundText(check.reason));
    }
    if (stage === 'plan' || registry === undefined) return undefined;
    const tenant = tenantOf(registry, data.tenant);
    const row = await readRun(registry.openTenantDatabase(tenant), data.runId);
    const accepted = stage === 'write' ? ['running', 'succeeded'] : ['running'];
    if (row === undefined || row.planId !== data.plan || !accepted.includes(row.status)) {
      const seen =
        row === undefined
          ? 'no run history row'
          : `a history row for plan ${row.planId} with status ${row.status}`;
      const reason = boundText(
        `${stage} job of run ${data.runId} (tenant ${data.tenant}) refused: the tenant's run ` +
          `history has ${seen}, not a running run of plan ${data.plan}`,
      );
      log.warn({ stage, tenant: data.tenant, runId: data.runId }, reason);
      throw new UnrecoverableError(reason);
    }
    return tenant;
  };

  const stageWorker = <S extends WorkerStage>(
    stage: S,
    work: (
      data: JobPayloads[S],
      ctx: StageContext,
      job: Job,
      token: string | undefined,
    ) => Promise<{ value: unknown; rows: number; summary: string }>,
  ): Worker => {
    const processor = async (job: Job, token?: string): Promise<unknown> => {
      let data: JobPayloads[S];
      try {
        data = jobParsers[stage](job.data);
      } catch (error) {
        if (error instanceof JobPayloadError) {
          throw new UnrecoverableError(boundText(error.message));
        }
        throw error;
      }
      // Nothing is read or written before the job is known to be the coordinator's.
      const tenant = await authenticateStageJob(stage, data);
      const runLog = runLogger(log, data).child({ stage });
      const requestJob = await Job.fromId(requestsQueue, data.runId);
      const note = async (line: string): Promise<void> => {
        await Promise.all([
          job.log(line),
          requestJob?.log(`[${stage}] ${line}`) ?? Promise.resolve(0),
        ]).catch(() => [0]);
      };
      const stopKeys: StopKeys = {
        serviceKey,
        ...(tenant !== undefined ? { tenantSecret: tenant.secret } : {}),
      };
      const watch = watchAbort(redis, prefix, data, stopKeys);
      activeStages.set(`${stage}/${job.id ?? ''}`, watch);
      const timer = metrics.stageDuration.startTimer({ stage });
      const started = Date.now();
      let lastProgress = 0;
      const ctx: StageContext = {
        redis,
        log: runLog,
        prefix,
        signal: watch.signal,
        stopKeys,
        progress: async (p) => {
          // Progress events fill the queues' event streams: at most a few per second.
          const now = Date.now();
          if (p.percent > 0 && p.percent < 100 && now - lastProgress < 250) return;
          lastProgress = now;
          const value = { runId: data.runId, ...p };
          await Promise.all([job.updateProgress(value), requestJob?.updateProgress(value)]);
        },
      };
      if (options.streamTimeoutMs !== undefined) ctx.streamTimeoutMs = options.streamTimeoutMs;
      if (options.planSizeLimits !== undefined) ctx.planSizeLimits = options.planSizeLimits;
      runLog.info(`${stage} started`);
      await note(`${stage} started`);
      try {
        // A run stopped before this stage began (cancelled, or another stage failed).
        await throwIfAborted(redis, prefix, data, stopKeys);
        const done = await work(data, ctx, job, token);
        const seconds = (Date.now() - started) / 1000;
        timer({ status: 'succeeded' });
        metrics.stageRows.inc({ stage }, done.rows);
        if (seconds > 0) metrics.stageRowsPerSecond.set({ stage }, done.rows / seconds);
        runLog.info({ rows: done.rows, seconds }, `${stage} finished: ${done.summary}`);
        await note(`${stage} finished in ${seconds.toFixed(2)} s: ${done.summary}`);
        return done.value;
      } catch (error) {
        // A plan job waiting for its partitions is parked, not failed.
        if (error instanceof WaitingChildrenError) throw error;
        timer({ status: 'failed' });
        metrics.stageFailures.inc({ stage });
        const aborted = watch.signal.aborted || error instanceof RunAbortedError;
        const reason = watch.signal.aborted ? messageOf(watch.signal.reason) : messageOf(error);
        runLog.warn({ err: error }, `${stage} failed: ${reason}`);
        await note(`${stage} failed: ${boundText(reason)}`);
        if (aborted) throw new UnrecoverableError(boundText(reason));
        if (error instanceof Error) error.message = boundText(error.message);
        throw error;
      } finally {
        watch.stop();
        activeStages.delete(`${stage}/${job.id ?? ''}`);
      }
    };
    return workerFor(stage, queueNames[stage], processor);
  };

  const tenantCtx = (ctx: StageContext): TenantStageContext => {
    if (registry === undefined) throw new Error('no tenant registry');
    return { ...ctx, registry, stopKeys: ctx.stopKeys ?? { serviceKey } };
  };
  if (roles.includes('extract')) {
    workers.push(
      stageWorker('extract', async (data, ctx) => {
        const outcome = await processExtract(data, tenantCtx(ctx));
        return {
          value: outcome,
          rows: outcome.rows,
          summary: `${outcome.rows} rows, ${outcome.batches} batches, ${outcome.bytes} bytes`,
        };
      }),
    );
  }
  if (roles.includes('plan')) {
    const inThread = options.planInThread ?? true;
    const partitions = options.planPartitions ?? 1;
    workers.push(
      startPartitionWorker({
        redisUrl: options.redisUrl,
        redis,
        prefix,
        log,
        serviceKey,
        ...(options.partitionConcurrency !== undefined
          ? { concurrency: options.partitionConcurrency }
          : {}),
        ...(options.streamTimeoutMs !== undefined
          ? { streamTimeoutMs: options.streamTimeoutMs }
          : {}),
        ...(options.engineMaxHeapMb !== undefined ? { maxHeapMb: options.engineMaxHeapMb } : {}),
        ...(options.planSizeLimits !== undefined ? { planSizeLimits: options.planSizeLimits } : {}),
        ...(options.partitionFault !== undefined ? { fault: options.partitionFault } : {}),
      }),
    );
    workers.push(
      stageWorker('plan', async (data, ctx, job, token) => {
        let outcome: PlanOutcome;
        if (partitions > 1) {
          // The partitions plan the run and write its result stream between them.
          const parts = (await planFlowStep(job, token, data, partitionQueue, partitions)).outcomes;
          outcome = await partitionedOutcome(data, ctx, parts);
          // The handovers and partition rows are read: they go now, not when they expire.
          await deleteKeysMatching(redis, partitionKeysPattern(data.tenant, data.runId, prefix));
        } else if (inThread) {
          const threadOptions: Parameters<typeof planInThread>[1] = {
            redisUrl: options.redisUrl,
            prefix,
            progress: (p) => ctx.progress(p),
          };
          if (ctx.signal !== undefined) threadOptions.signal = ctx.signal;
          if (ctx.streamTimeoutMs !== undefined)
            threadOptions.streamTimeoutMs = ctx.streamTimeoutMs;
          if (options.engineMaxHeapMb !== undefined) {
            threadOptions.maxHeapMb = options.engineMaxHeapMb;
          }
          if (ctx.planSizeLimits !== undefined) threadOptions.planSizeLimits = ctx.planSizeLimits;
          outcome = await planInThread(data, threadOptions);
        } else {
          outcome = await processPlan(data, ctx);
        }
        if (!outcome.ok) return { value: outcome, rows: 0, summary: outcome.error };
        return {
          value: outcome,
          rows: outcome.events,
          summary:
            `${outcome.events} requirement events, ${outcome.counts.plannedOrders} planned ` +
            `orders, ${outcome.batches} result batches`,
        };
      }),
    );
  }
  if (roles.includes('write')) {
    workers.push(
      stageWorker('write', async (data, ctx) => {
        const outcome = await processWrite(data, tenantCtx(ctx));
        return {
          value: outcome,
          rows: outcome.rows,
          summary: outcome.alreadyWritten
            ? `version ${outcome.version} was already written by this run`
            : `${outcome.rows} rows, version ${outcome.version} active`,
        };
      }),
    );
  }

  try {
    await Promise.all(workers.map((w) => w.waitUntilReady()));
    await stageEvents?.waitUntilReady();
  } catch (error) {
    await Promise.all(workers.map((w) => w.close(true)));
    await stageEvents?.close();
    await Promise.all(allQueues.map((q) => q.close()));
    redis.disconnect();
    await registry?.close();
    throw error;
  }
  log.info(
    { roles, prefix, redis: redactRedisUrl(options.redisUrl), tenants: registry?.ids().length },
    `taking ${roles.join(', ')} jobs`,
  );

  let closed: Promise<void> | undefined;
  return {
    roles,
    registry,
    metrics,
    workers,
    readiness: async () => {
      if (closing) return { ready: false, reason: 'shutting down' };
      const stopped = workers.find((w) => !w.isRunning());
      if (stopped !== undefined) return { ready: false, reason: `worker ${stopped.name} stopped` };
      // The shared connection waits out outages; the probe must answer, so it gives up.
      const answered = await settlesWithin(redis.ping(), 2_000).catch(() => false);
      if (!answered) return { ready: false, reason: 'Redis does not answer within 2 s' };
      return { ready: true };
    },
    close: (closeOptions = {}) => {
      closed ??= (async () => {
        closing = true;
        const graceful = Promise.all(workers.map((w) => w.close()));
        const deadline = closeOptions.deadline;
        if (deadline !== undefined) {
          if (!(await settlesWithin(graceful, deadline - Date.now()))) {
            for (const handBack of activeCoordinators.values()) handBack.abort();
            for (const [key, active] of activeStages) {
              const stage = key.split('/')[0] ?? 'stage';
              active.abortNow(
                `the ${stage} worker shut down before the stage finished: request the run again`,
              );
            }
            await settlesWithin(graceful, 5_000);
          }
        } else {
          await graceful;
        }
        await stageEvents?.close();
        await Promise.all(allQueues.map((q) => q.close()));
        await redis.quit().catch(() => redis.disconnect());
        await registry?.close();
      })();
      return closed;
    },
  };
}
