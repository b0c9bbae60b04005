/**
 * Turning a run's columns into the result format: planned orders with their ids and ISO
 * dates, pegging rows with receipt and issue references, messages and counts.
 */
import { toIso } from '../calendar/day';
import type {
  IssueKind as IssueKindName,
  Pegging,
  PlannedOrder,
  PlanResult,
  ReceiptKind as ReceiptKindName,
} from '../model/result';
import { plannedOrderId, round } from '../netting/net-node';
import { IssueKind, ReceiptKind } from '../netting/plan-state';
import type { PlanRun } from '../plan';

const ORDER_TYPES = ['purchase', 'production', 'transfer'] as const;
const RECEIPT_KINDS: readonly ReceiptKindName[] = ['onHand', 'supply', 'plannedOrder'];
const ISSUE_KINDS: readonly IssueKindName[] = [
  'demand',
  'forecast',
  'plannedComponent',
  'plannedTransfer',
];

export function toPlanResult(run: PlanRun): PlanResult {
  const { model, state } = run;
  const { graph } = model;
  const orders = state.orders;
  const orderIds = new Array<string>(orders.count);
  const plannedOrders = new Array<PlannedOrder>(orders.count);
  const nodeLabel = (node: number): { item: string; warehouse: string } => ({
    item: model.itemIds[graph.nodeItem[node] ?? 0] ?? '',
    warehouse: model.warehouseIds[graph.nodeWarehouse[node] ?? 0] ?? '',
  });
  for (let k = 0; k < orders.count; k++) {
    const node = orders.node.data[k] ?? 0;
    const id = plannedOrderId(model, node, orders.sequence.data[k] ?? 0);
    orderIds[k] = id;
    const { item, warehouse } = nodeLabel(node);
    const type = ORDER_TYPES[graph.replenishment[node] ?? 0] ?? 'purchase';
    const source = graph.source[node] ?? -1;
    const order: PlannedOrder = {
      id,
      type,
      item,
      warehouse,
      quantity: round(orders.quantity.data[k] ?? 0),
      orderDate: toIso(orders.orderDay.data[k] ?? 0),
      startDate: toIso(orders.startDay.data[k] ?? 0),
      deliveryDate: toIso(orders.deliveryDay.data[k] ?? 0),
      receiptDate: toIso(orders.receiptDay.data[k] ?? 0),
      requirementDate: toIso(orders.requirementDay.data[k] ?? 0),
      delayDays: orders.delayDays.data[k] ?? 0,
      bomLevel: model.codes.level[node] ?? 0,
    };
    if (type === 'transfer' && source >= 0) {
      order.fromWarehouse = model.warehouseIds[graph.nodeWarehouse[source] ?? 0];
    }
    plannedOrders[k] = order;
  }

  const dependent = state.dependent;
  const orderIdOf = (order: number): string =>
    order < 0 ? (model.supplyIds[-order - 1] ?? '') : (orderIds[order] ?? '');
  const pegging = new Array<Pegging>(state.pegging.count);
  const p = state.pegging;
  for (let k = 0; k < p.count; k++) {
    const node = p.node.data[k] ?? 0;
    const { item, warehouse } = nodeLabel(node);
    const receiptKind = p.receiptKind.data[k] ?? 0;
    const receiptRef = p.receiptRef.data[k] ?? 0;
    const receiptId =
      receiptKind === ReceiptKind.OnHand
        ? `${item}@${warehouse}`
        : receiptKind === ReceiptKind.Supply
          ? (model.supplyIds[receiptRef] ?? '')
          : (orderIds[receiptRef] ?? '');
    const issueKind = p.issueKind.data[k] ?? 0;
    const issueRef = p.issueRef.data[k] ?? 0;
    const row: Pegging = {
      receiptKind: RECEIPT_KINDS[receiptKind] ?? 'supply',
      receiptId,
      issueKind: ISSUE_KINDS[issueKind] ?? 'demand',
      issueId: '',
      item,
      warehouse,
      quantity: round(p.quantity.data[k] ?? 0),
    };
    if (issueKind === IssueKind.Demand) {
      row.issueId = model.demandIds[issueRef] ?? '';
    } else {
      const orderId = orderIdOf(dependent.order.data[issueRef] ?? 0);
      const line = dependent.line.data[issueRef] ?? -1;
      row.issueId = `${orderId}/${line < 0 ? 'transfer' : (model.bom.lineId[line] ?? '')}`;
      row.issueOrderId = orderId;
    }
    pegging[k] = row;
  }

  const plannedNodes = model.codes.levelNodes.length;
  return {
    formatVersion: 1,
    plan: model.plan.id,
    planDate: toIso(model.today),
    counts: {
      nodes: graph.nodeCount,
      plannedNodes,
      requirements: (model.demandStart[graph.nodeCount] ?? 0) + dependent.count,
      receipts: (model.receiptStart[graph.nodeCount] ?? 0) + orders.count,
      plannedOrders: orders.count,
      pegging: p.count,
      requirementEvents: state.events,
    },
    plannedOrders,
    pegging,
    messages: run.messages,
  };
}
