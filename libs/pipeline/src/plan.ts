/**
 * plan stage (engine): reads the snapshot stream, validates and plans the dataset, and
 * writes the result stream.
 */
import { decodeDatasetBatches, encodeResultParts } from '@replan/contracts';
import {
  compileDataset,
  formatIssue,
  planResultParts,
  runPlan,
  validateDataset,
  type CompileOptions,
  type PlanModel,
  type PlanOptions,
  type DatasetIssue,
  type ResultCounts,
  type ResultHead,
  type ResultPart,
  type RunMessage,
} from '@replan/engine';
import { DEFAULT_STREAM_TTL_SECONDS, writeBatches, type PlanJob } from '@replan/queue';
import { STREAM_PIPELINE, type StageContext } from './context';
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

function issueMessage(issue: DatasetIssue, severity: RunMessage['severity']): RunMessage {
  const message: RunMessage = { severity, code: 'INVALID_DATASET', text: formatIssue(issue) };
  if (issue.id !== undefined) message.ref = issue.id;
  return message;
}

/** The run's error for an invalid dataset: the count and the first error, naming its row. */
function invalidDatasetError(job: PlanJob, errors: readonly DatasetIssue[]): string {
  const first = errors[0];
  const count = `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`;
  const head = `run ${job.runId}: the dataset of plan ${job.plan} is invalid (${count})`;
  return first === undefined ? head : `${head}; the first: ${formatIssue(first)}`;
}

type Loaded =
  | { ok: false; outcome: PlanOutcome }
  | { ok: true; wait: number; decode: number; validate: number; take(): PlanModel };

/** Reads, decodes, validates and compiles the snapshot; `take` hands the model over once. */
async function loadModel(
  job: PlanJob,
  ctx: StageContext,
  lap: () => number,
  options: CompileOptions,
): Promise<Loaded> {
  let batches: Uint8Array[] | undefined = await readRunStream(ctx, job.snapshotKey);
  const wait = lap();
  const decoded = decodeDatasetBatches(batches);
  batches = undefined;
  const decode = lap();
  const validation = validateDataset(decoded);
  const validate = lap();
  if (!validation.ok) {
    const messages = [
      ...validation.errors.map((issue) => issueMessage(issue, 'error')),
      ...validation.warnings.map((issue) => issueMessage(issue, 'warning')),
    ];
    return {
      ok: false,
      outcome: {
        ok: false,
        error: invalidDatasetError(job, validation.errors),
        messages,
      },
    };
  }
  await ctx.progress({ stage: 'plan', rows: 0, percent: 0 });
  let model: PlanModel | undefined = compileDataset(validation.dataset, options);
  return {
    ok: true,
    wait,
    decode,
    validate,
    take: () => {
      const taken = model;
      model = undefined;
      if (taken === undefined) throw new Error('the plan model was already taken');
      return taken;
    },
  };
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
  // Only the model is held from here on: the snapshot's batches and dataset objects are
  // garbage once it is compiled.
  const { wait, decode, validate } = loaded;
  const run = runPlan(loaded.take(), options);
  const plan = lap();
  await Promise.all(pending);
  ctx.signal?.throwIfAborted();
  lap();
  // The result is made, encoded and sent a slice at a time: it never exists whole, as
  // objects or as bytes. Its head (counts) and messages are kept for the outcome.
  let head: ResultHead | undefined;
  const messages: RunMessage[] = [];
  function* kept(): Generator<ResultPart> {
    for (const part of planResultParts(run)) {
      if (part.kind === 'head') head = part.head;
      else if (part.list === 'messages') messages.push(...part.rows);
      yield part;
    }
  }
  // A few batches per round trip, so the writer starts on the first ones at once.
  const written = await writeBatches(ctx.redis, job.resultKey, encodeResultParts(kept()), {
    ttlSeconds: DEFAULT_STREAM_TTL_SECONDS,
    maxPipeline: STREAM_PIPELINE,
  });
  const write = lap();
  if (head === undefined) throw new Error(`run ${job.runId}: the plan's result has no head`);
  const { counts } = head;
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
