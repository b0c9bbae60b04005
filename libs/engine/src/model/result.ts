/**
 * The result of one run: planned orders, pegging and run messages, as the writer
 * persists them. Dates are ISO strings; ids are stable across runs of the same data.
 */
import type { IsoDate, PlannedOrderType } from './dataset';

export interface PlannedOrder {
  /** `<type prefix>-<item>@<warehouse>-<n>`, n counting orders of that node from 1 in date order. */
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
}

/** What a receipt in a pegging row is. */
export type ReceiptKind = 'onHand' | 'supply' | 'plannedOrder';
/** What an issue in a pegging row is: a demand line, or a requirement a planned order created. */
export type IssueKind = 'demand' | 'forecast' | 'plannedComponent' | 'plannedTransfer';

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
  plannedOrders: PlannedOrder[];
  pegging: Pegging[];
  messages: RunMessage[];
}
