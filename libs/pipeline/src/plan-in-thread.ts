/**
 * Runs the plan stage in a worker thread (see plan-thread.ts) and relays its progress; a
 * stopped run terminates the thread at once, whatever it is doing. The thread always has a
 * heap limit of its own, so a plan that does not fit ends the run, not the engine process.
 */
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { PlanSizeLimits } from '@replan/engine';
import type { PlanJob } from '@replan/queue';
import { RunAbortedError } from './abort';
import type { StageProgress } from './context';
import type { PlanOutcome } from './plan';
import type { PlanThreadInput } from './plan-thread';
import type { ThreadMessage } from './stage-thread';

export type { ThreadMessage } from './stage-thread';

export interface PlanInThreadOptions {
  redisUrl: string;
  prefix: string;
  streamTimeoutMs?: number;
  /** Heap limit of the planning thread in MiB (default: the process's own heap limit). */
  maxHeapMb?: number;
  planSizeLimits?: Partial<PlanSizeLimits>;
  progress(progress: StageProgress): Promise<void>;
  signal?: AbortSignal;
}

/**
 * The compiled thread script. From the compiled library it sits next to this file; when
 * this file runs from source (tests), the built copy in dist/ is used.
 */
export function planThreadFile(script = 'plan-thread.js'): string {
  const dir = basename(__dirname) === 'src' ? join(__dirname, '..', 'dist') : __dirname;
  return join(dir, script);
}

/** The process's heap limit in MiB: what a thread gets when no limit is configured. */
export function defaultThreadHeapMb(): number {
  return Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024));
}

/** The run's error when the planning thread ran out of its heap (docs/operations.md). */
export function outOfMemoryMessage(heapMb: number): string {
  return (
    `the planning thread ran out of memory (heap limit ${heapMb} MiB): ` +
    "raise REPLAN_ENGINE_MAX_HEAP_MB and the engine's memory, or lower the plan-size limits"
  );
}

function isOutOfMemory(error: Error): boolean {
  return (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

export function planInThread(
  job: PlanJob,
  options: PlanInThreadOptions,
  extra: Partial<PlanThreadInput> = {},
): Promise<PlanOutcome> {
  const input: PlanThreadInput = { job, redisUrl: options.redisUrl, prefix: options.prefix };
  if (options.streamTimeoutMs !== undefined) input.streamTimeoutMs = options.streamTimeoutMs;
  if (options.planSizeLimits !== undefined) input.planSizeLimits = options.planSizeLimits;
  return inThread<PlanOutcome>(planThreadFile(), { ...input, ...extra }, options);
}

/**
 * Runs a stage script (`file`, which posts ThreadMessages) in a worker thread with
 * `workerData`, relaying its progress; a stopped run terminates the thread.
 */
export function inThread<T>(
  file: string,
  workerData: unknown,
  options: PlanInThreadOptions,
): Promise<T> {
  if (!existsSync(file)) {
    return Promise.reject(
      new Error(`the planning thread script ${file} is missing: build the project (npm run build)`),
    );
  }
  options.signal?.throwIfAborted();
  // Without a limit of its own, a thread out of heap would abort the whole process.
  const heapMb = options.maxHeapMb ?? defaultThreadHeapMb();
  const thread = new Worker(file, {
    workerData,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
  });
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      action();
    };
    const onAbort = (): void => {
      const reason: unknown = options.signal?.reason;
      void thread.terminate();
      settle(() =>
        reject(reason instanceof Error ? reason : new RunAbortedError('the run was stopped')),
      );
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    thread.on('message', (message: ThreadMessage<T>) => {
      if (message.type === 'progress') {
        options.progress(message.progress).catch(() => {
          // Progress is informative; a failed update must not fail the plan.
        });
      } else if (message.type === 'done') {
        settle(() => resolve(message.outcome));
      } else {
        const error = new Error(message.message);
        if (message.name !== undefined) error.name = message.name;
        if (message.stack !== undefined) error.stack = message.stack;
        settle(() => reject(error));
      }
    });
    thread.on('error', (error) =>
      settle(() => reject(isOutOfMemory(error) ? new Error(outOfMemoryMessage(heapMb)) : error)),
    );
    thread.on('exit', (code) => {
      settle(() =>
        reject(
          new Error(
            code === 0
              ? 'the planning thread ended without an outcome'
              : `the planning thread exited with code ${code}`,
          ),
        ),
      );
    });
  });
}
