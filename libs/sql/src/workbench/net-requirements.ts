/**
 * A node's net requirements: every requirement and receipt of an item at a warehouse by
 * date, with the quantity pegging says is covered and the projected available quantity
 * after each line, and the node's safety stock. Requirements and planned orders come from
 * the active version (the requirements with the dates the run netted them on); on-hand and
 * open supply from the input tables as the run reads them (supply dated before the plan
 * date counts on the plan date; unapproved planned orders and supply beyond the coverage
 * time fence are not planned). Within a date, receipts come before requirements, as the
 * run nets them: a receipt on day d covers a requirement on day d.
 */
import {
  resolveNodeSettings,
  type CoverageCode,
  type CoverageSettings,
  type IsoDate,
  type IssueKind,
  type PlannedOrder,
  type ReceiptKind,
  type SupplyType,
} from '@replan/engine';
import type { Knex } from 'knex';

import { rowToObject } from '../mapping';
import { planFromRow, selectList } from '../reader';
import {
  COVERAGE_GROUPS,
  ITEM_COVERAGE,
  ITEMS,
  ON_HAND,
  PLANNED_ORDERS,
  PLANS,
  REQUIREMENTS,
  SUPPLY_LINES,
} from '../schema';
import { resultObject } from './paging';
import { PlanLookups, type RequirementRow } from './plan-lookups';
import type { PlanSnapshot } from './plan-snapshot';

export interface NetRequirementLine {
  date: IsoDate;
  /** A receipt adds to projected available, a requirement takes from it. */
  direction: 'receipt' | 'requirement';
  kind: ReceiptKind | IssueKind;
  id: string;
  /** Requirements of planned orders: the order that needs it. */
  orderId?: string;
  /** Supply lines: purchase, production, transfer or plannedOrder. */
  supplyType?: SupplyType;
  quantity: number;
  /** Pegged: of a requirement, what receipts cover; of a receipt, what it gives to requirements. */
  covered: number;
  /** Projected available after this line. */
  projected: number;
  /** Planned orders: days late, and when they can really be there. */
  delayDays?: number;
  futuresDate?: IsoDate;
}

export interface NodeNetRequirements {
  item: string;
  warehouse: string;
  planDate?: IsoDate;
  /** Settings of the node as the input tables hold them now. */
  coverageCode: CoverageCode;
  safetyStock: number;
  coverageTimeFence: number;
  lines: NetRequirementLine[];
}

/** The node's coverage levels, most specific first, and the plan's settings. */
async function nodeSettings(db: Knex, planId: string, item: string, warehouse: string) {
  const planRow = (await db(PLANS.name)
    .select(selectList(db, PLANS))
    .where({ id: planId })
    .first()) as Record<string, unknown> | undefined;
  const coverageRows = (await db(ITEM_COVERAGE.name)
    .select(selectList(db, ITEM_COVERAGE))
    .where({ item })
    .andWhere((q) => {
      void q.where({ warehouse }).orWhereNull('warehouse');
    })) as Record<string, unknown>[];
  const itemRow = (await db(ITEMS.name).select('coverage_group').where({ id: item }).first()) as
    { coverage_group?: string | null } | undefined;
  const group = itemRow?.coverage_group ?? undefined;
  const groupRow: unknown =
    group === undefined
      ? undefined
      : await db(COVERAGE_GROUPS.name)
          .select(selectList(db, COVERAGE_GROUPS))
          .where({ id: group })
          .first();
  const coverage = (row: unknown): CoverageSettings | undefined =>
    row === undefined
      ? undefined
      : rowToObject(COVERAGE_GROUPS, row as Record<string, unknown>, new Set(['id', 'name']));
  const atWarehouse = coverageRows.find((r) => r.warehouse === warehouse);
  const anyWarehouse = coverageRows.find((r) => r.warehouse === null || r.warehouse === undefined);
  const plan = planRow === undefined ? undefined : planFromRow(planRow);
  const levels = [
    coverage(atWarehouse),
    coverage(anyWarehouse),
    coverage(groupRow),
    plan?.defaults,
  ];
  const settings = resolveNodeSettings(
    levels,
    plan ?? { id: planId, planDate: '1970-01-01' },
    new Map(),
    undefined,
  );
  return { settings, planDate: plan?.planDate };
}

const addDays = (date: IsoDate, days: number): IsoDate =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const RECEIPT_ORDER: Record<string, number> = { onHand: 0, supply: 1, plannedOrder: 2 };

/** The net requirements of `item` at `warehouse` in the snapshot's version. */
export async function readNetRequirements(
  snapshot: PlanSnapshot,
  item: string,
  warehouse: string,
  lookups: PlanLookups = new PlanLookups(snapshot),
): Promise<NodeNetRequirements> {
  const db = snapshot.db;
  const { settings, planDate: inputPlanDate } = await nodeSettings(
    db,
    snapshot.planId,
    item,
    warehouse,
  );
  const planDate = snapshot.planDate ?? inputPlanDate;
  const node = { item, warehouse };

  const requirementRows = (await snapshot
    .rows(REQUIREMENTS)
    .select(snapshot.columns(REQUIREMENTS))
    .where(node)
    .orderBy('date')
    .orderBy('line_no')) as Record<string, unknown>[];
  const requirements = requirementRows.map((row): RequirementRow => ({
    ...resultObject<RequirementRow>(REQUIREMENTS)(row),
    lineNo: Number(row.line_no),
  }));
  const orders = (
    (await snapshot
      .rows(PLANNED_ORDERS)
      .select(snapshot.columns(PLANNED_ORDERS))
      .where(node)
      .orderBy('receipt_date')
      .orderBy('id')) as Record<string, unknown>[]
  ).map(resultObject<PlannedOrder>(PLANNED_ORDERS));
  const onHandRows = (await db(ON_HAND.name).select('quantity').where(node)) as {
    quantity: unknown;
  }[];
  const onHand = Math.max(
    0,
    onHandRows.reduce((sum, r) => sum + Number(r.quantity), 0),
  );
  const fence = planDate === undefined ? undefined : addDays(planDate, settings.coverageTimeFence);
  const supply = (
    (await db(SUPPLY_LINES.name)
      .select(selectList(db, SUPPLY_LINES))
      .where(node)
      .andWhere('quantity', '>', 0)
      .orderBy('date')
      .orderBy('id')) as Record<string, unknown>[]
  )
    .map((row) => rowToObject(SUPPLY_LINES, row))
    .filter((s) => !(s.type === 'plannedOrder' && s.approved !== true))
    .filter((s) => fence === undefined || String(s.date) <= fence);

  const onHandId = `${item}@${warehouse}`;
  await lookups.loadIssuePegging(requirements.map((r) => r.id));
  await lookups.loadReceiptPegging([
    onHandId,
    ...supply.map((s) => String(s.id)),
    ...orders.map((o) => o.id),
  ]);
  const given = (id: string): number =>
    lookups
      .peggingOfReceipt(id)
      .filter((p) => p.item === item && p.warehouse === warehouse)
      .reduce((sum, p) => sum + p.quantity, 0);

  type Line = Omit<NetRequirementLine, 'projected'> & { order: number; tie: string | number };
  const lines: Line[] = [];
  if (onHand > 0 && planDate !== undefined) {
    lines.push({
      date: planDate,
      direction: 'receipt',
      kind: 'onHand',
      id: onHandId,
      quantity: onHand,
      covered: given(onHandId),
      order: 0,
      tie: '',
    });
  }
  for (const s of supply) {
    const date = String(s.date);
    const id = String(s.id);
    lines.push({
      date: planDate !== undefined && date < planDate ? planDate : date,
      direction: 'receipt',
      kind: 'supply',
      id,
      supplyType: s.type as SupplyType,
      quantity: Number(s.quantity),
      covered: given(id),
      order: RECEIPT_ORDER.supply ?? 1,
      tie: id,
    });
  }
  for (const o of orders) {
    lines.push({
      date: o.receiptDate,
      direction: 'receipt',
      kind: 'plannedOrder',
      id: o.id,
      quantity: o.quantity,
      covered: given(o.id),
      delayDays: o.delayDays,
      futuresDate: o.futuresDate,
      order: RECEIPT_ORDER.plannedOrder ?? 2,
      tie: o.id,
    });
  }
  for (const r of requirements) {
    const line: Line = {
      date: r.date,
      direction: 'requirement',
      kind: r.kind,
      id: r.id,
      quantity: r.quantity,
      covered: lookups.peggingOfIssue(r).reduce((sum, p) => sum + p.quantity, 0),
      // Independent lines before the requirements of planned orders, each in result order.
      order: r.orderId === undefined ? 3 : 4,
      tie: r.lineNo,
    };
    if (r.orderId !== undefined) line.orderId = r.orderId;
    lines.push(line);
  }
  lines.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      a.order - b.order ||
      (a.tie < b.tie ? -1 : a.tie > b.tie ? 1 : 0),
  );
  let projected = 0;
  const round = (n: number): number => Math.round(n * 1e6) / 1e6;
  const out = lines.map(({ order: _order, tie: _tie, ...line }) => {
    projected = round(projected + (line.direction === 'receipt' ? line.quantity : -line.quantity));
    return { ...line, covered: round(line.covered), projected };
  });
  const result: NodeNetRequirements = {
    item,
    warehouse,
    coverageCode: settings.coverageCode,
    safetyStock: settings.minimumInventory,
    coverageTimeFence: settings.coverageTimeFence,
    lines: out,
  };
  if (planDate !== undefined) result.planDate = planDate;
  return result;
}
