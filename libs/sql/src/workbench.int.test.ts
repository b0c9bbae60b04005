/**
 * The workbench read API on PostgreSQL (127.0.0.1:5432, or PG* / DATABASE_URL), in a fresh
 * schema dropped afterwards: the cases of workbench-cases.ts and
 * workbench-capacity-cases.ts.
 */
import { randomBytes } from 'node:crypto';

import knexFactory, { type Knex } from 'knex';

import { migrateLatest } from './index';
import { capacityCases, loadCapacityCase } from './workbench-capacity-cases';
import { loadWorkbenchCase, workbenchCases } from './workbench-cases';

const connection = process.env.DATABASE_URL ?? {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  database: process.env.PGDATABASE ?? 'test',
};

/** A fresh schema on the server, migrated and loaded by `load`, dropped afterwards. */
function inFreshSchema(label: string, load: (knex: Knex) => Promise<unknown>): () => Knex {
  const schema = `replan_test_${label}_${randomBytes(6).toString('hex')}`;
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
    await load(knex);
  });

  afterAll(async () => {
    await knex?.destroy();
    await admin?.raw('drop schema if exists ?? cascade', [schema]);
    await admin?.destroy();
  });

  return () => knex;
}

describe('workbench read API on PostgreSQL', () => {
  workbenchCases(inFreshSchema('wb', loadWorkbenchCase));
});

describe('capacity pages of the workbench read API on PostgreSQL', () => {
  capacityCases(inFreshSchema('cap', loadCapacityCase));
});
