/**
 * Netting one planning node, day by day (docs/planning-semantics.md, "Netting within a node",
 * "Coverage codes", "Safety stock", "Positive days"): each requirement, in netting order,
 * takes what it may from the node's receipts; what it still misses (and what the minimum
 * inventory needs) becomes planned orders as its coverage code says.
 */
import type { Day } from './days';
import type { OracleNode } from './graph';
import { compareIds } from './graph';
import type { PlannedOrderDraft, Receipt, Requirement } from './model';
import { EPSILON, roundUpToMultiple, splitOrderQuantity } from './quantities';
import type { Readings } from './readings';
import { forwardBase, fulfilmentDay, scheduleOrder } from './schedule';

export interface Shortage {
  requirement: Requirement;
  quantity: number;
}

/** "when a requirement uses up an existing receipt and still needs more". */
export interface IncreaseCandidate {
  receipt: Receipt;
  requirement: Requirement;
  missing: number;
}

export interface NodeOutcome {
  orders: PlannedOrderDraft[];
  shortages: Shortage[];
  increases: IncreaseCandidate[];
}

/** An active coverage period: [start, end) and the orders made for it. */
interface Period {
  start: Day;
  end: Day;
  orders: Receipt[];
}

const PREFIX = { purchase: 'PUR', production: 'PRD', transfer: 'TRF' } as const;

/**
 * "Requirements are netted in date order. On one date, independent lines (sales, production
 * components, transfer issues) come first in id order, then requirements created by planned
 * orders in the order they were created." Forecasts are "netted like demand lines of the
 * same date, in id order".
 */
export function compareRequirements(a: Requirement, b: Requirement): number {
  if (a.day !== b.day) return a.day - b.day;
  if (a.independent !== b.independent) return a.independent ? -1 : 1;
  if (a.independent) return compareIds(a.id, b.id);
  return a.sequence - b.sequence;
}

/**
 * "Supply is used in order: on-hand, then existing receipts by date (ties by id), with
 * planned orders of the same date after existing receipts."
 * READING (doc silent): supply dated before today stands at today (it "is available today"),
 * so on one date ties between it and supply dated today go by id.
 */
export function compareReceipts(a: Receipt, b: Receipt): number {
  const rank = (r: Receipt) => (r.kind === 'onHand' ? 0 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.day !== b.day) return a.day - b.day;
  const planned = (r: Receipt) => (r.kind === 'plannedOrder' ? 1 : 0);
  if (planned(a) !== planned(b)) return planned(a) - planned(b);
  if (a.kind === 'plannedOrder') return a.sequence - b.sequence;
  return compareIds(a.id, b.id);
}

export class NodeNetting {
  private readonly s;
  /** F: "the earliest day an order placed today can be received". */
  readonly fulfilment: Day;
  /** Where forward scheduling starts: today (see forwardBase). */
  private readonly base: Day;
  private readonly receipts: Receipt[];
  private readonly orders: PlannedOrderDraft[] = [];
  private readonly shortages: Shortage[] = [];
  private readonly increases: IncreaseCandidate[] = [];
  private period: Period | undefined;
  private nextNumber: number;
  private orderSequence = 0;

  constructor(
    private readonly node: OracleNode,
    private readonly today: Day,
    private readonly requirements: Requirement[],
    receipts: Receipt[],
    /** The highest number approved planned orders of the node already carry. */
    numberedAfter: number,
    private readonly readings: Readings,
  ) {
    this.s = node.settings;
    this.base = forwardBase(this.s, today, readings.closedPlanDate === 'firstOpenDay');
    this.fulfilment = fulfilmentDay(this.s, this.base);
    this.receipts = [...receipts].sort(compareReceipts);
    this.nextNumber = numberedAfter + 1;
  }

  /**
   * Day by day from today: (on F, when no requirement falls on it) the minimum check, then the
   * requirements of the day.
   */
  net(): NodeOutcome {
    const due = this.requirements.filter((r) => r.quantity > EPSILON).sort(compareRequirements);
    const lastDay = Math.max(this.fulfilment, ...due.map((r) => r.day));
    let next = 0;
    for (let day = this.today; day <= lastDay; day += 1) {
      if (this.period !== undefined && day >= this.period.end) this.period = undefined;
      const todays = due.filter((r) => r.day === day);
      if (day === this.fulfilment && todays.length === 0) this.checkMinimumAtF(due);
      while (next < due.length && (due[next] as Requirement).day === day) {
        this.netRequirement(due[next] as Requirement, due);
        next += 1;
      }
    }
    return { orders: this.orders, shortages: this.shortages, increases: this.increases };
  }

  // ---------------------------------------------------------------------------------------
  // Which receipt may cover which requirement.

  /**
   * "An existing receipt later than a requirement on day d may cover it when the receipt date
   * ≤ max(F, d) + negative days." "With positive days P, an existing receipt (not on-hand)
   * dated before requirement date − P is not used for that requirement, nor for any later
   * one … With dynamic positive days on, the rule applies only to requirements after F."
   * A receipt so excluded stays excluded (see excludeEarlyReceipts). A planned order covers requirements on or after its due date.
   */
  private mayCover(receipt: Receipt, requirement: Requirement): boolean {
    if (receipt.kind === 'onHand') return true; // "On-hand is never excluded".
    if (receipt.kind === 'plannedOrder') return receipt.day <= requirement.day;
    if (receipt.excluded === true) return false;
    const d = requirement.day;
    if (receipt.day > d) {
      const window = Math.max(this.fulfilment, d) + this.s.negativeDays;
      if (this.period !== undefined && this.readings.periodReceipts === 'wholePeriod') {
        return receipt.day <= window || receipt.day < this.period.end;
      }
      return receipt.day <= window;
    }
    return true;
  }

  /**
   * Positive days, when the requirement is netted: "an existing receipt (not on-hand) dated
   * before requirement date − P is not used for that requirement, nor for any later one …
   * With dynamic positive days on, the rule applies only to requirements after F."
   */
  private excludeEarlyReceipts(requirement: Requirement, receipts: Receipt[]): void {
    const p = this.s.positiveDays;
    const d = requirement.day;
    if (p === undefined || (this.s.dynamicPositiveDays && d <= this.fulfilment)) return;
    for (const r of receipts) if (r.kind === 'supply' && r.day < d - p) r.excluded = true;
  }

  /**
   * Allocates the requirement from the receipts in order (skipping `skip`); returns what it
   * still misses. `record` pegs it for real; otherwise only quantities move (a simulation).
   */
  private allocate(
    requirement: Requirement,
    need: number,
    receipts: Receipt[],
    skip: readonly Receipt[],
    record: boolean,
  ): { missing: number; usedUp: Receipt | undefined } {
    this.excludeEarlyReceipts(requirement, receipts);
    let missing = need;
    let lastExisting: Receipt | undefined;
    for (const receipt of receipts) {
      if (missing <= EPSILON) break;
      if (skip.includes(receipt) || receipt.remaining <= EPSILON) continue;
      if (!this.mayCover(receipt, requirement)) continue;
      const take = Math.min(receipt.remaining, missing);
      receipt.remaining -= take;
      missing -= take;
      if (record) {
        requirement.allocations.push({ receipt, quantity: take });
        receipt.covers.push(requirement);
      }
      if (receipt.kind === 'supply') lastExisting = receipt;
    }
    const usedUp =
      lastExisting !== undefined && lastExisting.remaining <= EPSILON ? lastExisting : undefined;
    return { missing: missing <= EPSILON ? 0 : missing, usedUp };
  }

  /**
   * Projected stock on a day: what is left of on-hand and of every receipt standing on or
   * before it.
   * READING excludedReceipts (doc silent): a receipt positive days keep from requirements
   * leaves the projected stock from then on, as the cancel or decrease it shows up as would
   * take it.
   */
  private stockOn(day: Day, receipts: Receipt[] = this.receipts): number {
    let stock = 0;
    for (const r of receipts) {
      if (r.excluded === true && this.readings.excludedReceipts === 'leaveStock') continue;
      if (r.kind === 'onHand' || r.day <= day) stock += r.remaining;
    }
    return stock;
  }

  // ---------------------------------------------------------------------------------------
  // One requirement.

  private netRequirement(requirement: Requirement, due: Requirement[]): void {
    const byDate = this.readings.periodPegging === 'byDate';
    const periodOrders = byDate ? [] : (this.period?.orders ?? []);
    const { missing, usedUp } = this.allocate(
      requirement,
      requirement.quantity,
      this.receipts,
      periodOrders,
      true,
    );
    if (missing > 0 && usedUp !== undefined) {
      this.increases.push({ receipt: usedUp, requirement, missing });
    }
    if (this.period !== undefined && byDate) {
      // READING periodPegging (doc silent): inside a period the requirements take supply in
      // the general order, the period's order standing on the period's first day. In the rare
      // case where that leaves a line short (a receipt that positive days keep from it was
      // used up by an earlier line of the period, which could have used the order), the
      // period ends and that line starts a new one.
      if (missing <= 0) return;
      this.period = undefined;
    } else if (this.period !== undefined) {
      // periodPegging=orderLast: they take what they may from the other receipts first, and
      // the rest from the period's order, which was sized for exactly that (see startPeriod).
      const rest = this.takeFrom(requirement, missing, this.period.orders);
      if (rest > EPSILON) throw new Error(`oracle: period order short for ${requirement.id}`);
      return;
    }
    const d = requirement.day;
    const min = this.s.minimumInventory;
    switch (this.s.coverageCode) {
      case 'manual':
        // "No planned orders. Each requirement line not fully covered is reported as a
        // SHORTAGE warning with the missing quantity."
        if (missing > 0) this.shortages.push({ requirement, quantity: missing });
        return;
      case 'requirement': {
        // "One planned order (before the max split) per requirement line that is not fully
        // covered, for its uncovered quantity, due on the requirement date." Safety stock:
        // "The minimum inventory … applies from F on … The order of the line that brings
        // projected stock below the minimum also restores the minimum."
        const topUp = d >= this.fulfilment && min > 0 ? Math.max(0, min - this.stockOn(d)) : 0;
        if (missing + topUp > EPSILON) this.makeOrders(missing + topUp, d, requirement, missing);
        return;
      }
      case 'period': {
        // READING (doc silent): after F, a line that leaves stock below the minimum starts a
        // period as an uncovered line does (the minimum is kept from F on).
        const belowMinimum = d >= this.fulfilment && min > 0 && this.stockOn(d) < min - EPSILON;
        if (missing > 0 || belowMinimum) this.startPeriod(d, requirement, missing, due);
        return;
      }
      case 'minMax': {
        // "From F on, whenever projected stock after a requirement falls below the minimum,
        // one order brings it back up to the maximum, due that day. Before F, an order up to
        // the maximum is made only when projected stock goes below zero."
        const projected = this.stockOn(d) - missing;
        const orderNow =
          d >= this.fulfilment ? missing > 0 || projected < min - EPSILON : missing > 0;
        if (orderNow) {
          const quantity = Math.max(
            missing,
            this.upToMaximum(projected, missing, d >= this.fulfilment),
          );
          this.makeOrders(quantity, d, requirement, missing);
        }
        return;
      }
    }
  }

  /** Pegs `need` of the requirement to the given planned orders, in order; returns the rest. */
  private takeFrom(requirement: Requirement, need: number, orders: Receipt[]): number {
    let rest = need;
    for (const receipt of orders) {
      if (rest <= EPSILON) break;
      const take = Math.min(receipt.remaining, rest);
      if (take <= EPSILON) continue;
      receipt.remaining -= take;
      rest -= take;
      requirement.allocations.push({ receipt, quantity: take });
      receipt.covers.push(requirement);
    }
    return rest;
  }

  /**
   * "At the first requirement that is not fully covered on day d, a period [d, d + P) starts.
   * One order due on d covers the period's net requirement: all requirements dated in the
   * period, less the stock left now (after the requirements before it) and open receipts
   * dated inside the period, plus the safety stock when the period reaches F. Requirements
   * inside the period may use receipts dated inside it."
   * The open receipts count only as far as the period's requirements may use them (negative
   * days, positive days): the net requirement is found by netting the period's requirements
   * against the receipts without the new order, and the order covers what they still miss.
   * (That is the reading issue #15 confirms: a receipt one day after a requirement outside
   * its negative-days tolerance does not reduce the order.) Receipts dated after the period
   * do not count against it.
   * READING (doc silent): inside the period each requirement takes what it may from the
   * other receipts first and the rest from the period's order, so that the order covers
   * exactly what was netted; the safety stock added is what the minimum still lacks at the
   * period's end.
   */
  private startPeriod(
    start: Day,
    first: Requirement | undefined,
    missing: number,
    due: Requirement[],
  ): void {
    const end = start + this.s.coveragePeriod;
    const previous = this.period;
    this.period = { start, end, orders: [] };
    const simulated = this.receipts.map((r) => ({ ...r, covers: [] }));
    const emulateDefect = this.readings.periodReceipts === 'wholePeriod' && first !== undefined;
    let net =
      emulateDefect && first !== undefined
        ? this.allocate(first, missing, simulated, [], false).missing
        : missing;
    // Receipts dated after the period do not count against it ("open receipts dated inside
    // the period"), even where negative days would let a line of the period use them.
    const afterPeriod = simulated.filter((r) => r.kind !== 'onHand' && r.day >= end);
    for (const r of due) {
      if (r.day < start || r.day >= end) continue;
      if (first !== undefined && compareRequirements(r, first) <= 0) continue;
      net += this.allocate(r, r.quantity, simulated, afterPeriod, false).missing;
    }
    const reachesF = end - 1 >= this.fulfilment;
    const min = this.s.minimumInventory;
    if (reachesF && min > 0) net += Math.max(0, min - this.stockOn(end - 1, simulated));
    this.period = previous;
    if (net <= EPSILON && !emulateDefect) return;
    if (emulateDefect && first !== undefined) {
      // The defect (see Readings.periodReceipts): the first line takes the order, then the
      // receipts dated inside the period whatever its tolerance.
      const orders = this.makeOrders(net, start);
      this.period = { start, end, orders };
      this.allocate(first, missing, this.receipts, [], true);
      return;
    }
    const orders = this.makeOrders(net, start, first, missing);
    this.period = { start, end, orders };
  }

  /**
   * Min/max: "one order brings it back up to the maximum … With an order multiple m, the
   * quantity is the largest multiple that keeps projected stock + order ≤ maximum, plus one
   * more multiple if that would still leave stock below the minimum."
   * READING minMaxTarget (doc silent): with no maximum, or a maximum below the minimum (set on
   * different levels), the order brings stock up to the minimum.
   * READING minMaxMultipleBeforeF (doc silent): before F the extra multiple is added only when
   * stock would still be below zero ("Before F, an order … only when projected stock goes
   * below zero"; the minimum applies from F on).
   */
  private upToMaximum(projected: number, missing: number, fromF: boolean): number {
    const floor =
      fromF || this.readings.minMaxMultipleBeforeF === 'minimumAlways'
        ? this.s.minimumInventory
        : 0;
    const min = this.s.minimumInventory;
    const max = this.s.maximumInventory ?? 0;
    const target = this.readings.minMaxTarget === 'minimum' ? Math.max(max, min) : max;
    const m = this.s.orderMultiple;
    if (m === undefined) return target - projected;
    let times = Math.floor((target - projected) / m + EPSILON);
    if (projected + times * m < floor - EPSILON) times += 1;
    while (times * m < missing - EPSILON) times += 1;
    return Math.max(0, times) * m;
  }

  /**
   * "If no requirement does so by F, a separate order due on F restores it." Min/max: "If
   * stock is below the minimum at F and no requirement falls on F, an order up to the maximum
   * is due on F."
   * READING (doc silent): a coverage period that spans F already holds the safety stock, so
   * there is no separate order inside it.
   * READING periodMinimumAtF (doc silent): with period coverage the order on F opens a coverage
   * period from F, which also takes in the requirements of the period.
   */
  private checkMinimumAtF(due: Requirement[]): void {
    if (this.period !== undefined || this.s.coverageCode === 'manual') return;
    const f = this.fulfilment;
    const stock = this.stockOn(f);
    const min = this.s.minimumInventory;
    if (this.s.coverageCode === 'minMax') {
      if (stock < min - EPSILON) this.makeOrders(this.upToMaximum(stock, 0, true), f);
    } else if (
      this.s.coverageCode === 'period' &&
      this.readings.periodMinimumAtF === 'opensPeriod' &&
      min > 0 &&
      stock < min - EPSILON
    ) {
      this.startPeriod(f, undefined, 0, due);
    } else if (min > 0 && stock < min - EPSILON) {
      this.makeOrders(min - stock, f);
    }
  }

  // ---------------------------------------------------------------------------------------
  // Planned orders.

  /**
   * Makes the planned orders for a required quantity due on `day` (split and rounded as
   * "Order quantity" says), and pegs `pegged` of them to the requirement.
   */
  private makeOrders(quantity: number, day: Day, requirement?: Requirement, pegged = 0): Receipt[] {
    const made: Receipt[] = [];
    for (const q of splitOrderQuantity(
      quantity,
      this.s,
      this.readings.exactMaximum === 'wholeMaximum',
    )) {
      const dates = scheduleOrder(this.s, this.today, day, this.base);
      const type = this.s.replenishment;
      const id = `${PREFIX[type]}-${this.node.item}@${this.node.warehouse}-${this.nextNumber}`;
      this.nextNumber += 1;
      const receipt: Receipt = {
        kind: 'plannedOrder',
        id,
        // READING (doc silent): in netting a planned order stands on the requirement date it
        // was made for (not on its due date, the open day before a closed one, nor on a late
        // order's receipt date), after the existing receipts of that date.
        day,
        quantity: q,
        remaining: q,
        sequence: this.orderSequence,
        needs: [],
        covers: [],
      };
      this.orderSequence += 1;
      const order: PlannedOrderDraft = {
        id,
        type,
        item: this.node.item,
        warehouse: this.node.warehouse,
        quantity: q,
        requirementDay: day,
        dates,
        bomLevel: this.node.level,
        // "A planned order whose order date is on or before today + firmingFence (when the
        // fence is above 0) is marked toFirm".
        toFirm: this.s.firmingFence > 0 && dates.orderDate <= this.today + this.s.firmingFence,
        needs: [],
        receipt,
      };
      if (type === 'transfer') order.fromWarehouse = this.s.refillFrom;
      receipt.order = order;
      this.orders.push(order);
      this.receipts.push(receipt);
      made.push(receipt);
    }
    this.receipts.sort(compareReceipts);
    if (requirement !== undefined && pegged > EPSILON) this.takeFrom(requirement, pegged, made);
    return made;
  }
}

/** The increase an increase candidate suggests: "the missing quantity rounded up to the order multiple". */
export function increaseQuantity(
  candidate: IncreaseCandidate,
  multiple: number | undefined,
): number {
  return roundUpToMultiple(candidate.missing, multiple);
}
