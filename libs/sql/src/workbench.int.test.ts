/**
 * The workbench read API on PostgreSQL (127.0.0.1:5432, or PG* / DATABASE_URL), in a fresh
 * schema dropped afterwards: the cases of workbench-cases.ts and
 * workbench-capacity-cases.ts.
 */
import { createPgSchema, type PgSchema } from '@replan/testing';
import type { Knex } from 'knex';

import { capacityCases, loadCapacityCase } from './workbench-capacity-cases';
import { loadWorkbenchCase, workbenchCases } from './workbench-cases';

/** A fresh schema, migrated and loaded by `load`, dropped afterwards. */
function inFreshSchema(tag: string, load: (knex: Knex) => Promise<unknown>): () => Knex {
  let suite: PgSchema;

  beforeAll(async () => {
    suite = await createPgSchema({ tag, poolMax: 2 });
    await load(suite.knex);
  });

  afterAll(async () => {
    await suite?.drop();
  });

  return () => suite.knex;
}

describe('workbench read API on PostgreSQL', () => {
  workbenchCases(inFreshSchema('wb', loadWorkbenchCase));
});

describe('capacity pages of the workbench read API on PostgreSQL', () => {
  capacityCases(inFreshSchema('cap', loadCapacityCase));
});
