/**
 * The start-up every stage thread shares (plan-thread.ts, partitions/partition-thread.ts):
 * a Redis connection of its own, a StageContext whose progress goes to the parent as
 * messages, the work's outcome (or its error) posted, the connection closed. Started by
 * inThread (plan-in-thread.ts), which relays the messages.
 */
import { parentPort } from 'node:worker_threads';
import type { PlanSizeLimits } from '@replan/engine';
import { silentLogger } from '@replan/observability';
import { createRedisConnection } from '@replan/queue';
import type { StageContext, StageProgress } from './context';

/** What a stage thread tells its parent. */
export type ThreadMessage<T> =
  | { type: 'progress'; progress: StageProgress }
  | { type: 'done'; outcome: T }
  | { type: 'error'; message: string; name?: string; stack?: string };

/** The settings every stage thread is started with (its workerData has more). */
export interface StageThreadInput {
  redisUrl: string;
  prefix: string;
  streamTimeoutMs?: number;
  planSizeLimits?: Partial<PlanSizeLimits>;
}

function post<T>(message: ThreadMessage<T>): void {
  parentPort?.postMessage(message);
}

/** Runs `work` in this thread with a context built from `input`, and posts its outcome. */
export function runStageThread<T>(
  input: StageThreadInput,
  connectionName: string,
  work: (ctx: StageContext) => Promise<T>,
): void {
  const main = async (): Promise<void> => {
    const redis = createRedisConnection(input.redisUrl, 'worker', { connectionName });
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
      post<T>({ type: 'done', outcome: await work(ctx) });
    } finally {
      redis.disconnect();
    }
  };
  main().catch((error: unknown) => {
    post(
      error instanceof Error
        ? {
            type: 'error',
            message: error.message,
            name: error.name,
            ...(error.stack ? { stack: error.stack } : {}),
          }
        : { type: 'error', message: String(error) },
    );
  });
}
