/**
 * A regeneration run: nets the nodes level by level in low-level-code order. Within a level
 * nodes are netted in node order; each only reads requirements created on it by higher
 * levels, so a level can be split across workers and merged in node order.
 */
import { computeFutures, type Futures } from './delays/futures';
import type { PlanModel } from './model/plan-model';
import type { RunMessage } from './model/result';
import { PlanSizeGuard, type PlanSizeLimits } from './netting/plan-size';
import type { PlanState } from './netting/plan-state';
import { newPartitionState } from './partition/partition-state';
import { computeCapacityLoad, type CapacityLoadRows } from './routing/capacity-load';
import type { CapacityReservations } from './routing/capacity-reservations';

export interface PlanProgress {
  nodesDone: number;
  nodesTotal: number;
}

export interface PlanOptions {
  /** Called now and then while nodes are netted (about every 16,384 nodes and at the end). */
  onProgress?: (progress: PlanProgress) => void;
  /**
   * Plan-size limits (defaults in DEFAULT_PLAN_SIZE_LIMITS): a plan that would exceed one
   * stops with a PlanSizeError naming the node.
   */
  limits?: Partial<PlanSizeLimits>;
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

export function runPlan(model: PlanModel, options: PlanOptions = {}): PlanRun {
  const { state, netting, messages, routes } = newPartitionState(
    model,
    model.graph.nodeCount,
    new PlanSizeGuard(options.limits),
  );
  messages.push(...model.messages);
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
