/**
 * Waiting for something that happens in another process or on another connection: a probe
 * tried again until it passes, or until a deadline, when its last error is thrown.
 */
export interface EventuallyOptions {
  /** Give up after this long (default 10 s). */
  timeoutMs?: number;
  /** Pause between tries (default 50 ms). */
  intervalMs?: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Calls `probe` until it resolves (returning its value) or `timeoutMs` has passed (throwing
 * the probe's last error, with how long it waited).
 */
export async function eventually<T>(
  probe: () => T | Promise<T>,
  options: EventuallyOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const intervalMs = options.intervalMs ?? 50;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await probe();
    } catch (error) {
      if (Date.now() >= deadline) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`not so within ${timeoutMs} ms: ${reason}`, { cause: error });
      }
    }
    await sleep(intervalMs);
  }
}

/**
 * Calls `probe` until it returns something other than undefined, and returns that; throws
 * naming `what` after `timeoutMs`.
 */
export async function until<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  options: EventuallyOptions = {},
): Promise<T> {
  return eventually(async () => {
    const value = await probe();
    if (value === undefined) throw new Error(`still waiting for ${what}`);
    return value;
  }, options);
}
