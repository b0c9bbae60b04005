/**
 * Netting one planning node: its requirements in date order against on-hand, existing
 * receipts and the planned orders it creates, by its coverage code, with safety stock,
 * dynamic negative days, order quantity rules and pegging. Each planned order's own
 * requirements (BOM components, transfer issues) are handed to the nodes below.
 *
 * A node reads only the model and the requirements already created on it, and writes only
 * its own orders, pegging and the requirements of lower nodes, so the nodes of one
 * low-level code can be netted independently of each other.
 */
import type { DayCounter } from '../calendar/day-counter';
import { toIso } from '../calendar/day';
import { walkBom, type LeafVisitor } from '../graph/bom-walk';
import { Replenishment } from '../graph/node-graph';
import type { PlanModel } from '../model/plan-model';
import type { RunMessage } from '../model/result';
import { leadTimeOf, type NodeSettings } from '../model/settings';
import type { RouteScheduler } from '../routing/route-scheduler';
import { EPSILON, minMaxQuantity, splitOrderQuantity } from './lot-sizing';
import { PlanSizeGuard } from './plan-size';
import {
  ActionKind,
  IssueKind,
  NO_CAUSE,
  FOREIGN_ORDER,
  ReceiptKind,
  type PlannedOrderDates,
  type PlannedOrders,
  type PlanState,
} from './plan-state';

const ORDER_PREFIX = ['PUR', 'PRD', 'TRF'] as const;
/** First-use day of a receipt nothing has used. */
const NEVER = 0x7fffffff;

export function plannedOrderId(model: PlanModel, node: number, sequence: number): string {
  const prefix = ORDER_PREFIX[model.graph.replenishment[node] ?? 0] ?? 'PUR';
  const item = model.itemIds[model.graph.nodeItem[node] ?? 0] ?? '';
  const warehouse = model.warehouseIds[model.graph.nodeWarehouse[node] ?? 0] ?? '';
  return `${prefix}-${item}@${warehouse}-${sequence}`;
}

/**
 * The id of the order a requirement belongs to: a planned order of this run, or (negative
 * refs) an approved planned order of an earlier run, by its supply row.
 */
export function orderIdOf(
  model: PlanModel,
  orders: PlannedOrders,
  order: number,
  foreignOrders?: readonly string[],
): string {
  if (order <= FOREIGN_ORDER) return foreignOrders?.[FOREIGN_ORDER - order] ?? '';
  if (order < 0) return model.supplyIds[-order - 1] ?? '';
  return plannedOrderId(model, orders.node.data[order] ?? 0, orders.sequence.data[order] ?? 0);
}

export class NodeNetting implements LeafVisitor {
  // Requirements of the node, in netting order.
  private issueDay = new Int32Array(64);
  private issueQty = new Float64Array(64);
  private issueKind = new Uint8Array(64);
  private issueRef = new Int32Array(64);
  private dependentScratch = new Int32Array(64);
  private sortScratch = new Int32Array(64);
  private issueCount = 0;

  // Existing receipts of the node: remaining quantities.
  private receiptRemaining = new Float64Array(64);
  /** Receipts passed over by the positive-days rule: in stock, but not used. */
  private receiptExpired = new Uint8Array(64);
  /** Day and requirement of a receipt's first use; NEVER when unused. */
  private receiptFirstUse = new Int32Array(64);
  private receiptCauseKind = new Uint8Array(64);
  private receiptCauseRef = new Int32Array(64);
  /** The last existing receipt the current requirement used, or -1. */
  private lastExistingUsed = -1;
  private receiptBase = 0;
  private receiptCount = 0;
  /** First receipt not used up. */
  private nextReceipt = 0;
  /** First receipt not yet arrived (dated after the current day). */
  private nextArrival = 0;
  /** First receipt the positive-days rule has not yet looked at. */
  private nextExpiry = 0;

  // Planned orders of the node with quantity left, oldest first.
  private queueOrder = new Int32Array(64);
  private queueRemaining = new Float64Array(64);
  private queueDay = new Int32Array(64);
  private queueHead = 0;
  private queueTail = 0;

  /** Stock arrived and not yet used: on-hand, arrived receipts, planned orders. */
  private available = 0;

  /** While a period's need is found: netting that writes no pegging and records no use. */
  private dryRun = false;
  /** The supply as it was before a dry run. */
  private readonly saved = {
    nextReceipt: 0,
    nextArrival: 0,
    nextExpiry: 0,
    available: 0,
    queueHead: 0,
    receiptRemaining: new Float64Array(64),
    receiptExpired: new Uint8Array(64),
    queueRemaining: new Float64Array(64),
  };

  // The node being netted.
  private node = 0;
  private settings!: NodeSettings;
  private leadTime = 0;
  private sequence = 0;
  private readonly pieces: number[] = [];
  /** Dates of the order being planned; reused, orders are planned one at a time. */
  private readonly dates: PlannedOrderDates = {
    requirementDay: 0,
    orderDay: 0,
    startDay: 0,
    deliveryDay: 0,
    receiptDay: 0,
    delayDays: 0,
  };

  // BOM explosion of the current planned order.
  private explodingOrder = 0;
  private edgeCursor = 0;

  constructor(
    private readonly model: PlanModel,
    private readonly state: PlanState,
    private readonly messages: RunMessage[],
    /** Production orders of items with a route are scheduled through it. */
    private readonly routes: RouteScheduler,
    /** The run's plan-size limits, shared by its partitions. */
    private readonly size: PlanSizeGuard = new PlanSizeGuard(),
  ) {}

  /** The node being netted as `item@warehouse`, for messages. */
  private readonly nodeName = (): string => {
    const { item, warehouse } = this.nodeLabel();
    return `${item}@${warehouse}`;
  };

  net(node: number): void {
    const model = this.model;
    const settings = model.settings[model.nodeSettings[node] ?? 0];
    if (settings === undefined) return;
    this.node = node;
    this.settings = settings;
    this.leadTime = leadTimeOf(settings, model.graph.replenishment[node] ?? 0);
    this.sequence = model.sequenceBase[node] ?? 0;
    const peggingBefore = this.state.pegging.count;
    this.loadReceipts(node);
    this.loadIssues(node);
    this.state.events += this.issueCount + this.receiptCount;

    const fulfilment = model.fulfilmentDay[node] ?? model.today;
    const code = settings.coverageCode;
    const minimum = settings.minimumInventory;
    let fulfilmentChecked = false;
    let periodEnd = Number.NEGATIVE_INFINITY;

    for (let i = 0; i < this.issueCount; i++) {
      const day = this.issueDay[i] ?? 0;
      if (!fulfilmentChecked && day >= fulfilment) {
        fulfilmentChecked = true;
        // A requirement on the fulfilment day itself restores the minimum with its own order.
        if (day > fulfilment) periodEnd = this.restoreMinimumAt(fulfilment, i, periodEnd);
      }
      this.arriveUntil(day);
      this.passOverEarlyReceipts(day);
      const limit = this.negativeDaysLimit(day, fulfilment);
      let uncovered = this.consume(i, this.issueQty[i] ?? 0, limit);
      const floor = day >= fulfilment ? minimum : 0;
      if (uncovered > EPSILON) this.suggestIncrease(i, uncovered);

      switch (code) {
        case 'requirement': {
          const need = uncovered + Math.max(0, floor - this.available);
          if (need > EPSILON) {
            this.plan(day, need);
            uncovered = this.consume(i, uncovered, limit);
          }
          break;
        }
        case 'period': {
          const belowMinimum = day >= periodEnd && this.available < floor - EPSILON;
          if (uncovered > EPSILON || belowMinimum) {
            periodEnd = day + settings.coveragePeriod;
            const need = this.periodNeed(i + 1, uncovered, periodEnd, fulfilment);
            if (need > EPSILON) this.plan(day, need);
            uncovered = this.consume(i, uncovered, limit);
          }
          break;
        }
        case 'minMax': {
          const projected = this.available - uncovered;
          if (projected < floor - EPSILON) {
            const quantity = minMaxQuantity(projected, floor, settings);
            if (quantity > EPSILON) this.plan(day, quantity);
            uncovered = this.consume(i, uncovered, limit);
          }
          break;
        }
        case 'manual':
          break;
      }
      if (uncovered > EPSILON) this.reportShortage(i, uncovered);
    }
    if (!fulfilmentChecked) this.restoreMinimumAt(fulfilment, this.issueCount, periodEnd);
    this.suggestActions();
    this.size.addRows(this.state.pegging.count - peggingBefore, 'pegging rows', this.nodeName);
  }

  /**
   * No requirement fell on the fulfilment day: if stock there is below the minimum, a
   * separate order due that day restores it (for min/max: up to the maximum). Returns the
   * end of the period it opened, for period coverage.
   */
  private restoreMinimumAt(day: number, nextIssue: number, periodEnd: number): number {
    const settings = this.settings;
    this.arriveUntil(day);
    if (this.available >= settings.minimumInventory - EPSILON) return periodEnd;
    switch (settings.coverageCode) {
      case 'requirement':
        this.plan(day, settings.minimumInventory - this.available);
        return periodEnd;
      case 'period': {
        if (day < periodEnd) return periodEnd;
        const end = day + settings.coveragePeriod;
        const need = this.periodNeed(nextIssue, 0, end, day);
        if (need > EPSILON) this.plan(day, need);
        return end;
      }
      case 'minMax': {
        const quantity = minMaxQuantity(this.available, settings.minimumInventory, settings);
        if (quantity > EPSILON) this.plan(day, quantity);
        return periodEnd;
      }
      case 'manual':
        return periodEnd;
    }
  }

  /**
   * Dynamic negative days: the latest day an existing receipt may come and still cover a
   * requirement on `day`: max(F, day) + negative days.
   */
  private negativeDaysLimit(day: number, fulfilment: number): number {
    return Math.max(fulfilment, day) + this.settings.negativeDays;
  }

  /**
   * Net requirement of a period that ends before `periodEnd`: what is still uncovered now,
   * plus what each requirement from `fromIssue` dated inside the period would miss if it
   * took the stock and the open receipts in netting order, each requirement only from the
   * receipts inside its own negative-days window; plus what restores the minimum at the
   * period's end when the period reaches the fulfilment day. Found by netting the period's
   * requirements once without writing anything, then putting the supply back as it was.
   */
  private periodNeed(
    fromIssue: number,
    uncovered: number,
    periodEnd: number,
    fulfilment: number,
  ): number {
    this.saveSupply();
    this.dryRun = true;
    let need = uncovered;
    for (let j = fromIssue; j < this.issueCount && (this.issueDay[j] ?? 0) < periodEnd; j++) {
      const day = this.issueDay[j] ?? 0;
      this.arriveUntil(day);
      this.passOverEarlyReceipts(day);
      // Only receipts dated inside the period count against it, whatever a line's window.
      const limit = Math.min(this.negativeDaysLimit(day, fulfilment), periodEnd - 1);
      need += this.consume(j, this.issueQty[j] ?? 0, limit);
    }
    let minimumShort = 0;
    if (periodEnd - 1 >= fulfilment) {
      // Open receipts dated inside the period count towards the minimum at its end.
      this.arriveUntil(periodEnd - 1);
      minimumShort = Math.max(0, this.settings.minimumInventory - this.available);
    }
    this.dryRun = false;
    this.restoreSupply();
    return need + minimumShort;
  }

  /** Keeps what netting may change of the node's supply, for a dry run. */
  private saveSupply(): void {
    const saved = this.saved;
    saved.nextReceipt = this.nextReceipt;
    saved.nextArrival = this.nextArrival;
    saved.nextExpiry = this.nextExpiry;
    saved.available = this.available;
    saved.queueHead = this.queueHead;
    const receipts = this.receiptCount - this.nextReceipt;
    const queued = this.queueTail - this.queueHead;
    if (saved.receiptRemaining.length < receipts) {
      saved.receiptRemaining = new Float64Array(receipts * 2);
      saved.receiptExpired = new Uint8Array(receipts * 2);
    }
    if (saved.queueRemaining.length < queued) saved.queueRemaining = new Float64Array(queued * 2);
    saved.receiptRemaining.set(this.receiptRemaining.subarray(this.nextReceipt, this.receiptCount));
    saved.receiptExpired.set(this.receiptExpired.subarray(this.nextReceipt, this.receiptCount));
    saved.queueRemaining.set(this.queueRemaining.subarray(this.queueHead, this.queueTail));
  }

  private restoreSupply(): void {
    const saved = this.saved;
    const receipts = this.receiptCount - saved.nextReceipt;
    const queued = this.queueTail - saved.queueHead;
    this.receiptRemaining.set(saved.receiptRemaining.subarray(0, receipts), saved.nextReceipt);
    this.receiptExpired.set(saved.receiptExpired.subarray(0, receipts), saved.nextReceipt);
    this.queueRemaining.set(saved.queueRemaining.subarray(0, queued), saved.queueHead);
    this.nextReceipt = saved.nextReceipt;
    this.nextArrival = saved.nextArrival;
    this.nextExpiry = saved.nextExpiry;
    this.available = saved.available;
    this.queueHead = saved.queueHead;
  }

  private loadReceipts(node: number): void {
    const model = this.model;
    const start = model.receiptStart[node] ?? 0;
    const count = (model.receiptStart[node + 1] ?? 0) - start;
    if (this.receiptRemaining.length < count) {
      this.receiptRemaining = new Float64Array(count * 2);
      this.receiptExpired = new Uint8Array(count * 2);
      this.receiptFirstUse = new Int32Array(count * 2);
      this.receiptCauseKind = new Uint8Array(count * 2);
      this.receiptCauseRef = new Int32Array(count * 2);
    }
    for (let k = 0; k < count; k++) {
      this.receiptRemaining[k] = model.receiptQty[start + k] ?? 0;
      this.receiptExpired[k] = 0;
      this.receiptFirstUse[k] = NEVER;
    }
    this.receiptBase = start;
    this.receiptCount = count;
    this.nextReceipt = 0;
    this.nextArrival = 0;
    this.nextExpiry = 0;
    this.queueHead = 0;
    this.queueTail = 0;
    this.available = 0;
    for (let k = 0; k < count; k++) {
      if (model.receiptExplodes[start + k] === 1) this.explodeApprovedOrder(start + k);
    }
  }

  /** Independent requirements (already in order) merged with the requirements planned orders created here. */
  private loadIssues(node: number): void {
    const model = this.model;
    const dependent = this.state.dependent;
    const start = model.demandStart[node] ?? 0;
    const end = model.demandStart[node + 1] ?? 0;
    let dependentCount = 0;
    for (let k = dependent.head[node] ?? -1; k >= 0; k = dependent.next.data[k] ?? -1) {
      if (dependentCount === this.dependentScratch.length) {
        const grown = new Int32Array(dependentCount * 2);
        grown.set(this.dependentScratch);
        this.dependentScratch = grown;
      }
      this.dependentScratch[dependentCount++] = k;
    }
    const days = dependent.day.data;
    let list: Int32Array = this.dependentScratch;
    let sorted = true;
    for (let k = 1; k < dependentCount && sorted; k++) {
      sorted = (days[list[k - 1] ?? 0] ?? 0) <= (days[list[k] ?? 0] ?? 0);
    }
    // Requirements come chained in creation order; only a node fed by several parents needs
    // a sort, by day, creation order kept on each day.
    if (!sorted) list = this.sortByDay(list, dependentCount, days);

    const total = end - start + dependentCount;
    if (this.issueDay.length < total) {
      const capacity = total * 2;
      this.issueDay = new Int32Array(capacity);
      this.issueQty = new Float64Array(capacity);
      this.issueKind = new Uint8Array(capacity);
      this.issueRef = new Int32Array(capacity);
    }
    let a = start;
    let b = 0;
    let i = 0;
    while (a < end || b < dependentCount) {
      const takeIndependent =
        b >= dependentCount || (a < end && (model.demandDay[a] ?? 0) <= (days[list[b] ?? 0] ?? 0));
      if (takeIndependent) {
        this.issueDay[i] = model.demandDay[a] ?? 0;
        this.issueQty[i] = model.demandQty[a] ?? 0;
        this.issueKind[i] = model.demandKind[a] ?? IssueKind.Demand;
        this.issueRef[i] = model.demandRow[a] ?? 0;
        a++;
      } else {
        const k = list[b] ?? 0;
        this.issueDay[i] = days[k] ?? 0;
        this.issueQty[i] = dependent.quantity.data[k] ?? 0;
        this.issueKind[i] = dependent.kind.data[k] ?? 0;
        this.issueRef[i] = k;
        b++;
      }
      i++;
    }
    this.issueCount = total;
  }

  /**
   * Positive days: an existing receipt dated before requirement day − positive days is not
   * used for it; with dynamic positive days only beyond the fulfilment day (inside the
   * lead time any existing supply is better than none).
   */
  private earliestUsable(issueDay: number): number {
    const settings = this.settings;
    if (!Number.isFinite(settings.positiveDays)) return Number.NEGATIVE_INFINITY;
    if (settings.dynamicPositiveDays && issueDay <= (this.model.fulfilmentDay[this.node] ?? 0)) {
      return Number.NEGATIVE_INFINITY;
    }
    return issueDay - settings.positiveDays;
  }

  /**
   * Action messages for existing supply dated inside the action fence: cancel or decrease
   * what is not needed (never below the minimum), advance what a requirement needs earlier,
   * postpone what is needed later (never supply that holds the minimum).
   */
  private suggestActions(): void {
    const settings = this.settings;
    if (settings.actionFence <= 0) return;
    const model = this.model;
    const base = this.receiptBase;
    const fence = model.today + settings.actionFence;
    let stock = this.available;
    for (let k = this.nextArrival; k < this.receiptCount; k++) {
      stock += this.receiptRemaining[k] ?? 0;
    }
    let surplus = Math.max(0, stock - settings.minimumInventory);
    const actions = this.state.actions;
    for (let k = this.receiptCount - 1; k >= 0; k--) {
      const receipt = base + k;
      const day = model.receiptDay[receipt] ?? 0;
      if (model.receiptSource[receipt] !== ReceiptKind.Supply || day > fence) continue;
      const quantity = model.receiptQty[receipt] ?? 0;
      const remaining = this.receiptRemaining[k] ?? 0;
      const expired = this.receiptExpired[k] === 1;
      const reducible = expired ? remaining : Math.min(remaining, surplus);
      if (!expired) surplus -= reducible;
      const firstUse = this.receiptFirstUse[k] ?? NEVER;
      const causeKind = firstUse === NEVER ? NO_CAUSE : (this.receiptCauseKind[k] ?? NO_CAUSE);
      const causeRef = this.receiptCauseRef[k] ?? 0;
      if (reducible >= quantity - EPSILON) {
        actions.add(ActionKind.Cancel, receipt, day, quantity, NO_CAUSE, 0);
        continue;
      }
      if (reducible > EPSILON) {
        actions.add(ActionKind.Decrease, receipt, day, reducible, causeKind, causeRef);
      }
      if (firstUse === NEVER) continue;
      if (firstUse < day - settings.advanceMargin) {
        actions.add(ActionKind.Advance, receipt, firstUse, 0, causeKind, causeRef);
      } else if (firstUse > day + settings.postponeMargin && settings.minimumInventory <= 0) {
        actions.add(ActionKind.Postpone, receipt, firstUse, 0, causeKind, causeRef);
      }
    }
  }

  /**
   * The requirement was partly covered by an existing receipt inside the action fence and
   * needs more: suggest increasing that receipt instead, by the missing quantity rounded up
   * to the order multiple.
   */
  private suggestIncrease(issue: number, missing: number): void {
    const settings = this.settings;
    const r = this.lastExistingUsed;
    if (settings.actionFence <= 0 || r < 0) return;
    const receipt = this.receiptBase + r;
    const model = this.model;
    if (model.receiptSource[receipt] !== ReceiptKind.Supply) return;
    if ((model.receiptDay[receipt] ?? 0) > model.today + settings.actionFence) return;
    const multiple = settings.orderMultiple;
    const increase =
      multiple > 0 ? Math.max(1, Math.ceil(missing / multiple - EPSILON)) * multiple : missing;
    this.state.actions.add(
      ActionKind.Increase,
      receipt,
      model.receiptDay[receipt] ?? 0,
      increase,
      this.issueKind[issue] ?? 0,
      this.issueRef[issue] ?? 0,
    );
  }

  /** The first `count` requirements of `list` by day, in their order within a day. */
  private sortByDay(list: Int32Array, count: number, days: Int32Array): Int32Array {
    if (this.sortScratch.length < count) this.sortScratch = new Int32Array(count * 2);
    const place = this.sortScratch.subarray(0, count);
    for (let k = 0; k < count; k++) place[k] = k;
    place.sort((x, y) => (days[list[x] ?? 0] ?? 0) - (days[list[y] ?? 0] ?? 0) || x - y);
    const sorted = new Int32Array(count);
    for (let k = 0; k < count; k++) sorted[k] = list[place[k] ?? 0] ?? 0;
    return sorted;
  }

  /**
   * Positive days: an existing receipt dated before the earliest day a requirement on `day`
   * may use is passed over for it and every later requirement. It stays in the ERP's stock
   * unused (it shows up as a cancel or decrease) and no longer counts as projected stock,
   * from this requirement on. On-hand is never passed over.
   */
  private passOverEarlyReceipts(day: number): void {
    const earliest = this.earliestUsable(day);
    const model = this.model;
    const base = this.receiptBase;
    let k = Math.max(this.nextExpiry, this.nextReceipt);
    for (; k < this.receiptCount && (model.receiptDay[base + k] ?? 0) < earliest; k++) {
      if (model.receiptSource[base + k] === ReceiptKind.OnHand) continue;
      if (this.receiptExpired[k] === 1 || (this.receiptRemaining[k] ?? 0) <= EPSILON) continue;
      this.receiptExpired[k] = 1;
      if (k < this.nextArrival) this.available -= this.receiptRemaining[k] ?? 0;
    }
    this.nextExpiry = k;
  }

  /** Existing receipts dated up to `day` arrive in stock. */
  private arriveUntil(day: number): void {
    const base = this.receiptBase;
    const receiptDay = this.model.receiptDay;
    while (
      this.nextArrival < this.receiptCount &&
      (receiptDay[base + this.nextArrival] ?? 0) <= day
    ) {
      this.available += this.receiptRemaining[this.nextArrival] ?? 0;
      this.nextArrival++;
    }
  }

  /**
   * Covers `quantity` of requirement `issue` from supply in order: existing receipts dated
   * up to `limit` and the node's planned orders, the earlier first (existing first on a
   * tie). Returns what stays uncovered.
   */
  private consume(issue: number, quantity: number, limit: number): number {
    const model = this.model;
    const pegging = this.state.pegging;
    const base = this.receiptBase;
    const issueDay = this.issueDay[issue] ?? 0;
    let rest = quantity;
    if (!this.dryRun) this.lastExistingUsed = -1;
    while (rest > EPSILON) {
      // Receipts used up, or passed over by the positive-days rule, are behind us.
      while (
        this.nextReceipt < this.receiptCount &&
        ((this.receiptRemaining[this.nextReceipt] ?? 0) <= EPSILON ||
          this.receiptExpired[this.nextReceipt] === 1)
      ) {
        this.nextReceipt++;
      }
      const r = this.nextReceipt;
      const receiptDay = model.receiptDay[base + r] ?? 0;
      const existing = r < this.receiptCount && receiptDay <= limit;
      const planned = this.queueHead < this.queueTail;
      if (!existing && !planned) break;
      if (existing && (!planned || receiptDay <= (this.queueDay[this.queueHead] ?? 0))) {
        const remaining = this.receiptRemaining[r] ?? 0;
        const take = Math.min(rest, remaining);
        this.receiptRemaining[r] = remaining - take;
        if (r < this.nextArrival) this.available -= take;
        rest -= take;
        if (this.dryRun) continue;
        if (this.receiptFirstUse[r] === NEVER) {
          this.receiptFirstUse[r] = issueDay;
          this.receiptCauseKind[r] = this.issueKind[issue] ?? 0;
          this.receiptCauseRef[r] = this.issueRef[issue] ?? 0;
        }
        this.lastExistingUsed = r;
        pegging.add(
          this.node,
          model.receiptSource[base + r] ?? ReceiptKind.Supply,
          model.receiptRow[base + r] ?? 0,
          this.issueKind[issue] ?? 0,
          this.issueRef[issue] ?? 0,
          take,
        );
      } else {
        const q = this.queueHead;
        const remaining = this.queueRemaining[q] ?? 0;
        const take = Math.min(rest, remaining);
        this.queueRemaining[q] = remaining - take;
        this.available -= take;
        if (remaining - take <= EPSILON) this.queueHead++;
        rest -= take;
        if (this.dryRun) continue;
        pegging.add(
          this.node,
          ReceiptKind.PlannedOrder,
          this.queueOrder[q] ?? 0,
          this.issueKind[issue] ?? 0,
          this.issueRef[issue] ?? 0,
          take,
        );
      }
    }
    return rest;
  }

  /** Plans `quantity` due on `day`: dates, quantity split, then each order's own requirements. */
  private plan(day: number, quantity: number): void {
    const routed = this.routes.prepare(this.node, day, this.settings);
    const dates = routed ? this.dates : this.schedule(day);
    const left = this.size.ordersLeft;
    const count = splitOrderQuantity(quantity, this.settings, this.pieces, left);
    const atNode = this.sequence - (this.model.sequenceBase[this.node] ?? 0);
    this.size.addOrders(count, atNode, this.nodeName);
    const requirementsBefore = this.state.dependent.count;
    const orders = this.state.orders;
    for (let p = 0; p < count; p++) {
      const piece = this.pieces[p] ?? 0;
      // A routed order's run time, and so its dates, depend on its quantity.
      if (routed) {
        this.size.checkOrderDays(this.routes.longestOperationDays(piece), piece, this.nodeName);
        this.routes.scheduleOrder(piece, dates);
      }
      const order = orders.add(this.node, piece, dates, ++this.sequence);
      this.state.events++;
      this.enqueue(order, piece, day);
      if (routed) this.routes.reserve(order);
      this.createRequirementsOf(order, piece, dates.startDay, routed);
    }
    const created = this.state.dependent.count - requirementsBefore;
    if (created > 0) this.size.addRows(created, 'requirements', this.nodeName);
  }

  /** Backward from the requirement; forward from today when that would start in the past. */
  private schedule(day: number): PlannedOrderDates {
    const settings = this.settings;
    const days: DayCounter = settings.leadTimeDays;
    const today = this.model.today;
    const dates = this.dates;
    const due = settings.dueDays.dueOn(day);
    dates.requirementDay = day;
    dates.deliveryDay = days.minus(due, settings.receiptMargin);
    dates.startDay = days.minus(dates.deliveryDay, this.leadTime);
    dates.orderDay = days.minus(dates.startDay, settings.reorderMargin);
    dates.receiptDay = due;
    dates.delayDays = 0;
    if (dates.orderDay < today) {
      dates.orderDay = days.openFrom(today);
      dates.startDay = days.plus(dates.orderDay, settings.reorderMargin);
      dates.deliveryDay = days.plus(dates.startDay, this.leadTime);
      dates.receiptDay = days.plus(dates.deliveryDay, settings.receiptMargin);
      dates.delayDays = Math.max(0, dates.receiptDay - day);
    }
    return dates;
  }

  private enqueue(order: number, quantity: number, day: number): void {
    if (this.queueTail === this.queueOrder.length) {
      // Move the live part to the front, growing when it is full.
      const live = this.queueTail - this.queueHead;
      const capacity =
        live * 2 > this.queueOrder.length ? this.queueOrder.length * 2 : this.queueOrder.length;
      const order2 = new Int32Array(capacity);
      const remaining2 = new Float64Array(capacity);
      const day2 = new Int32Array(capacity);
      order2.set(this.queueOrder.subarray(this.queueHead, this.queueTail));
      remaining2.set(this.queueRemaining.subarray(this.queueHead, this.queueTail));
      day2.set(this.queueDay.subarray(this.queueHead, this.queueTail));
      this.queueOrder = order2;
      this.queueRemaining = remaining2;
      this.queueDay = day2;
      this.queueHead = 0;
      this.queueTail = live;
    }
    this.queueOrder[this.queueTail] = order;
    this.queueRemaining[this.queueTail] = quantity;
    this.queueDay[this.queueTail] = day;
    this.queueTail++;
    this.available += quantity;
  }

  /**
   * A production order needs its components (a routed one at its operations, by the route
   * scheduled last); a transfer needs the item at its refill warehouse.
   */
  private createRequirementsOf(
    order: number,
    quantity: number,
    startDay: number,
    routed = false,
  ): void {
    const model = this.model;
    const node = this.node;
    const replenishment = model.graph.replenishment[node];
    if (replenishment === Replenishment.Transfer) {
      const source = model.graph.source[node] ?? -1;
      if (source >= 0 && (model.codes.level[source] ?? -1) >= 0) {
        this.state.dependent.add(source, startDay, quantity, IssueKind.PlannedTransfer, order, -1);
      }
    } else if (replenishment === Replenishment.Production) {
      this.explodingOrder = order;
      this.edgeCursor = model.graph.edgeStart[node] ?? 0;
      const item = model.graph.nodeItem[node] ?? 0;
      const warehouse = model.graph.nodeWarehouse[node] ?? 0;
      const lines = routed ? this.routes.lines : undefined;
      walkBom(model.bom, item, warehouse, quantity, startDay, true, this, lines);
    }
  }

  /** A BOM leaf of the order being exploded; the node graph lists the same leaves in the same order. */
  leaf(line: number, _warehouse: number, quantity: number, day: number, active: boolean): void {
    const target = this.model.graph.edgeTarget[this.edgeCursor++] ?? -1;
    if (!active || quantity <= EPSILON || target < 0) return;
    if ((this.model.codes.level[target] ?? -1) < 0) return;
    this.state.dependent.add(
      target,
      Math.max(this.model.today, day),
      quantity,
      IssueKind.PlannedComponent,
      this.explodingOrder,
      line,
    );
  }

  /** Approved planned orders of an earlier run keep needing their components or their transfer. */
  private explodeApprovedOrder(receipt: number): void {
    const model = this.model;
    const settings = this.settings;
    const supplyRow = model.receiptRow[receipt] ?? 0;
    if (this.routes.prepare(this.node, model.receiptDay[receipt] ?? 0, settings)) {
      const quantity = model.receiptQty[receipt] ?? 0;
      this.size.checkOrderDays(this.routes.longestOperationDays(quantity), quantity, this.nodeName);
      const start = this.routes.scheduleApproved(quantity);
      this.routes.reserve(-(supplyRow + 1));
      this.createRequirementsOf(-(supplyRow + 1), quantity, start, true);
      return;
    }
    const days = settings.leadTimeDays;
    const due = settings.dueDays.dueOn(model.receiptDay[receipt] ?? 0);
    const start = Math.max(
      model.today,
      days.minus(days.minus(due, settings.receiptMargin), this.leadTime),
    );
    this.createRequirementsOf(-(supplyRow + 1), model.receiptQty[receipt] ?? 0, start);
  }

  private nodeLabel(): { item: string; warehouse: string } {
    const graph = this.model.graph;
    return {
      item: this.model.itemIds[graph.nodeItem[this.node] ?? 0] ?? '',
      warehouse: this.model.warehouseIds[graph.nodeWarehouse[this.node] ?? 0] ?? '',
    };
  }

  /** What a requirement is, in words, and the row or planned order it belongs to. */
  private issueLabel(issue: number): { text: string; ref: string } {
    const ref = this.issueRef[issue] ?? 0;
    if (this.issueKind[issue] === IssueKind.Demand) {
      const id = this.model.demandIds[ref] ?? '';
      return { text: id, ref: id };
    }
    if (this.issueKind[issue] === IssueKind.Forecast) {
      const id = this.model.forecastIds[ref] ?? '';
      return { text: `forecast ${id}`, ref: id };
    }
    const order = this.state.dependent.order.data[ref] ?? 0;
    const id = orderIdOf(this.model, this.state.orders, order, this.state.foreignOrders);
    return { text: `requirement of planned order ${id}`, ref: id };
  }

  private reportShortage(issue: number, quantity: number): void {
    const { item, warehouse } = this.nodeLabel();
    const label = this.issueLabel(issue);
    this.messages.push({
      severity: 'warning',
      code: 'SHORTAGE',
      item,
      warehouse,
      ref: label.ref,
      text: `${label.text} for item '${item}' at '${warehouse}' on ${toIso(this.issueDay[issue] ?? 0)} is short by ${round(quantity)}`,
    });
  }
}

/** Quantities as written out: six decimals, no floating-point noise. */
export function round(quantity: number): number {
  return Math.round(quantity * 1e6) / 1e6;
}
