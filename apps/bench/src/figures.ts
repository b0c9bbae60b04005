/**
 * The benchmark's figures and their two renderings: the text table and the JSON document.
 * Pure.
 */
import type { EngineFigures } from './engines';
import type { BenchDialect, Size } from './options';

/** The database's own floor: reading every input row and writing every result row in bulk. */
export interface FloorFigures {
  /** How it was measured, e.g. `COPY TO / COPY FROM`. */
  method: string;
  inputRows: number;
  readMs: number;
  resultRows: number;
  writeMs: number;
}

/** One stage job of the run, from its queue (processedOn → finishedOn) and return value. */
export interface StageFigures {
  /** From the run's request to the stage job's start. */
  startMs: number;
  /** processedOn → finishedOn. */
  ms: number;
  /** Rows the stage reports (input rows read, requirement events planned, rows written). */
  rows: number;
  /** What `rows` counts. */
  unit: string;
  /** Time the stage spent working, not waiting for the previous stage's stream. */
  busyMs: number;
  /**
   * Time the stage spent waiting for the previous stage's stream (its `wait…` phases;
   * absent in figures of earlier versions).
   */
  waitMs?: number;
  /** The stage's own phases, as it reports them. */
  phases: Record<string, number>;
  /**
   * Why the stage's job failed, when it did although the run succeeded (its work committed,
   * then e.g. its lock was lost): its times and phases are then not the stage's.
   */
  failedReason?: string;
  /** Peak resident memory of the process that ran it. */
  peakRssBytes?: number;
}

export interface RunFigures {
  /** requestRun → the outcome at the client. */
  totalMs: number;
  extract: StageFigures;
  plan: StageFigures;
  write: StageFigures;
  /** Largest MEMORY USAGE of the run's stream keys together, sampled during the run. */
  streamPeakBytes: number;
  /** Largest rise of Redis used_memory over its value before the run. */
  redisUsedPeakBytes: number;
  /** Samples behind the two figures above. */
  redisSamples: number;
}

export interface BenchFigures {
  size: Size;
  dialect: BenchDialect;
  seed: number;
  depth: number;
  items: number;
  nodes: number;
  plannedOrders: number;
  pegging: number;
  machine: {
    cpus: number;
    memoryBytes: number;
    node: string;
    database: string;
    redis: string;
    /** Load average (1, 5, 15 min) when the run was requested. */
    loadAverage: number[];
  };
  generateMs: number;
  loadMs: number;
  floor: FloorFigures;
  run: RunFigures;
  /** The engine stage on its own (absent in figures of earlier versions). */
  engines?: EngineFigures;
  /**
   * The runs of the same plan after the first (`--steady`), each replacing the version
   * written two runs before, which holds a whole plan from the second of them on (absent in
   * figures of earlier versions).
   */
  steady?: RunFigures[];
}

/** Total time of the floor. */
export function floorMs(floor: FloorFigures): number {
  return floor.readMs + floor.writeMs;
}

/** The run's time over the floor's. */
export function ratioToFloor(figures: BenchFigures): number {
  const floor = floorMs(figures.floor);
  return floor === 0 ? Number.POSITIVE_INFINITY : figures.run.totalMs / floor;
}

/**
 * The runs of the steady state: those after the first that replaced a version holding a
 * whole plan. The plan alternates between two versions, so the second run writes into the
 * other, still empty one, and the steady state begins with the third.
 */
export function steadyRuns(figures: BenchFigures): RunFigures[] {
  return (figures.steady ?? []).slice(1);
}

/** The steady state's run time: the mean of its runs, or undefined without them. */
export function steadyMs(figures: BenchFigures): number | undefined {
  const runs = steadyRuns(figures);
  if (runs.length === 0) return undefined;
  return runs.reduce((sum, run) => sum + run.totalMs, 0) / runs.length;
}

/** The steady state's run time over the floor's, or undefined without runs after the first. */
export function steadyRatioToFloor(figures: BenchFigures): number | undefined {
  const ms = steadyMs(figures);
  if (ms === undefined) return undefined;
  const floor = floorMs(figures.floor);
  return floor === 0 ? Number.POSITIVE_INFINITY : ms / floor;
}

/**
 * How long the writer wrote rows while the engine was still producing them: from the
 * writer's first result batch after the summary (its start plus its wait for the summary)
 * to the end of the engine's job (or of the writer's, if that came first); 0 without overlap.
 */
export function overlapMs(run: RunFigures): number {
  const writing = run.write.startMs + (run.write.phases.wait ?? 0);
  const engineEnd = run.plan.startMs + run.plan.ms;
  const writerEnd = run.write.startMs + run.write.ms;
  return Math.max(0, Math.min(engineEnd, writerEnd) - writing);
}

function ratioText(ratio: number | undefined): string {
  if (ratio === undefined) return '';
  return Number.isFinite(ratio) ? ratio.toFixed(2) : '∞';
}

function roundRatio(ratio: number | undefined): number | null {
  return ratio === undefined || !Number.isFinite(ratio) ? null : Number(ratio.toFixed(3));
}

export function perSecond(rows: number, ms: number): number {
  return ms <= 0 ? 0 : Math.round((rows * 1000) / ms);
}

export function formatCount(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 100_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${(ms / 1000).toFixed(1)} s`;
}

export function formatBytes(bytes: number): string {
  const MiB = 1024 * 1024;
  if (bytes >= 1024 * MiB) return `${(bytes / (1024 * MiB)).toFixed(2)} GiB`;
  if (bytes >= MiB) return `${(bytes / MiB).toFixed(1)} MiB`;
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

const DIALECT_NAMES: Readonly<Record<BenchDialect, string>> = {
  pg: 'PostgreSQL',
  sqlite: 'SQLite',
};

/** Right-aligned columns (the first left-aligned) under a header and a rule. */
export function renderTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
): string {
  const widths = header.map((title, c) =>
    Math.max(title.length, ...rows.map((row) => (row[c] ?? '').length)),
  );
  const render = (values: readonly string[]): string =>
    values
      .map((value, c) => (c === 0 ? value.padEnd(widths[c] ?? 0) : value.padStart(widths[c] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [render(header), rule, ...rows.map(render)].join('\n');
}

/** The figures as the table the benchmark prints. */
export function formatFigures(f: BenchFigures): string {
  const { floor, run } = f;
  const stageRow = (name: string, s: StageFigures): string[] => [
    name,
    formatDuration(s.ms),
    formatDuration(s.busyMs),
    `${formatCount(s.rows)} ${s.unit}`,
    formatCount(perSecond(s.rows, s.busyMs)),
    s.peakRssBytes === undefined ? '' : formatBytes(s.peakRssBytes),
  ];
  const rows: string[][] = [
    [
      `floor: read (${floor.method.split(' / ')[0] ?? floor.method})`,
      formatDuration(floor.readMs),
      formatDuration(floor.readMs),
      `${formatCount(floor.inputRows)} rows`,
      formatCount(perSecond(floor.inputRows, floor.readMs)),
      '',
    ],
    [
      `floor: write (${floor.method.split(' / ')[1] ?? floor.method})`,
      formatDuration(floor.writeMs),
      formatDuration(floor.writeMs),
      `${formatCount(floor.resultRows)} rows`,
      formatCount(perSecond(floor.resultRows, floor.writeMs)),
      '',
    ],
    ['floor: total (a)', formatDuration(floorMs(floor)), '', '', '', ''],
    stageRow('extract (connector)', run.extract),
    stageRow('plan (engine)', run.plan),
    stageRow('write (writer)', run.write),
    ['run: request → completed (b)', formatDuration(run.totalMs), '', '', '', ''],
    ['redis: run streams, peak', '', '', '', '', formatBytes(run.streamPeakBytes)],
    ['redis: used_memory rise, peak', '', '', '', '', formatBytes(run.redisUsedPeakBytes)],
  ];
  const title =
    `Replan end to end, size ${f.size}: ${formatCount(f.nodes)} nodes, ${formatCount(f.items)} ` +
    `items (BOM depth ${f.depth}, seed ${f.seed}), ${DIALECT_NAMES[f.dialect]}`;
  const table = renderTable(['', 'time', 'working', 'rows', 'rows/s', 'peak memory'], rows);
  const ratio = ratioToFloor(f);
  return [
    title,
    `generated in ${formatDuration(f.generateMs)}, loaded in ${formatDuration(f.loadMs)}; ` +
      `${formatCount(f.plannedOrders)} planned orders, ${formatCount(f.pegging)} pegging rows`,
    '',
    table,
    '',
    `ratio (b)/(a): ${ratioText(ratio)}` +
      (f.steady === undefined || f.steady.length === 0 ? '' : steadyLine(f)),
    '',
    formatRuns(f),
    '',
    'stage phases (ms), first run:',
    ...formatPhases(f.run),
    ...(f.steady === undefined || f.steady.length === 0
      ? []
      : [
          `stage phases (ms), run ${f.steady.length + 1}:`,
          ...formatPhases(f.steady[f.steady.length - 1] ?? f.run),
        ]),
    '',
    ...engineLines(f.engines),
    `machine: ${f.machine.cpus} cores, ${formatBytes(f.machine.memoryBytes)}, Node.js ` +
      `${f.machine.node}, ${f.machine.database}, Redis ${f.machine.redis}, load average ` +
      f.machine.loadAverage.map((l) => l.toFixed(2)).join(' '),
    '',
  ].join('\n');
}

/** The steady state's time and ratio, after the first run's ratio. */
function steadyLine(f: BenchFigures): string {
  const runs = steadyRuns(f).length;
  if (runs === 0) return '; no steady state (it begins with the third run)';
  const which = runs === 1 ? 'run 3' : `mean of runs 3 to ${runs + 2}`;
  return (
    `; steady state (${which}, each replacing a version that holds the whole plan): ` +
    `${formatDuration(steadyMs(f) ?? 0)}, ratio ${ratioText(steadyRatioToFloor(f))}`
  );
}

/** One stage's busy and wait time, e.g. `1.20 s / 0.35 s`. */
function busyWait(s: StageFigures): string {
  return `${formatDuration(s.busyMs)} / ${formatDuration(s.waitMs ?? 0)}`;
}

/**
 * Every run of the plan, one line each: its time, its ratio to the floor, each stage's busy
 * and wait time, and how long the writer wrote while the engine was producing.
 */
export function formatRuns(f: BenchFigures): string {
  const floor = floorMs(f.floor);
  const runs = [f.run, ...(f.steady ?? [])];
  const rows = runs.map((run, i) => [
    i === 0 ? 'first run' : `run ${i + 1}`,
    formatDuration(run.totalMs),
    ratioText(floor === 0 ? Number.POSITIVE_INFINITY : run.totalMs / floor),
    busyWait(run.extract),
    busyWait(run.plan),
    busyWait(run.write),
    formatDuration(overlapMs(run)),
  ]);
  const failures = runs.flatMap((run, i) =>
    (
      [
        ['connector', run.extract],
        ['engine', run.plan],
        ['writer', run.write],
      ] as const
    ).flatMap(([name, stage]) =>
      stage.failedReason === undefined
        ? []
        : [
            `${i === 0 ? 'first run' : `run ${i + 1}`}: the ${name}'s job failed although the ` +
              `run succeeded (${stage.failedReason}): its figures are not the stage's`,
          ],
    ),
  );
  const table = renderTable(
    [
      'run',
      'request → completed',
      '÷ floor',
      'connector busy / wait',
      'engine busy / wait',
      'writer busy / wait',
      'writer ∥ engine',
    ],
    rows,
  );
  return [table, ...failures].join('\n');
}

/** The stages' phases of a run, in milliseconds, one line per stage. */
export function formatPhases(run: RunFigures): string[] {
  const line = (name: string, s: StageFigures): string =>
    `  ${name}: ` +
    Object.entries(s.phases)
      .map(([phase, ms]) => `${phase} ${formatCount(ms)}`)
      .join(', ');
  return [line('connector', run.extract), line('engine', run.plan), line('writer', run.write)];
}

/** The engine stage's lines: its time, the bytes between partitions, the result's digest. */
function engineLines(e: EngineFigures | undefined): string[] {
  if (e === undefined) return [];
  const split =
    e.engines > 1
      ? `, ${e.engines} partitions: ${formatBytes(e.handoverBytes)} of requirements between ` +
        `them, ${formatBytes(e.resultBytes)} of partition rows read by the others`
      : '';
  return [
    `plan stage (snapshot complete → result written), ${e.engines} engine` +
      `${e.engines > 1 ? 's' : ''}: ${formatDuration(e.planStageMs)}${split}`,
    `result hash: ${e.resultHash}`,
  ];
}

/** The figures as the JSON document `--json` writes: the same numbers, plus the ratio. */
export function figuresJson(f: BenchFigures): string {
  const ratio = ratioToFloor(f);
  return (
    JSON.stringify(
      {
        ...f,
        floor: { ...f.floor, totalMs: floorMs(f.floor) },
        ratio: roundRatio(ratio),
        steadyMs: steadyMs(f) ?? null,
        steadyRatio: roundRatio(steadyRatioToFloor(f)),
        overlapMs: [f.run, ...(f.steady ?? [])].map(overlapMs),
      },
      null,
      2,
    ) + '\n'
  );
}
