/**
 * The ERP's database as the matrix sets it up and reads it: a template database on the
 * matrix's own PostgreSQL cluster with the integration tables and the demo company loaded
 * and planned once (the baseline plan), a copy of it per run, the hostile rows a cell puts
 * in, and the ERP's view of a run afterwards.
 */
import { RESULT_TABLES, loadDataset, migrateLatest, readRun } from '@replan/sql';
import type { Dataset } from '@replan/engine';
import knexFactory, { type Knex } from 'knex';

import type { ErpView, HistoryRow } from './classify';
import type { OwnPostgres } from './services';

export const TEMPLATE_DATABASE = 'faults_template';

export function erpKnex(pg: OwnPostgres, database: string): Knex {
  return knexFactory({
    client: 'pg',
    connection: pg.connection(database),
    pool: { min: 0, max: 2 },
  });
}

async function withAdmin<T>(pg: OwnPostgres, work: (admin: Knex) => Promise<T>): Promise<T> {
  const admin = erpKnex(pg, 'postgres');
  try {
    return await work(admin);
  } finally {
    await admin.destroy();
  }
}

/** The template database with the integration tables and the dataset loaded. */
export async function createTemplate(pg: OwnPostgres, dataset: Dataset): Promise<void> {
  await withAdmin(pg, (admin) => admin.raw('create database ??', [TEMPLATE_DATABASE]));
  const knex = erpKnex(pg, TEMPLATE_DATABASE);
  try {
    await migrateLatest(knex);
    await loadDataset(knex, dataset);
  } finally {
    await knex.destroy();
  }
}

/** A fresh copy of `source` (no one may be connected to it). */
export async function copyDatabase(pg: OwnPostgres, source: string, name: string): Promise<void> {
  await withAdmin(pg, (admin) => admin.raw('create database ?? template ??', [name, source]));
}

export async function dropDatabase(pg: OwnPostgres, name: string): Promise<void> {
  await withAdmin(pg, (admin) => admin.raw('drop database if exists ?? with (force)', [name]));
}

/** The rows of the plan's active version, per result table. */
export async function activeRows(
  knex: Knex,
  plan: string,
  version: number,
): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  for (const table of RESULT_TABLES) {
    const row: { n?: string | number } | undefined = await knex(table.name)
      .count({ n: '*' })
      .where({ plan_id: plan, plan_version: version })
      .first();
    rows[table.name] = Number(row?.n ?? 0);
  }
  return rows;
}

export async function activeVersion(
  knex: Knex,
  plan: string,
): Promise<{ version: number; runId: string | null } | undefined> {
  const row = (await knex('replan_plan_versions')
    .select('active_version', 'run_id')
    .where({ plan_id: plan })
    .first()) as { active_version?: unknown; run_id?: unknown } | undefined;
  if (row?.active_version === undefined || row.active_version === null) return undefined;
  return {
    version: Number(row.active_version),
    runId: typeof row.run_id === 'string' ? row.run_id : null,
  };
}

function historyRow(
  entry: { status: string; error?: string | null } | undefined,
): HistoryRow | undefined {
  if (entry === undefined) return undefined;
  return { status: entry.status, error: entry.error ?? null };
}

/** The ERP's tables after a run: its history row, the active version and its rows. */
export async function readTables(
  knex: Knex,
  plan: string,
  runId: string,
): Promise<Pick<ErpView, 'history' | 'active' | 'rows' | 'writtenCounts'>> {
  const history = historyRow(await readRun(knex, runId));
  const active = await activeVersion(knex, plan);
  const rows = active === undefined ? {} : await activeRows(knex, plan, active.version);
  const view: Pick<ErpView, 'history' | 'active' | 'rows' | 'writtenCounts'> = { rows };
  if (history !== undefined) view.history = history;
  if (active !== undefined) {
    view.active = active;
    if (active.runId !== null) {
      const writer = await readRun(knex, active.runId);
      if (writer?.counts !== undefined && writer.counts !== null) {
        const counts = JSON.parse(writer.counts) as { plannedOrders?: number; pegging?: number };
        view.writtenCounts = {
          plannedOrders: counts.plannedOrders ?? -1,
          pegging: counts.pegging ?? -1,
        };
      }
    }
  }
  return view;
}
