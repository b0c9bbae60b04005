/**
 * Batched look-ups along the pegging of one snapshot: the pegging rows of many issues or
 * receipts, planned orders and existing receipts by id, the requirements planned orders
 * create.
 * Each is fetched once per snapshot, a group of ids per query, so that walking a pegging
 * tree costs a few queries per level rather than one per step.
 */
import type {
  Delay,
  ExistingReceipt,
  IsoDate,
  Pegging,
  PlannedOrder,
  Requirement,
  SupplyLine,
} from '@replan/engine';

import { rowToObject } from '../mapping';
import { selectList } from '../reader';
import {
  DELAYS,
  NODES,
  PEGGING,
  PLANNED_ORDERS,
  RECEIPTS,
  REQUIREMENTS,
  SUPPLY_LINES,
  type TableSpec,
} from '../schema';
import { idGroups, resultObject } from './paging';
import type { PlanSnapshot } from './plan-snapshot';

/** A requirement with the line it has in the result, which orders requirements of one date. */
export type RequirementRow = Requirement & { lineNo: number };

/** A pegging row with its line in the result (the order in which the run allocated it). */
export type PeggingRow = Pegging & { lineNo: number };

const withLine =
  <T>(table: TableSpec) =>
  (row: Record<string, unknown>): T & { lineNo: number } => ({
    ...resultObject<T>(table)(row),
    lineNo: Number(row.line_no),
  });

/** A supply line as the plan netted it (or, for older versions, as the input table holds it). */
export type SupplyReceipt = Pick<
  SupplyLine,
  'id' | 'type' | 'item' | 'warehouse' | 'date' | 'quantity'
>;

export class PlanLookups {
  private recorded: Promise<boolean> | undefined;
  private readonly onHand = new Map<string, ExistingReceipt | null>();
  private readonly issuePegging = new Map<string, PeggingRow[]>();
  private readonly receiptPegging = new Map<string, PeggingRow[]>();
  private readonly orders = new Map<string, PlannedOrder | null>();
  private readonly supply = new Map<string, SupplyReceipt | null>();
  private readonly orderRequirements = new Map<string, RequirementRow[]>();
  private readonly requirements = new Map<string, RequirementRow[]>();
  private readonly delays = new Map<string, Delay | null>();

  constructor(readonly snapshot: PlanSnapshot) {}

  /** The plan date of the snapshot (the date on-hand is available and past-due supply arrives). */
  get planDate(): IsoDate | undefined {
    return this.snapshot.planDate;
  }

  /** Fetches the ids not cached yet, a group per query; every id asked for gets a list. */
  private async fillLists<V>(
    cache: Map<string, V[]>,
    ids: Iterable<string>,
    fetch: (group: string[]) => Promise<[string, V][]>,
  ): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    for (const group of idGroups(missing)) {
      for (const id of group) cache.set(id, []);
      for (const [id, value] of await fetch(group)) cache.get(id)?.push(value);
    }
  }

  /** As fillLists, one value per id (null: there is none). */
  private async fillOnes<V>(
    cache: Map<string, V | null>,
    ids: Iterable<string>,
    fetch: (group: string[]) => Promise<[string, V][]>,
  ): Promise<void> {
    const missing = [...new Set(ids)].filter((id) => !cache.has(id));
    for (const group of idGroups(missing)) {
      for (const id of group) cache.set(id, null);
      for (const [id, value] of await fetch(group)) cache.set(id, value);
    }
  }

  /** Fetches the pegging rows that cover these issues (requirement ids). */
  loadIssuePegging(ids: Iterable<string>): Promise<void> {
    return this.fillLists(this.issuePegging, ids, async (group) => {
      const rows = (await this.snapshot
        .rows(PEGGING)
        .select(this.snapshot.columns(PEGGING))
        .whereIn('issue_id', group)
        .orderBy('line_no')) as Record<string, unknown>[];
      return rows.map(withLine<Pegging>(PEGGING)).map((row) => [row.issueId, row]);
    });
  }

  /** Fetches the pegging rows of these receipts (planned order, supply or on-hand ids). */
  loadReceiptPegging(ids: Iterable<string>): Promise<void> {
    return this.fillLists(this.receiptPegging, ids, async (group) => {
      const rows = (await this.snapshot
        .rows(PEGGING)
        .select(this.snapshot.columns(PEGGING))
        .whereIn('receipt_id', group)
        .orderBy('line_no')) as Record<string, unknown>[];
      return rows.map(withLine<Pegging>(PEGGING)).map((row) => [row.receiptId, row]);
    });
  }

  loadPlannedOrders(ids: Iterable<string>): Promise<void> {
    return this.fillOnes(this.orders, ids, async (group) => {
      const rows = (await this.snapshot
        .rows(PLANNED_ORDERS)
        .select(this.snapshot.columns(PLANNED_ORDERS))
        .whereIn('id', group)) as Record<string, unknown>[];
      return rows.map(resultObject<PlannedOrder>(PLANNED_ORDERS)).map((o) => [o.id, o]);
    });
  }

  /**
   * Whether the version records the nodes and existing receipts it netted (`replan_nodes`,
   * `replan_receipts`). Versions written before they were recorded have neither: their
   * supply lines and settings can only be read from the input tables as they are now.
   */
  recordsNetting(): Promise<boolean> {
    this.recorded ??= this.snapshot
      .rows(NODES)
      .select('line_no')
      .first()
      .then((row: unknown) => row !== undefined);
    return this.recorded;
  }

  /** Fetches existing receipts (supply lines, on-hand `<item>@<warehouse>`) by id. */
  async loadReceipts(ids: Iterable<string>): Promise<void> {
    const wanted = [...new Set(ids)];
    if (!(await this.recordsNetting())) {
      await this.loadInputSupplyLines(wanted);
      return;
    }
    const missing = wanted.filter((id) => !this.supply.has(id) && !this.onHand.has(id));
    for (const group of idGroups(missing)) {
      for (const id of group) {
        this.supply.set(id, null);
        this.onHand.set(id, null);
      }
      const rows = (await this.snapshot
        .rows(RECEIPTS)
        .select(this.snapshot.columns(RECEIPTS))
        .whereIn('id', group)) as Record<string, unknown>[];
      for (const receipt of rows.map(resultObject<ExistingReceipt>(RECEIPTS))) {
        if (receipt.kind === 'onHand') {
          this.onHand.set(receipt.id, receipt);
          continue;
        }
        const { id, item, warehouse, date, quantity } = receipt;
        this.supply.set(id, {
          id,
          type: receipt.supplyType ?? 'purchase',
          item,
          warehouse,
          date,
          quantity,
        });
      }
    }
  }

  /** Supply lines of a version that does not record its receipts: the ERP's table as it is now. */
  private loadInputSupplyLines(ids: readonly string[]): Promise<void> {
    const db = this.snapshot.db;
    return this.fillOnes(this.supply, ids, async (group) => {
      const rows = (await db(SUPPLY_LINES.name)
        .select(selectList(db, SUPPLY_LINES))
        .whereIn('id', group)) as Record<string, unknown>[];
      return rows
        .map((row) => rowToObject(SUPPLY_LINES, row) as unknown as SupplyLine)
        .map((line) => [line.id, line]);
    });
  }

  /** Fetches the requirements these orders (planned, or approved planned orders) create. */
  loadOrderRequirements(orderIds: Iterable<string>): Promise<void> {
    return this.fillLists(this.orderRequirements, orderIds, async (group) => {
      const rows = (await this.snapshot
        .rows(REQUIREMENTS)
        .select(this.snapshot.columns(REQUIREMENTS))
        .whereIn('order_id', group)
        .orderBy('line_no')) as Record<string, unknown>[];
      return rows.map(withLine<Requirement>(REQUIREMENTS)).map((row) => [row.orderId ?? '', row]);
    });
  }

  loadRequirements(ids: Iterable<string>): Promise<void> {
    return this.fillLists(this.requirements, ids, async (group) => {
      const rows = (await this.snapshot
        .rows(REQUIREMENTS)
        .select(this.snapshot.columns(REQUIREMENTS))
        .whereIn('id', group)
        .orderBy('line_no')) as Record<string, unknown>[];
      return rows.map(withLine<Requirement>(REQUIREMENTS)).map((row) => [row.id, row]);
    });
  }

  loadDelays(demandIds: Iterable<string>): Promise<void> {
    return this.fillOnes(this.delays, demandIds, async (group) => {
      const rows = (await this.snapshot
        .rows(DELAYS)
        .select(this.snapshot.columns(DELAYS))
        .whereIn('demand_id', group)) as Record<string, unknown>[];
      return rows.map(resultObject<Delay>(DELAYS)).map((d) => [d.demandId, d]);
    });
  }

  /** The pegging rows covering a requirement of a node (loaded before). */
  peggingOfIssue(requirement: { id: string; item: string; warehouse: string }): PeggingRow[] {
    return (this.issuePegging.get(requirement.id) ?? []).filter(
      (p) => p.item === requirement.item && p.warehouse === requirement.warehouse,
    );
  }

  peggingOfReceipt(receiptId: string): PeggingRow[] {
    return this.receiptPegging.get(receiptId) ?? [];
  }

  plannedOrder(id: string): PlannedOrder | undefined {
    return this.orders.get(id) ?? undefined;
  }

  supplyLine(id: string): SupplyReceipt | undefined {
    return this.supply.get(id) ?? undefined;
  }

  /** A node's on-hand as the plan netted it (`<item>@<warehouse>`; loaded before). */
  onHandReceipt(id: string): ExistingReceipt | undefined {
    return this.onHand.get(id) ?? undefined;
  }

  requirementsOfOrder(orderId: string): RequirementRow[] {
    return this.orderRequirements.get(orderId) ?? [];
  }

  /** The requirement of a node with this id (loaded before). */
  requirement(id: string, item: string, warehouse: string): RequirementRow | undefined {
    return (this.requirements.get(id) ?? []).find(
      (r) => r.item === item && r.warehouse === warehouse,
    );
  }

  /** Requirements with this id on any node (loaded before). */
  requirementsWithId(id: string): RequirementRow[] {
    return this.requirements.get(id) ?? [];
  }

  delay(demandId: string): Delay | undefined {
    return this.delays.get(demandId) ?? undefined;
  }
}
