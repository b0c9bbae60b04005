/**
 * The workbench read API's cases, run against each database the tests have (SQLite here,
 * PostgreSQL in the integration tests): one small plan worked out by hand.
 *
 * Plan date Monday 2026-03-02, warehouse MAIN. FG ─L1 ×2→ SUB ─L2 ×3→ RM; production lead
 * time 1 for FG and SUB, RM bought in 10 days (action fence 30). 2 FG on hand, PO1 of 6 RM on
 * 03-04; sales S1 of 5 FG on 03-06 and S2 of 1 FG on 03-20.
 *
 * - FG: on-hand covers 2 of S1; PRD-FG@MAIN-1 of 3 due 03-06 starts 03-05 → 6 SUB on 03-05.
 *   S2: PRD-FG@MAIN-2 of 1 due 03-20, starts 03-19 → 2 SUB on 03-19.
 * - SUB: PRD-SUB@MAIN-1 of 6 due 03-05 starts 03-04 → 18 RM on 03-04; PRD-SUB@MAIN-2 of 2 due
 *   03-19 starts 03-18 → 6 RM on 03-18.
 * - RM: PO1 gives 6 of the 18 on 03-04; PUR-RM@MAIN-1 of 12 would be ordered 02-22, before
 *   today: placed today, received 03-12, 8 days late. PUR-RM@MAIN-2 of 6 due 03-18, on time.
 *   PO1 used up with 12 still missing: an increase of 12 (cause PRD-SUB@MAIN-1/L2).
 * - Futures: PRD-SUB@MAIN-1 waits 8 days for its RM (03-13), PRD-FG@MAIN-1 8 days for its SUB
 *   (03-14), so S1 (required 03-06) is 8 days late; its root cause is PUR-RM@MAIN-1.
 */
import { planDataset, validateDataset, type Dataset, type PlanResult } from '@replan/engine';
import type { Knex } from 'knex';

import {
  NODES,
  RECEIPTS,
  versionTable,
  listActions,
  listDelays,
  listPlannedOrders,
  listPlanVersions,
  listRunMessages,
  listRuns,
  loadDataset,
  PlanLookups,
  planSnapshot,
  readActivePlanSnapshot,
  readNetRequirements,
  readPlanOverview,
  readRun,
  readWhyTree,
  stepKey,
  writeResult,
  type PlanSnapshot,
  type WhyStep,
} from './index';

export const WORKBENCH_PLAN = 'WB';

export function workbenchDataset(): Dataset {
  const validation = validateDataset({
    formatVersion: 1,
    plan: { id: WORKBENCH_PLAN, planDate: '2026-03-02' },
    warehouses: [{ id: 'MAIN' }],
    items: [{ id: 'FG' }, { id: 'SUB' }, { id: 'RM' }],
    itemCoverage: [
      { item: 'FG', productionLeadTime: 1 },
      { item: 'SUB', productionLeadTime: 1 },
      { item: 'RM', purchaseLeadTime: 10, actionFence: 30, minimumInventory: 0 },
    ],
    bomLines: [
      { id: 'L1', parent: 'FG', component: 'SUB', quantity: 2 },
      { id: 'L2', parent: 'SUB', component: 'RM', quantity: 3 },
    ],
    onHand: [{ item: 'FG', warehouse: 'MAIN', quantity: 2 }],
    supply: [
      {
        id: 'PO1',
        type: 'purchase',
        item: 'RM',
        warehouse: 'MAIN',
        date: '2026-03-04',
        quantity: 6,
      },
    ],
    demand: [
      { id: 'S1', type: 'sales', item: 'FG', warehouse: 'MAIN', date: '2026-03-06', quantity: 5 },
      { id: 'S2', type: 'sales', item: 'FG', warehouse: 'MAIN', date: '2026-03-20', quantity: 1 },
    ],
  });
  if (!validation.ok) throw new Error('the workbench dataset does not validate');
  return validation.dataset;
}

/** Loads and plans the case into `knex` (migrated), recording the run as `run-1`. */
export async function loadWorkbenchCase(knex: Knex): Promise<PlanResult> {
  const dataset = workbenchDataset();
  await loadDataset(knex, dataset, { replace: true });
  const result = planDataset(dataset);
  await writeResult(knex, result, {
    run: { runId: 'run-1', requestedAt: '2026-03-02T06:00:00.000Z' },
    now: () => new Date('2026-03-02T06:01:00.000Z'),
  });
  return result;
}

function read<T>(knex: Knex, fn: (snapshot: PlanSnapshot) => Promise<T>): Promise<T> {
  return readActivePlanSnapshot(knex, WORKBENCH_PLAN, fn).then((value) => {
    if (value === undefined) throw new Error('no active plan');
    return value;
  });
}

const ids = (steps: readonly WhyStep[]): string[] => steps.map((s) => s.id);

/** The cases, as jest tests, on a database given by `db()` with the case loaded. */
export function workbenchCases(db: () => Knex): void {
  it('names the active version, its plan date and run', async () => {
    const plans = await listPlanVersions(db());
    expect(plans).toEqual([
      {
        planId: WORKBENCH_PLAN,
        version: 1,
        planDate: '2026-03-02',
        runId: 'run-1',
        activatedAt: '2026-03-02T06:01:00.000Z',
      },
    ]);
  });

  it('gives the overview with the late line first and its root cause', async () => {
    const overview = await read(db(), (s) => readPlanOverview(s));
    expect(overview).toMatchObject({
      plannedOrders: 6,
      lateOrders: 1,
      delays: 1,
      actions: { increase: 1, advance: 0 },
      // One LATE_ORDER warning (PUR-RM@MAIN-1).
      messages: { error: 0, warning: 1, info: 0 },
    });
    expect(overview.lateLines).toHaveLength(1);
    expect(overview.lateLines[0]).toMatchObject({
      demandId: 'S1',
      delayDays: 8,
      futuresDate: '2026-03-14',
      rootCause: { kind: 'plannedOrder', id: 'PUR-RM@MAIN-1', item: 'RM', lateDays: 8 },
    });
  });

  it("reads the overview's counts from the run, counted by the writer", async () => {
    // The writer counted the version's rows: PUR-RM@MAIN-1 late, S1 delayed, one increase
    // (PO1). The overview takes them from the run instead of counting millions of rows; a
    // history row changed in a transaction rolled back shows that it does.
    const run = await readRun(db(), 'run-1');
    expect(JSON.parse(run?.counts ?? '{}')).toMatchObject({
      lateOrders: 1,
      delays: 1,
      actions: { advance: 0, postpone: 0, increase: 1, decrease: 0, cancel: 0 },
    });
    const rollback = new Error('rolled back');
    await db()
      .transaction(async (trx) => {
        const counts = { ...JSON.parse(run?.counts ?? '{}'), lateOrders: 7 } as object;
        await trx('replan_run_history')
          .where({ run_id: 'run-1' })
          .update({ counts: JSON.stringify(counts) });
        const [head] = await listPlanVersions(trx);
        if (head === undefined) throw new Error('no active plan');
        expect((await readPlanOverview(planSnapshot(trx, head))).lateOrders).toBe(7);
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
  });

  it('lists planned orders filtered, sorted and paged', async () => {
    const all = await read(db(), (s) => listPlannedOrders(s, { limit: 4 }));
    expect(all.rows.map((o) => o.id)).toEqual([
      'PRD-FG@MAIN-1',
      'PRD-FG@MAIN-2',
      'PRD-SUB@MAIN-1',
      'PRD-SUB@MAIN-2',
    ]);
    expect(all.hasMore).toBe(true);
    const next = await read(db(), (s) => listPlannedOrders(s, { limit: 4, offset: 4 }));
    expect(next.rows.map((o) => o.id)).toEqual(['PUR-RM@MAIN-1', 'PUR-RM@MAIN-2']);
    expect(next.hasMore).toBe(false);
    const late = await read(db(), (s) => listPlannedOrders(s, { late: true }));
    expect(late.rows).toMatchObject([
      { id: 'PUR-RM@MAIN-1', delayDays: 8, receiptDate: '2026-03-12' },
    ]);
    const byDate = await read(db(), (s) =>
      listPlannedOrders(s, { item: 'RM', sort: 'receiptDate', descending: true }),
    );
    expect(byDate.rows.map((o) => o.receiptDate)).toEqual(['2026-03-18', '2026-03-12']);
    const window = await read(db(), (s) =>
      listPlannedOrders(s, { type: 'production', from: '2026-03-06', to: '2026-03-19' }),
    );
    expect(window.rows.map((o) => o.id)).toEqual(['PRD-FG@MAIN-1', 'PRD-SUB@MAIN-2']);
  });

  it('gives a node its net requirements, receipts before requirements of a date', async () => {
    const net = await read(db(), (s) => readNetRequirements(s, 'RM', 'MAIN'));
    expect(net).toMatchObject({ item: 'RM', planDate: '2026-03-02', safetyStock: 0 });
    // 03-04: PO1 +6 → 6, then 18 for PRD-SUB@MAIN-1 → −12 until PUR-RM@MAIN-1 arrives 03-12;
    // 03-18: PUR-RM@MAIN-2 +6, then 6 for PRD-SUB@MAIN-2 → 0.
    expect(
      net.lines.map((l) => [l.date, l.direction, l.id, l.quantity, l.covered, l.projected]),
    ).toEqual([
      ['2026-03-04', 'receipt', 'PO1', 6, 6, 6],
      ['2026-03-04', 'requirement', 'PRD-SUB@MAIN-1/L2', 18, 18, -12],
      ['2026-03-12', 'receipt', 'PUR-RM@MAIN-1', 12, 12, 0],
      ['2026-03-18', 'receipt', 'PUR-RM@MAIN-2', 6, 6, 6],
      ['2026-03-18', 'requirement', 'PRD-SUB@MAIN-2/L2', 6, 6, 0],
    ]);
    const fg = await read(db(), (s) => readNetRequirements(s, 'FG', 'MAIN'));
    expect(fg.lines.map((l) => [l.date, l.kind, l.id, l.projected])).toEqual([
      ['2026-03-02', 'onHand', 'FG@MAIN', 2],
      ['2026-03-06', 'plannedOrder', 'PRD-FG@MAIN-1', 5],
      ['2026-03-06', 'demand', 'S1', 0],
      ['2026-03-20', 'plannedOrder', 'PRD-FG@MAIN-2', 1],
      ['2026-03-20', 'demand', 'S2', 0],
    ]);
  });

  it('reads a node as the run netted it, whatever the input tables hold now', async () => {
    // After the run the ERP books 48 more FG into stock, PO1 is cut to 1 and moved to 03-10,
    // RM gets a safety stock of 7. The version still says what the run planned with: 2 FG on
    // hand, PO1 of 6 on 03-04, no safety stock on RM (it holds from F = 03-02 + 10 days =
    // 03-12), RM's low-level code 2 (FG 0, SUB 1). Changes are made in a transaction that
    // is rolled back, so the other cases see the data as loaded.
    const rollback = new Error('rolled back');
    await db()
      .transaction(async (trx) => {
        await trx('replan_on_hand')
          .where({ item: 'FG', warehouse: 'MAIN' })
          .update({ quantity: 50 });
        await trx('replan_supply_lines')
          .where({ id: 'PO1' })
          .update({ quantity: 1, date: '2026-03-10' });
        await trx('replan_item_coverage').where({ item: 'RM' }).update({ minimum_inventory: 7 });
        const [head] = await listPlanVersions(trx);
        if (head === undefined) throw new Error('no active plan');
        const snapshot = planSnapshot(trx, head);

        const fg = await readNetRequirements(snapshot, 'FG', 'MAIN');
        expect(fg).toMatchObject({ source: 'plan', lowLevelCode: 0, safetyStock: 0 });
        expect(fg.lines[0]).toMatchObject({ kind: 'onHand', quantity: 2, projected: 2 });
        const rm = await readNetRequirements(snapshot, 'RM', 'MAIN');
        expect(rm).toMatchObject({
          source: 'plan',
          coverageCode: 'requirement',
          safetyStock: 0,
          safetyStockFrom: '2026-03-12',
          coverageTimeFence: 100,
          lowLevelCode: 2,
        });
        expect(rm.lines[0]).toMatchObject({ id: 'PO1', date: '2026-03-04', quantity: 6 });
        const po1 = await readWhyTree(new PlanLookups(snapshot), { receipt: 'PO1' });
        expect(po1?.root).toMatchObject({ kind: 'supply', quantity: 6, date: '2026-03-04' });
        const stock = await readWhyTree(new PlanLookups(snapshot), { receipt: 'FG@MAIN' });
        expect(stock?.root).toMatchObject({ kind: 'onHand', quantity: 2 });

        // A version written before nodes and receipts were recorded has no such rows: its
        // node page can only show the input tables as they are now, and says so.
        // (Rows of a version live in its own tables: emptied there, in this transaction.)
        for (const table of [NODES, RECEIPTS]) {
          const stored = await versionTable(trx, table, WORKBENCH_PLAN, snapshot.version);
          await trx(stored ?? table.name)
            .where({ plan_id: WORKBENCH_PLAN })
            .delete();
        }
        const now = await readNetRequirements(snapshot, 'RM', 'MAIN');
        expect(now).toMatchObject({ source: 'inputs', safetyStock: 7 });
        expect(now.safetyStockFrom).toBeUndefined();
        expect(now.lines.find((l) => l.id === 'PO1')).toMatchObject({
          date: '2026-03-10',
          quantity: 1,
        });
        throw rollback;
      })
      .catch((error: unknown) => {
        if (error !== rollback) throw error;
      });
  });

  it('follows the why tree of the late sales line down to the purchase that makes it late', async () => {
    const tree = await read(db(), (s) => readWhyTree(new PlanLookups(s), { requirement: 'S1' }));
    if (tree === undefined) throw new Error('no tree');
    const { root } = tree;
    expect(root).toMatchObject({ step: 'requirement', id: 'S1', date: '2026-03-06', lateDays: 8 });
    expect(ids(root.children)).toEqual(['FG@MAIN', 'PRD-FG@MAIN-1']);
    const fgOrder = root.children[1];
    expect(fgOrder).toMatchObject({ pegged: 3, futuresDate: '2026-03-14', lateDays: 0 });
    const subRequirement = fgOrder?.children[0];
    expect(subRequirement).toMatchObject({
      id: 'PRD-FG@MAIN-1/L1',
      quantity: 6,
      date: '2026-03-05',
    });
    const subOrder = subRequirement?.children[0];
    expect(subOrder).toMatchObject({ id: 'PRD-SUB@MAIN-1', futuresDate: '2026-03-13' });
    const rmRequirement = subOrder?.children[0];
    expect(rmRequirement).toMatchObject({ quantity: 18, covered: 18, lateDays: 8 });
    expect(rmRequirement?.children).toMatchObject([
      { id: 'PO1', kind: 'supply', pegged: 6, date: '2026-03-04', lateDays: 0 },
      { id: 'PUR-RM@MAIN-1', pegged: 12, date: '2026-03-12', lateDays: 8 },
    ]);
    expect(tree.rootCause?.receipt.id).toBe('PUR-RM@MAIN-1');
    expect(tree.rootCause?.path).toEqual([
      stepKey(root),
      'receipt:FG@MAIN:PRD-FG@MAIN-1',
      'requirement:SUB@MAIN:PRD-FG@MAIN-1/L1',
      'receipt:SUB@MAIN:PRD-SUB@MAIN-1',
      'requirement:RM@MAIN:PRD-SUB@MAIN-1/L2',
      'receipt:RM@MAIN:PUR-RM@MAIN-1',
    ]);
  });

  it('follows the why tree of a purchase up to the sales line it serves', async () => {
    const tree = await read(db(), (s) =>
      readWhyTree(new PlanLookups(s), { receipt: 'PUR-RM@MAIN-1' }),
    );
    if (tree === undefined) throw new Error('no tree');
    expect(tree.root).toMatchObject({ step: 'receipt', id: 'PUR-RM@MAIN-1', lateDays: 8 });
    expect(tree.root.children).toEqual([]);
    const up: string[] = [];
    for (let step = tree.servedBy[0]; step !== undefined; step = step.children[0]) up.push(step.id);
    expect(up).toEqual([
      'PRD-SUB@MAIN-1/L2',
      'PRD-SUB@MAIN-1',
      'PRD-FG@MAIN-1/L1',
      'PRD-FG@MAIN-1',
      'S1',
    ]);
    expect(tree.rootCause?.receipt.id).toBe('PUR-RM@MAIN-1');
    const missing = await readActivePlanSnapshot(db(), WORKBENCH_PLAN, async (s) => ({
      tree: await readWhyTree(new PlanLookups(s), { receipt: 'NO-SUCH' }),
    }));
    expect(missing).toEqual({ tree: undefined });
  });

  it('lists delays, actions, runs and messages', async () => {
    const delays = await read(db(), (s) => listDelays(s));
    expect(delays.rows.map((d) => [d.demandId, d.delayDays, d.rootCause?.id])).toEqual([
      ['S1', 8, 'PUR-RM@MAIN-1'],
    ]);
    const actions = await read(db(), (s) => listActions(s, { kind: 'increase' }));
    expect(actions.rows).toEqual([
      {
        kind: 'increase',
        supplyId: 'PO1',
        item: 'RM',
        warehouse: 'MAIN',
        date: '2026-03-04',
        quantity: 6,
        quantityChange: 12,
        causeId: 'PRD-SUB@MAIN-1/L2',
      },
    ]);
    const runs = await listRuns(db(), WORKBENCH_PLAN);
    expect(runs.rows).toMatchObject([{ runId: 'run-1', status: 'succeeded', planVersion: 1 }]);
    const messages = await read(db(), (s) => listRunMessages(s, { severity: 'warning' }));
    expect(messages.rows).toMatchObject([{ code: 'LATE_ORDER', ref: 'PUR-RM@MAIN-1' }]);
  });
}
