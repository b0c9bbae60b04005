/**
 * The workbench read API on PostgreSQL (127.0.0.1:5432, or PG* / DATABASE_URL), in a fresh
 * schema dropped afterwards: the cases of workbench-cases.ts.
 */
import { randomBytes } from 'node:crypto';

import knexFactory, { type Knex } from 'knex';

import { migrateLatest } from './index';
import { loadWorkbenchCase, workbenchCases } from './workbench-cases';

const connection = process.env.DATABASE_URL ?? {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  database: process.env.PGDATABASE ?? 'test',
};

describe('workbench read API on PostgreSQL', () => {
  const schema = `replan_test_wb_${randomBytes(6).toString('hex')}`;
  let admin: Knex;
  let knex: Knex;

  beforeAll(async () => {
    admin = knexFactory({ client: 'pg', connection, pool: { min: 0, max: 1 } });
    await admin.raw('create schema ??', [schema]);
    knex = knexFactory({
      client: 'pg',
      connection,
      searchPath: [schema],
      pool: { min: 0, max: 2 },
    });
    await migrateLatest(knex);
    await loadWorkbenchCase(knex);
  });

  afterAll(async () => {
    await knex?.destroy();
    await admin?.raw('drop schema if exists ?? cascade', [schema]);
    await admin?.destroy();
  });

  workbenchCases(() => knex);
});
