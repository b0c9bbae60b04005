/**
 * The engine's planning thread: runs the plan stage (read snapshot, validate, plan, write
 * result) off the worker's event loop, so the BullMQ job lock keeps being renewed however
 * long the plan takes. Started by planInThread with the job and connection settings as
 * workerData; reports progress and the outcome as messages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PlanSizeLimits } from '@replan/engine';
import { silentLogger } from '@replan/observability';
import { createRedisConnection, parsePlanJob } from '@replan/queue';
import type { StageContext, StageProgress } from './context';
import { processPlan, type PlanOutcome } from './plan';

/** What the thread is started with. */
export interface PlanThreadInput {
  job: unknown;
  redisUrl: string;
  prefix: string;
  streamTimeoutMs?: number;
  planSizeLimits?: Partial<PlanSizeLimits>;
}

/** What the thread tells its parent. */
export type PlanThreadMessage =
  | { type: 'progress'; progress: StageProgress }
  | { type: 'done'; outcome: PlanOutcome }
  | { type: 'error'; message: string; stack?: string };

function post(message: PlanThreadMessage): void {
  parentPort?.postMessage(message);
}

async function main(input: PlanThreadInput): Promise<void> {
  const job = parsePlanJob(input.job);
  const redis = createRedisConnection(input.redisUrl, 'worker', {
    connectionName: 'replan-engine-thread',
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
    if (input.planSizeLimits !== undefined) ctx.planSizeLimits = input.planSizeLimits;
    post({ type: 'done', outcome: await processPlan(job, ctx) });
  } finally {
    redis.disconnect();
  }
}

main(workerData as PlanThreadInput).catch((error: unknown) => {
  const message: PlanThreadMessage =
    error instanceof Error
      ? { type: 'error', message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
      : { type: 'error', message: String(error) };
  post(message);
});
