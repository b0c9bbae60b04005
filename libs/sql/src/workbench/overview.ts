/**
 * The plan overview: what the active version holds (counts from the run that wrote it,
 * late orders, delayed lines, actions by kind, messages by severity) and the latest lines
 * first, each with its root cause.
 */
import type { ActionKind, ResultCounts, Severity } from '@replan/engine';

import { ACTION_MESSAGES, DELAYS, PLANNED_ORDERS, RUN_MESSAGES } from '../schema';
import { storedSummary } from '../plan-summary';
import { readRun, type RunHistoryEntry } from '../writer';
import { listDelays, type DelayWithCause } from './delays';
import type { PlanSnapshot, PlanVersionHead } from './plan-snapshot';

export interface PlanOverview extends PlanVersionHead {
  /** The run that wrote the version, when it is recorded. */
  run?: RunHistoryEntry;
  /** The run's counts (nodes, requirements, receipts, …), when recorded. */
  counts?: ResultCounts;
  plannedOrders: number;
  lateOrders: number;
  delays: number;
  actions: Record<ActionKind, number>;
  messages: Record<Severity, number>;
  /** The latest lines first (at most `lateLines` of them), with their root causes. */
  lateLines: DelayWithCause[];
}

const countOf = async (query: Promise<unknown>): Promise<number> => {
  const row = ((await query) as { n?: unknown }[] | undefined)?.[0];
  return Number(row?.n ?? 0);
};

/** The overview of the snapshot's version; `lateLines` lines listed (default 10). */
export async function readPlanOverview(
  snapshot: PlanSnapshot,
  lateLines = 10,
): Promise<PlanOverview> {
  const run = snapshot.runId === undefined ? undefined : await readRun(snapshot.db, snapshot.runId);
  let counts: ResultCounts | undefined;
  let stored: unknown;
  try {
    stored = run?.counts === undefined ? undefined : JSON.parse(run.counts);
    counts = stored as ResultCounts | undefined;
  } catch {
    counts = undefined;
  }
  // Written by the run's writer for an unfiltered run; otherwise counted from the rows.
  const summary = storedSummary(stored);
  const plannedOrders =
    counts?.plannedOrders ?? (await countOf(snapshot.rows(PLANNED_ORDERS).count({ n: '*' })));
  const lateOrders =
    summary?.lateOrders ??
    (await countOf(snapshot.rows(PLANNED_ORDERS).where('delay_days', '>', 0).count({ n: '*' })));
  const delays = summary?.delays ?? (await countOf(snapshot.rows(DELAYS).count({ n: '*' })));
  const actions = summary?.actions ?? (await countActions(snapshot));
  let messages: Record<Severity, number>;
  if (run?.errorCount !== undefined) {
    messages = { error: run.errorCount, warning: run.warningCount ?? 0, info: run.infoCount ?? 0 };
  } else {
    messages = { error: 0, warning: 0, info: 0 };
    const bySeverity = (await snapshot
      .rows(RUN_MESSAGES)
      .select('severity')
      .count({ n: '*' })
      .groupBy('severity')) as unknown as { severity: Severity; n: unknown }[];
    for (const row of bySeverity) messages[row.severity] = Number(row.n);
  }
  const late = await listDelays(snapshot, { limit: lateLines });
  const overview: PlanOverview = {
    planId: snapshot.planId,
    version: snapshot.version,
    plannedOrders,
    lateOrders,
    delays,
    actions,
    messages,
    lateLines: late.rows,
  };
  if (snapshot.planDate !== undefined) overview.planDate = snapshot.planDate;
  if (snapshot.runId !== undefined) overview.runId = snapshot.runId;
  if (snapshot.activatedAt !== undefined) overview.activatedAt = snapshot.activatedAt;
  if (run !== undefined) overview.run = run;
  if (counts !== undefined) overview.counts = counts;
  return overview;
}

async function countActions(snapshot: PlanSnapshot): Promise<Record<ActionKind, number>> {
  const actions: Record<ActionKind, number> = {
    advance: 0,
    postpone: 0,
    increase: 0,
    decrease: 0,
    cancel: 0,
  };
  const byKind = (await snapshot
    .rows(ACTION_MESSAGES)
    .select('kind')
    .count({ n: '*' })
    .groupBy('kind')) as unknown as { kind: ActionKind; n: unknown }[];
  for (const row of byKind) actions[row.kind] = Number(row.n);
  return actions;
}
