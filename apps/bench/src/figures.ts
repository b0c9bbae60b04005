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
  /** The stage's own phases, as it reports them. */
  phases: Record<string, number>;
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
    `ratio (b)/(a): ${Number.isFinite(ratio) ? ratio.toFixed(2) : '∞'}`,
    ...engineLines(f.engines),
    `machine: ${f.machine.cpus} cores, ${formatBytes(f.machine.memoryBytes)}, Node.js ` +
      `${f.machine.node}, ${f.machine.database}, Redis ${f.machine.redis}, load average ` +
      f.machine.loadAverage.map((l) => l.toFixed(2)).join(' '),
    '',
  ].join('\n');
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
        ratio: Number.isFinite(ratio) ? Number(ratio.toFixed(3)) : null,
      },
      null,
      2,
    ) + '\n'
  );
}
