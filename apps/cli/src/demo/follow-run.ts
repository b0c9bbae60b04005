/**
 * Follows one run through the publish library: its progress on a bar (or one line per
 * stage), then its outcome.
 */
import { isRunOutcome, type ReplanClient, type RunOutcome } from '@replan/client';
import { CliError, ExitCode } from '../exit-codes';
import type { CliIo } from '../io';
import { createRunProgress } from './run-progress';

export interface FollowRunOptions {
  /** Give up after this long (default 10 minutes). */
  timeoutMs?: number;
  /** Rejects when the user interrupts the demo. */
  interrupted?: Promise<never>;
}

export const DEFAULT_RUN_TIMEOUT_MS = 10 * 60_000;

export async function followRun(
  client: ReplanClient,
  runId: string,
  io: CliIo,
  options: FollowRunOptions = {},
): Promise<RunOutcome> {
  const progress = createRunProgress(io);
  const timeoutMs = options.timeoutMs ?? DEFAULT_RUN_TIMEOUT_MS;
  let unsubscribe = (): void => undefined;
  let timer: NodeJS.Timeout | undefined;
  const outcome = new Promise<RunOutcome>((resolve, reject) => {
    timer = setTimeout(() => {
      reject(
        new CliError(
          `run ${runId} did not finish within ${Math.round(timeoutMs / 1000)} s; ` +
            `are the workers still running?`,
          ExitCode.Internal,
        ),
      );
    }, timeoutMs);
    unsubscribe = client.subscribe(runId, (event) => {
      if (isRunOutcome(event)) resolve(event);
      else progress.update(event);
    });
  });
  progress.update({ stage: 'queued', rows: 0, percent: 0 });
  try {
    const done = await Promise.race(
      options.interrupted === undefined ? [outcome] : [outcome, options.interrupted],
    );
    if (done.status === 'succeeded') {
      // The writer's own 'done' event may come after the outcome: end the bar with it.
      progress.update({ stage: 'done', rows: done.counts?.plannedOrders ?? 0, percent: 100 });
    }
    return done;
  } finally {
    clearTimeout(timer);
    unsubscribe();
    progress.stop();
  }
}
