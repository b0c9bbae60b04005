/**
 * The demo's ERP database: a fresh SQLite file with Replan's integration tables, loaded
 * with the demo company, and the in-memory tenant registry the workers read it through.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Dataset } from '@replan/engine';
import { TenantRegistry, type Tenant } from '@replan/pipeline';
import { loadDataset, migrateLatest } from '@replan/sql';
import type { Knex } from 'knex';
import { CliError, messageOf } from '../exit-codes';

export interface DemoDatabase {
  /** The registry of the demo's one tenant; closing it closes `knex`. */
  registry: TenantRegistry;
  tenant: Tenant;
  /** The registry's connection to the database (the one the workers use). */
  knex: Knex;
  /** Input rows loaded, over all tables. */
  rows: number;
}

export interface DemoDatabaseOptions {
  /** Absolute path of the SQLite file; an existing one is replaced. */
  file: string;
  /** The setting the path came from, named in errors ('--db'). */
  setting: string;
  tenantId: string;
  secret: string;
  dataset: Dataset;
}

/** SQLite's own files next to the database (journal, write-ahead log). */
const SIDE_FILES = ['', '-journal', '-wal', '-shm'];

export async function createDemoDatabase(options: DemoDatabaseOptions): Promise<DemoDatabase> {
  const { file, setting } = options;
  try {
    mkdirSync(dirname(file), { recursive: true });
    for (const suffix of SIDE_FILES) rmSync(`${file}${suffix}`, { force: true });
  } catch (error) {
    throw new CliError(`${setting} ${file}: cannot create the database: ${messageOf(error)}`);
  }
  const tenant: Tenant = {
    id: options.tenantId,
    secret: options.secret,
    database: { client: 'better-sqlite3', connection: file },
  };
  const registry = new TenantRegistry([tenant]);
  const knex = registry.openTenantDatabase(tenant);
  try {
    await migrateLatest(knex);
    const counts = await loadDataset(knex, options.dataset);
    const rows = Object.values(counts).reduce((sum, n) => sum + n, 0);
    return { registry, tenant, knex, rows };
  } catch (error) {
    await registry.close();
    throw new CliError(`${setting} ${file}: cannot create the database: ${messageOf(error)}`);
  }
}
