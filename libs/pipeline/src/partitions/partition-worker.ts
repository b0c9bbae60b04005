/**
 * The engine's partition worker: takes partition jobs (plan-flow.ts) and plans each in a
 * thread of its own (partition-thread.ts). A partition job steps through every level of
 * its run and waits for the other partitions between levels, so the K partitions of a run
 * must run at the same time: the engines' partition concurrency together must be at least
 * K (one engine with concurrency ≥ K will do).
 *
 * A partition whose worker crashed (its lock expired) or failed is planned again from the
 * start, up to PARTITION_ATTEMPTS times; its run's plan is unchanged (plan-partition.ts).
 *
 * A partition job carries its plan job's data with the coordinator's signature: it is
 * checked with the service key before anything is read, so a job added to the partition
 * queue by another Redis client cannot name another run's or tenant's streams.
 */
import type { PlanSizeLimits } from '@replan/engine';
import type { Logger } from '@replan/observability';
import { redisConnectionOptions, verifyStageJob, type SigningKey } from '@replan/queue';
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { RunAbortedError, throwIfAborted, watchAbort } from '../abort';
import { inThread, planThreadFile } from '../plan-in-thread';
import { PARTITION_QUEUE, parsePartitionJob } from './partition-job';
import type { PartitionThreadInput } from './partition-thread';
import type { PartitionFault, PartitionOutcome } from './plan-partition';

/** Partition jobs an engine plans at the same time, unless configured. */
export const DEFAULT_PARTITION_CONCURRENCY = 2;

export interface PartitionWorkerOptions {
  redisUrl: string;
  /** The service's command connection (abort checks). */
  redis: Redis;
  prefix: string;
  log: Logger;
  /** The service key (REPLAN_SERVICE_KEY): checks the jobs' signatures and abort keys. */
  serviceKey: SigningKey;
  concurrency?: number;
  streamTimeoutMs?: number;
  maxHeapMb?: number;
  /** The plan-size limits (REPLAN_MAX_PLANNED_ORDERS, REPLAN_MAX_PEGGING_ROWS). */
  planSizeLimits?: Partial<PlanSizeLimits>;
  /** For tests: a partition that fails once at a level. */
  fault?: PartitionFault;
}

export function startPartitionWorker(options: PartitionWorkerOptions): Worker {
  const { redis, prefix, log, serviceKey } = options;
  const stopKeys = { serviceKey };
  const processor = async (job: Job): Promise<PartitionOutcome> => {
    const data = (() => {
      try {
        return parsePartitionJob(job.data);
      } catch (error) {
        throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
      }
    })();
    const check = verifyStageJob('plan', data, serviceKey);
    if (!check.ok) throw new UnrecoverableError(`partition ${data.partition}: ${check.reason}`);
    const watch = watchAbort(redis, prefix, data, stopKeys);
    try {
      await throwIfAborted(redis, prefix, data, stopKeys);
      const input: PartitionThreadInput = {
        job: data,
        redisUrl: options.redisUrl,
        prefix,
        attempt: job.attemptsMade,
      };
      if (options.streamTimeoutMs !== undefined) input.streamTimeoutMs = options.streamTimeoutMs;
      if (options.fault !== undefined) input.fault = options.fault;
      if (options.planSizeLimits !== undefined) input.planSizeLimits = options.planSizeLimits;
      const outcome = await inThread<PartitionOutcome>(
        planThreadFile('partitions/partition-thread.js'),
        input,
        {
          redisUrl: options.redisUrl,
          prefix,
          signal: watch.signal,
          progress: (p) =>
            job.updateProgress({ runId: data.runId, partition: data.partition, ...p }),
          ...(options.maxHeapMb !== undefined ? { maxHeapMb: options.maxHeapMb } : {}),
        },
      );
      log.info(
        { runId: data.runId, tenant: data.tenant, partition: data.partition },
        `partition ${data.partition + 1} of ${data.partitions} planned`,
      );
      return outcome;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log.warn(
        { runId: data.runId, tenant: data.tenant, partition: data.partition, err: error },
        `partition ${data.partition + 1} of ${data.partitions} failed: ${message}`,
      );
      // A plan over its size limits is over them at every attempt.
      const planTooLarge = error instanceof Error && error.name === 'PlanSizeError';
      if (watch.signal.aborted || error instanceof RunAbortedError || planTooLarge) {
        throw new UnrecoverableError(message);
      }
      throw error;
    } finally {
      watch.stop();
    }
  };
  const worker = new Worker(PARTITION_QUEUE, processor, {
    connection: redisConnectionOptions(options.redisUrl, 'worker', {
      connectionName: 'replan-partition-worker',
    }),
    prefix,
    concurrency: options.concurrency ?? DEFAULT_PARTITION_CONCURRENCY,
    // A partition whose engine died is planned again by another (it replays the handovers).
    maxStalledCount: 1,
    lockDuration: 60_000,
  });
  worker.on('error', (error) => log.error({ err: error }, `partition worker: ${error.message}`));
  return worker;
}
