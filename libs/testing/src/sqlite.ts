/**
 * SQLite ERP databases for tests: a file in a temporary folder with the integration
 * tables, and the release of better-sqlite3's addon between test files.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import type { Dataset } from '@replan/engine';
import { loadDataset, migrateLatest } from '@replan/sql';
import knexFactory, { type Knex } from 'knex';

import type { TenantFixture } from './registry';

/**
 * better-sqlite3 hands its native addon the SqliteError class once per process, from the
 * first test file that opens a database. Jest runs each test file in a realm of its own, so
 * a later file in the same worker would get errors that are not `instanceof Error` there.
 * Called in afterAll of the files that open SQLite databases: the next file to open one
 * hands the addon its own SqliteError.
 */
export function releaseSqliteAddon(): void {
  const nodeRequire = createRequire(__filename);
  const addon = nodeRequire('better-sqlite3/build/Release/better_sqlite3.node') as {
    isInitialized?: boolean;
  };
  addon.isInitialized = false;
}

export interface SqliteErp {
  filename: string;
  /** The database as the tenant registry gives it. */
  database: { client: 'better-sqlite3'; connection: string };
  knex: Knex;
  /** Closes the connection and removes the folder. */
  cleanup(): Promise<void>;
}

/** A SQLite ERP database in a temporary folder, with the integration tables. */
export async function createSqliteErp(): Promise<SqliteErp> {
  const dir = mkdtempSync(join(tmpdir(), 'replan-test-erp-'));
  const filename = join(dir, 'erp.sqlite');
  const knex = knexFactory({
    client: 'better-sqlite3',
    connection: { filename },
    useNullAsDefault: true,
  });
  await migrateLatest(knex);
  return {
    filename,
    database: { client: 'better-sqlite3', connection: filename },
    knex,
    cleanup: async () => {
      await knex.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface SqliteTenant {
  /** The tenant as a registry names it: its id, secret and database file. */
  tenant: TenantFixture & { database: SqliteErp['database'] };
  /** Removes the folder holding the database file. */
  cleanup(): void;
}

/**
 * A tenant's SQLite ERP database in a temporary folder, with the integration tables and
 * `dataset` loaded; the connection used to load it is closed, so the suite reads the file
 * through the registry's own connection, as the stages do.
 */
export async function seedSqliteTenant(options: {
  id: string;
  secret: string;
  dataset: Dataset;
}): Promise<SqliteTenant> {
  const erp = await createSqliteErp();
  await loadDataset(erp.knex, options.dataset);
  await erp.knex.destroy();
  return {
    tenant: { id: options.id, secret: options.secret, database: erp.database },
    cleanup: () => rmSync(dirname(erp.filename), { recursive: true, force: true }),
  };
}
