/** Wire forms shared by several messages: the plan filter and the result counts. */
import type { PlanFilter, ResultCounts } from '@replan/engine';
import type { replan } from './gen/replan';

/** A plan filter on the wire (also used by RunRequest). */
export function encodeFilter(filter: PlanFilter): replan.v1.PlanFilter.$Properties {
  const f: replan.v1.PlanFilter.$Properties = { items: filter.items };
  if (filter.bomLevels === 'all') f.all = true;
  else if (filter.bomLevels !== undefined) f.levels = filter.bomLevels;
  return f;
}

export function decodeFilter(f: replan.v1.PlanFilter.$Properties): PlanFilter {
  const filter: PlanFilter = { items: [...(f.items ?? [])] };
  if (f.all != null) filter.bomLevels = 'all';
  else if (f.levels != null) filter.bomLevels = f.levels;
  return filter;
}

/** Result counts on the wire (uint32 each). */
export function encodeCounts(c: ResultCounts): replan.v1.ResultCounts.$Properties {
  return {
    nodes: c.nodes,
    plannedNodes: c.plannedNodes,
    requirements: c.requirements,
    receipts: c.receipts,
    plannedOrders: c.plannedOrders,
    pegging: c.pegging,
    requirementEvents: c.requirementEvents,
  };
}

export function decodeCounts(
  c: replan.v1.ResultCounts.$Properties | null | undefined,
): ResultCounts {
  return {
    nodes: c?.nodes ?? 0,
    plannedNodes: c?.plannedNodes ?? 0,
    requirements: c?.requirements ?? 0,
    receipts: c?.receipts ?? 0,
    plannedOrders: c?.plannedOrders ?? 0,
    pegging: c?.pegging ?? 0,
    requirementEvents: c?.requirementEvents ?? 0,
  };
}
