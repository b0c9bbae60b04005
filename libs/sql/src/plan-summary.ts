/**
 * What the workbench's overview shows of a version, counted while the writer writes it: late
 * planned orders, delayed lines and action messages by kind. At 1M nodes, counting them from
 * the tables would take longer than the page may (millions of planned orders); the writer
 * sees every row once anyway, and stores the counts with the run (`replan_run_history.counts`).
 */
import type { ActionKind, ResultColumnBatch, ResultSlice } from '@replan/engine';

/** The overview's counts of a version, as stored with the run's counts. */
export interface PlanSummaryCounts {
  lateOrders: number;
  delays: number;
  actions: Record<ActionKind, number>;
}

export class PlanSummaryTally {
  private lateOrders = 0;
  private delays = 0;
  private readonly actions: Record<ActionKind, number> = {
    advance: 0,
    postpone: 0,
    increase: 0,
    decrease: 0,
    cancel: 0,
  };

  /** Counts the rows of one slice of the result (rows, or a decoded batch of columns). */
  add(slice: ResultSlice | ResultColumnBatch): void {
    if ('columns' in slice) {
      const delays = slice.list === 'plannedOrders' ? slice.columns.delayDays : undefined;
      if (delays?.kind === 'number') {
        for (let i = 0; i < slice.size; i++) if ((delays.values[i] ?? 0) > 0) this.lateOrders += 1;
      }
      return;
    }
    if (slice.list === 'plannedOrders') {
      for (const order of slice.rows) if (order.delayDays > 0) this.lateOrders += 1;
    } else if (slice.list === 'delays') {
      this.delays += slice.rows.length;
    } else if (slice.list === 'actions') {
      for (const action of slice.rows) this.actions[action.kind] += 1;
    }
  }

  counts(): PlanSummaryCounts {
    return { lateOrders: this.lateOrders, delays: this.delays, actions: { ...this.actions } };
  }
}

/** The overview's counts stored with a run, when its counts hold them. */
export function storedSummary(counts: unknown): PlanSummaryCounts | undefined {
  if (typeof counts !== 'object' || counts === null) return undefined;
  const { lateOrders, delays, actions } = counts as Partial<Record<string, unknown>>;
  if (typeof lateOrders !== 'number' || typeof delays !== 'number') return undefined;
  if (typeof actions !== 'object' || actions === null) return undefined;
  const byKind = actions as Partial<Record<ActionKind, unknown>>;
  const kinds: ActionKind[] = ['advance', 'postpone', 'increase', 'decrease', 'cancel'];
  if (!kinds.every((kind) => typeof byKind[kind] === 'number')) return undefined;
  return { lateOrders, delays, actions: actions as Record<ActionKind, number> };
}
