/**
 * The oracle's objects: one per requirement, one per receipt, one per planned order. Plain
 * mutable objects; nothing is packed or indexed.
 */
import type { DemandType, PlannedOrderType, SupplyLine } from '../model/dataset';
import type { IssueKind } from '../model/result';
import type { Day } from './days';
import type { OrderDates } from './schedule';

export interface Allocation {
  receipt: Receipt;
  quantity: number;
}

export interface Requirement {
  kind: IssueKind;
  /** Demand or forecast id, or `<order id>/<BOM line id>` or `<order id>/transfer`. */
  id: string;
  /** Requirements of planned (or approved planned) orders: the order that needs them. */
  orderId?: string;
  demandType?: DemandType;
  /** The requirement date. */
  day: Day;
  quantity: number;
  /** Demand and forecast lines come before requirements of planned orders on one date. */
  independent: boolean;
  /** Requirements of planned orders: the order they were created in. */
  sequence: number;
  allocations: Allocation[];
}

export type ReceiptKind = 'onHand' | 'supply' | 'plannedOrder';

export interface Receipt {
  kind: ReceiptKind;
  id: string;
  /** Where the receipt stands in the netting: today for on-hand, the due date for planned orders. */
  day: Day;
  quantity: number;
  remaining: number;
  /** Planned orders: the order they were made in. */
  sequence: number;
  /** Supply lines and approved planned orders. */
  supply?: SupplyLine;
  order?: PlannedOrderDraft;
  /** Requirements this receipt created (approved planned orders), for its futures date. */
  needs: Requirement[];
  /** Kept from every requirement from now on by positive days. */
  excluded?: boolean;
  /** The requirements it covers, in netting order. */
  covers: Requirement[];
  futures?: Day;
}

export interface PlannedOrderDraft {
  id: string;
  type: PlannedOrderType;
  item: string;
  warehouse: string;
  fromWarehouse?: string;
  quantity: number;
  requirementDay: Day;
  dates: OrderDates;
  bomLevel: number;
  toFirm: boolean;
  /** The requirements this order created on other nodes. */
  needs: Requirement[];
  receipt: Receipt;
}
