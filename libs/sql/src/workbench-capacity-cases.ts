/**
 * The capacity pages' cases, run on SQLite and PostgreSQL: one small routed plan worked out
 * by hand.
 *
 * Plan date Monday 2026-03-02, warehouse MAIN, resources PRESS and SAW working Monday to
 * Friday, 8 hours a day (the default). FG1 is made on PRESS (setup 1 h, 1 h a unit), FG2 on
 * PRESS (0.5 h a unit), FG3 on SAW (1 h a unit). Sales: 5 FG1 and 12 FG2 on Wed 03-04, 2 FG3 on
 * Thu 03-05.
 *
 * Infinite capacity: every order is scheduled back from the end of its delivery day as if it
 * had its resource to itself. PRESS on Wednesday: FG1 1 + 5 × 1 = 6 h and FG2 12 × 0.5 = 6 h,
 * 12 h of 8: 4 h over. SAW on Thursday: 2 × 1 = 2 h of 8. The load has a row for every open
 * day (and any loaded one) from today to the Sunday of the last loaded week: Monday 03-02 to
 * Friday 03-06 for both, the weekend closed and unloaded: PRESS 12 h required of 5 × 8 = 40,
 * SAW 2 h of 40.
 */
import { planDataset, validateDataset, type Dataset } from '@replan/engine';
import type { Knex } from 'knex';

import {
  listResourceLoads,
  loadDataset,
  readActivePlanSnapshot,
  readResourceDays,
  writeResult,
  type PlanSnapshot,
} from './index';

export const CAPACITY_PLAN = 'CAP';

function capacityDataset(): Dataset {
  const sales = (id: string, item: string, date: string, quantity: number) => ({
    id,
    type: 'sales' as const,
    item,
    warehouse: 'MAIN',
    date,
    quantity,
  });
  const validation = validateDataset({
    formatVersion: 1,
    plan: { id: CAPACITY_PLAN, planDate: '2026-03-02' },
    warehouses: [{ id: 'MAIN' }],
    calendars: [{ id: 'WEEK', workingWeekdays: [1, 2, 3, 4, 5] }],
    items: [{ id: 'FG1' }, { id: 'FG2' }, { id: 'FG3' }],
    resources: [
      { id: 'PRESS', calendar: 'WEEK' },
      { id: 'SAW', calendar: 'WEEK' },
    ],
    routeOperations: [
      { id: 'FG1-10', item: 'FG1', operation: 10, resource: 'PRESS', setupHours: 1, runHours: 1 },
      { id: 'FG2-10', item: 'FG2', operation: 10, resource: 'PRESS', runHours: 0.5 },
      { id: 'FG3-10', item: 'FG3', operation: 10, resource: 'SAW', runHours: 1 },
    ],
    demand: [
      sales('S1', 'FG1', '2026-03-04', 5),
      sales('S2', 'FG2', '2026-03-04', 12),
      sales('S3', 'FG3', '2026-03-05', 2),
    ],
  });
  if (!validation.ok) {
    throw new Error(`the capacity dataset does not validate: ${JSON.stringify(validation)}`);
  }
  return validation.dataset;
}

/** Loads and plans the case into `knex` (migrated). */
export async function loadCapacityCase(knex: Knex): Promise<void> {
  const dataset = capacityDataset();
  await loadDataset(knex, dataset, { replace: true });
  await writeResult(knex, planDataset(dataset), { run: { runId: 'cap-1' } });
}

function read<T>(knex: Knex, fn: (snapshot: PlanSnapshot) => Promise<T>): Promise<T> {
  return readActivePlanSnapshot(knex, CAPACITY_PLAN, fn).then((value) => {
    if (value === undefined) throw new Error('no active plan');
    return value;
  });
}

/** The cases, as jest tests, on a database given by `db()` with the case loaded. */
export function capacityCases(db: () => Knex): void {
  it('lists resources the most overloaded first, summed over the horizon', async () => {
    const page = await read(db(), (s) => listResourceLoads(s));
    expect(page.rows).toEqual([
      {
        resource: 'PRESS',
        days: 5,
        requiredHours: 12,
        availableHours: 40,
        overloadedDays: 1,
        overloadHours: 4,
      },
      {
        resource: 'SAW',
        days: 5,
        requiredHours: 2,
        availableHours: 40,
        overloadedDays: 0,
        overloadHours: 0,
      },
    ]);
    const overloaded = await read(db(), (s) => listResourceLoads(s, { overloaded: true }));
    expect(overloaded.rows.map((r) => r.resource)).toEqual(['PRESS']);
  });

  it('gives a resource its open days with the orders that load them', async () => {
    const first = await read(db(), (s) => readResourceDays(s, 'PRESS', { limit: 3 }));
    expect(first.rows.map((d) => [d.date, d.requiredHours, d.availableHours])).toEqual([
      ['2026-03-02', 0, 8],
      ['2026-03-03', 0, 8],
      ['2026-03-04', 12, 8],
    ]);
    expect(first.hasMore).toBe(true);
    const wednesday = first.rows[2];
    expect(
      wednesday?.reservations
        .map((r) => [r.orderId, r.operation, r.item, r.hours])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    ).toEqual([
      ['PRD-FG1@MAIN-1', 10, 'FG1', 6],
      ['PRD-FG2@MAIN-1', 10, 'FG2', 6],
    ]);
    expect(first.rows[0]?.reservations).toEqual([]);

    const over = await read(db(), (s) => readResourceDays(s, 'PRESS', { overloaded: true }));
    expect(over.rows.map((d) => d.date)).toEqual(['2026-03-04']);
    const weekend = await read(db(), (s) =>
      readResourceDays(s, 'SAW', { from: '2026-03-05', to: '2026-03-07' }),
    );
    expect(weekend.rows.map((d) => [d.date, d.requiredHours, d.availableHours])).toEqual([
      ['2026-03-05', 2, 8],
      ['2026-03-06', 0, 8],
    ]);
    expect(weekend.rows[0]?.reservations.map((r) => r.orderId)).toEqual(['PRD-FG3@MAIN-1']);
    const unknown = await read(db(), (s) => readResourceDays(s, 'NOPE'));
    expect(unknown.rows).toEqual([]);
  });
}
