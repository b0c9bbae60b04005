/**
 * Futures dates: when supply can really be there, passed up the chain. A planned order is
 * received on its receipt date (already scheduled forward from today when it is late),
 * later by as many days as the latest of its own requirements (components, refill) is
 * covered late. A demand line gets the latest futures date of the supply pegged to it;
 * a delay is a futures date after the requirement date.
 *
 * Orders are numbered level by level, so every order's requirements are covered by
 * supply with a higher number (or by existing supply): one pass from the last order to
 * the first settles them all.
 */
import { ReceiptSource, type PlanModel } from '../model/plan-model';
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
  const supplyExplodes = new Uint8Array(supplyCount);
  const receiptCount = model.receiptStart[model.graph.nodeCount] ?? 0;
  for (let k = 0; k < receiptCount; k++) {
    if (model.receiptSource[k] !== ReceiptSource.Supply) continue;
    const row = model.receiptRow[k] ?? 0;
    supplyDay[row] = model.receiptDay[k] ?? 0;
    supplyExplodes[row] = model.receiptExplodes[k] ?? 0;
  }

  // Pegging rows by the requirement (of a planned order) they cover.
  const pegStart = new Int32Array(dependent.count + 1);
  for (let p = 0; p < pegging.count; p++) {
    if ((pegging.issueKind.data[p] ?? 0) < IssueKind.PlannedComponent) continue;
    const q = pegging.issueRef.data[p] ?? 0;
    pegStart[q + 1] = (pegStart[q + 1] ?? 0) + 1;
  }
  for (let q = 0; q < dependent.count; q++)
    pegStart[q + 1] = (pegStart[q + 1] ?? 0) + (pegStart[q] ?? 0);
  const pegRows = new Int32Array(pegStart[dependent.count] ?? 0);
  {
    const fill = pegStart.slice(0, dependent.count);
    for (let p = 0; p < pegging.count; p++) {
      if ((pegging.issueKind.data[p] ?? 0) < IssueKind.PlannedComponent) continue;
      const q = pegging.issueRef.data[p] ?? 0;
      const position = fill[q] ?? 0;
      pegRows[position] = p;
      fill[q] = position + 1;
    }
  }

  // Requirements by the order that created them (approved orders of an earlier run apart).
  const reqStart = new Int32Array(orders.count + 1);
  const approvedRequirements = new Map<number, number[]>();
  for (let q = 0; q < dependent.count; q++) {
    const order = dependent.order.data[q] ?? 0;
    if (order >= 0) {
      reqStart[order + 1] = (reqStart[order + 1] ?? 0) + 1;
    } else {
      const list = approvedRequirements.get(-order - 1);
      if (list === undefined) approvedRequirements.set(-order - 1, [q]);
      else list.push(q);
    }
  }
  for (let k = 0; k < orders.count; k++)
    reqStart[k + 1] = (reqStart[k + 1] ?? 0) + (reqStart[k] ?? 0);
  const reqRows = new Int32Array(reqStart[orders.count] ?? 0);
  {
    const fill = reqStart.slice(0, orders.count);
    for (let q = 0; q < dependent.count; q++) {
      const order = dependent.order.data[q] ?? 0;
      if (order < 0) continue;
      const position = fill[order] ?? 0;
      reqRows[position] = q;
      fill[order] = position + 1;
    }
  }

  const orderFutures = new Int32Array(orders.count);
  const supplyFutures = new Int32Array(supplyCount).fill(NONE);

  const availability = (kind: number, ref: number): number => {
    if (kind === ReceiptKind.OnHand) return today;
    if (kind === ReceiptKind.PlannedOrder) return orderFutures[ref] ?? today;
    if (supplyExplodes[ref] !== 1) return supplyDay[ref] ?? today;
    let futures = supplyFutures[ref] ?? NONE;
    if (futures === NONE) {
      const list = approvedRequirements.get(ref) ?? [];
      let worst = 0;
      for (const q of list) worst = Math.max(worst, requirementLateness(q));
      futures = (supplyDay[ref] ?? today) + worst;
      supplyFutures[ref] = futures;
    }
    return futures;
  };
  /** Days requirement q is covered after its date (0 when on time). */
  const requirementLateness = (q: number): number => {
    const due = dependent.day.data[q] ?? 0;
    let worst = 0;
    for (let r = pegStart[q] ?? 0; r < (pegStart[q + 1] ?? 0); r++) {
      const p = pegRows[r] ?? 0;
      const late =
        availability(pegging.receiptKind.data[p] ?? 0, pegging.receiptRef.data[p] ?? 0) - due;
      if (late > worst) worst = late;
    }
    return worst;
  };

  for (let k = orders.count - 1; k >= 0; k--) {
    const own = orders.receiptDay.data[k] ?? 0;
    let worst = 0;
    for (let i = reqStart[k] ?? 0; i < (reqStart[k + 1] ?? 0); i++) {
      worst = Math.max(worst, requirementLateness(reqRows[i] ?? 0));
    }
    orderFutures[k] = own + worst;
  }

  // Demand lines: the latest supply pegged to them.
  const latest = new Int32Array(model.demandIds.length).fill(NONE);
  for (let p = 0; p < pegging.count; p++) {
    if (pegging.issueKind.data[p] !== IssueKind.Demand) continue;
    const row = pegging.issueRef.data[p] ?? 0;
    const day = availability(pegging.receiptKind.data[p] ?? 0, pegging.receiptRef.data[p] ?? 0);
    if (day > (latest[row] ?? NONE)) latest[row] = day;
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
      const day = latest[row] ?? NONE;
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
