/**
 * The oracle planner: a deliberately plain planner written from docs/planning-semantics.md,
 * docs/result-format.md and docs/messages.md, and from nothing of the engine's code, so that
 * differential tests can hold the engine to the documented rules. One object per requirement,
 * receipt and order; nodes netted one after the other by low-level code; each node day by
 * day. Where the docs leave a choice open, the choice is marked `READING` where it is made.
 *
 *   oraclePlan(dataset) → PlanResult
 */
import type { Dataset, DemandLine, SupplyLine } from '../model/dataset';
import type {
  ActionMessage,
  Delay,
  ExistingReceipt,
  ForecastRemaining,
  Pegging,
  PlanningNode,
  PlanResult,
  PlannedOrder,
  Requirement as RequirementRow,
  RunMessage,
} from '../model/result';
import { dayOf, isoOf, type Day } from './days';
import { plannedForecasts } from './forecasts';
import { compareIds, nodeKey, PlanGraph, type OracleNode } from './graph';
import type { Receipt, Requirement } from './model';
import { increaseQuantity, NodeNetting, type NodeOutcome } from './netting';
import { EPSILON } from './quantities';
import { PROPOSED_READINGS, type Readings } from './readings';
import { approvedStart, forwardBase, fulfilmentDay } from './schedule';

interface NodeState {
  node: OracleNode;
  requirements: Requirement[];
  receipts: Receipt[];
  outcome?: NodeOutcome;
}

const DEMAND_WORDS = {
  sales: 'sales line',
  productionComponent: 'production component line',
  transferIssue: 'transfer issue',
} as const;

export function oraclePlan(dataset: Dataset, readings: Readings = PROPOSED_READINGS): PlanResult {
  return new OraclePlanner(dataset, readings).plan();
}

class OraclePlanner {
  private readonly today: Day;
  private readonly graph: PlanGraph;
  private readonly states = new Map<string, NodeState>();
  private readonly messages: RunMessage[] = [];
  private readonly forecasts: ForecastRemaining[] = [];
  private beyondFence = 0;
  /** "requirements created by planned orders in the order they were created". */
  private creationSequence = 0;

  constructor(
    private readonly dataset: Dataset,
    private readonly readings: Readings,
  ) {
    this.today = dayOf(dataset.plan.planDate);
    this.graph = new PlanGraph(dataset, readings);
  }

  plan(): PlanResult {
    this.reportCalendarsAndCycles();
    const planned = [...this.graph.nodes.values()]
      .filter((n) => n.planned)
      .sort((a, b) => a.level - b.level || compareIds(a.key, b.key));
    for (const node of planned) this.states.set(node.key, this.readInputs(node));
    // READING cycleNodeInputs (doc silent): a node on a cycle gets no message of its own; the
    // BOM_CYCLE error speaks for it, as items outside a filter get none.
    if (this.readings.cycleNodeInputs === 'onHandAndFence') {
      for (const node of this.graph.nodes.values()) {
        const inScope = this.graph.scope === undefined || this.graph.scope.has(node.item);
        if (node.inCycle && inScope) this.readInputs(node, true);
      }
    }
    if (this.beyondFence > 0) {
      this.messages.push({
        severity: 'info',
        code: 'BEYOND_TIME_FENCE',
        text: `${this.beyondFence} input lines (demand, forecast or supply) lie beyond the coverage time fence and were not planned`,
      });
    }
    // "A node is netted only after every node that can create demand on it".
    for (const node of planned) this.netNode(this.states.get(node.key) as NodeState);
    this.computeFutures(planned);
    return this.result(planned);
  }

  // ---------------------------------------------------------------------------------------

  private reportCalendarsAndCycles(): void {
    // NO_WORKING_DAYS: "One message per such calendar, whether any node uses it or not".
    for (const calendar of this.dataset.calendars ?? []) {
      if (calendar.workingWeekdays.length > 0) continue;
      this.messages.push({
        severity: 'error',
        code: 'NO_WORKING_DAYS',
        ref: calendar.id,
        text: `calendar '${calendar.id}' has no working weekday; calendar days are used instead`,
      });
    }
    // BOM_CYCLE: "One message per cycle; item is one of its items, and the text names all of
    // them and the nodes in order".
    // READING cyclesInFilteredRun (doc silent): a filtered run reports only the cycles among
    // items it plans, as its other messages "speak only of the items the run plans".
    for (const cycle of this.graph.cycles) {
      const scope =
        this.readings.cyclesInFilteredRun === 'scopeOnly' ? this.graph.scope : undefined;
      if (scope !== undefined && !cycle.items.some((i) => scope.has(i))) continue;
      const names = cycle.items.map((i) => `'${i}'`).join(', ');
      const path = cycle.nodes.join(' → ');
      const text =
        cycle.items.length === 1
          ? `item ${names} forms a cycle (${path}); it is left unplanned`
          : `items ${names} form a cycle (${path}); they are left unplanned`;
      this.messages.push({ severity: 'error', code: 'BOM_CYCLE', item: cycle.items[0], text });
    }
  }

  /** On-hand, supply, demand and forecast lines of one planned node (docs: "Inputs and dates"). */
  private readInputs(node: OracleNode, onlyCount = false): NodeState {
    const s = node.settings;
    const today = this.today;
    const fenceEnd = today + s.coverageTimeFence;
    const at = <T extends { item: string; warehouse: string }>(rows: T[] | undefined): T[] =>
      (rows ?? []).filter((r) => r.item === node.item && r.warehouse === node.warehouse);
    const receipts: Receipt[] = [];
    const requirements: Requirement[] = [];

    // "On-hand is available today. Negative on-hand counts as 0 (warning NEGATIVE_ON_HAND)."
    // Several rows are summed first.
    const onHandRows = at(this.dataset.onHand);
    if (onHandRows.length > 0) {
      const onHand = onHandRows.reduce((sum, r) => sum + r.quantity, 0);
      if (onHand < 0) {
        this.messages.push({
          severity: 'warning',
          code: 'NEGATIVE_ON_HAND',
          item: node.item,
          warehouse: node.warehouse,
          ref: node.key,
          text: `on-hand of item '${node.item}' at '${node.warehouse}' is ${onHand}; counted as 0`,
        });
      } else if (onHand > EPSILON) {
        receipts.push(this.receipt('onHand', node.key, today, onHand));
      }
    }

    // "Open supply: purchase lines, production orders (the finished item), transfer receipts
    // and approved planned orders of an earlier run … Unapproved planned orders are not read."
    // "supply dated before today is available today"; beyond the fence "not planned".
    for (const line of at(this.dataset.supply)) {
      if (line.type === 'plannedOrder' && line.approved !== true) continue;
      if (dayOf(line.date) > fenceEnd) {
        this.beyondFence += 1;
        continue;
      }
      const receipt = this.receipt(
        'supply',
        line.id,
        Math.max(today, dayOf(line.date)),
        line.quantity,
      );
      receipt.supply = line;
      receipts.push(receipt);
    }

    // "Demand dated before today is due today (warning DEMAND_PAST_DUE)"; "The requirement
    // date of a demand or forecast line is its date minus the issue margin (calendar days),
    // not before today."
    for (const line of at(this.dataset.demand)) {
      const date = dayOf(line.date);
      if (date > fenceEnd) {
        this.beyondFence += 1;
        continue;
      }
      if (date < today && !onlyCount) this.pastDue(line);
      requirements.push({
        kind: 'demand',
        id: line.id,
        demandType: line.type,
        day: Math.max(today, date - s.issueMargin),
        quantity: line.quantity,
        independent: true,
        sequence: 0,
        allocations: [],
      });
    }

    if (onlyCount) return { node, requirements, receipts };
    // Forecasts of the plan's model, after reduction; beyond the fence they are counted.
    const model = this.dataset.plan.forecastModel;
    if (model !== undefined) {
      for (const f of at(this.dataset.forecasts)) {
        if (f.model === model && dayOf(f.date) > fenceEnd && dayOf(f.date) > today) {
          this.beyondFence += 1;
        }
      }
    }
    const allSales = this.readings.reducingSales === 'all';
    for (const f of plannedForecasts(this.dataset, node.item, node.warehouse, s, today, allSales)) {
      this.forecasts.push({
        id: f.forecast.id,
        item: node.item,
        warehouse: node.warehouse,
        date: f.forecast.date,
        quantity: f.forecast.quantity,
        remaining: f.remaining,
      });
      requirements.push({
        kind: 'forecast',
        id: f.forecast.id,
        day: Math.max(today, f.day - s.issueMargin),
        quantity: f.remaining,
        independent: true,
        sequence: 0,
        allocations: [],
      });
    }
    return { node, requirements, receipts };
  }

  private pastDue(line: DemandLine): void {
    this.messages.push({
      severity: 'warning',
      code: 'DEMAND_PAST_DUE',
      item: line.item,
      warehouse: line.warehouse,
      ref: line.id,
      text: `${DEMAND_WORDS[line.type]} '${line.id}' was due ${line.date}; planned as due today`,
    });
  }

  private receipt(kind: Receipt['kind'], id: string, day: Day, quantity: number): Receipt {
    return { kind, id, day, quantity, remaining: quantity, sequence: 0, needs: [], covers: [] };
  }

  // ---------------------------------------------------------------------------------------

  private netNode(state: NodeState): void {
    const node = state.node;
    const s = node.settings;
    // "an approved production order still needs its components (exploded at its receipt date
    // − production lead time, not before today) and an approved transfer still ships from its
    // refill warehouse". A review case: an approved order of a type the node is no longer
    // replenished by is plain supply.
    // READING (doc silent): its requirements are created before those of the run's own
    // planned orders of the node, in the order of the approved orders' dates and ids.
    const approved = state.receipts
      .filter((r) => r.supply?.type === 'plannedOrder')
      .sort((a, b) => a.day - b.day || compareIds(a.id, b.id));
    const margin = this.readings.approvedStart;
    for (const receipt of approved) {
      const line = receipt.supply as SupplyLine;
      if (line.orderType === 'production' && s.replenishment === 'production') {
        const start = approvedStart(s, this.today, receipt.day, s.productionLeadTime, margin);
        receipt.needs = this.explode(node, line.id, line.quantity, start);
      } else if (line.orderType === 'transfer' && s.replenishment === 'transfer') {
        const start = approvedStart(s, this.today, receipt.day, s.transferLeadTime, margin);
        receipt.needs = this.transferNeed(node, line.id, line.quantity, start);
      }
    }

    const netting = new NodeNetting(
      node,
      this.today,
      state.requirements,
      state.receipts,
      this.approvedNumber(node),
      this.readings,
    );
    const outcome = netting.net();
    state.outcome = outcome;
    for (const order of outcome.orders) {
      state.receipts.push(order.receipt);
      if (order.type === 'production') {
        order.needs = this.explode(node, order.id, order.quantity, order.dates.startDate);
      } else if (order.type === 'transfer') {
        order.needs = this.transferNeed(node, order.id, order.quantity, order.dates.startDate);
      }
      order.receipt.needs = order.needs;
      if (order.dates.forward && order.dates.receiptDate > order.requirementDay) {
        this.messages.push({
          severity: 'warning',
          code: 'LATE_ORDER',
          item: order.item,
          warehouse: order.warehouse,
          ref: order.id,
          text: `planned order ${order.id} is received ${isoOf(order.dates.receiptDate)}, ${
            order.dates.receiptDate - order.requirementDay
          } days after its requirement date ${isoOf(order.requirementDay)}`,
        });
      }
    }
    for (const { requirement, quantity } of outcome.shortages) {
      // READING shortageRef (doc silent): a forecast line or a planned order's requirement
      // names the forecast line or the order as its ref, as demand lines do.
      const what =
        requirement.orderId !== undefined
          ? `requirement of planned order ${requirement.orderId}`
          : requirement.kind === 'forecast'
            ? `forecast ${requirement.id}`
            : requirement.id;
      const message: RunMessage = {
        severity: 'warning',
        code: 'SHORTAGE',
        item: node.item,
        warehouse: node.warehouse,
        text: `${what} for item '${node.item}' at '${node.warehouse}' on ${isoOf(
          requirement.day,
        )} is short by ${round(quantity)}`,
      };
      if (requirement.kind === 'demand' || this.readings.shortageRef === 'always') {
        message.ref = requirement.orderId ?? requirement.id;
      }
      this.messages.push(message);
    }
  }

  /**
   * "new planned orders of the same node are numbered after the highest number they use".
   * READING (doc silent): every approved planned order of the node counts (beyond the fence
   * too, since it is still in the ERP), whatever its type prefix, when its id has the form
   * `<PUR|PRD|TRF>-<item>@<warehouse>-<n>` of this node.
   */
  private approvedNumber(node: OracleNode): number {
    let highest = 0;
    const pattern = /^(PUR|PRD|TRF)-(.*)-(\d+)$/;
    for (const line of this.dataset.supply ?? []) {
      if (line.type !== 'plannedOrder' || line.approved !== true) continue;
      if (line.item !== node.item || line.warehouse !== node.warehouse) continue;
      const match = pattern.exec(line.id);
      if (match === null || match[2] !== node.key) continue;
      highest = Math.max(highest, Number(match[3]));
    }
    return highest;
  }

  /** Requirements of a production order on its components (planned nodes only). */
  private explode(node: OracleNode, orderId: string, quantity: number, start: Day): Requirement[] {
    const needs: Requirement[] = [];
    for (const need of this.graph.explode(node.item, node.warehouse, quantity, start, start)) {
      const requirement = this.dependent(
        nodeKey(need.component, need.warehouse),
        'plannedComponent',
        `${orderId}/${need.line.id}`,
        orderId,
        need.day,
        need.quantity,
      );
      if (requirement !== undefined) needs.push(requirement);
    }
    return needs;
  }

  /** "A planned transfer … ships on its start date …; that ship date is a requirement of the
   * same quantity on the item at M." */
  private transferNeed(
    node: OracleNode,
    orderId: string,
    quantity: number,
    start: Day,
  ): Requirement[] {
    const from = node.settings.refillFrom;
    if (from === undefined) return [];
    const requirement = this.dependent(
      nodeKey(node.item, from),
      'plannedTransfer',
      `${orderId}/transfer`,
      orderId,
      start,
      quantity,
    );
    return requirement === undefined ? [] : [requirement];
  }

  /**
   * A requirement the run creates on another node. "Requirements a filtered item creates on an
   * item out of scope are not planned"; a node on a cycle gets none ("components that only the
   * loop would have needed … get no requirement from it").
   * (With the reading manualWarehouse=leftOut, nor does a node at a manual warehouse.)
   */
  private dependent(
    key: string,
    kind: 'plannedComponent' | 'plannedTransfer',
    id: string,
    orderId: string,
    day: Day,
    quantity: number,
  ): Requirement | undefined {
    const target = this.states.get(key);
    if (target === undefined || quantity <= EPSILON) return undefined;
    const requirement: Requirement = {
      kind,
      id,
      orderId,
      day,
      quantity,
      independent: false,
      sequence: this.creationSequence,
      allocations: [],
    };
    this.creationSequence += 1;
    target.requirements.push(requirement);
    return requirement;
  }

  // ---------------------------------------------------------------------------------------

  /**
   * "Every planned order has a futuresDate: … its receipt date (for a late order, the
   * forward-scheduled one), moved later by as many days as the latest of its own requirements
   * is covered late … A requirement is covered late by a receipt whose futures date (existing
   * supply: its date, or for an approved planned order of an earlier run its date moved by its
   * own late requirements, like a planned order; on-hand: today) is after the requirement
   * date." Components are deeper than their parents, so the deepest nodes go first.
   */
  private computeFutures(planned: OracleNode[]): void {
    const lateness = (needs: Requirement[]): number => {
      let late = 0;
      for (const need of needs) {
        for (const a of need.allocations)
          late = Math.max(late, (a.receipt.futures ?? 0) - need.day);
      }
      return late;
    };
    for (const node of [...planned].reverse()) {
      const state = this.states.get(node.key) as NodeState;
      for (const receipt of state.receipts) {
        if (receipt.kind === 'onHand') receipt.futures = this.today;
        else if (receipt.kind === 'supply') receipt.futures = receipt.day + lateness(receipt.needs);
        else {
          const order = receipt.order;
          if (order !== undefined)
            receipt.futures = order.dates.receiptDate + lateness(order.needs);
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------

  private result(planned: OracleNode[]): PlanResult {
    const nodes: PlanningNode[] = [];
    const requirements: RequirementRow[] = [];
    const receipts: ExistingReceipt[] = [];
    const plannedOrders: PlannedOrder[] = [];
    const pegging: Pegging[] = [];
    const delays: Delay[] = [];
    const actions: ActionMessage[] = [];
    let requirementCount = 0;
    let receiptCount = 0;
    for (const node of planned) {
      const state = this.states.get(node.key) as NodeState;
      const outcome = state.outcome as NodeOutcome;
      receiptCount += state.receipts.length;
      nodes.push(this.nodeRow(node));
      // result-format.md, Receipts: "on-hand first …, then open supply lines by date and id".
      const onHandFirst = (r: Receipt): number => (r.kind === 'onHand' ? 0 : 1);
      const inOrder = [...state.receipts].sort(
        (a, b) => onHandFirst(a) - onHandFirst(b) || a.day - b.day || compareIds(a.id, b.id),
      );
      for (const r of inOrder) {
        if (r.kind === 'plannedOrder' || r.quantity <= EPSILON) continue;
        const row: ExistingReceipt = {
          kind: r.kind,
          id: r.id,
          item: node.item,
          warehouse: node.warehouse,
          date: isoOf(r.day),
          quantity: round(r.quantity),
        };
        if (r.supply !== undefined) row.supplyType = r.supply.type;
        receipts.push(row);
      }
      // Requirements: "the node's demand and forecast lines (by date and id), then the
      // requirements its planned orders' parents created on it (in the order they were
      // created)".
      const independent = state.requirements
        .filter((r) => r.independent)
        .sort((a, b) => a.day - b.day || compareIds(a.id, b.id));
      const dependent = state.requirements
        .filter((r) => !r.independent)
        .sort((a, b) => a.sequence - b.sequence);
      for (const r of [...independent, ...dependent]) {
        if (r.quantity <= EPSILON) continue;
        const row: RequirementRow = {
          kind: r.kind,
          id: r.id,
          item: node.item,
          warehouse: node.warehouse,
          date: isoOf(r.day),
          quantity: round(r.quantity),
        };
        if (r.orderId !== undefined) row.orderId = r.orderId;
        requirements.push(row);
      }
      for (const order of outcome.orders) {
        const d = order.dates;
        const row: PlannedOrder = {
          id: order.id,
          type: order.type,
          item: order.item,
          warehouse: order.warehouse,
          quantity: round(order.quantity),
          orderDate: isoOf(d.orderDate),
          startDate: isoOf(d.startDate),
          deliveryDate: isoOf(d.deliveryDate),
          receiptDate: isoOf(d.receiptDate),
          requirementDate: isoOf(order.requirementDay),
          delayDays: Math.max(0, d.receiptDate - order.requirementDay),
          bomLevel: order.bomLevel,
          futuresDate: isoOf(order.receipt.futures ?? d.receiptDate),
          toFirm: order.toFirm,
        };
        if (order.fromWarehouse !== undefined) row.fromWarehouse = order.fromWarehouse;
        plannedOrders.push(row);
      }
      for (const requirement of state.requirements) {
        if (requirement.quantity > EPSILON) requirementCount += 1;
        for (const a of requirement.allocations) {
          if (a.quantity <= EPSILON) continue;
          const row: Pegging = {
            receiptKind: a.receipt.kind,
            receiptId: a.receipt.id,
            issueKind: requirement.kind,
            issueId: requirement.id,
            item: node.item,
            warehouse: node.warehouse,
            quantity: round(a.quantity),
          };
          if (requirement.orderId !== undefined) row.issueOrderId = requirement.orderId;
          pegging.push(row);
        }
        // "every demand line with a futures date after its requirement date is listed in
        // delays"; "Late forecasts are not listed in delays".
        if (requirement.kind === 'demand' && requirement.allocations.length > 0) {
          const futures = Math.max(...requirement.allocations.map((a) => a.receipt.futures ?? 0));
          if (futures > requirement.day) {
            delays.push({
              demandId: requirement.id,
              demandType: requirement.demandType ?? 'sales',
              item: node.item,
              warehouse: node.warehouse,
              requirementDate: isoOf(requirement.day),
              futuresDate: isoOf(futures),
              delayDays: futures - requirement.day,
            });
          }
        }
      }
      actions.push(...this.actionsOf(state));
    }
    const scope = this.graph.scope;
    return {
      formatVersion: 1,
      plan: this.dataset.plan.id,
      planDate: this.dataset.plan.planDate,
      counts: {
        nodes: this.graph.nodes.size,
        plannedNodes: planned.length,
        requirements: requirementCount,
        receipts: receiptCount,
        plannedOrders: plannedOrders.length,
        pegging: pegging.length,
        requirementEvents: requirementCount + receiptCount,
      },
      scope:
        scope === undefined
          ? { filtered: false, items: [] }
          : { filtered: true, items: [...scope].sort(compareIds) },
      nodes,
      plannedOrders,
      requirements,
      receipts,
      pegging,
      delays,
      actions,
      forecasts: this.forecasts,
      // The oracle plans without routes (the generator makes none): no capacity load.
      capacityLoad: [],
      capacityReservations: [],
      messages: this.messages,
    };
  }

  /** result-format.md, Nodes: the settings the node was planned with, and its F. */
  private nodeRow(node: OracleNode): PlanningNode {
    const s = node.settings;
    const base = forwardBase(s, this.today, this.readings.closedPlanDate === 'firstOpenDay');
    return {
      item: node.item,
      warehouse: node.warehouse,
      lowLevelCode: node.level,
      coverageCode: s.coverageCode,
      minimumInventory: s.minimumInventory,
      // "minMax: what an order refills to; 0 otherwise" (with READING minMaxTarget, never
      // below the minimum).
      maximumInventory:
        s.coverageCode === 'minMax' ? Math.max(s.maximumInventory ?? 0, s.minimumInventory) : 0,
      fulfilmentDate: isoOf(fulfilmentDay(s, base)),
      coverageTimeFence: s.coverageTimeFence,
    };
  }

  /**
   * Action messages (docs/planning-semantics.md, "Action messages"), for existing supply
   * lines and approved planned orders "dated on or before today + actionFence; 0, the
   * default, turns actions off".
   */
  private actionsOf(state: NodeState): ActionMessage[] {
    const s = state.node.settings;
    if (s.actionFence <= 0) return [];
    const fenceEnd = this.today + s.actionFence;
    const existing = state.receipts.filter((r) => r.kind === 'supply');
    const inFence = (r: Receipt) => dayOf((r.supply as SupplyLine).date) <= fenceEnd;
    const actions: ActionMessage[] = [];
    // READING actionDate (doc silent): "date: the supply's receipt date" is the supply
    // line's own date, also when it lies before today.
    const base = (r: Receipt) => {
      const line = r.supply as SupplyLine;
      const date = this.readings.actionDate === 'supplyDate' ? line.date : isoOf(r.day);
      return {
        supplyId: line.id,
        item: line.item,
        warehouse: line.warehouse,
        date,
        quantity: line.quantity,
      };
    };

    // "cancel: nothing of the receipt is needed (after keeping the minimum inventory).
    // decrease by the part not needed, keeping the node's stock at the end of the horizon at or
    // above the minimum inventory (receipts dated latest are decreased first)."
    // "it stays in stock unused (and shows up as a cancel or decrease action when it is
    // inside the action fence)": what positive days kept from use is not needed.
    // READING excludedReceipts=leaveStock: such a receipt is cancelled (or decreased by what
    // is left of it) first, and does not count in the stock the minimum is kept with.
    const leave = this.readings.excludedReceipts === 'leaveStock';
    const unneeded = (receipt: Receipt, quantity: number) => {
      if (!inFence(receipt) || quantity <= EPSILON) return;
      if (receipt.covers.length === 0 && Math.abs(quantity - receipt.quantity) <= EPSILON) {
        actions.push({ kind: 'cancel', ...base(receipt), quantityChange: round(receipt.quantity) });
      } else {
        const action: ActionMessage = {
          kind: 'decrease',
          ...base(receipt),
          quantityChange: round(quantity),
        };
        const cause = receipt.covers[0];
        if (cause !== undefined) action.causeId = cause.id;
        actions.push(action);
      }
    };
    const kept = (r: Receipt) => !(leave && r.excluded === true);
    if (leave) for (const r of existing) if (r.excluded === true) unneeded(r, r.remaining);

    // "cancel: nothing of the receipt is needed (after keeping the minimum inventory).
    // decrease by the part not needed, keeping the node's stock at the end of the horizon at or
    // above the minimum inventory (receipts dated latest are decreased first)."
    // READING decreaseFrom (doc silent): the stock at the end is everything left unpegged
    // (on-hand, supply, planned orders); the excess is taken from the existing receipts inside
    // the action fence, latest first (ties: the highest id first).
    const endStock = state.receipts.filter(kept).reduce((sum, r) => sum + r.remaining, 0);
    let excess = Math.max(0, endStock - s.minimumInventory);
    const latestFirst = existing
      .filter(kept)
      .filter((r) => this.readings.decreaseFrom === 'allReceipts' || inFence(r))
      .sort((a, b) => b.day - a.day || compareIds(b.id, a.id));
    for (const receipt of latestFirst) {
      if (excess <= EPSILON) break;
      const take = Math.min(receipt.remaining, excess);
      if (take <= EPSILON) continue;
      excess -= take;
      unneeded(receipt, take);
    }

    // "advance to the first requirement date it covers, when that date is more than the
    // advance margin before the receipt date … postpone to the first requirement date it
    // covers, when that date is more than the postpone margin after the receipt date — never
    // for a node with a minimum inventory".
    // READING (doc silent): a receipt dated before today is compared at today, the date it is
    // available; the action still shows the supply's own date.
    for (const receipt of existing) {
      const first = receipt.covers[0];
      if (first === undefined || !inFence(receipt)) continue;
      if (first.day < receipt.day - s.advanceMargin) {
        actions.push({
          kind: 'advance',
          ...base(receipt),
          newDate: isoOf(first.day),
          causeId: first.id,
        });
      } else if (first.day > receipt.day + s.postponeMargin && s.minimumInventory <= 0) {
        actions.push({
          kind: 'postpone',
          ...base(receipt),
          newDate: isoOf(first.day),
          causeId: first.id,
        });
      }
    }

    // "increase: when a requirement uses up an existing receipt and still needs more, the
    // receipt could be increased by the missing quantity rounded up to the order multiple".
    // READING manualIncrease (doc silent): on a manual node too (the shortage is what the
    // increase would cover).
    const increases =
      s.coverageCode === 'manual' && this.readings.manualIncrease === 'none'
        ? []
        : (state.outcome?.increases ?? []);
    for (const candidate of increases) {
      if (!inFence(candidate.receipt)) continue;
      actions.push({
        kind: 'increase',
        ...base(candidate.receipt),
        quantityChange: round(increaseQuantity(candidate, s.orderMultiple)),
        causeId: candidate.requirement.id,
      });
    }
    return actions;
  }
}

/** Quantities leave the oracle rounded to 9 decimals, so float noise does not show. */
function round(quantity: number): number {
  return Math.round(quantity * 1e9) / 1e9;
}
