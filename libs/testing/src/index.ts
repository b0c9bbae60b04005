/**
 * @replan/testing: the set-up Replan's test suites share (private; used by tests and by the
 * fault matrix, never by a library's own code). Redis prefixes per suite with their
 * clean-up, tenant registry fixtures, SQLite and PostgreSQL ERP databases per suite, the
 * example datasets and results as the suites compare them, and eventually() for what
 * another process does.
 */
export { eventually, until, type EventuallyOptions } from './eventually';
export { deleteKeys, openTestRedis, testPrefix, testRedisUrl, type TestRedis } from './redis';
export {
  createPgSchema,
  testPgConnection,
  type PgConnection,
  type PgSchema,
  type PgSchemaOptions,
} from './postgres';
export {
  createSqliteErp,
  releaseSqliteAddon,
  seedSqliteTenant,
  type SqliteErp,
  type SqliteTenant,
} from './sqlite';
export { freePort } from './ports';
export { writeRegistry, type TenantFixture } from './registry';
export {
  EXAMPLES_DIR,
  expectedRows,
  normaliseDataset,
  readExample,
  sortOrders,
  syntheticResult,
} from './results';
export { startServiceApp, type ServiceApp } from './service-apps';
