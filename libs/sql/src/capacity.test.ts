/**
 * Routes and capacity on SQLite: a database made by the first migration upgraded in place,
 * the demo company's resources, groups and routes through the input tables, its capacity
 * load and reservations through the result tables, and a filtered write that rebuilds the
 * load from the version's reservations.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { demoCompany } from '@replan/datagen';
import { planDataset, type PlanResult } from '@replan/engine';
import knexFactory, { type Knex } from 'knex';

import {
  BOM_LINES,
  loadDataset,
  migrateLatest,
  migrationConfig,
  readActivePlan,
  readDataset,
  writeResult,
} from './index';
import { expectedRows, normaliseDataset } from '@replan/testing';

describe('routes and capacity on SQLite', () => {
  let dir: string;
  const open = (name: string): Knex =>
    knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, name) },
      useNullAsDefault: true,
    });

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'replan-capacity-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('upgrades a database of the first release, keeping its rows', async () => {
    const knex = open('old.sqlite');
    try {
      await knex.migrate.up(migrationConfig);
      expect(await knex.schema.hasColumn(BOM_LINES.name, 'operation')).toBe(false);
      expect(await knex.schema.hasTable('replan_route_operations')).toBe(false);
      await knex(BOM_LINES.name).insert({ id: 'B1', parent: 'A', component: 'B', quantity: 2 });

      await migrateLatest(knex);
      expect(await knex.schema.hasColumn(BOM_LINES.name, 'operation')).toBe(true);
      for (const table of ['replan_resources', 'replan_capacity_reservations']) {
        // A table, or (a result table since migration 4) a view: it answers a count.
        expect(await knex(table).count({ n: '*' })).toEqual([{ n: 0 }]);
      }
      expect(await knex(BOM_LINES.name).select('id', 'quantity', 'operation')).toEqual([
        { id: 'B1', quantity: 2, operation: null },
      ]);
      // And back down to the first release (past the version tables, 4), the row still there.
      await knex.migrate.down(migrationConfig);
      await knex.migrate.down(migrationConfig);
      expect(await knex.schema.hasColumn(BOM_LINES.name, 'operation')).toBe(false);
      expect(await knex.schema.hasTable('replan_resources')).toBe(false);
      expect(await knex(BOM_LINES.name).count({ n: '*' })).toEqual([{ n: 1 }]);
    } finally {
      await knex.destroy();
    }
  });

  describe('the demo company', () => {
    const dataset = demoCompany({ today: '2026-03-02' });
    let knex: Knex;
    let result: PlanResult;

    beforeAll(async () => {
      knex = open('demo.sqlite');
      await migrateLatest(knex);
      result = planDataset(dataset);
    });

    afterAll(async () => {
      await knex.destroy();
    });

    it('round-trips resources, groups, routes and BOM line operations', async () => {
      await loadDataset(knex, dataset);
      const read = await readDataset(knex, dataset.plan.id);
      expect(normaliseDataset(read)).toEqual(normaliseDataset(dataset));
      expect(read.routeOperations?.length).toBeGreaterThan(0);
      expect(JSON.stringify(planDataset(read))).toBe(JSON.stringify(result));
    });

    it('writes the capacity load and reservations and reads them back', async () => {
      expect(result.capacityReservations.length).toBeGreaterThan(0);
      const summary = await writeResult(knex, result);
      expect(summary.rows).toMatchObject({
        replan_capacity_load: result.capacityLoad.length,
        replan_capacity_reservations: result.capacityReservations.length,
      });
      const active = await readActivePlan(knex, result.plan);
      expect(active?.capacityLoad).toEqual(expectedRows(result).capacityLoad);
      expect(active?.capacityReservations).toEqual(expectedRows(result).capacityReservations);
    });

    it('rebuilds the load of a filtered write from the reservations it keeps and adds', async () => {
      // Replan the wheels only; their reservations are replaced, the frames' kept.
      const wheels = ['WHEEL-20', 'WHEEL-29', 'WHEEL-700C'];
      const filtered = planDataset({ ...dataset, filter: { items: wheels, bomLevels: 0 } });
      expect(filtered.scope.filtered).toBe(true);
      await writeResult(knex, filtered);
      const active = await readActivePlan(knex, result.plan);
      const kept = result.capacityReservations.filter((r) => !wheels.includes(r.item));
      const reservations = [...kept, ...filtered.capacityReservations];
      expect(active?.capacityReservations).toEqual(
        reservations.map((r) => expect.objectContaining({ ...r }) as unknown),
      );
      // The load: the sums of those reservations per resource and day.
      const sums = new Map<string, number>();
      for (const r of reservations) {
        const key = `${r.resource} ${r.date}`;
        sums.set(key, (sums.get(key) ?? 0) + r.hours);
      }
      expect(active?.capacityLoad.length).toBe(sums.size);
      for (const row of active?.capacityLoad ?? []) {
        expect(row.requiredHours).toBeCloseTo(sums.get(`${row.resource} ${row.date}`) ?? -1, 6);
        const full = result.capacityLoad.find(
          (l) => l.resource === row.resource && l.date === row.date,
        );
        expect(row.availableHours).toBe(full?.availableHours);
      }
    });
  });
});
