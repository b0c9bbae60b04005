/**
 * The classes of the fault matrix, worked out from the ERP's view of a run alone: what the
 * client told the ERP, the run's history row, the plan's active version and its rows.
 * docs/reliability.md defines each class; the order of the checks here is the order there.
 */
export type RunClass =
  | 'succeeded'
  | 'failed-cleanly'
  | 'misreported'
  | 'lost'
  | 'hung'
  | 'mixed-plan'
  | 'refused'
  | 'accepted';

export const RUN_CLASSES: readonly RunClass[] = [
  'succeeded',
  'failed-cleanly',
  'misreported',
  'lost',
  'hung',
  'mixed-plan',
  'refused',
  'accepted',
];

/** What the ERP was told through the publish library. */
export type ClientOutcome =
  | { kind: 'outcome'; status: 'succeeded' | 'failed' | 'cancelled'; error?: string }
  /** waitForRun gave up after the matrix's time limit. */
  | { kind: 'timeout' }
  /** The client does not know the run (its request job is gone). */
  | { kind: 'notFound' };

export interface HistoryRow {
  status: string;
  error?: string | null;
}

/** The ERP's view of one run, read after it ended (or after the time limit). */
export interface ErpView {
  /** The run the ERP requested (or the forged run id, for forged cells). */
  runId: string;
  outcome: ClientOutcome;
  /** The state of the run's request job in the queue (BullMQ's, or 'unknown'). */
  requestState: string;
  /** The history row of the run, if any. */
  history?: HistoryRow;
  /** The plan's active version and the run that wrote it. */
  active?: { version: number; runId: string | null };
  /** Rows of the active version per result table. */
  rows: Readonly<Record<string, number>>;
  /**
   * Planned orders and pegging rows the run that wrote the active version recorded in its
   * history row (its counts), when that run is not the baseline.
   */
  writtenCounts?: { plannedOrders: number; pegging: number };
  /** Entries of a stream a forged job named (forged extract job: the data it leaked). */
  leakedEntries?: number;
}

/** What the ERP had before the run: the baseline plan and its complete row counts. */
export interface Baseline {
  runId: string;
  rows: Readonly<Record<string, number>>;
  /**
   * True when the run plans the very data the baseline planned, so a complete plan of it
   * has the baseline's rows; false when the cell changed the data (hostile rows).
   */
  sameData: boolean;
}

export const PLANNED_ORDERS_TABLE = 'replan_planned_orders';
export const PEGGING_TABLE = 'replan_pegging';

/** Request states in which the run is still in the queue system, so may yet report. */
const PENDING_STATES = new Set(['waiting', 'active', 'delayed', 'prioritized', 'waiting-children']);

function sameRows(
  a: Readonly<Record<string, number>>,
  b: Readonly<Record<string, number>>,
): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) if ((a[key] ?? 0) !== (b[key] ?? 0)) return false;
  return true;
}

/**
 * True when the active version is one complete plan: the baseline's rows when it is the
 * baseline's or the data is unchanged (the same data plans the same rows), else the counts
 * its own run recorded.
 */
export function completePlan(view: ErpView, baseline: Baseline): boolean {
  if (view.active === undefined) return false;
  if (view.active.runId === baseline.runId || baseline.sameData) {
    return sameRows(view.rows, baseline.rows);
  }
  const counts = view.writtenCounts;
  return (
    counts !== undefined &&
    (view.rows[PLANNED_ORDERS_TABLE] ?? 0) === counts.plannedOrders &&
    (view.rows[PEGGING_TABLE] ?? 0) === counts.pegging
  );
}

/**
 * The class of a run the ERP requested: mixed-plan, then lost or hung (no outcome), then
 * succeeded or failed-cleanly when the outcome, the history row and the active version
 * agree, else misreported.
 */
export function classifyRun(view: ErpView, baseline: Baseline): RunClass {
  if (!completePlan(view, baseline)) return 'mixed-plan';
  const { outcome } = view;
  if (outcome.kind !== 'outcome') {
    const pending = PENDING_STATES.has(view.requestState) || view.history?.status === 'running';
    return outcome.kind === 'timeout' && pending ? 'hung' : 'lost';
  }
  const written = view.active?.runId === view.runId;
  const status = view.history?.status;
  if (outcome.status === 'succeeded') {
    return written && status === 'succeeded' ? 'succeeded' : 'misreported';
  }
  if (written) return 'misreported';
  return status === outcome.status ? 'failed-cleanly' : 'misreported';
}

/**
 * The class of a forged or replayed job, request or key: refused when the ERP's tables are
 * as they were (the baseline plan active and complete, no history row for the forged run),
 * nothing leaked, and the client was not told it succeeded; accepted otherwise.
 */
export function classifyForged(view: ErpView, baseline: Baseline): RunClass {
  if (!completePlan(view, baseline)) return 'accepted';
  if (view.active?.runId !== baseline.runId) return 'accepted';
  if (view.history !== undefined) return 'accepted';
  if ((view.leakedEntries ?? 0) > 0) return 'accepted';
  if (view.outcome.kind === 'outcome' && view.outcome.status === 'succeeded') return 'accepted';
  return 'refused';
}

/**
 * The class of a legitimate run that a forged cancel key aimed at: accepted when the run
 * ended cancelled, else the run's own class.
 */
export function classifyAttackedRun(view: ErpView, baseline: Baseline): RunClass {
  if (view.outcome.kind === 'outcome' && view.outcome.status === 'cancelled') return 'accepted';
  const cls = classifyRun(view, baseline);
  return cls === 'succeeded' ? 'refused' : cls;
}
