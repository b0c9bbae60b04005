/**
 * The engine's partition thread: plans one partition (plan-partition.ts) off the worker's
 * event loop, so the job lock keeps being renewed. Started by partitionInThread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { silentLogger } from '@replan/observability';
import { createRedisConnection } from '@replan/queue';
import type { StageContext } from '../context';
import type { ThreadMessage } from '../plan-in-thread';
import { parsePartitionJob } from './partition-job';
import { processPartition, type PartitionFault, type PartitionOutcome } from './plan-partition';

export interface PartitionThreadInput {
  job: unknown;
  redisUrl: string;
  prefix: string;
  streamTimeoutMs?: number;
  /** Attempts made before this one (0 the first time). */
  attempt: number;
  fault?: PartitionFault;
}

function post(message: ThreadMessage<PartitionOutcome>): void {
  parentPort?.postMessage(message);
}

async function main(input: PartitionThreadInput): Promise<void> {
  const job = parsePartitionJob(input.job);
  const redis = createRedisConnection(input.redisUrl, 'worker', {
    connectionName: 'replan-partition-thread',
  });
  try {
    const ctx: StageContext = {
      redis,
      prefix: input.prefix,
      log: silentLogger(),
      progress: (progress) => {
        post({ type: 'progress', progress });
        return Promise.resolve();
      },
    };
    if (input.streamTimeoutMs !== undefined) ctx.streamTimeoutMs = input.streamTimeoutMs;
    const options = {
      attempt: input.attempt,
      ...(input.fault !== undefined ? { fault: input.fault } : {}),
    };
    post({ type: 'done', outcome: await processPartition(job, ctx, options) });
  } finally {
    redis.disconnect();
  }
}

main(workerData as PartitionThreadInput).catch((error: unknown) => {
  post(
    error instanceof Error
      ? { type: 'error', message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
      : { type: 'error', message: String(error) },
  );
});
