/** Hostile rows on SQLite (a file database): the cases of hostile-rows-cases.ts. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import knexFactory, { type Knex } from 'knex';

import { hostileRowCases, loadLooseBikeShop } from './hostile-rows-cases';
import { migrateLatest } from './index';

describe('SQLite: unreadable values in the ERP tables', () => {
  let dir: string;
  let knex: Knex;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'replan-hostile-'));
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'erp.sqlite') },
      useNullAsDefault: true,
    });
    await migrateLatest(knex);
    await loadLooseBikeShop(knex, 'sqlite');
  });

  afterAll(async () => {
    await knex.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  hostileRowCases(() => knex);
});
