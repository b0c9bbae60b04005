/**
 * Stopping a run's stages: the coordinator sets the run's abort key (with the reason) when
 * the run is cancelled or one of its stages failed; each stage watches it and gives up.
 */
import { abortKey } from '@replan/queue';
import type { Redis } from 'ioredis';

/** The run was stopped; the message is the reason the coordinator gave. */
export class RunAbortedError extends Error {
  override name = 'RunAbortedError';
}

/** Abort keys outlive any run: a day. */
const ABORT_KEY_TTL_SECONDS = 24 * 3600;

export interface RunKeys {
  tenant: string;
  runId: string;
}

/** Stops the run's stages with `reason` (the first reason given is kept). */
export async function abortRun(
  redis: Redis,
  prefix: string,
  run: RunKeys,
  reason: string,
): Promise<void> {
  await redis.set(
    abortKey(run.tenant, run.runId, prefix),
    reason,
    'EX',
    ABORT_KEY_TTL_SECONDS,
    'NX',
  );
}

/** The reason the run was stopped, or undefined while it may go on. */
export async function abortReason(
  redis: Redis,
  prefix: string,
  run: RunKeys,
): Promise<string | undefined> {
  return (await redis.get(abortKey(run.tenant, run.runId, prefix))) ?? undefined;
}

/** Throws RunAbortedError when the run was stopped. */
export async function throwIfAborted(redis: Redis, prefix: string, run: RunKeys): Promise<void> {
  const reason = await abortReason(redis, prefix, run);
  if (reason !== undefined) throw new RunAbortedError(reason);
}

export interface AbortWatch {
  readonly signal: AbortSignal;
  stop(): void;
}

/**
 * Looks at the run's abort key every `intervalMs` and aborts `signal` (with a
 * RunAbortedError) once it is set, or when `abortNow` is called locally.
 */
export function watchAbort(
  redis: Redis,
  prefix: string,
  run: RunKeys,
  intervalMs = 500,
): AbortWatch & { abortNow(reason: string): void } {
  const controller = new AbortController();
  let checking = false;
  const timer = setInterval(() => {
    if (checking || controller.signal.aborted) return;
    checking = true;
    abortReason(redis, prefix, run)
      .then((reason) => {
        if (reason !== undefined) controller.abort(new RunAbortedError(reason));
      })
      .catch(() => {
        // Redis unreachable for a moment: the next tick looks again.
      })
      .finally(() => {
        checking = false;
      });
  }, intervalMs);
  timer.unref();
  return {
    signal: controller.signal,
    stop: () => clearInterval(timer),
    abortNow: (reason) => {
      if (!controller.signal.aborted) controller.abort(new RunAbortedError(reason));
    },
  };
}
