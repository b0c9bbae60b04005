/**
 * A node's net requirements: every requirement and receipt of an item at a warehouse by
 * date, with the quantity pegging says is covered and the projected available quantity
 * after each line, and the node's safety stock. Everything comes from the active version
 * as the run netted it: its requirements (on the dates the run netted them), its existing
 * receipts (on-hand, and open supply on the date it counted on) and planned orders, and the
 * settings the node was planned with. Versions written before nodes and receipts were
 * recorded, and nodes the run did not plan, fall back to the input tables as they are now
 * (with the run's own rules: supply dated before the plan date counts on the plan date;
 * unapproved planned orders and supply beyond the coverage time fence are not planned);
 * `source` says which. Within a date, receipts come before requirements, as the run nets
 * them: a receipt on day d covers a requirement on day d.
 */
import {
  resolveNodeSettings,
  type CoverageCode,
  type CoverageSettings,
  type ExistingReceipt,
  type IsoDate,
  type IssueKind,
  type PlannedOrder,
  type PlanningNode,
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
  NODES,
  ON_HAND,
  PLANNED_ORDERS,
  PLANS,
  RECEIPTS,
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
  /**
   * Where settings, on-hand and open supply come from: `plan`, the version as the run
   * netted it; `inputs`, the input tables as they are now (versions written before nodes
   * and receipts were recorded, or a node the run did not plan).
   */
  source: 'plan' | 'inputs';
  coverageCode: CoverageCode;
  safetyStock: number;
  /** The date from which the safety stock holds (F); unset when read from the inputs. */
  safetyStockFrom?: IsoDate;
  /** Min/max coverage: what an order refills to. */
  maximumInventory?: number;
  coverageTimeFence: number;
  /** Low-level code of the node, when the plan records it. */
  lowLevelCode?: number;
  lines: NetRequirementLine[];
}

/** The receipts and settings the version recorded for the node, if it did. */
async function plannedNode(snapshot: PlanSnapshot, item: string, warehouse: string) {
  const node = (await snapshot
    .rows(NODES)
    .select(snapshot.columns(NODES))
    .where({ item, warehouse })
    .first()) as Record<string, unknown> | undefined;
  if (node === undefined) return undefined;
  const receipts = (
    (await snapshot
      .rows(RECEIPTS)
      .select(snapshot.columns(RECEIPTS))
      .where({ item, warehouse })
      .orderBy('line_no')) as Record<string, unknown>[]
  ).map(resultObject<ExistingReceipt>(RECEIPTS));
  return { settings: resultObject<PlanningNode>(NODES)(node), receipts };
}

/** On-hand and open supply of the node as the input tables hold them now, filtered as a run would. */
async function inputReceipts(
  db: Knex,
  item: string,
  warehouse: string,
  planDate: IsoDate | undefined,
  coverageTimeFence: number,
): Promise<ExistingReceipt[]> {
  const node = { item, warehouse };
  const onHandRows = (await db(ON_HAND.name).select('quantity').where(node)) as {
    quantity: unknown;
  }[];
  const onHand = Math.max(
    0,
    onHandRows.reduce((sum, r) => sum + Number(r.quantity), 0),
  );
  const receipts: ExistingReceipt[] = [];
  if (onHand > 0 && planDate !== undefined) {
    receipts.push({
      kind: 'onHand',
      id: `${item}@${warehouse}`,
      item,
      warehouse,
      date: planDate,
      quantity: onHand,
    });
  }
  const fence = planDate === undefined ? undefined : addDays(planDate, coverageTimeFence);
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
  for (const s of supply) {
    const date = String(s.date);
    receipts.push({
      kind: 'supply',
      id: String(s.id),
      supplyType: s.type as SupplyType,
      item,
      warehouse,
      date: planDate !== undefined && date < planDate ? planDate : date,
      quantity: Number(s.quantity),
    });
  }
  return receipts;
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
  const recorded = await plannedNode(snapshot, item, warehouse);
  const fromInputs =
    recorded === undefined ? await nodeSettings(db, snapshot.planId, item, warehouse) : undefined;
  const planDate = snapshot.planDate ?? fromInputs?.planDate;
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
  const receipts =
    recorded?.receipts ??
    (await inputReceipts(
      db,
      item,
      warehouse,
      planDate,
      fromInputs?.settings.coverageTimeFence ?? 0,
    ));

  await lookups.loadIssuePegging(requirements.map((r) => r.id));
  await lookups.loadReceiptPegging([...receipts.map((r) => r.id), ...orders.map((o) => o.id)]);
  const given = (id: string): number =>
    lookups
      .peggingOfReceipt(id)
      .filter((p) => p.item === item && p.warehouse === warehouse)
      .reduce((sum, p) => sum + p.quantity, 0);

  type Line = Omit<NetRequirementLine, 'projected'> & { order: number; tie: string | number };
  const lines: Line[] = [];
  // Existing receipts in the order the run used them: on-hand, then supply by date and id.
  receipts.forEach((r, i) => {
    const line: Line = {
      date: r.date,
      direction: 'receipt',
      kind: r.kind,
      id: r.id,
      quantity: r.quantity,
      covered: given(r.id),
      order: RECEIPT_ORDER[r.kind] ?? 1,
      tie: i,
    };
    if (r.supplyType !== undefined) line.supplyType = r.supplyType;
    lines.push(line);
  });
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
  let result: NodeNetRequirements;
  if (recorded !== undefined) {
    const settings = recorded.settings;
    result = {
      item,
      warehouse,
      source: 'plan',
      coverageCode: settings.coverageCode,
      safetyStock: settings.minimumInventory,
      safetyStockFrom: settings.fulfilmentDate,
      coverageTimeFence: settings.coverageTimeFence,
      lowLevelCode: settings.lowLevelCode,
      lines: out,
    };
    if (settings.coverageCode === 'minMax') result.maximumInventory = settings.maximumInventory;
  } else {
    const settings = fromInputs?.settings;
    result = {
      item,
      warehouse,
      source: 'inputs',
      coverageCode: settings?.coverageCode ?? 'requirement',
      safetyStock: settings?.minimumInventory ?? 0,
      coverageTimeFence: settings?.coverageTimeFence ?? 0,
      lines: out,
    };
    if (settings?.coverageCode === 'minMax') result.maximumInventory = settings.maximumInventory;
  }
  if (planDate !== undefined) result.planDate = planDate;
  return result;
}
