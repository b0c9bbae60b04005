/** The workbench read API on SQLite (better-sqlite3), the cases of workbench-cases.ts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import knexFactory, { type Knex } from 'knex';

import { migrateLatest } from './index';
import { capacityCases, loadCapacityCase } from './workbench-capacity-cases';
import { loadWorkbenchCase, workbenchCases } from './workbench-cases';

describe('workbench read API on SQLite', () => {
  let dir: string;
  let knex: Knex;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'replan-workbench-'));
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'erp.sqlite') },
      useNullAsDefault: true,
    });
    await migrateLatest(knex);
    await loadWorkbenchCase(knex);
  });

  afterAll(async () => {
    await knex.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  workbenchCases(() => knex);
});

describe('capacity pages of the workbench read API on SQLite', () => {
  let dir: string;
  let knex: Knex;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'replan-capacity-'));
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'erp.sqlite') },
      useNullAsDefault: true,
    });
    await migrateLatest(knex);
    await loadCapacityCase(knex);
  });

  afterAll(async () => {
    await knex.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  capacityCases(() => knex);
});
