/**
 * A run planned in partitions: the nodes of each low-level code are split into slices, each
 * slice netted by a partition of its own with state of its own (planned orders, pegging,
 * actions, requirements), as separate engine workers would. A level is netted only after
 * every partition has netted the level above, and the requirements a level creates are
 * handed to the partitions that own their nodes, in the order a single run creates them.
 * At the end the partitions' states are merged into the state a single run would have made,
 * row for row: the same plan, whatever the number of partitions.
 *
 * The order of creation is what makes the merge exact. A single run nets the nodes in
 * low-level-code order; a requirement is created while its parent node is netted. So its
 * place among the requirements of its node is (the parent's position in netting order, its
 * number among the parent's requirements): its creation key. Planned orders, pegging rows,
 * actions and reservations are written while their own node is netted, so a single run has
 * them node by node in netting order too.
 */
import { computeFutures } from '../delays/futures';
import type { PlanModel } from '../model/plan-model';
import type { RunMessage } from '../model/result';
import { IssueKind, ReceiptKind, type PlanState } from '../netting/plan-state';
import { computeCapacityLoad } from '../routing/capacity-load';
import { newPartitionState, type PartitionRun } from './partition-state';
import { assignSlices, type SliceAssignment } from './slices';
import type { PlanOptions, PlanRun } from '../plan';
import { plannedOrderId } from '../netting/net-node';
import { FOREIGN_ORDER } from '../netting/plan-state';
import { PlanSizeGuard } from '../netting/plan-size';

/** Requirements one parent node may create before creation keys collide. */
const KEY_STRIDE = 2 ** 21;

export interface PartitionedPlanOptions extends PlanOptions {
  /** How many slices each low-level code is split into (the number of workers), ≥ 1. */
  partitions: number;
}

/** What a partition wrote while netting one node: row ranges of its columns. */
interface NodeRows {
  partition: number;
  orders: [number, number];
  pegging: [number, number];
  actions: [number, number];
  reservations: [number, number];
}

/** Plans `model` in `options.partitions` partitions; the result equals `runPlan(model)`. */
export function runPartitioned(model: PlanModel, options: PartitionedPlanOptions): PlanRun {
  const k = options.partitions;
  if (!Number.isInteger(k) || k < 1) {
    throw new RangeError(`partitions must be a whole number ≥ 1, got ${k}`);
  }
  const slices = assignSlices(model, k);
  const parts: PartitionRun[] = [];
  // One count for the whole run: the limits are the run's, whatever its partitions.
  const size = new PlanSizeGuard(options.limits);
  for (let p = 0; p < k; p++) {
    parts.push(newPartitionState(model, slices.nodesOf[p]?.length ?? 0, size));
  }
  const rows = new Map<number, NodeRows>();
  const total = slices.order.length;
  let done = 0;

  for (let level = 0; level < slices.levelCount; level++) {
    for (let p = 0; p < k; p++) {
      const part = parts[p];
      if (part === undefined) continue;
      for (const v of slices.levelNodesOf(level, p)) {
        rows.set(v, netNode(part, p, v, slices));
        done++;
        if (options.onProgress !== undefined && done % 16_384 === 0) {
          options.onProgress({ nodesDone: done, nodesTotal: total });
        }
      }
    }
    handOverRequirements(parts, slices, level);
  }
  options.onProgress?.({ nodesDone: total, nodesTotal: total });
  return mergePartitions(model, parts, slices, rows);
}

/** Nets node `v` in partition `p`, giving the requirements it creates their creation keys. */
function netNode(part: PartitionRun, p: number, v: number, slices: SliceAssignment): NodeRows {
  const { state, routes } = part;
  const before = {
    orders: state.orders.count,
    pegging: state.pegging.count,
    actions: state.actions.count,
    reservations: routes.reservations.count,
    dependent: state.dependent.count,
  };
  part.netting.net(v);
  const position = slices.position[v] ?? 0;
  const created = state.dependent.count - before.dependent;
  if (created >= KEY_STRIDE) {
    throw new RangeError(`node ${v} created ${created} requirements; at most ${KEY_STRIDE - 1}`);
  }
  for (let r = before.dependent; r < state.dependent.count; r++) {
    part.key[r] = position * KEY_STRIDE + (r - before.dependent);
    part.origin[r] = -1;
  }
  return {
    partition: p,
    orders: [before.orders, state.orders.count],
    pegging: [before.pegging, state.pegging.count],
    actions: [before.actions, state.actions.count],
    reservations: [before.reservations, routes.reservations.count],
  };
}

/**
 * After a level: every requirement it created on a node another partition owns is copied to
 * that partition, and the new requirements of each node are chained in creation-key order,
 * after those of the levels above (which all have smaller keys).
 */
function handOverRequirements(parts: PartitionRun[], slices: SliceAssignment, level: number): void {
  /** Per receiving partition: its nodes that got requirements in this level. */
  const touched = parts.map(() => new Set<number>());
  parts.forEach((part, p) => {
    const dependent = part.state.dependent;
    for (let r = part.handedOver; r < dependent.count; r++) {
      if ((part.origin[r] ?? -1) >= 0) continue;
      const target = dependent.node.data[r] ?? 0;
      const owner = slices.owner[target] ?? -1;
      if (owner < 0 || (slices.levelOf[target] ?? 0) <= level) continue;
      if (owner !== p) {
        const to = parts[owner];
        if (to === undefined) continue;
        const order = dependent.order.data[r] ?? 0;
        let ref = order;
        if (order >= 0) {
          to.state.foreignOrders ??= [];
          ref = FOREIGN_ORDER - to.state.foreignOrders.length;
          to.state.foreignOrders.push(
            plannedOrderId(
              part.model,
              part.state.orders.node.data[order] ?? 0,
              part.state.orders.sequence.data[order] ?? 0,
            ),
          );
        }
        const copy = to.state.dependent.count;
        to.state.dependent.add(
          target,
          dependent.day.data[r] ?? 0,
          dependent.quantity.data[r] ?? 0,
          dependent.kind.data[r] ?? IssueKind.PlannedComponent,
          ref,
          dependent.line.data[r] ?? -1,
        );
        to.key[copy] = part.key[r] ?? 0;
        to.origin[copy] = p;
        to.originIndex[copy] = r;
      }
      touched[owner]?.add(target);
    }
  });
  parts.forEach((part, q) => {
    for (const target of touched[q] ?? []) part.rechain(target);
    part.handedOver = part.state.dependent.count;
  });
}

/** The partitions' states as one, row for row what a single run makes. */
function mergePartitions(
  model: PlanModel,
  parts: PartitionRun[],
  slices: SliceAssignment,
  rows: ReadonlyMap<number, NodeRows>,
): PlanRun {
  const merged = newPartitionState(model, model.graph.nodeCount);
  const state: PlanState = merged.state;
  const reservations = merged.routes.reservations;

  // Planned orders, node by node in netting order.
  const orderOf = parts.map((part) => new Int32Array(part.state.orders.count));
  for (const v of slices.order) {
    const at = rows.get(v);
    const part = at === undefined ? undefined : parts[at.partition];
    if (at === undefined || part === undefined) continue;
    const from = part.state.orders;
    const map = orderOf[at.partition] as Int32Array;
    for (let o = at.orders[0]; o < at.orders[1]; o++) {
      map[o] = state.orders.add(
        from.node.data[o] ?? 0,
        from.quantity.data[o] ?? 0,
        {
          requirementDay: from.requirementDay.data[o] ?? 0,
          orderDay: from.orderDay.data[o] ?? 0,
          startDay: from.startDay.data[o] ?? 0,
          deliveryDay: from.deliveryDay.data[o] ?? 0,
          receiptDay: from.receiptDay.data[o] ?? 0,
          delayDays: from.delayDays.data[o] ?? 0,
        },
        from.sequence.data[o] ?? 0,
      );
    }
  }
  const globalOrder = (p: number, order: number): number =>
    order >= 0 ? (orderOf[p]?.[order] ?? 0) : order;

  // Requirements: every original (not a copy) in creation-key order.
  const originals: { p: number; r: number; key: number }[] = [];
  parts.forEach((part, p) => {
    for (let r = 0; r < part.state.dependent.count; r++) {
      if ((part.origin[r] ?? -1) < 0) originals.push({ p, r, key: part.key[r] ?? 0 });
    }
  });
  originals.sort((a, b) => a.key - b.key);
  const requirementOf = parts.map((part) => new Int32Array(part.state.dependent.count));
  for (const { p, r } of originals) {
    const from = parts[p]?.state.dependent;
    if (from === undefined) continue;
    (requirementOf[p] as Int32Array)[r] = state.dependent.count;
    state.dependent.add(
      from.node.data[r] ?? 0,
      from.day.data[r] ?? 0,
      from.quantity.data[r] ?? 0,
      from.kind.data[r] ?? IssueKind.PlannedComponent,
      globalOrder(p, from.order.data[r] ?? 0),
      from.line.data[r] ?? -1,
    );
  }
  const globalRequirement = (q: number, r: number): number => {
    const part = parts[q];
    const origin = part?.origin[r] ?? -1;
    if (origin < 0) return requirementOf[q]?.[r] ?? 0;
    return requirementOf[origin]?.[part?.originIndex[r] ?? 0] ?? 0;
  };

  // Pegging, actions and reservations, node by node in netting order.
  for (const v of slices.order) {
    const at = rows.get(v);
    const part = at === undefined ? undefined : parts[at.partition];
    if (at === undefined || part === undefined) continue;
    const p = at.partition;
    const pegging = part.state.pegging;
    for (let g = at.pegging[0]; g < at.pegging[1]; g++) {
      const receiptKind = pegging.receiptKind.data[g] ?? 0;
      const issueKind = pegging.issueKind.data[g] ?? 0;
      const receiptRef = pegging.receiptRef.data[g] ?? 0;
      const issueRef = pegging.issueRef.data[g] ?? 0;
      state.pegging.add(
        pegging.node.data[g] ?? 0,
        receiptKind,
        receiptKind === ReceiptKind.PlannedOrder ? globalOrder(p, receiptRef) : receiptRef,
        issueKind,
        issueKind >= IssueKind.PlannedComponent ? globalRequirement(p, issueRef) : issueRef,
        pegging.quantity.data[g] ?? 0,
      );
    }
    const actions = part.state.actions;
    for (let a = at.actions[0]; a < at.actions[1]; a++) {
      const causeKind = actions.causeKind.data[a] ?? 0;
      const causeRef = actions.causeRef.data[a] ?? 0;
      state.actions.add(
        actions.kind.data[a] ?? 0,
        actions.receipt.data[a] ?? 0,
        actions.newDay.data[a] ?? 0,
        actions.quantityChange.data[a] ?? 0,
        causeKind,
        causeKind >= IssueKind.PlannedComponent && causeKind <= IssueKind.PlannedTransfer
          ? globalRequirement(p, causeRef)
          : causeRef,
      );
    }
    const from = part.routes.reservations;
    for (let s = at.reservations[0]; s < at.reservations[1]; s++) {
      reservations.add(
        from.resource.data[s] ?? 0,
        from.day.data[s] ?? 0,
        globalOrder(p, from.order.data[s] ?? 0),
        from.node.data[s] ?? 0,
        from.operation.data[s] ?? 0,
        from.hours.data[s] ?? 0,
      );
    }
  }

  const messages: RunMessage[] = [...model.messages];
  for (const part of parts) {
    state.events += part.state.events;
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
