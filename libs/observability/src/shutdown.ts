/**
 * Graceful shutdown: on SIGTERM or SIGINT the process stops taking work and gives its
 * active jobs up to a configured time to finish (the `stop` function decides what happens
 * to a job still running at the deadline); a second signal exits at once.
 */
import type { Logger } from 'pino';

export interface ShutdownOptions {
  log: Logger;
  /** Stops the process's work; given the deadline (ms since the epoch). */
  stop: (deadline: number) => Promise<void>;
  /** How long `stop` may take before the process exits anyway (ms). */
  timeoutMs: number;
  signals?: readonly NodeJS.Signals[];
  /** Default process.exit. */
  exit?: (code: number) => void;
}

/** Installs the signal handlers; returns a function that removes them. */
export function handleShutdownSignals(options: ShutdownOptions): () => void {
  const signals = options.signals ?? ['SIGTERM', 'SIGINT'];
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (stopping) {
      options.log.warn({ signal }, 'second signal: exiting now');
      exit(130);
      return;
    }
    stopping = true;
    const deadline = Date.now() + options.timeoutMs;
    options.log.info({ signal, timeoutMs: options.timeoutMs }, 'shutting down');
    // A last resort if stop() itself hangs: a little after the deadline, exit anyway.
    const guard = setTimeout(() => {
      options.log.error('shutdown did not finish in time: exiting');
      exit(1);
    }, options.timeoutMs + 5_000);
    guard.unref();
    options
      .stop(deadline)
      .then(() => {
        clearTimeout(guard);
        options.log.info('stopped');
        exit(0);
      })
      .catch((error: unknown) => {
        clearTimeout(guard);
        options.log.error({ err: error }, 'shutdown failed');
        exit(1);
      });
  };
  for (const signal of signals) process.on(signal, onSignal);
  return () => {
    for (const signal of signals) process.off(signal, onSignal);
  };
}
