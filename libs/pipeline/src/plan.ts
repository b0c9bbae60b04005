/**
 * plan stage (engine): reads the snapshot stream, validates and plans the dataset, and
 * writes the result stream.
 */
import {
  runPlan,
  type CompileOptions,
  type PlanOptions,
  type ResultCounts,
  type RunMessage,
} from '@replan/engine';
import { DEFAULT_STREAM_TTL_SECONDS, writeBatches, type PlanJob } from '@replan/queue';
import { STREAM_PIPELINE, type StageContext } from './context';
import { encodeRunResult, readSnapshot, type ReadSnapshot } from './engine-stage';
import { readRunStream } from './run-streams';

export type PlanOutcome =
  | {
      ok: true;
      batches: number;
      bytes: number;
      /** Requirement events planned (the engine's unit of work). */
      events: number;
      counts: ResultCounts;
      messages: RunMessage[];
      /** Milliseconds per phase (`wait`: for the snapshot stream's last batch). */
      phases: PlanPhases;
    }
  | { ok: false; error: string; messages: RunMessage[] };

/** Where a plan stage's time went, in milliseconds. */
export interface PlanPhases {
  wait: number;
  decode: number;
  validate: number;
  /** Compiling the model and planning. */
  plan: number;
  /** Making the result rows, encoding them and writing them to the result stream. */
  write: number;
}

/** Reads and decodes the snapshot stream; compiling is left to the caller. */
async function loadSnapshot(
  job: PlanJob,
  ctx: StageContext,
  lap: () => number,
): Promise<{ wait: number; decode: number; validate: number; read: ReadSnapshot }> {
  const batches = await readRunStream(ctx, job.snapshotKey);
  const wait = lap();
  const laps = { decode: 0, validate: 0 };
  const read = readSnapshot(batches, (step) => (laps[step] = lap()));
  return { wait, ...laps, read };
}

export async function processPlan(job: PlanJob, ctx: StageContext): Promise<PlanOutcome> {
  await ctx.progress({ stage: 'load', rows: 0, percent: 0 });
  let mark = performance.now();
  const lap = (): number => {
    const at = performance.now();
    const ms = Math.round(at - mark);
    mark = at;
    return ms;
  };
  let lastPercent = 0;
  const pending: Promise<void>[] = [];
  const options: CompileOptions & PlanOptions = {
    planDate: job.planDate,
    onProgress: ({ nodesDone, nodesTotal }) => {
      const percent = nodesTotal === 0 ? 100 : Math.floor((nodesDone / nodesTotal) * 100);
      if (percent - lastPercent >= 10) {
        lastPercent = percent;
        pending.push(ctx.progress({ stage: 'plan', rows: nodesDone, percent }));
      }
    },
  };
  const { wait, decode, validate, read } = await loadSnapshot(job, ctx, lap);
  if (!read.ok) {
    return {
      ok: false,
      error: `run ${job.runId}: the dataset of plan ${job.plan} is invalid (${read.errors} errors)`,
      messages: read.messages,
    };
  }
  await ctx.progress({ stage: 'plan', rows: 0, percent: 0 });
  // Only the model is held from here on: the snapshot's batches and dataset are garbage
  // once it is compiled.
  const run = runPlan(read.compile(options), options);
  const plan = lap();
  await Promise.all(pending);
  ctx.signal?.throwIfAborted();
  lap();
  // The result is made, encoded and sent a slice at a time: it never exists whole, as
  // objects or as bytes. Its head (counts) and messages are kept for the outcome.
  const result = encodeRunResult(run);
  const messages = result.messages;
  // A few batches per round trip, so the writer starts on the first ones at once.
  const written = await writeBatches(ctx.redis, job.resultKey, result.batches, {
    ttlSeconds: DEFAULT_STREAM_TTL_SECONDS,
    maxPipeline: STREAM_PIPELINE,
  });
  const write = lap();
  const { counts } = result.head();
  ctx.log.info(
    { plannedOrders: counts.plannedOrders, batches: written.entries },
    `planned ${counts.plannedOrders} planned orders`,
  );
  await ctx.progress({ stage: 'plan', rows: counts.plannedNodes, percent: 100 });
  return {
    ok: true,
    batches: written.entries,
    bytes: written.bytes,
    events: counts.requirementEvents,
    counts,
    messages,
    phases: { wait, decode, validate, plan, write },
  };
}
