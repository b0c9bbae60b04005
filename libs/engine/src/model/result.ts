/**
 * The result of one run: planned orders, pegging and run messages, as the writer
 * persists them. Dates are ISO strings; ids are stable across runs of the same data.
 */
import type { CoverageCode, DemandType, IsoDate, PlannedOrderType, SupplyType } from './dataset';

export interface PlannedOrder {
  /**
   * `<type prefix>-<item>@<warehouse>-<n>`, n counting the node's orders from 1 in the order
   * they are made (after the numbers approved planned orders of the node already use).
   */
  id: string;
  type: PlannedOrderType;
  item: string;
  warehouse: string;
  /** Transfers: the refill warehouse it ships from. */
  fromWarehouse?: string;
  quantity: number;
  orderDate: IsoDate;
  startDate: IsoDate;
  deliveryDate: IsoDate;
  /** When the quantity is available: the requirement date it covers, or later when late. */
  receiptDate: IsoDate;
  requirementDate: IsoDate;
  /** Days the receipt comes after the requirement date; 0 when on time. */
  delayDays: number;
  /** Low-level code of the node: 0 for end items, growing down the BOM and transfer chain. */
  bomLevel: number;
  /**
   * When the order can really be received: its receipt date, later when its own
   * components or refill arrive late (the delay passed up from below).
   */
  futuresDate: IsoDate;
  /** The order date falls within the firming fence: the ERP should turn it into a real order. */
  toFirm: boolean;
}

/** A demand line that will be delivered late, and when it can be. */
export interface Delay {
  demandId: string;
  demandType: DemandType;
  item: string;
  warehouse: string;
  /** Requirement date (the demand date less the issue margin, not before planDate). */
  requirementDate: IsoDate;
  /** When the supply pegged to it can really be there. */
  futuresDate: IsoDate;
  delayDays: number;
}

export type ActionKind = 'advance' | 'postpone' | 'increase' | 'decrease' | 'cancel';

/** A suggestion to change existing supply inside the action fence. */
export interface ActionMessage {
  kind: ActionKind;
  /** The supply line (or approved planned order) to change. */
  supplyId: string;
  item: string;
  warehouse: string;
  date: IsoDate;
  /** advance and postpone: the date to move it to. */
  newDate?: IsoDate;
  quantity: number;
  /** increase and decrease: by how much (cancel: the whole quantity). */
  quantityChange?: number;
  /** The requirement that caused it, when there is one. */
  causeId?: string;
}

/** What is left of a forecast line after reduction by actual demand. */
export interface ForecastRemaining {
  id: string;
  item: string;
  warehouse: string;
  date: IsoDate;
  quantity: number;
  remaining: number;
}

/** The load of one resource on one day: what the planned orders' operations take of it. */
export interface CapacityLoad {
  resource: string;
  date: IsoDate;
  /** Hours the operations of planned orders take on the resource that day. */
  requiredHours: number;
  /** Hours the resource has that day: hoursPerDay × capacity when it is open, else 0. */
  availableHours: number;
}

/** The hours one operation of one planned order takes on a resource on one day. */
export interface CapacityReservation {
  resource: string;
  date: IsoDate;
  /** The planned order, or an approved planned order of an earlier run (its supply id). */
  orderId: string;
  /** The operation's sequence number in the order's route. */
  operation: number;
  /** The item and warehouse of the order. */
  item: string;
  warehouse: string;
  hours: number;
  /** The resource's available hours that day (as on the load row), so a load can be rebuilt from reservations. */
  availableHours: number;
}

/** What a receipt in a pegging row is. */
export type ReceiptKind = 'onHand' | 'supply' | 'plannedOrder';
/** What an issue in a pegging row is: a demand line, or a requirement a planned order created. */
export type IssueKind = 'demand' | 'forecast' | 'plannedComponent' | 'plannedTransfer';

/**
 * A requirement as the run netted it, on its node and date: a demand or forecast line (its
 * requirement date after the issue margin, past-due lines moved to today, forecasts after
 * reduction), or a requirement a planned order (or an approved planned order of an earlier
 * run) created on a component or refill node.
 */
export interface Requirement {
  kind: IssueKind;
  /** The same id pegging rows give the requirement as `issueId`. */
  id: string;
  /** Requirements of planned orders: the order that needs them (as `issueOrderId`). */
  orderId?: string;
  item: string;
  warehouse: string;
  /** The requirement date it was netted on. */
  date: IsoDate;
  quantity: number;
}

/**
 * A planned node and the settings the run planned it with, as the coverage levels and the
 * plan resolved them (docs/planning-semantics.md#settings).
 */
export interface PlanningNode {
  item: string;
  warehouse: string;
  /** Low-level code: 0 for end items, growing down the BOM and transfer chain. */
  lowLevelCode: number;
  coverageCode: CoverageCode;
  /** Safety stock: projected available stays at least this from `fulfilmentDate` on (0: none). */
  minimumInventory: number;
  /** Min/max coverage: what an order refills to (0 otherwise). */
  maximumInventory: number;
  /**
   * F: the earliest date an order placed today can be received. Safety stock and min/max
   * hold from it on; it bounds how late an existing receipt may cover a requirement.
   */
  fulfilmentDate: IsoDate;
  /** Coverage time fence, in days after the plan date. */
  coverageTimeFence: number;
}

/**
 * An existing receipt as the run netted it: the node's on-hand (summed, negative counted
 * as zero; id `<item>@<warehouse>`) or an open supply line (approved planned orders
 * included, unapproved ones and lines beyond the coverage time fence left out), on the
 * date it counts on (not before the plan date). Planned orders are receipts too, in
 * `plannedOrders`.
 */
export interface ExistingReceipt {
  kind: 'onHand' | 'supply';
  /** The same id pegging rows give the receipt as `receiptId`. */
  id: string;
  /** Supply lines: the line's type. */
  supplyType?: SupplyType;
  item: string;
  warehouse: string;
  date: IsoDate;
  quantity: number;
}

export interface Pegging {
  receiptKind: ReceiptKind;
  /** Supply line id, planned order id, or `<item>@<warehouse>` for on-hand. */
  receiptId: string;
  issueKind: IssueKind;
  /** Demand line id, or for requirements of planned orders `<planned order id>/<bom line id or 'transfer'>`. */
  issueId: string;
  /** For requirements of planned orders: the planned order that needs them. */
  issueOrderId?: string;
  item: string;
  warehouse: string;
  quantity: number;
}

export type Severity = 'error' | 'warning' | 'info';

export interface RunMessage {
  severity: Severity;
  code: string;
  item?: string;
  warehouse?: string;
  /** The input row the message is about, when there is one. */
  ref?: string;
  text: string;
}

export interface ResultCounts {
  nodes: number;
  plannedNodes: number;
  requirements: number;
  receipts: number;
  plannedOrders: number;
  pegging: number;
  /** Requirements plus receipts netted: the unit the engine's speed is measured in. */
  requirementEvents: number;
}

export interface PlanResult {
  formatVersion: 1;
  plan: string;
  planDate: IsoDate;
  counts: ResultCounts;
  /**
   * What this result replaces: a filtered run lists its items (sorted) and replaces only
   * their results; an unfiltered run (`filtered: false`, no items listed) replaces the plan.
   */
  scope: { filtered: boolean; items: string[] };
  /** Every planned node with its settings, in node order. */
  nodes: PlanningNode[];
  plannedOrders: PlannedOrder[];
  /** Every requirement netted, node by node, in netting order within a node and date. */
  requirements: Requirement[];
  /** Every existing receipt netted, node by node: on-hand first, then supply by date and id. */
  receipts: ExistingReceipt[];
  pegging: Pegging[];
  delays: Delay[];
  actions: ActionMessage[];
  forecasts: ForecastRemaining[];
  /** Per resource and day from planDate to the end of the last week it is loaded in: required vs available hours. */
  capacityLoad: CapacityLoad[];
  /** Per resource, day, planned order and operation: the hours that load the resource. */
  capacityReservations: CapacityReservation[];
  messages: RunMessage[];
}
