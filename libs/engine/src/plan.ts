/**
 * A regeneration run: nets the nodes level by level in low-level-code order. Within a level
 * nodes are netted in node order; each only reads requirements created on it by higher
 * levels, so a level can be split across workers and merged in node order.
 */
import { computeFutures, type Futures } from './delays/futures';
import type { PlanModel } from './model/plan-model';
import type { RunMessage } from './model/result';
import { NodeNetting } from './netting/net-node';
import { ColumnArena } from './netting/columns';
import { computeCapacityLoad, type CapacityLoadRows } from './routing/capacity-load';
import { CapacityReservations } from './routing/capacity-reservations';
import { RouteScheduler } from './routing/route-scheduler';
import {
  ActionRows,
  DependentRequirements,
  PeggingRows,
  PlannedOrders,
  type PlanState,
} from './netting/plan-state';

export interface PlanProgress {
  nodesDone: number;
  nodesTotal: number;
}

export interface PlanOptions {
  /** Called now and then while nodes are netted (about every 16,384 nodes and at the end). */
  onProgress?: (progress: PlanProgress) => void;
}

/**
 * A finished run in columns: what the output writers read. `messages` holds what netting
 * found; late orders and overloaded resource weeks are read from their columns when the
 * result is written.
 */
export interface PlanRun {
  model: PlanModel;
  state: PlanState;
  messages: RunMessage[];
  futures: Futures;
  /** Hours the routed orders' operations take of each resource, per day. */
  reservations: CapacityReservations;
  capacityLoad: CapacityLoadRows;
}

const PROGRESS_EVERY = 16_384;

/** The most operations any item's route has. */
function longestRoute(routes: PlanModel['routes']): number {
  let longest = 0;
  for (let item = 0; item + 1 < routes.opStart.length; item++) {
    longest = Math.max(longest, (routes.opStart[item + 1] ?? 0) - (routes.opStart[item] ?? 0));
  }
  return longest;
}

export function runPlan(model: PlanModel, options: PlanOptions = {}): PlanRun {
  // Sized from the input so that the columns rarely grow, and carved from one buffer:
  // see ColumnArena for why.
  const nodes = model.graph.nodeCount;
  const inputRows = (model.demandStart[nodes] ?? 0) + nodes;
  const requirements = inputRows * 3;
  const orders = inputRows * 2;
  const pegging = inputRows * 4;
  // Routed orders reserve a row per operation and day it spans: about 2.2 per operation of
  // the longest route and input row on the generated companies. A column that outgrows its
  // first buffer is new memory for the collector at every run, so there is room for more.
  // Without routes nothing.
  const reservations = inputRows * 3 * longestRoute(model.routes) + 16;
  const arena = new ColumnArena(
    DependentRequirements.bytes(nodes, requirements) +
      PlannedOrders.bytes(orders) +
      PeggingRows.bytes(pegging) +
      CapacityReservations.bytes(reservations),
  );
  const state: PlanState = {
    dependent: new DependentRequirements(nodes, requirements, arena),
    orders: new PlannedOrders(orders, arena),
    pegging: new PeggingRows(pegging, arena),
    actions: new ActionRows(),
    events: 0,
  };
  const messages: RunMessage[] = [...model.messages];
  const routes = new RouteScheduler(model, new CapacityReservations(reservations, arena));
  const netting = new NodeNetting(model, state, messages, routes);
  const { levelNodes } = model.codes;
  const total = levelNodes.length;
  const inScope = model.nodeInScope;
  for (let k = 0; k < total; k++) {
    const node = levelNodes[k] ?? 0;
    if (inScope === undefined || inScope[node] === 1) netting.net(node);
    if (options.onProgress !== undefined && (k + 1) % PROGRESS_EVERY === 0) {
      options.onProgress({ nodesDone: k + 1, nodesTotal: total });
    }
  }
  options.onProgress?.({ nodesDone: total, nodesTotal: total });
  const futures = computeFutures(model, state);
  const capacityLoad = computeCapacityLoad(model, routes.reservations);
  return { model, state, messages, futures, reservations: routes.reservations, capacityLoad };
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

function compareText(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Messages in an order that does not depend on the order of input rows: by severity, code,
 * item, warehouse, row and text.
 */
export function compareMessages(a: RunMessage, b: RunMessage): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    compareText(a.code, b.code) ||
    compareText(a.item, b.item) ||
    compareText(a.warehouse, b.warehouse) ||
    compareText(a.ref, b.ref) ||
    compareText(a.text, b.text)
  );
}
