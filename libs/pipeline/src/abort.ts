/**
 * Stopping a run's stages: the coordinator sets the run's abort key (the reason, signed
 * with the service key) when the run is cancelled or one of its stages failed; each stage
 * watches it and gives up. A stage that holds the tenant's secret (connector, writer) also
 * watches the run's cancel key, signed by the tenant: a run taken off the queue while its
 * stages were already queued has no coordinator left to stop them.
 *
 * A value that does not verify (SET by some other Redis client) stops nothing.
 */
import {
  abortKey,
  abortValue,
  boundText,
  cancelKey,
  verifyAbortValue,
  verifyCancelValue,
  type SigningKey,
} from '@replan/queue';
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

/** The keys a stop signal is checked with. */
export interface StopKeys {
  serviceKey: SigningKey;
  /** The tenant's secret: the run's cancel key is watched too. */
  tenantSecret?: SigningKey;
}

/** Stops the run's stages with `reason` (the first reason given is kept). */
export async function abortRun(
  redis: Redis,
  prefix: string,
  run: RunKeys,
  reason: string,
  serviceKey: SigningKey,
): Promise<void> {
  await redis.set(
    abortKey(run.tenant, run.runId, prefix),
    abortValue(run.tenant, run.runId, boundText(reason), serviceKey),
    'EX',
    ABORT_KEY_TTL_SECONDS,
    'NX',
  );
}

/**
 * The reason the run was stopped, or undefined while it may go on: a verified abort key, or
 * (with the tenant's secret) a verified cancel key — which is then turned into the run's
 * abort key, so that the stages without the tenant's secret (the engine) stop too. Values
 * that do not verify are ignored.
 */
export async function abortReason(
  redis: Redis,
  prefix: string,
  run: RunKeys,
  keys: StopKeys,
): Promise<string | undefined> {
  const [abort, cancel] = await redis.mget(
    abortKey(run.tenant, run.runId, prefix),
    cancelKey(prefix, run.runId),
  );
  const check = verifyAbortValue(abort, run.tenant, run.runId, keys.serviceKey);
  if (check.state === 'stopped') return check.reason;
  if (keys.tenantSecret !== undefined) {
    const how = verifyCancelValue(cancel, run.tenant, run.runId, keys);
    if (how !== undefined) {
      await abortRun(redis, prefix, run, 'run cancelled', keys.serviceKey);
      return 'run cancelled';
    }
  }
  return undefined;
}

/** Throws RunAbortedError when the run was stopped. */
export async function throwIfAborted(
  redis: Redis,
  prefix: string,
  run: RunKeys,
  keys: StopKeys,
): Promise<void> {
  const reason = await abortReason(redis, prefix, run, keys);
  if (reason !== undefined) throw new RunAbortedError(reason);
}

export interface AbortWatch {
  readonly signal: AbortSignal;
  stop(): void;
}

/**
 * Looks at the run's abort (and cancel) key every `intervalMs` and aborts `signal` (with a
 * RunAbortedError) once a verified stop is found, or when `abortNow` is called locally.
 */
export function watchAbort(
  redis: Redis,
  prefix: string,
  run: RunKeys,
  keys: StopKeys,
  intervalMs = 500,
): AbortWatch & { abortNow(reason: string): void } {
  const controller = new AbortController();
  let checking = false;
  const timer = setInterval(() => {
    if (checking || controller.signal.aborted) return;
    checking = true;
    abortReason(redis, prefix, run, keys)
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
