/**
 * The matrix's table: one line per cell with the runs per class, the recovery time and
 * the ERP's view of its last run, and the bars each cell is held to (docs/reliability.md).
 */
import { CELLS, expectedClasses, type Cell } from './cells';
import { RUN_CLASSES, type ErpView, type RunClass } from './classify';
import type { RunRecord } from './lane';

/** Recovery above this is a miss of the bars (ms). */
export const RECOVERY_BAR_MS = 15_000;

export interface CellSummary {
  cell: Cell;
  runs: RunRecord[];
  counts: Partial<Record<RunClass, number>>;
  /** Why the cell misses its bars; empty when it meets them. */
  misses: string[];
}

function short(text: string | null | undefined, max = 60): string {
  if (text === undefined || text === null || text === '') return '';
  const line = text.replace(/\s+/g, ' ');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** The ERP's view in a few words: outcome, history row, active version, rows. */
export function describeView(view: ErpView, baselineRunId: string): string {
  const outcome =
    view.outcome.kind === 'outcome'
      ? `${view.outcome.status}${view.outcome.error === undefined ? '' : ` "${short(view.outcome.error, 50)}"`}`
      : view.outcome.kind;
  const history =
    view.history === undefined
      ? 'none'
      : `${view.history.status}${view.history.error ? ` (${view.history.error.length} chars)` : ''}`;
  const active =
    view.active === undefined
      ? 'none'
      : view.active.runId === view.runId
        ? `v${view.active.version} this run`
        : view.active.runId === baselineRunId
          ? `v${view.active.version} old plan`
          : `v${view.active.version} other run`;
  const orders = view.rows.replan_planned_orders ?? 0;
  const pegging = view.rows.replan_pegging ?? 0;
  const leaked = view.leakedEntries === undefined ? '' : `; leaked ${view.leakedEntries} entries`;
  return `outcome ${outcome}; history ${history}; active ${active}; ${orders} orders, ${pegging} pegging${leaked}`;
}

export function summarise(cell: Cell, runs: RunRecord[]): CellSummary {
  const counts: Partial<Record<RunClass, number>> = {};
  for (const run of runs) counts[run.cls] = (counts[run.cls] ?? 0) + 1;
  const misses: string[] = [];
  const allowed = expectedClasses(cell);
  for (const cls of RUN_CLASSES) {
    const n = counts[cls] ?? 0;
    if (n > 0 && !allowed.includes(cls)) misses.push(`${n} ${cls}`);
  }
  const slow = runs.filter((r) => (r.recoveryMs ?? 0) > RECOVERY_BAR_MS).length;
  if (slow > 0) misses.push(`${slow} recovered after more than ${RECOVERY_BAR_MS / 1000} s`);
  if (cell.kind === 'hostile') {
    const unnamed = runs.filter((r) => r.namesRow !== true).length;
    if (unnamed > 0) misses.push(`${unnamed} without the row named`);
    const crashed = runs.filter((r) => r.crashes.length > 0).length;
    if (crashed > 0) misses.push(`${crashed} with a process crash`);
  }
  const unreached = runs.filter((r) => r.faultReached === false).length;
  if (unreached > 0) misses.push(`${unreached} never reached the fault point`);
  return { cell, runs, counts, misses };
}

function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

function seconds(ms: number | undefined): string {
  return ms === undefined ? '' : `${(ms / 1000).toFixed(1)}`;
}

/** The table as Markdown (it reads as text on a terminal and goes into the docs as is). */
export function formatTable(summaries: readonly CellSummary[]): string {
  const head = [
    'fault',
    'runs',
    ...RUN_CLASSES,
    'recovery s (median/max)',
    'bars',
    "ERP's view (last run)",
  ];
  const lines = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const s of summaries) {
    const recoveries = s.runs.flatMap((r) => (r.recoveryMs === undefined ? [] : [r.recoveryMs]));
    const recovery =
      recoveries.length === 0
        ? ''
        : `${seconds(median(recoveries))} / ${seconds(Math.max(...recoveries))}`;
    const last = s.runs[s.runs.length - 1];
    let view = last === undefined ? '' : describeView(last.view, last.baselineRunId);
    if (last?.crashes.length) view += `; crashes: ${last.crashes.join(', ')}`;
    if (last?.namesRow !== undefined) view += `; names the row: ${last.namesRow ? 'yes' : 'no'}`;
    const cells = [
      s.cell.name,
      String(s.runs.length),
      ...RUN_CLASSES.map((cls) => String(s.counts[cls] ?? 0)),
      recovery,
      s.misses.length === 0 ? 'met' : `MISSED: ${s.misses.join(', ')}`,
      view.replace(/\|/g, '\\|'),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

export function cellsByName(names: readonly string[]): Cell[] {
  return names.map((name) => {
    const cell = CELLS.find((c) => c.name === name);
    if (cell === undefined) throw new Error(`no cell named '${name}'`);
    return cell;
  });
}
