/**
 * Migration 4: moves every (plan, version) of each result table into a table of its own.
 * On PostgreSQL the result table becomes a table partitioned by (plan_id, plan_version)
 * with one partition per version; on SQLite and SQL Server it becomes a view over an empty
 * table and one table per version. The rows of existing versions are copied once; readers
 * query the result tables by the same names and columns as before. Down copies them back
 * into plain tables.
 */
import type { Knex } from 'knex';

import { RESULT_TABLES, type TableSpec } from '../schema';
import { createColumns, createTable } from '../table-ddl';
import { emptyTableName, versionTableName } from './names';
import {
  attachPartitionSql,
  copyVersionRowsSql,
  createPartitionedTableSql,
  quoteName,
  type VersionDialect,
} from './statements';
import {
  createVersionTable,
  defineResultView,
  indexVersionTable,
  versionDialectOf,
  versionTablesOf,
} from './version-tables';

async function versionsIn(db: Knex, table: string): Promise<{ planId: string; version: number }[]> {
  const rows = (await db(table)
    .distinct('plan_id', 'plan_version')
    .orderBy(['plan_id', 'plan_version'])) as { plan_id: unknown; plan_version: unknown }[];
  return rows.map((row) => ({ planId: String(row.plan_id), version: Number(row.plan_version) }));
}

/** Copies each version of the plain table `from` into a version table, indexed. */
async function splitVersions(
  db: Knex,
  dialect: VersionDialect,
  spec: TableSpec,
  from: string,
  attachTo?: string,
): Promise<void> {
  for (const { planId, version } of await versionsIn(db, from)) {
    const name = versionTableName(spec.name, planId, version, 'a');
    await createVersionTable(db, dialect, spec, name, planId, version);
    await db.raw(copyVersionRowsSql(dialect, spec, from, name, planId, version));
    await indexVersionTable(db, dialect, spec, name);
    if (attachTo !== undefined) await db.raw(attachPartitionSql(attachTo, name, planId, version));
  }
}

/** The key and indexes of `spec` under their own names, on the table of that name. */
async function addKeys(db: Knex, spec: TableSpec): Promise<void> {
  await db.schema.alterTable(spec.name, (table) => {
    if (spec.primaryKey) table.primary(spec.primaryKey, { constraintName: `${spec.name}_pkey` });
    for (const index of spec.indexes ?? []) table.index(index.columns, index.name);
  });
}

async function partition(db: Knex, spec: TableSpec): Promise<void> {
  const parent = `${spec.name}_parted`;
  for (const sql of createPartitionedTableSql(db, spec, parent)) await db.raw(sql);
  await splitVersions(db, 'postgresql', spec, spec.name, parent);
  await db.schema.dropTable(spec.name);
  await db.raw(
    `alter table ${quoteName('postgresql', parent)} rename to ${quoteName('postgresql', spec.name)}`,
  );
  // On a partitioned table the key and indexes take in the partitions' matching ones.
  await addKeys(db, spec);
}

async function unpartition(db: Knex, spec: TableSpec): Promise<void> {
  const plain = `${spec.name}_plain`;
  await createColumns(db.schema, spec, plain);
  const columns = spec.columns.map((column) => column.name);
  await db(plain).insert(db(spec.name).select(columns));
  await db.schema.dropTable(spec.name);
  await db.schema.renameTable(plain, spec.name);
  await addKeys(db, spec);
}

async function toView(db: Knex, dialect: 'sqlite' | 'mssql', spec: TableSpec): Promise<void> {
  await createColumns(db.schema, spec, emptyTableName(spec.name));
  await splitVersions(db, dialect, spec, spec.name);
  await db.schema.dropTable(spec.name);
  await defineResultView(db, dialect, spec);
}

async function fromView(db: Knex, dialect: 'sqlite' | 'mssql', spec: TableSpec): Promise<void> {
  const members = await versionTablesOf(db, dialect, spec);
  await db.schema.dropView(spec.name);
  await createTable(db.schema, spec);
  const columns = spec.columns.map((column) => column.name);
  for (const member of members) {
    await db(spec.name).insert(db(member).select(columns));
    await db.schema.dropTable(member);
  }
  await db.schema.dropTable(emptyTableName(spec.name));
}

export const versionTablesMigration: Knex.Migration = {
  async up(knex: Knex): Promise<void> {
    const dialect = versionDialectOf(knex);
    if (dialect === undefined) return;
    for (const spec of RESULT_TABLES) {
      if (dialect === 'postgresql') await partition(knex, spec);
      else await toView(knex, dialect, spec);
    }
  },
  async down(knex: Knex): Promise<void> {
    const dialect = versionDialectOf(knex);
    if (dialect === undefined) return;
    for (const spec of [...RESULT_TABLES].reverse()) {
      if (dialect === 'postgresql') await unpartition(knex, spec);
      else await fromView(knex, dialect, spec);
    }
  },
};
