/**
 * The service: a BullMQ worker on the requests queue that runs the request processor.
 *
 * One job carries a run end to end (extract → plan → write, see request.ts). Planning
 * runs on the worker's event loop, so the job lock cannot be renewed while the engine
 * plans: lockDuration is raised (default 5 minutes) so that a long plan is not taken for a
 * stalled job and run twice. Planning in a worker thread is future work.
 */
import type { RunCompleted } from '@replan/contracts';
import { DEFAULT_PREFIX, REQUESTS_QUEUE, type RunRequestJobData } from '@replan/client';
import {
  createRedisConnection,
  redisConnectionOptions,
  redactRedisUrl,
  waitUntilReady,
} from '@replan/queue';
import { Worker, type Job } from 'bullmq';
import { silentLog, type PipelineLog, type StageContext } from './context';
import { processRequest } from './request';
import { TenantRegistry } from './tenants';

export const DEFAULT_LOCK_DURATION_MS = 5 * 60_000;

export interface ServeOptions {
  redisUrl: string;
  /** The tenant registry JSON file (or an already loaded registry). */
  registryFile?: string;
  registry?: TenantRegistry;
  /** BullMQ prefix of the queues (default 'replan'). */
  prefix?: string;
  /** Runs processed at the same time (default 1). */
  concurrency?: number;
  /** How long a job stays locked without renewal, in ms (default 5 minutes). */
  lockDurationMs?: number;
  log?: PipelineLog;
}

export interface Server {
  readonly registry: TenantRegistry;
  readonly worker: Worker<RunRequestJobData, RunCompleted>;
  /** Stops taking jobs, waits for the running ones, and closes every connection. */
  close(): Promise<void>;
}

/** Starts the service; resolves once the worker is connected and taking jobs. */
export async function startServe(options: ServeOptions): Promise<Server> {
  const log = options.log ?? silentLog;
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  let registry: TenantRegistry;
  if (options.registry !== undefined) registry = options.registry;
  else if (options.registryFile !== undefined) {
    registry = await TenantRegistry.fromFile(options.registryFile);
  } else throw new Error('startServe: give registryFile or registry');

  const redis = createRedisConnection(options.redisUrl, 'worker', {
    connectionName: 'replan-serve',
  });
  try {
    await waitUntilReady(redis);
  } catch (error) {
    redis.disconnect();
    await registry.close();
    throw error;
  }

  const processor = async (job: Job<RunRequestJobData, RunCompleted>): Promise<RunCompleted> => {
    const ctx: StageContext = {
      redis,
      registry,
      log,
      prefix,
      progress: async ({ stage, rows, percent }) => {
        await job.updateProgress({ runId: job.data.runId, stage, rows, percent });
      },
    };
    return processRequest(job.data, ctx);
  };

  const worker = new Worker<RunRequestJobData, RunCompleted>(REQUESTS_QUEUE, processor, {
    connection: redisConnectionOptions(options.redisUrl, 'worker', {
      connectionName: 'replan-serve-worker',
    }),
    prefix,
    concurrency: options.concurrency ?? 1,
    lockDuration: options.lockDurationMs ?? DEFAULT_LOCK_DURATION_MS,
  });
  worker.on('error', (error) => log.error(`worker: ${error.message}`));
  worker.on('failed', (job, error) => {
    log.warn(`run ${job?.id ?? '?'} failed: ${error.message}`);
  });
  try {
    await worker.waitUntilReady();
  } catch (error) {
    await worker.close();
    redis.disconnect();
    await registry.close();
    throw error;
  }
  log.info(
    `serving ${REQUESTS_QUEUE} (prefix ${prefix}) on ${redactRedisUrl(options.redisUrl)} ` +
      `for ${registry.ids().length} tenants`,
  );

  let closing: Promise<void> | undefined;
  return {
    registry,
    worker,
    close: () => {
      closing ??= (async () => {
        await worker.close();
        await redis.quit().catch(() => redis.disconnect());
        await registry.close();
      })();
      return closing;
    },
  };
}
