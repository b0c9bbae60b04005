/**
 * The workbench read API on PostgreSQL (127.0.0.1:5432, or PG* / DATABASE_URL), in a fresh
 * schema dropped afterwards: the cases of workbench-cases.ts.
 */
import { createPgSchema, type PgSchema } from '@replan/testing';

import { loadWorkbenchCase, workbenchCases } from './workbench-cases';

describe('workbench read API on PostgreSQL', () => {
  let suite: PgSchema;

  beforeAll(async () => {
    suite = await createPgSchema({ tag: 'wb', poolMax: 2 });
    await loadWorkbenchCase(suite.knex);
  });

  afterAll(async () => {
    await suite?.drop();
  });

  workbenchCases(() => suite.knex);
});
