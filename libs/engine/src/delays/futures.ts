/**
 * Futures dates: when supply can really be there, passed up the chain. A planned order is
 * received on its receipt date (already scheduled forward from today when it is late),
 * later by as many days as the latest of its own requirements (components, refill) is
 * covered late. A demand line gets the latest futures date of the supply pegged to it;
 * a delay is a futures date after the requirement date.
 *
 * Pegging rows are written in netting order, and a node is netted only after every node
 * that creates demand on it. So the rows covering an order's own requirements always come
 * after the rows that use the order: one sweep from the last row to the first settles
 * every order before it is used.
 */
import type { PlanModel } from '../model/plan-model';
import { IssueKind, ReceiptKind, type PlanState } from '../netting/plan-state';

export interface Futures {
  /** Futures receipt day of each planned order. */
  orderFutures: Int32Array;
  /** Demand rows delivered late, their nodes, requirement and futures days. */
  delayedRows: number[];
  delayedNode: number[];
  delayedRequirementDay: number[];
  delayedFuturesDay: number[];
}

const NONE = -0x7fffffff;

export function computeFutures(model: PlanModel, state: PlanState): Futures {
  const { orders, dependent, pegging } = state;
  const today = model.today;

  // Supply rows: receipt day, and whether they have requirements of their own.
  const supplyCount = model.supplyIds.length;
  const supplyDay = new Int32Array(supplyCount);
  const receiptCount = model.receiptStart[model.graph.nodeCount] ?? 0;
  for (let k = 0; k < receiptCount; k++) {
    if (model.receiptSource[k] === ReceiptKind.Supply) {
      supplyDay[model.receiptRow[k] ?? 0] = model.receiptDay[k] ?? 0;
    }
  }

  /** Days the latest requirement of each order (each approved supply row) is covered late. */
  const orderLate = new Int32Array(orders.count);
  const supplyLate = new Int32Array(supplyCount);
  const latestForDemand = new Int32Array(model.demandIds.length).fill(NONE);
  const receiptDay = orders.receiptDay.data;
  const requirementDay = dependent.day.data;
  const requirementOrder = dependent.order.data;
  for (let p = pegging.count - 1; p >= 0; p--) {
    const kind = pegging.receiptKind.data[p] ?? 0;
    const ref = pegging.receiptRef.data[p] ?? 0;
    let available = today;
    if (kind === ReceiptKind.PlannedOrder) {
      available = (receiptDay[ref] ?? 0) + (orderLate[ref] ?? 0);
    } else if (kind === ReceiptKind.Supply) {
      available = (supplyDay[ref] ?? 0) + (supplyLate[ref] ?? 0);
    }
    const issue = pegging.issueRef.data[p] ?? 0;
    if ((pegging.issueKind.data[p] ?? 0) >= IssueKind.PlannedComponent) {
      const late = available - (requirementDay[issue] ?? 0);
      if (late <= 0) continue;
      const order = requirementOrder[issue] ?? 0;
      if (order >= 0) {
        if (late > (orderLate[order] ?? 0)) orderLate[order] = late;
      } else if (late > (supplyLate[-order - 1] ?? 0)) {
        supplyLate[-order - 1] = late;
      }
    } else if (pegging.issueKind.data[p] === IssueKind.Demand) {
      if (available > (latestForDemand[issue] ?? NONE)) latestForDemand[issue] = available;
    }
  }
  const orderFutures = new Int32Array(orders.count);
  for (let k = 0; k < orders.count; k++) {
    orderFutures[k] = (receiptDay[k] ?? 0) + (orderLate[k] ?? 0);
  }

  const futures: Futures = {
    orderFutures,
    delayedRows: [],
    delayedNode: [],
    delayedRequirementDay: [],
    delayedFuturesDay: [],
  };
  // In netting order (node, then requirement date and id), whatever the order of input rows.
  for (let v = 0; v < model.graph.nodeCount; v++) {
    for (let k = model.demandStart[v] ?? 0; k < (model.demandStart[v + 1] ?? 0); k++) {
      if (model.demandKind[k] !== IssueKind.Demand) continue;
      const row = model.demandRow[k] ?? 0;
      const day = latestForDemand[row] ?? NONE;
      const due = model.demandDay[k] ?? 0;
      if (day !== NONE && day > due) {
        futures.delayedRows.push(row);
        futures.delayedNode.push(v);
        futures.delayedRequirementDay.push(due);
        futures.delayedFuturesDay.push(day);
      }
    }
  }
  return futures;
}
