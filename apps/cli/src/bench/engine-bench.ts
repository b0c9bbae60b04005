/**
 * The engine benchmark: for a target number of planning nodes, generates a dataset in
 * memory (timed, but not part of the engine's figures), then times loading (compileDataset),
 * planning (runPlan) and building the result (toPlanResult) on their own.
 *
 * Heap is sampled right after compiling (dataset and model alive) and right after planning
 * (model and run alive; the dataset has been let go, as a planning worker would): the run
 * is synchronous, so no timer can sample during it.
 */
import { DEFAULT_DEPTH, estimateNodes, generateDataset } from '@replan/datagen';
import {
  compileDataset,
  runPlan,
  toPlanResult,
  type PlanModel,
  type PlanRun,
} from '@replan/engine';
import { msSince, now } from '../clock';

export interface EngineBenchRow {
  targetNodes: number;
  items: number;
  /** BOM depth of the generated company. */
  depth: number;
  /** Route operations per manufactured item (0: production lead times only). */
  routeOperations: number;
  /** Planning nodes of the compiled model. */
  nodes: number;
  /** Requirements and receipts netted. */
  requirementEvents: number;
  /** Requirement events per second of plan time. */
  eventsPerSecond: number;
  plannedOrders: number;
  pegging: number;
  /** Capacity reservations (resource, day, order, operation) the routed orders made. */
  reservations: number;
  generateMs: number;
  /** compileDataset. */
  loadMs: number;
  /** runPlan. */
  planMs: number;
  /** The first runPlan on the model, in a process whose optimised code a full GC just dropped. */
  firstPlanMs: number;
  /** toPlanResult. */
  outputMs: number;
  /** Largest heapUsed seen after compiling and after planning. */
  peakHeapBytes: number;
  /** Largest resident set size at the same moments. */
  peakRssBytes: number;
}

export interface EngineBenchOptions {
  seed: number;
  /** BOM depth, default the generator's (4). */
  depth?: number;
  /** Route operations per manufactured item, default 0 (benchEngine). */
  routeOperations?: number;
  /** Plan this many times after the first run and report the fastest (default 1). */
  repeat?: number;
  /** Collects garbage before each measured phase when given (node --expose-gc). */
  gc?: () => void;
  /** Told when a phase of a variant starts, to show that a long benchmark is alive. */
  onPhase?: (phase: 'generate' | 'load' | 'plan' | 'output', routeOperations: number) => void;
}

/** The garbage collector when node runs with --expose-gc. */
export function exposedGc(): (() => void) | undefined {
  const gc: unknown = (globalThis as { gc?: unknown }).gc;
  if (typeof gc !== 'function') return undefined;
  const collect = gc as () => void;
  return () => collect();
}

/** The item count whose generated dataset has the number of nodes closest to `targetNodes`. */
export function itemsForTargetNodes(targetNodes: number, seed: number): number {
  let low = 3;
  let high = Math.max(3, targetNodes);
  // estimateNodes grows with items and is at least items: binary search over [3, target].
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    if (estimateNodes({ items: mid, seed }) < targetNodes) low = mid + 1;
    else high = mid;
  }
  if (low > 3) {
    const below = Math.abs(estimateNodes({ items: low - 1, seed }) - targetNodes);
    const at = Math.abs(estimateNodes({ items: low, seed }) - targetNodes);
    if (below < at) return low - 1;
  }
  return low;
}

interface Loaded {
  routeOperations: number;
  items: number;
  model: PlanModel;
  generateMs: number;
  loadMs: number;
  afterLoad: NodeJS.MemoryUsage;
}

/** Generates and compiles; the dataset is dropped on return, so it can be collected before planning. */
function generateAndLoad(
  targetNodes: number,
  routeOperations: number,
  options: EngineBenchOptions,
): Loaded {
  const { seed, gc, onPhase } = options;
  const items = itemsForTargetNodes(targetNodes, seed);

  onPhase?.('generate', routeOperations);
  const generateStart = now();
  const dataset = generateDataset({
    items,
    seed,
    depth: options.depth ?? DEFAULT_DEPTH,
    routeOperations,
  });
  const generateMs = msSince(generateStart);

  gc?.();
  onPhase?.('load', routeOperations);
  const loadStart = now();
  const model = compileDataset(dataset);
  const loadMs = msSince(loadStart);
  return { routeOperations, items, model, generateMs, loadMs, afterLoad: process.memoryUsage() };
}

/**
 * Plans a small dataset a few times, untimed, so that the figures measure optimised code
 * and not the JIT compiler's first passes (which would otherwise all fall on the first size).
 */
export function warmUp(seed: number, routeOperations = 0): void {
  const model = compileDataset(generateDataset({ items: 2_000, seed: seed + 1, routeOperations }));
  for (let round = 0; round < 5; round++) toPlanResult(runPlan(model));
}

/** One company of `targetNodes` nodes (with `options.routeOperations`), timed. */
export function benchEngine(targetNodes: number, options: EngineBenchOptions): EngineBenchRow {
  const [row] = benchEngines(targetNodes, [options.routeOperations ?? 0], options);
  if (row === undefined) throw new Error('benchEngine: no row');
  return row;
}

/**
 * The same company of `targetNodes` nodes once per entry of `routeOperations` (0: without
 * routes), loaded side by side and timed in turns: each round plans every variant once,
 * so that a burst of another process on a shared machine slows them alike and their
 * ratio holds. With more than one variant the heap and rss figures are of all of them
 * together.
 */
export function benchEngines(
  targetNodes: number,
  routeOperations: readonly number[],
  options: EngineBenchOptions,
): EngineBenchRow[] {
  const { gc, onPhase } = options;
  const loaded = routeOperations.map((ops) => generateAndLoad(targetNodes, ops, options));

  // The datasets are no longer referenced: a planning worker holds only the model.
  // A forced full GC drops optimised code, so the first run re-optimises the netting loop:
  // it is reported apart. The figures come from the later runs, as in a worker that has
  // been planning for a while; with `repeat`, the fastest of that many.
  const firstPlanMs: number[] = [];
  for (const { model, routeOperations: ops } of loaded) {
    gc?.();
    onPhase?.('plan', ops);
    const firstStart = now();
    runPlan(model);
    firstPlanMs.push(msSince(firstStart));
  }
  const planMs = loaded.map(() => Infinity);
  const runs: PlanRun[] = [];
  for (let round = 0; round < Math.max(1, options.repeat ?? 1); round++) {
    loaded.forEach(({ model }, k) => {
      const planStart = now();
      runs[k] = runPlan(model);
      planMs[k] = Math.min(planMs[k] ?? Infinity, msSince(planStart));
    });
  }
  const afterPlan = process.memoryUsage();

  return loaded.map(({ routeOperations: ops, items, model, generateMs, loadMs, afterLoad }, k) => {
    const run = runs[k];
    if (run === undefined) throw new Error('benchEngines: no run');
    onPhase?.('output', ops);
    const outputStart = now();
    toPlanResult(run);
    const outputMs = msSince(outputStart);
    const events = run.state.events;
    const ms = planMs[k] ?? 0;
    return {
      targetNodes,
      items,
      depth: options.depth ?? DEFAULT_DEPTH,
      routeOperations: ops,
      nodes: model.graph.nodeCount,
      requirementEvents: events,
      eventsPerSecond: ms > 0 ? events / (ms / 1000) : 0,
      plannedOrders: run.state.orders.count,
      pegging: run.state.pegging.count,
      reservations: run.reservations.count,
      generateMs,
      loadMs,
      planMs: ms,
      firstPlanMs: firstPlanMs[k] ?? 0,
      outputMs,
      peakHeapBytes: Math.max(afterLoad.heapUsed, afterPlan.heapUsed),
      peakRssBytes: Math.max(afterLoad.rss, afterPlan.rss),
    };
  });
}
