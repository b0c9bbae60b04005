/**
 * The state one partition of a run builds up while it nets its nodes: the run's columns
 * (sized for its share of the model), its netting and route scheduling, its messages, and
 * for each requirement it holds the creation key and, for copies handed over by another
 * partition, where the original is.
 */
import type { PlanModel } from '../model/plan-model';
import type { RunMessage } from '../model/result';
import { ColumnArena } from '../netting/columns';
import { NodeNetting } from '../netting/net-node';
import { PlanSizeGuard } from '../netting/plan-size';
import {
  ActionRows,
  DependentRequirements,
  PeggingRows,
  PlannedOrders,
  type PlanState,
} from '../netting/plan-state';
import { CapacityReservations } from '../routing/capacity-reservations';
import { RouteScheduler } from '../routing/route-scheduler';

export interface PartitionRun {
  model: PlanModel;
  state: PlanState;
  routes: RouteScheduler;
  netting: NodeNetting;
  messages: RunMessage[];
  /** Creation key of each requirement held (partitioned runs only). */
  key: number[];
  /** Copies: the partition holding the original; -1 for originals. */
  origin: number[];
  /** Copies: the original's index in its partition. */
  originIndex: number[];
  /** Requirements before this index have been handed over. */
  handedOver: number;
  /** Chains the requirements of node `target` in creation-key order. */
  rechain(target: number): void;
}

/** The most operations any item's route has. */
function longestRoute(routes: PlanModel['routes']): number {
  let longest = 0;
  for (let item = 0; item + 1 < routes.opStart.length; item++) {
    longest = Math.max(longest, (routes.opStart[item + 1] ?? 0) - (routes.opStart[item] ?? 0));
  }
  return longest;
}

/**
 * A fresh state for netting `nodes` of the model's nodes (all of them for a single run),
 * counting what it plans against the run's plan-size limits (`size`, shared by partitions).
 * Its columns are sized from the input so that they rarely grow, and carved from one
 * buffer: see ColumnArena for why.
 */
export function newPartitionState(
  model: PlanModel,
  nodes: number,
  size: PlanSizeGuard = new PlanSizeGuard(),
): PartitionRun {
  const nodeCount = model.graph.nodeCount;
  const share = nodeCount === 0 ? 1 : Math.min(1, nodes / nodeCount);
  const inputRows = Math.ceil(((model.demandStart[nodeCount] ?? 0) + nodeCount) * share);
  const requirements = inputRows * 3;
  const orders = inputRows * 2;
  const pegging = inputRows * 4;
  // Routed orders reserve a row per operation and day it spans: about 2.2 per operation of
  // the longest route and input row on the generated companies. A column that outgrows its
  // first buffer is new memory for the collector at every run, so there is room for more.
  // Without routes nothing.
  const reservations = inputRows * 3 * longestRoute(model.routes) + 16;
  const arena = new ColumnArena(
    DependentRequirements.bytes(nodeCount, requirements) +
      PlannedOrders.bytes(orders) +
      PeggingRows.bytes(pegging) +
      CapacityReservations.bytes(reservations),
  );
  const state: PlanState = {
    dependent: new DependentRequirements(nodeCount, requirements, arena),
    orders: new PlannedOrders(orders, arena),
    pegging: new PeggingRows(pegging, arena),
    actions: new ActionRows(),
    events: 0,
  };
  const messages: RunMessage[] = [];
  const routes = new RouteScheduler(model, new CapacityReservations(reservations, arena));
  const run: PartitionRun = {
    model,
    state,
    routes,
    netting: new NodeNetting(model, state, messages, routes, size),
    messages,
    key: [],
    origin: [],
    originIndex: [],
    handedOver: 0,
    rechain(target: number): void {
      const dependent = state.dependent;
      const chain: number[] = [];
      for (let r = dependent.head[target] ?? -1; r >= 0; r = dependent.next.data[r] ?? -1) {
        chain.push(r);
      }
      chain.sort((a, b) => (run.key[a] ?? 0) - (run.key[b] ?? 0));
      dependent.head[target] = chain[0] ?? -1;
      dependent.tail[target] = chain[chain.length - 1] ?? -1;
      for (let i = 0; i < chain.length; i++) {
        dependent.next.data[chain[i] ?? 0] = chain[i + 1] ?? -1;
      }
    },
  };
  return run;
}
