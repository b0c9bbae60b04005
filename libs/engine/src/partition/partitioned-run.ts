/**
 * A run planned in partitions: the nodes of each low-level code are split into slices, each
 * slice netted by a partition of its own with state of its own (planned orders, pegging,
 * actions, requirements), as separate engine workers would. A level is netted only after
 * every partition has netted the level above, and the requirements a level creates are
 * handed to the partitions that own their nodes (see PartitionPlanner). At the end the
 * partitions' rows are merged into the state a single run would have made, row for row:
 * the same plan, whatever the number of partitions.
 *
 * Planned orders, pegging rows, actions and reservations are written while their own node
 * is netted, so a single run has them node by node in netting order; requirements are in
 * creation-key order (see partition-planner.ts).
 */
import { computeFutures } from '../delays/futures';
import type { PlanModel } from '../model/plan-model';
import type { RunMessage } from '../model/result';
import { IssueKind, ReceiptKind, type PlanState } from '../netting/plan-state';
import { computeCapacityLoad } from '../routing/capacity-load';
import { PlanSizeGuard } from '../netting/plan-size';
import type { PlanOptions, PlanRun } from '../plan';
import { newPartitionState } from './partition-state';
import {
  PartitionPlanner,
  type PartitionResult,
  type RequirementHandover,
} from './partition-planner';
import { assignSlices, type SliceAssignment } from './slices';

export interface PartitionedPlanOptions extends PlanOptions {
  /** How many slices each low-level code is split into (the number of workers), ≥ 1. */
  partitions: number;
}

/** Throws a RangeError naming the setting when `k` is not a whole number ≥ 1. */
export function checkPartitionCount(k: number): void {
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`partitions must be a whole number ≥ 1, got ${k}`);
  }
}

/** Plans `model` in `options.partitions` partitions; the result equals `runPlan(model)`. */
export function runPartitioned(model: PlanModel, options: PartitionedPlanOptions): PlanRun {
  const k = options.partitions;
  checkPartitionCount(k);
  const slices = assignSlices(model, k);
  const planners: PartitionPlanner[] = [];
  // One count for the whole run: the limits are the run's, whatever its partitions.
  const size = new PlanSizeGuard(options.limits);
  for (let p = 0; p < k; p++) planners.push(new PartitionPlanner(model, slices, p, k, size));
  const total = slices.order.length;
  let reported = 0;
  /** handovers[q][p]: what partition q handed to p after the last level. */
  let handovers: RequirementHandover[][] = [];
  for (let level = 0; level < slices.levelCount; level++) {
    const next: RequirementHandover[][] = [];
    for (let p = 0; p < k; p++) {
      const incoming = handovers.map((from) => from[p] as RequirementHandover);
      next.push((planners[p] as PartitionPlanner).netLevel(level, incoming));
    }
    handovers = next;
    const done = planners.reduce((sum, planner) => sum + planner.nodesDone, 0);
    if (options.onProgress !== undefined && done - reported >= 16_384) {
      reported = done;
      options.onProgress({ nodesDone: done, nodesTotal: total });
    }
  }
  options.onProgress?.({ nodesDone: total, nodesTotal: total });
  return mergePartitions(
    model,
    slices,
    planners.map((planner) => planner.result()),
  );
}

/** Where the rows of each node netted start and end in its partition's tables. */
interface NodeRows {
  partition: number;
  orders: [number, number];
  pegging: [number, number];
  actions: [number, number];
  reservations: [number, number];
}

/** The rows of every node netted, in netting order. */
function* nodeRowsInOrder(
  slices: SliceAssignment,
  parts: readonly PartitionResult[],
): Generator<NodeRows> {
  const cursor = parts.map(() => 0);
  for (const v of slices.order) {
    const p = slices.owner[v] ?? -1;
    const part = parts[p];
    if (part === undefined) continue;
    const i = cursor[p] ?? 0;
    cursor[p] = i + 1;
    const rows = part.nodeRows;
    if (i >= rows.count) continue;
    const end = (column: Int32Array): [number, number] => [
      i === 0 ? 0 : (column[i - 1] ?? 0),
      column[i] ?? 0,
    ];
    yield {
      partition: p,
      orders: end(rows.orders),
      pegging: end(rows.pegging),
      actions: end(rows.actions),
      reservations: end(rows.reservations),
    };
  }
}

/**
 * The partitions' rows as one run, row for row what a single run makes: the merge of a
 * partitioned run, in one process or after separate workers planned the partitions
 * (`parts[p]` is partition p's result; `slices` are the run's, from assignSlices).
 */
export function mergePartitions(
  model: PlanModel,
  slices: SliceAssignment,
  parts: readonly PartitionResult[],
): PlanRun {
  const merged = newPartitionState(model, model.graph.nodeCount);
  const state: PlanState = merged.state;
  const reservations = merged.routes.reservations;

  // Planned orders, node by node in netting order.
  const orderOf = parts.map((part) => new Int32Array(part.orders.count));
  for (const at of nodeRowsInOrder(slices, parts)) {
    const from = (parts[at.partition] as PartitionResult).orders;
    const map = orderOf[at.partition] as Int32Array;
    for (let o = at.orders[0]; o < at.orders[1]; o++) {
      map[o] = state.orders.add(
        from.node[o] ?? 0,
        from.quantity[o] ?? 0,
        {
          requirementDay: from.requirementDay[o] ?? 0,
          orderDay: from.orderDay[o] ?? 0,
          startDay: from.startDay[o] ?? 0,
          deliveryDay: from.deliveryDay[o] ?? 0,
          receiptDay: from.receiptDay[o] ?? 0,
          delayDays: from.delayDays[o] ?? 0,
        },
        from.sequence[o] ?? 0,
      );
    }
  }
  const globalOrder = (p: number, order: number): number =>
    order >= 0 ? (orderOf[p]?.[order] ?? 0) : order;

  // Requirements: every original (not a copy) in creation-key order.
  const originals: { p: number; r: number; key: number }[] = [];
  parts.forEach((part, p) => {
    const dependent = part.dependent;
    for (let r = 0; r < dependent.count; r++) {
      if ((dependent.origin[r] ?? -1) < 0) originals.push({ p, r, key: dependent.key[r] ?? 0 });
    }
  });
  originals.sort((a, b) => a.key - b.key);
  const requirementOf = parts.map((part) => new Int32Array(part.dependent.count));
  for (const { p, r } of originals) {
    const from = parts[p]?.dependent;
    if (from === undefined) continue;
    (requirementOf[p] as Int32Array)[r] = state.dependent.count;
    state.dependent.add(
      from.node[r] ?? 0,
      from.day[r] ?? 0,
      from.quantity[r] ?? 0,
      from.kind[r] ?? IssueKind.PlannedComponent,
      globalOrder(p, from.order[r] ?? 0),
      from.line[r] ?? -1,
    );
  }
  const globalRequirement = (q: number, r: number): number => {
    const dependent = parts[q]?.dependent;
    const origin = dependent?.origin[r] ?? -1;
    if (origin < 0) return requirementOf[q]?.[r] ?? 0;
    return requirementOf[origin]?.[dependent?.originIndex[r] ?? 0] ?? 0;
  };

  // Pegging, actions and reservations, node by node in netting order.
  for (const at of nodeRowsInOrder(slices, parts)) {
    const p = at.partition;
    const part = parts[p] as PartitionResult;
    const pegging = part.pegging;
    for (let g = at.pegging[0]; g < at.pegging[1]; g++) {
      const receiptKind = pegging.receiptKind[g] ?? 0;
      const issueKind = pegging.issueKind[g] ?? 0;
      const receiptRef = pegging.receiptRef[g] ?? 0;
      const issueRef = pegging.issueRef[g] ?? 0;
      state.pegging.add(
        pegging.node[g] ?? 0,
        receiptKind,
        receiptKind === ReceiptKind.PlannedOrder ? globalOrder(p, receiptRef) : receiptRef,
        issueKind,
        issueKind >= IssueKind.PlannedComponent ? globalRequirement(p, issueRef) : issueRef,
        pegging.quantity[g] ?? 0,
      );
    }
    const actions = part.actions;
    for (let a = at.actions[0]; a < at.actions[1]; a++) {
      const causeKind = actions.causeKind[a] ?? 0;
      const causeRef = actions.causeRef[a] ?? 0;
      state.actions.add(
        actions.kind[a] ?? 0,
        actions.receipt[a] ?? 0,
        actions.newDay[a] ?? 0,
        actions.quantityChange[a] ?? 0,
        causeKind,
        causeKind >= IssueKind.PlannedComponent && causeKind <= IssueKind.PlannedTransfer
          ? globalRequirement(p, causeRef)
          : causeRef,
      );
    }
    const from = part.reservations;
    for (let s = at.reservations[0]; s < at.reservations[1]; s++) {
      reservations.add(
        from.resource[s] ?? 0,
        from.day[s] ?? 0,
        globalOrder(p, from.order[s] ?? 0),
        from.node[s] ?? 0,
        from.operation[s] ?? 0,
        from.hours[s] ?? 0,
      );
    }
  }

  const messages: RunMessage[] = [...model.messages];
  for (const part of parts) {
    state.events += part.events;
    messages.push(...part.messages);
  }
  return {
    model,
    state,
    messages,
    futures: computeFutures(model, state),
    reservations,
    capacityLoad: computeCapacityLoad(model, reservations),
  };
}
