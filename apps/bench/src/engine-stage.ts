/**
 * replan-bench-engine-stage: the engine stage alone, in one process, on the benchmark's
 * dataset: the snapshot batches a connector would send are made first (untimed), then
 * decode + validate + compile + plan + result encoding are timed as the engine app runs
 * them (without Redis), and reported with the requirement events per second over all of
 * them and the process's peak resident memory.
 *
 *   node --expose-gc apps/bench/bin/replan-bench-engine-stage.js --size M [--depth 6] [--seed 42]
 *     [--result rows]
 *
 * `--result rows` makes the result as row objects first and encodes those (the engine's
 * way before it encoded from its columns), for comparison.
 */
import { generateDataset, itemsForNodes } from '@replan/datagen';
import { encodeDatasetBatches, encodeResultParts } from '@replan/contracts';
import { planResultParts, runPlan } from '@replan/engine';
import { planSnapshotBatches, readSnapshot, type EngineStageOutcome } from '@replan/pipeline';
import { DEFAULT_DEPTH, DEFAULT_SEED, SIZE_NODES, SIZES, type Size } from './options';

function argument(name: string, fallback: string): string {
  const at = process.argv.indexOf(name);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

/** The engine stage with the result made as row objects before it is encoded. */
function planThroughRows(
  batches: Uint8Array[],
  onBatch: (bytes: Uint8Array) => void,
): EngineStageOutcome {
  let mark = performance.now();
  const lap = (): number => {
    const at = performance.now();
    const ms = Math.round(at - mark);
    mark = at;
    return ms;
  };
  const phases = { decode: 0, validate: 0, plan: 0, write: 0 };
  const read = readSnapshot(batches, (step) => (phases[step] = lap()));
  if (!read.ok) return { ok: false, error: 'the dataset is invalid', messages: read.messages };
  const run = runPlan(read.compile({}));
  phases.plan = lap();
  for (const bytes of encodeResultParts(planResultParts(run))) onBatch(bytes);
  phases.write = lap();
  return { ok: true, events: run.state.events, phases, messages: [] };
}

function main(): void {
  const size = argument('--size', 'M').toUpperCase() as Size;
  if (!SIZES.includes(size)) throw new Error(`--size must be S, M or L, got ${size}`);
  const depth = Number(argument('--depth', String(DEFAULT_DEPTH)));
  const seed = Number(argument('--seed', String(DEFAULT_SEED)));
  const gc = (globalThis as { gc?: () => void }).gc;
  let dataset: ReturnType<typeof generateDataset> | undefined = generateDataset({
    items: itemsForNodes(SIZE_NODES[size]),
    seed,
    depth,
  });
  let batches: Uint8Array[] | undefined = encodeDatasetBatches(dataset);
  const snapshotBytes = batches.reduce((sum, b) => sum + b.byteLength, 0);
  dataset = undefined;
  gc?.();
  const rssBefore = process.memoryUsage().rss;
  const taken = batches;
  batches = undefined;
  let resultBatches = 0;
  let resultBytes = 0;
  const onBatch = (bytes: Uint8Array): void => {
    resultBatches += 1;
    resultBytes += bytes.byteLength;
  };
  const outcome =
    argument('--result', 'columns') === 'rows'
      ? planThroughRows(taken, onBatch)
      : planSnapshotBatches(taken, {}, onBatch);
  if (!outcome.ok) throw new Error(outcome.error);
  const { phases, events } = outcome;
  const total = phases.decode + phases.validate + phases.plan + phases.write;
  const peak = process.resourceUsage().maxRSS * 1024;
  const lines = [
    `engine stage, size ${size} (depth ${depth}, seed ${seed}, result from ${argument('--result', 'columns')}): ${events.toLocaleString('en-US')} requirement events`,
    `snapshot ${mib(snapshotBytes)}, result ${resultBatches} batches ${mib(resultBytes)}`,
    `decode ${phases.decode} ms, validate ${phases.validate} ms, compile + plan ${phases.plan} ms, result ${phases.write} ms`,
    `total ${total} ms: ${Math.round(events / (total / 1000)).toLocaleString('en-US')} events/s`,
    `rss before ${mib(rssBefore)}, peak rss ${mib(peak)}`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main();
