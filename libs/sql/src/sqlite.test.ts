import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  planDataset,
  validateDataset,
  type Dataset,
  type DatasetPart,
  type PlanResult,
} from '@replan/engine';
import knexFactory, { type Knex } from 'knex';

import {
  BatchInsertWriter,
  PEGGING,
  PLANNED_ORDERS,
  loadDataset,
  migrateLatest,
  migrateRollback,
  migrationConfig,
  readActivePlan,
  readActiveVersion,
  readDataset,
  readDatasetParts,
  readPlanVersion,
  readRun,
  recordRun,
  writeResult,
  type BulkWriter,
} from './index';
import { expectedRows, normaliseDataset, readExample, syntheticResult } from '@replan/testing';

/** Whether `name` is a table or a view of the SQLite database, or neither. */
async function hasRelation(knex: Knex, name: string): Promise<string | undefined> {
  const row = (await knex('sqlite_master').select('type').where({ name }).first()) as
    { type: string } | undefined;
  return row?.type;
}

describe('SQLite (better-sqlite3)', () => {
  let dir: string;
  let knex: Knex;
  const dataset = readExample('bike-shop.json');
  let result: PlanResult;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'replan-sql-'));
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'erp.sqlite') },
      useNullAsDefault: true,
    });
    await migrateLatest(knex);
    result = planDataset(dataset);
  });

  afterAll(async () => {
    await knex.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  it('upgrades a database of the first migration to the workbench tables and back', async () => {
    const file = join(dir, 'upgrade.sqlite');
    const old = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: file },
      useNullAsDefault: true,
    });
    try {
      await old.migrate.up({ ...migrationConfig, name: '0001_replan_integration_tables' });
      expect(await old.schema.hasTable('replan_requirements')).toBe(false);
      expect(await old.schema.hasColumn('replan_plan_versions', 'plan_date')).toBe(false);
      await migrateLatest(old);
      // The result tables are views now (over one table per plan version).
      for (const table of ['replan_requirements', 'replan_nodes', 'replan_receipts']) {
        expect([table, await hasRelation(old, table)]).toEqual([table, 'view']);
      }
      expect(await old.schema.hasColumn('replan_plan_versions', 'plan_date')).toBe(true);
      await writeResult(old, result);
      const read = await readActivePlan(old, result.plan);
      expect(read?.requirements).toHaveLength(result.requirements.length);
      expect(read?.nodes).toEqual(result.nodes);
      expect(read?.receipts).toHaveLength(result.receipts.length);
      // Down from the version tables (4): plain tables with their indexes, the rows kept…
      await old.migrate.down(migrationConfig);
      expect(await hasRelation(old, 'replan_delays')).toBe('table');
      const indexes = (await old.raw(`pragma index_list('replan_delays')`)) as unknown as {
        name: string;
      }[];
      expect(indexes.map((i) => i.name)).toContain('replan_delays_delay_days');
      expect(await readActivePlan(old, result.plan)).toEqual(read);
      // …and up again from 0003 with those rows: the active plan reads the same.
      await migrateLatest(old);
      expect(await hasRelation(old, 'replan_delays')).toBe('view');
      expect(await readActivePlan(old, result.plan)).toEqual(read);
      await old.migrate.down(migrationConfig);
      // Down to the first migration again: the routes migration (3), then the workbench's (2).
      await old.migrate.down(migrationConfig);
      expect(await old.schema.hasTable('replan_capacity_load')).toBe(false);
      expect(await old.schema.hasTable('replan_requirements')).toBe(true);
      await old.migrate.down(migrationConfig);
      for (const table of ['replan_requirements', 'replan_nodes', 'replan_receipts']) {
        expect([table, await old.schema.hasTable(table)]).toEqual([table, false]);
      }
      expect(await old.schema.hasColumn('replan_plan_versions', 'plan_date')).toBe(false);
      expect(await old.schema.hasTable('replan_planned_orders')).toBe(true);
    } finally {
      await old.destroy();
    }
  });

  it('migrates idempotently and creates every table', async () => {
    await migrateLatest(knex);
    for (const table of ['replan_plans', 'replan_planned_orders', 'replan_run_history']) {
      expect(await hasRelation(knex, table)).toBeDefined();
    }
  });

  it('round-trips the bike shop dataset through the input tables', async () => {
    const counts = await loadDataset(knex, dataset);
    expect(counts.replan_items).toBe(dataset.items.length);
    const read = await readDataset(knex, dataset.plan.id);
    expect(normaliseDataset(read)).toEqual(normaliseDataset(dataset));
    const validation = validateDataset(read);
    expect(validation).toMatchObject({ ok: true, warnings: [] });
    await expect(readDataset(knex, 'NO-SUCH-PLAN')).rejects.toThrow(/NO-SUCH-PLAN/);
  });

  it('streams the tables as parts of at most rowsPerPart rows, each list ended once', async () => {
    const parts: DatasetPart[] = [];
    for await (const part of readDatasetParts(knex, dataset.plan.id, { rowsPerPart: 2 })) {
      parts.push(part);
    }
    expect(parts[0]).toMatchObject({ kind: 'plan', plan: { id: dataset.plan.id } });
    // Every list ends once, in the reader's order; no part holds more than two rows.
    expect(parts.filter((p) => p.kind === 'end').map((p) => p.list)).toEqual([
      'items',
      'coverageGroups',
      'itemCoverage',
      'warehouses',
      'calendars',
      'bomLines',
      'resources',
      'resourceGroups',
      'routeOperations',
      'onHand',
      'supply',
      'demand',
      'forecasts',
      'reductionKeys',
    ]);
    const rows = parts.flatMap((p) => (p.kind === 'rows' ? [p] : []));
    expect(rows.every((p) => p.rows.length <= 2)).toBe(true);
    // The demand lines arrive in parts, and together they are the table.
    const demand = rows.filter((p) => p.list === 'demand').flatMap((p) => p.rows);
    expect(rows.filter((p) => p.list === 'demand').length).toBe(
      Math.ceil((dataset.demand ?? []).length / 2),
    );
    expect(demand).toHaveLength((dataset.demand ?? []).length);
  });

  it('round-trips plan settings, defaults, forecasts and reduction keys', async () => {
    const full: Dataset = {
      ...dataset,
      plan: {
        id: 'FULL',
        planDate: '2026-03-02',
        coverageTimeFence: 90,
        negativeDays: 3,
        issueMargin: 1,
        receiptMargin: 2,
        reorderMargin: 0,
        forecastModel: 'FC-2026',
        defaults: {
          coverageCode: 'period',
          coveragePeriod: 7,
          dynamicPositiveDays: true,
          minimumInventory: 1.5,
          orderType: 'purchase',
          leadTimeUnit: 'calendarDays',
          calendar: 'WORKWEEK',
          forecastReduction: 'percentReductionKey',
          reductionKey: 'RK',
        },
      },
      forecasts: [
        {
          id: 'F1',
          model: 'FC-2026',
          item: 'BIKE',
          warehouse: 'SHOP',
          date: '2026-04-06',
          quantity: 12.5,
        },
        {
          id: 'F2',
          model: 'FC-2026',
          item: 'BIKE',
          warehouse: 'SHOP',
          date: '2026-05-04',
          quantity: 10,
        },
      ],
      reductionKeys: [
        {
          id: 'RK',
          periods: [
            { from: '2026-03-02', percent: 100 },
            { from: '2026-04-01', percent: 50 },
          ],
        },
      ],
    };
    await loadDataset(knex, full, { replace: true });
    expect(normaliseDataset(await readDataset(knex, 'FULL'))).toEqual(normaliseDataset(full));
    expect((await readDataset(knex, 'FULL', { filter: { items: ['BIKE'] } })).filter).toEqual({
      items: ['BIKE'],
    });
    await loadDataset(knex, dataset, { replace: true });
  });

  it('plans the same from the database as from the JSON file', async () => {
    const read = await readDataset(knex, dataset.plan.id);
    const fromDb = planDataset(read);
    expect(fromDb.plannedOrders).toEqual(result.plannedOrders);
    expect(fromDb.pegging).toEqual(result.pegging);
  });

  it('replaces the inputs with loadDataset({ replace: true })', async () => {
    await loadDataset(knex, dataset, { replace: true });
    expect(normaliseDataset(await readDataset(knex, dataset.plan.id))).toEqual(
      normaliseDataset(dataset),
    );
  });

  it('writes a result as version 1 and reads it back', async () => {
    expect(result.plannedOrders.length).toBeGreaterThan(0);
    const summary = await writeResult(knex, result, {
      run: { runId: 'run-1', requestedAt: '2026-03-02T08:00:00.000Z' },
    });
    expect(summary).toMatchObject({ version: 1, previousVersion: undefined, method: 'statement' });
    expect(summary.rows.replan_planned_orders).toBe(result.plannedOrders.length);
    const active = await readActivePlan(knex, result.plan);
    expect(active).toEqual({ planId: result.plan, version: 1, ...expectedRows(result) });
    const run = await readRun(knex, 'run-1');
    expect(run).toMatchObject({ status: 'succeeded', planId: result.plan, planVersion: 1 });
    // The result's counts, and the overview's: late orders, delayed lines, actions by kind.
    expect(JSON.parse(run?.counts ?? '{}')).toEqual({
      ...result.counts,
      lateOrders: result.plannedOrders.filter((o) => o.delayDays > 0).length,
      delays: result.delays.length,
      actions: {
        advance: 0,
        postpone: 0,
        increase: 0,
        decrease: 0,
        cancel: 0,
        ...countBy(result.actions.map((a) => a.kind)),
      },
    });
  });

  it('flips between the two versions, replacing the inactive one', async () => {
    const second = syntheticResult(result.plan, 50, '-second');
    const summary2 = await writeResult(knex, second);
    expect(summary2).toMatchObject({ version: 2, previousVersion: 1 });
    expect(await readActivePlan(knex, result.plan)).toEqual({
      planId: result.plan,
      version: 2,
      ...expectedRows(second),
    });
    // Version 1 still holds the first plan until the next write replaces it.
    expect((await readPlanVersion(knex, result.plan, 1)).plannedOrders).toEqual(
      expectedRows(result).plannedOrders,
    );

    const third = syntheticResult(result.plan, 30, '-third');
    const summary3 = await writeResult(knex, third);
    expect(summary3).toMatchObject({ version: 1, previousVersion: 2 });
    expect(await readActivePlan(knex, result.plan)).toEqual({
      planId: result.plan,
      version: 1,
      ...expectedRows(third),
    });
    const rows = await knex(PLANNED_ORDERS.name).where({ plan_id: result.plan }).count({ n: '*' });
    expect(Number(rows[0]?.n)).toBe(50 + 30);
  });

  it('a retried write of the same result is harmless', async () => {
    const again = syntheticResult(result.plan, 30, '-third');
    await writeResult(knex, again);
    await writeResult(knex, again);
    expect((await readActivePlan(knex, result.plan))?.plannedOrders).toEqual(
      expectedRows(again).plannedOrders,
    );
  });

  it('a failure while writing leaves the active version untouched', async () => {
    const before = await readActivePlan(knex, result.plan);
    const beforeInactive = await readPlanVersion(knex, result.plan, before?.version === 1 ? 2 : 1);
    const inner = new BatchInsertWriter();
    const failing: BulkWriter = {
      method: 'insert',
      async insert(trx, table, rows) {
        const list = [...rows];
        // A duplicate primary key in the middle of the pegging rows.
        if ((table.versionOf ?? table.name) === PEGGING.name && list[0]) list.splice(1, 0, list[0]);
        return inner.insert(trx, table, list);
      },
    };
    // Matched by message, not by class: better-sqlite3 creates its error class in the first
    // test file of a jest worker to open a database, so in later files it is not an Error.
    const failure: unknown = await writeResult(knex, syntheticResult(result.plan, 40, '-broken'), {
      bulkWriter: failing,
    }).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect((failure as { message?: unknown } | undefined)?.message).toMatch(
      /UNIQUE constraint failed/,
    );
    expect(await readActivePlan(knex, result.plan)).toEqual(before);
    expect(await readPlanVersion(knex, result.plan, beforeInactive.version)).toEqual(
      beforeInactive,
    );
  });

  it('a filtered result replaces only its items', async () => {
    const base = syntheticResult('FILTERED', 20);
    await writeResult(knex, base);
    const items = ['ITEM-3', 'ITEM-4'];
    const partial = syntheticResult('FILTERED', 5, '-new');
    const filtered: PlanResult = {
      ...partial,
      scope: { filtered: true, items },
      plannedOrders: partial.plannedOrders.filter((o) => items.includes(o.item)),
      pegging: partial.pegging.filter((p) => items.includes(p.item)),
      messages: [],
    };
    const summary = await writeResult(knex, filtered);
    expect(summary.version).toBe(2);
    const active = await readActivePlan(knex, 'FILTERED');
    const expectedOrders = [
      ...base.plannedOrders.filter((o) => !items.includes(o.item)),
      ...filtered.plannedOrders,
    ];
    expect(active?.plannedOrders).toEqual(
      expectedRows({ ...base, plannedOrders: expectedOrders }).plannedOrders,
    );
    expect(active?.pegging).toEqual([
      ...base.pegging.filter((p) => !items.includes(p.item)),
      ...filtered.pegging,
    ]);
    // Run messages without an item belong to the run that wrote them.
    expect(active?.messages).toEqual([]);
  });

  it('records runs that did not write a result', async () => {
    await recordRun(knex, { runId: 'run-x', planId: 'BIKE-SHOP', status: 'requested' });
    await recordRun(knex, {
      runId: 'run-x',
      planId: 'BIKE-SHOP',
      status: 'failed',
      error: 'engine worker lost',
    });
    expect(await readRun(knex, 'run-x')).toEqual({
      runId: 'run-x',
      planId: 'BIKE-SHOP',
      status: 'failed',
      error: 'engine worker lost',
    });
    expect(await readActiveVersion(knex, 'NO-PLAN')).toBeUndefined();
    expect(await readActivePlan(knex, 'NO-PLAN')).toBeUndefined();
  });

  it('rolls the migration back', async () => {
    await migrateRollback(knex);
    expect(await knex.schema.hasTable('replan_plans')).toBe(false);
    await migrateLatest(knex);
    expect(await knex.schema.hasTable('replan_plans')).toBe(true);
  });
});

function countBy(keys: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}
