/**
 * plan stage (engine): reads the snapshot stream, validates and plans the dataset, and
 * writes the result stream.
 */
import {
  runPlan,
  type CompileOptions,
  type PlanModel,
  type PlanOptions,
  type PlanRun,
  type ResultCounts,
  type RunMessage,
} from '@replan/engine';
import { DEFAULT_STREAM_TTL_SECONDS, writeBatches, type PlanJob } from '@replan/queue';
import { STREAM_PIPELINE, type StageContext } from './context';
import { encodeRunResult, readSnapshot } from './engine-stage';
import type { PartitionOutcome } from './partitions/partition-outcome';
import { digesting } from './result-digest';
import { readRunStream } from './run-streams';
import { timedItems, type Tally } from './stage-timing';

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
      /** SHA-256 of the result stream's batches. */
      resultHash: string;
      /** A run planned in partitions: what each partition did (see plan-partition.ts). */
      partitions?: PartitionOutcome[];
    }
  | { ok: false; error: string; messages: RunMessage[] };

/** Where a plan stage's time went, in milliseconds. */
export interface PlanPhases {
  wait: number;
  decode: number;
  validate: number;
  /** Compiling the model and planning. */
  plan: number;
  /** Making the result batches from the run's columns (encoding them). */
  encode: number;
  /** Sending the result batches to the result stream. */
  send: number;
}

/** The run's error for an invalid dataset: the count and the first error, naming its row. */
function invalidDatasetError(job: PlanJob, errors: number, first: string | undefined): string {
  const count = `${errors} ${errors === 1 ? 'error' : 'errors'}`;
  const head = `run ${job.runId}: the dataset of plan ${job.plan} is invalid (${count})`;
  return first === undefined ? head : `${head}; the first: ${first}`;
}

export type Loaded =
  | { ok: false; outcome: PlanOutcome }
  | { ok: true; wait: number; decode: number; validate: number; take(): PlanModel };

/** Reads, decodes, validates and compiles the snapshot; `take` hands the model over once. */
export async function loadModel(
  job: PlanJob,
  ctx: StageContext,
  lap: () => number,
  options: CompileOptions,
): Promise<Loaded> {
  const batches = await readRunStream(ctx, job.snapshotKey);
  const wait = lap();
  const laps = { decode: 0, validate: 0 };
  const read = readSnapshot(batches, (step) => (laps[step] = lap()));
  if (!read.ok) {
    return {
      ok: false,
      outcome: {
        ok: false,
        error: invalidDatasetError(job, read.errors, read.firstError),
        messages: read.messages,
      },
    };
  }
  await ctx.progress({ stage: 'plan', rows: 0, percent: 0 });
  let model: PlanModel | undefined = read.compile(options);
  return {
    ok: true,
    wait,
    ...laps,
    take: () => {
      const taken = model;
      model = undefined;
      if (taken === undefined) throw new Error('the plan model was already taken');
      return taken;
    },
  };
}

/** How the model is planned: runPlan, or the merge of a run planned in partitions. */
export type PlanModelStep = (model: PlanModel, options: PlanOptions) => PlanRun | Promise<PlanRun>;

export async function processPlan(
  job: PlanJob,
  ctx: StageContext,
  planModel: PlanModelStep = runPlan,
): Promise<PlanOutcome> {
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
    ...(ctx.planSizeLimits !== undefined ? { limits: ctx.planSizeLimits } : {}),
    onProgress: ({ nodesDone, nodesTotal }) => {
      const percent = nodesTotal === 0 ? 100 : Math.floor((nodesDone / nodesTotal) * 100);
      if (percent - lastPercent >= 10) {
        lastPercent = percent;
        pending.push(ctx.progress({ stage: 'plan', rows: nodesDone, percent }));
      }
    },
  };
  const loaded = await loadModel(job, ctx, lap, options);
  if (!loaded.ok) return loaded.outcome;
  // Only the model is held from here on: the snapshot's batches and dataset are garbage
  // once it is compiled.
  const { wait, decode, validate } = loaded;
  const run = await planModel(loaded.take(), options);
  const plan = lap();
  await Promise.all(pending);
  ctx.signal?.throwIfAborted();
  lap();
  // The result is made, encoded and sent a slice at a time: it never exists whole, as
  // objects or as bytes. Its head (counts) and messages are kept for the outcome.
  const result = encodeRunResult(run);
  const messages = result.messages;
  // A few batches per round trip, so the writer starts on the first ones at once.
  // Time inside the batches' `next` is making and encoding them; the rest is sending.
  const produced: Tally = { ms: 0 };
  const digested = digesting(timedItems(result.batches, produced));
  const written = await writeBatches(ctx.redis, job.resultKey, digested.batches, {
    ttlSeconds: DEFAULT_STREAM_TTL_SECONDS,
    maxPipeline: STREAM_PIPELINE,
  });
  const write = lap();
  const encode = Math.min(write, Math.round(produced.ms));
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
    phases: { wait, decode, validate, plan, encode, send: write - encode },
    resultHash: digested.digest.hex(),
  };
}
