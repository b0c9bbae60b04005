/**
 * The engine stage's work without its I/O: snapshot batches in, result batches out
 * (decode, validate, compile, plan, encode). processPlan runs it between the run's two
 * streams; the engine-stage benchmark runs it on batches held in memory.
 */
import { decodeSnapshotColumns, encodeResultColumnParts } from '@replan/contracts';
import {
  compileColumns,
  formatIssue,
  planResultColumns,
  runPlan,
  validateColumns,
  type CompileOptions,
  type DatasetIssue,
  type PlanModel,
  type PlanOptions,
  type PlanRun,
  type ResultHead,
  type ResultColumnPart,
  type RunMessage,
} from '@replan/engine';

function issueMessage(issue: DatasetIssue, severity: RunMessage['severity']): RunMessage {
  const message: RunMessage = { severity, code: 'INVALID_DATASET', text: formatIssue(issue) };
  if (issue.id !== undefined) message.ref = issue.id;
  return message;
}

/** A snapshot read into the engine: its model to compile, or what is wrong with it. */
export type ReadSnapshot =
  | {
      ok: false;
      errors: number;
      /** The first error, worded (it names its row). */
      firstError?: string;
      messages: RunMessage[];
    }
  | { ok: true; compile(options: CompileOptions): PlanModel };

/**
 * Decodes snapshot batches into dataset columns and validates them (`lap` is called after
 * each step, for timing).
 * The batches are not referenced afterwards; `compile` may be called once.
 */
export function readSnapshot(
  batches: Uint8Array[],
  lap: (step: 'decode' | 'validate') => void,
): ReadSnapshot {
  const decoded = decodeSnapshotColumns(batches.splice(0));
  lap('decode');
  const validation = validateColumns(decoded);
  lap('validate');
  if (!validation.ok) {
    const first = validation.errors[0];
    return {
      ok: false,
      errors: validation.errors.length,
      ...(first === undefined ? {} : { firstError: formatIssue(first) }),
      messages: [
        ...validation.errors.map((issue) => issueMessage(issue, 'error')),
        ...validation.warnings.map((issue) => issueMessage(issue, 'warning')),
      ],
    };
  }
  let dataset: typeof validation.dataset | undefined = validation.dataset;
  return {
    ok: true,
    compile: (options) => {
      if (dataset === undefined) throw new Error('the snapshot was already compiled');
      const model = compileColumns(dataset, options);
      dataset = undefined;
      return model;
    },
  };
}

/** A run's result as batches, encoded as they are taken, with its head and messages kept. */
export interface EncodedResult {
  batches: Iterable<Uint8Array>;
  /** The result's head, once the batches have been taken. */
  head(): ResultHead;
  /** The run's messages, once the batches have been taken. */
  messages: RunMessage[];
}

export function encodeRunResult(run: PlanRun): EncodedResult {
  let head: ResultHead | undefined;
  const messages: RunMessage[] = [];
  function* kept(): Generator<ResultColumnPart> {
    for (const part of planResultColumns(run)) {
      if (part.kind === 'head') head = part.head;
      else if (part.kind === 'rows' && part.list === 'messages') messages.push(...part.rows);
      yield part;
    }
  }
  return {
    batches: encodeResultColumnParts(kept()),
    messages,
    head: () => {
      if (head === undefined) throw new Error("the plan's result has no head");
      return head;
    },
  };
}

/** Milliseconds of each step of the engine stage. */
export interface EngineStagePhases {
  decode: number;
  validate: number;
  /** Compiling the model and planning. */
  plan: number;
  /** Making and encoding the result batches (and whatever `onBatch` does with them). */
  write: number;
}

export type EngineStageOutcome =
  | { ok: true; events: number; phases: EngineStagePhases; messages: RunMessage[] }
  | { ok: false; error: string; messages: RunMessage[] };

/**
 * The whole engine stage on batches in memory, synchronously: each result batch is handed
 * to `onBatch` as soon as it is encoded.
 */
export function planSnapshotBatches(
  batches: Uint8Array[],
  options: CompileOptions & PlanOptions,
  onBatch: (bytes: Uint8Array) => void,
): EngineStageOutcome {
  let mark = performance.now();
  const lap = (): number => {
    const at = performance.now();
    const ms = Math.round(at - mark);
    mark = at;
    return ms;
  };
  const phases: EngineStagePhases = { decode: 0, validate: 0, plan: 0, write: 0 };
  const read = readSnapshot(batches, (step) => (phases[step] = lap()));
  if (!read.ok) {
    return {
      ok: false,
      error: `the dataset is invalid (${read.errors} errors)`,
      messages: read.messages,
    };
  }
  const run = runPlan(read.compile(options), options);
  phases.plan = lap();
  const result = encodeRunResult(run);
  for (const bytes of result.batches) onBatch(bytes);
  phases.write = lap();
  return {
    ok: true,
    events: result.head().counts.requirementEvents,
    phases,
    messages: result.messages,
  };
}
