/**
 * Plan-size limits: a run stops as soon as its plan would have more planned orders, or more
 * pegging rows (and requirements created by planned orders, each pegged at least once),
 * than configured, naming the planning node that asked for them. A node that asks for
 * millions of orders (a huge requirement and a small maximum order quantity, a long chain of
 * large BOM quantities) would otherwise grow the run's columns until the process runs out
 * of memory. Counted once per planned quantity and once per node, not per row.
 *
 * A routed order's capacity reservations are one row per working day of each operation: a
 * huge quantity on a route (1e8 bikes at 16 a day) would make millions of rows for a
 * single order, and as many days counted through its calendar. The working days of each
 * order's longest operation are checked against maxOrderDays before it is scheduled, so such
 * a run fails at its first order, naming the node.
 */

export interface PlanSizeLimits {
  /** Most planned orders a run may plan. */
  maxPlannedOrders: number;
  /** Most pegging rows (and requirements created by planned orders) a run may make. */
  maxPeggingRows: number;
  /**
   * Most working days one operation of one planned (or approved) order may take of its
   * resource — each is a capacity reservation row.
   */
  maxOrderDays: number;
}

/**
 * Defaults: five times what the largest benchmarked company plans (1M nodes: 4.3 million
 * planned orders, 8.6 million pegging rows), well inside what a worker's heap holds; an
 * operation may take 10,000 working days (38 years of 5-day weeks; the demo company's
 * longest takes 4).
 */
export const DEFAULT_PLAN_SIZE_LIMITS: Readonly<PlanSizeLimits> = {
  maxPlannedOrders: 20_000_000,
  maxPeggingRows: 50_000_000,
  maxOrderDays: 10_000,
};

const LIMIT_NAMES = ['maxPlannedOrders', 'maxPeggingRows', 'maxOrderDays'] as const;

export type PlanSizeLimitName = keyof PlanSizeLimits;

/** A run whose plan would exceed a plan-size limit; names the node that asked for it. */
export class PlanSizeError extends Error {
  constructor(
    message: string,
    /** The node, `item@warehouse`. */
    readonly node: string,
    readonly limit: PlanSizeLimitName,
  ) {
    super(message);
    this.name = 'PlanSizeError';
  }
}

/** Checks a limit value; returns the problem or undefined. */
export function planSizeLimitProblem(name: PlanSizeLimitName, value: number): string | undefined {
  return Number.isSafeInteger(value) && value >= 1
    ? undefined
    : `${name} must be a whole number of at least 1, got ${value}`;
}

/** The limits with defaults filled in; a RangeError names a bad one. */
export function planSizeLimits(limits: Partial<PlanSizeLimits> = {}): PlanSizeLimits {
  const resolved: PlanSizeLimits = { ...DEFAULT_PLAN_SIZE_LIMITS, ...limits };
  for (const name of LIMIT_NAMES) {
    const problem = planSizeLimitProblem(name, resolved[name]);
    if (problem !== undefined) throw new RangeError(problem);
  }
  return resolved;
}

/** The run's counts against its limits; shared by the partitions of a partitioned run. */
export class PlanSizeGuard {
  private orders = 0;
  private rows = 0;
  readonly limits: PlanSizeLimits;

  constructor(limits: Partial<PlanSizeLimits> = {}) {
    this.limits = planSizeLimits(limits);
  }

  /** Planned orders the run may still plan. */
  get ordersLeft(): number {
    return this.limits.maxPlannedOrders - this.orders;
  }

  /**
   * Counts `count` planned orders for one requirement of `node`, which already has
   * `atNode`; throws when the run would exceed its limit.
   */
  addOrders(count: number, atNode: number, node: () => string): void {
    if (count <= this.ordersLeft) {
      this.orders += count;
      return;
    }
    const name = node();
    const limit = this.limits.maxPlannedOrders;
    throw new PlanSizeError(
      `the plan would have more than ${limit} planned orders (the maxPlannedOrders limit): ` +
        `node ${name} would have ${atNode + count}, ${count} of them for one requirement; ` +
        `check its quantities and order quantity rules (maximum order quantity, multiple), or raise the limit`,
      name,
      'maxPlannedOrders',
    );
  }

  /** Counts the pegging rows (or requirements) a node made; throws beyond the limit. */
  addRows(count: number, what: 'pegging rows' | 'requirements', node: () => string): void {
    this.rows += count;
    const limit = this.limits.maxPeggingRows;
    if (this.rows <= limit) return;
    const name = node();
    throw new PlanSizeError(
      `the plan would have more than ${limit} pegging rows (the maxPeggingRows limit): ` +
        `node ${name} made ${count} ${what}; check its quantities and BOM, or raise the limit`,
      name,
      'maxPeggingRows',
    );
  }

  /**
   * Checks one order of `quantity` whose longest operation takes `days` working days of its
   * resource; throws, before it is scheduled, when that is beyond the limit.
   */
  checkOrderDays(days: number, quantity: number, node: () => string): void {
    const limit = this.limits.maxOrderDays;
    if (days <= limit) return;
    const name = node();
    throw new PlanSizeError(
      `the plan would have an order running more than ${limit} days (the maxOrderDays ` +
        `limit): node ${name} would have an order of ${quantity} whose operation takes ` +
        `${Math.ceil(days)} working days, each a capacity reservation row; check its quantities, ` +
        `order quantity rules (maximum order quantity) and route times, or raise the limit`,
      name,
      'maxOrderDays',
    );
  }
}
