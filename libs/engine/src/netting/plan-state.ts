/**
 * What a run builds up while it nets node after node: the requirements planned orders
 * create on lower nodes, the planned orders, and the pegging. Columns, appended in the
 * order of netting, which is deterministic.
 */
import { columnBytes, Float64Column, Int32Column, Uint8Column, type ColumnArena } from './columns';

export enum ReceiptKind {
  OnHand = 0,
  Supply = 1,
  PlannedOrder = 2,
}

export enum IssueKind {
  Demand = 0,
  Forecast = 1,
  PlannedComponent = 2,
  PlannedTransfer = 3,
}

/**
 * Requirements created by planned orders (and by approved planned orders of an earlier run)
 * on the nodes below them, chained per node in the order they are created.
 */
export class DependentRequirements {
  count = 0;
  readonly node: Int32Column;
  readonly day: Int32Column;
  readonly quantity: Float64Column;
  readonly kind: Uint8Column;
  /** Planned order index, or -(supply row + 1) for an approved planned order. */
  readonly order: Int32Column;
  /** BOM line, or -1 for a transfer. */
  readonly line: Int32Column;
  readonly next: Int32Column;
  readonly head: Int32Array;
  readonly tail: Int32Array;

  /** Bytes of the first buffers, for sizing a ColumnArena. */
  static bytes(nodeCount: number, capacity: number): number {
    const c = columnBytes;
    return 5 * c(capacity, 4) + c(capacity, 8) + c(capacity, 1) + 2 * c(nodeCount, 4);
  }

  constructor(nodeCount: number, capacity = 1024, arena?: ColumnArena) {
    this.node = new Int32Column(capacity, arena);
    this.day = new Int32Column(capacity, arena);
    this.quantity = new Float64Column(capacity, arena);
    this.kind = new Uint8Column(capacity, arena);
    this.order = new Int32Column(capacity, arena);
    this.line = new Int32Column(capacity, arena);
    this.next = new Int32Column(capacity, arena);
    this.head = (arena?.int32(nodeCount) ?? new Int32Array(nodeCount)).fill(-1);
    this.tail = (arena?.int32(nodeCount) ?? new Int32Array(nodeCount)).fill(-1);
  }

  add(
    node: number,
    day: number,
    quantity: number,
    kind: IssueKind,
    order: number,
    line: number,
  ): void {
    const k = this.count++;
    if (this.count > this.node.data.length) {
      this.node.ensure(this.count);
      this.day.ensure(this.count);
      this.quantity.ensure(this.count);
      this.kind.ensure(this.count);
      this.order.ensure(this.count);
      this.line.ensure(this.count);
      this.next.ensure(this.count);
    }
    this.node.data[k] = node;
    this.day.data[k] = day;
    this.quantity.data[k] = quantity;
    this.kind.data[k] = kind;
    this.order.data[k] = order;
    this.line.data[k] = line;
    this.next.data[k] = -1;
    const last = this.tail[node] ?? -1;
    if (last < 0) this.head[node] = k;
    else this.next.data[last] = k;
    this.tail[node] = k;
  }
}

export interface PlannedOrderDates {
  requirementDay: number;
  orderDay: number;
  startDay: number;
  deliveryDay: number;
  receiptDay: number;
  delayDays: number;
}

export class PlannedOrders {
  count = 0;
  readonly node: Int32Column;
  readonly quantity: Float64Column;
  readonly requirementDay: Int32Column;
  readonly orderDay: Int32Column;
  readonly startDay: Int32Column;
  readonly deliveryDay: Int32Column;
  readonly receiptDay: Int32Column;
  readonly delayDays: Int32Column;
  /** Number of the order within its node, from 1. */
  readonly sequence: Int32Column;

  /** Bytes of the first buffers, for sizing a ColumnArena. */
  static bytes(capacity: number): number {
    return 8 * columnBytes(capacity, 4) + columnBytes(capacity, 8);
  }

  constructor(capacity = 1024, arena?: ColumnArena) {
    this.node = new Int32Column(capacity, arena);
    this.quantity = new Float64Column(capacity, arena);
    this.requirementDay = new Int32Column(capacity, arena);
    this.orderDay = new Int32Column(capacity, arena);
    this.startDay = new Int32Column(capacity, arena);
    this.deliveryDay = new Int32Column(capacity, arena);
    this.receiptDay = new Int32Column(capacity, arena);
    this.delayDays = new Int32Column(capacity, arena);
    this.sequence = new Int32Column(capacity, arena);
  }

  add(node: number, quantity: number, dates: PlannedOrderDates, sequence: number): number {
    const k = this.count++;
    if (this.count > this.node.data.length) {
      this.node.ensure(this.count);
      this.quantity.ensure(this.count);
      this.requirementDay.ensure(this.count);
      this.orderDay.ensure(this.count);
      this.startDay.ensure(this.count);
      this.deliveryDay.ensure(this.count);
      this.receiptDay.ensure(this.count);
      this.delayDays.ensure(this.count);
      this.sequence.ensure(this.count);
    }
    this.node.data[k] = node;
    this.quantity.data[k] = quantity;
    this.requirementDay.data[k] = dates.requirementDay;
    this.orderDay.data[k] = dates.orderDay;
    this.startDay.data[k] = dates.startDay;
    this.deliveryDay.data[k] = dates.deliveryDay;
    this.receiptDay.data[k] = dates.receiptDay;
    this.delayDays.data[k] = dates.delayDays;
    this.sequence.data[k] = sequence;
    return k;
  }
}

export class PeggingRows {
  count = 0;
  readonly node: Int32Column;
  readonly receiptKind: Uint8Column;
  /** On-hand: the node; supply: the supply row; planned order: its index. */
  readonly receiptRef: Int32Column;
  readonly issueKind: Uint8Column;
  /** Demand: the demand row; planned requirements: the dependent requirement index. */
  readonly issueRef: Int32Column;
  readonly quantity: Float64Column;

  /** Bytes of the first buffers, for sizing a ColumnArena. */
  static bytes(capacity: number): number {
    const c = columnBytes;
    return 3 * c(capacity, 4) + 2 * c(capacity, 1) + c(capacity, 8);
  }

  constructor(capacity = 1024, arena?: ColumnArena) {
    this.node = new Int32Column(capacity, arena);
    this.receiptKind = new Uint8Column(capacity, arena);
    this.receiptRef = new Int32Column(capacity, arena);
    this.issueKind = new Uint8Column(capacity, arena);
    this.issueRef = new Int32Column(capacity, arena);
    this.quantity = new Float64Column(capacity, arena);
  }

  add(
    node: number,
    receiptKind: ReceiptKind,
    receiptRef: number,
    issueKind: IssueKind,
    issueRef: number,
    quantity: number,
  ): void {
    const k = this.count++;
    if (this.count > this.node.data.length) {
      this.node.ensure(this.count);
      this.receiptKind.ensure(this.count);
      this.receiptRef.ensure(this.count);
      this.issueKind.ensure(this.count);
      this.issueRef.ensure(this.count);
      this.quantity.ensure(this.count);
    }
    this.node.data[k] = node;
    this.receiptKind.data[k] = receiptKind;
    this.receiptRef.data[k] = receiptRef;
    this.issueKind.data[k] = issueKind;
    this.issueRef.data[k] = issueRef;
    this.quantity.data[k] = quantity;
  }
}

export enum ActionKind {
  Advance = 0,
  Postpone = 1,
  Increase = 2,
  Decrease = 3,
  Cancel = 4,
}

/** Action messages on existing receipts. */
export class ActionRows {
  count = 0;
  readonly kind = new Uint8Column();
  /** The existing receipt (index in the model's receipt columns). */
  readonly receipt = new Int32Column();
  readonly newDay = new Int32Column();
  readonly quantityChange = new Float64Column();
  /** The requirement that caused it: kind 255 when none. */
  readonly causeKind = new Uint8Column();
  readonly causeRef = new Int32Column();

  add(
    kind: ActionKind,
    receipt: number,
    newDay: number,
    quantityChange: number,
    causeKind: number,
    causeRef: number,
  ): void {
    const k = this.count++;
    this.kind.ensure(this.count);
    this.receipt.ensure(this.count);
    this.newDay.ensure(this.count);
    this.quantityChange.ensure(this.count);
    this.causeKind.ensure(this.count);
    this.causeRef.ensure(this.count);
    this.kind.data[k] = kind;
    this.receipt.data[k] = receipt;
    this.newDay.data[k] = newDay;
    this.quantityChange.data[k] = quantityChange;
    this.causeKind.data[k] = causeKind;
    this.causeRef.data[k] = causeRef;
  }
}

export const NO_CAUSE = 255;

/**
 * Order refs at or below this stand for orders netted in another partition of the run:
 * `FOREIGN_ORDER - i` is `foreignOrders[i]` of the state holding the requirement.
 */
export const FOREIGN_ORDER = -(2 ** 30);

/** Everything one run produces, in columns. */
export interface PlanState {
  dependent: DependentRequirements;
  orders: PlannedOrders;
  pegging: PeggingRows;
  actions: ActionRows;
  /** Requirements and receipts netted, planned orders included. */
  events: number;
  /** A partition's state: the ids of other partitions' orders its requirements belong to. */
  foreignOrders?: string[];
}
