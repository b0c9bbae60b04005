/**
 * The statements that keep plan versions in tables of their own, per dialect, as SQL text
 * (so they can be read without a database):
 *
 * - PostgreSQL: each result table is partitioned by range on (plan_id, plan_version); a
 *   version's table is a partition holding exactly one (plan, version), attached when its
 *   rows are loaded and indexed.
 * - SQLite and SQL Server: each result table is a view, the UNION ALL of an empty table and
 *   every version's table (on SQL Server a partitioned view: each member's CHECK constraint
 *   names its plan and version, so a query for one version reads only its table).
 */
import type { Knex } from 'knex';

import type { Dialect } from '../dialect';
import type { TableSpec } from '../schema';
import { createColumns, keyNames } from '../table-ddl';
import { emptyTableName, sqlString } from './names';

/** The dialects that store versions in tables of their own. */
export type VersionDialect = Extract<Dialect, 'postgresql' | 'sqlite' | 'mssql'>;

export function quoteName(dialect: VersionDialect, name: string): string {
  return dialect === 'mssql' ? `[${name.replace(/]/g, ']]')}]` : `"${name.replace(/"/g, '""')}"`;
}

const columnList = (dialect: VersionDialect, columns: readonly string[]): string =>
  columns.map((column) => quoteName(dialect, column)).join(', ');

const sqlOf = (builder: Knex.SchemaBuilder): string[] =>
  (builder.toSQL() as unknown as { sql: string }[]).map((statement) => statement.sql);

/** The CHECK constraint that names the one (plan, version) a version's table holds. */
function versionCheck(dialect: VersionDialect, planId: string, version: number): string {
  const plan = sqlString(planId, dialect === 'mssql');
  return (
    `check (${quoteName(dialect, 'plan_id')} = ${plan} and ` +
    `${quoteName(dialect, 'plan_version')} = ${version})`
  );
}

/**
 * The CREATE TABLE of a version's table: the latest columns of `spec`, no key and no index
 * yet (they are built once the rows are in); on PostgreSQL and SQL Server a CHECK naming the
 * plan and version (PostgreSQL then attaches it without scanning it).
 */
export function createVersionTableSql(
  knex: Knex,
  dialect: VersionDialect,
  spec: TableSpec,
  name: string,
  planId: string,
  version: number,
): string[] {
  const create = sqlOf(createColumns(knex.schema, spec, name));
  if (dialect === 'sqlite') return create;
  return [
    ...create,
    `alter table ${quoteName(dialect, name)} add constraint ` +
      `${quoteName(dialect, `${name}_version`)} ${versionCheck(dialect, planId, version)}`,
  ];
}

/** The primary key (SQLite: a unique index) and the indexes of `spec` on a version's table. */
export function indexVersionTableSql(
  dialect: VersionDialect,
  spec: TableSpec,
  name: string,
): string[] {
  const names = keyNames(spec, name);
  const table = quoteName(dialect, name);
  const out: string[] = [];
  if (spec.primaryKey !== undefined) {
    const key = columnList(dialect, spec.primaryKey);
    out.push(
      dialect === 'sqlite'
        ? `create unique index ${quoteName(dialect, names.key)} on ${table} (${key})`
        : `alter table ${table} add constraint ${quoteName(dialect, names.key)} primary key (${key})`,
    );
  }
  (spec.indexes ?? []).forEach((index, i) => {
    const indexName = quoteName(dialect, names.indexes[i] ?? `${name}_i${i}`);
    out.push(`create index ${indexName} on ${table} (${columnList(dialect, index.columns)})`);
  });
  return out;
}

/** PostgreSQL: the result table `name` of `spec`'s columns, partitioned by plan version. */
export function createPartitionedTableSql(knex: Knex, spec: TableSpec, name: string): string[] {
  const [create, ...rest] = sqlOf(createColumns(knex.schema, spec, name));
  if (create === undefined) throw new Error(`no CREATE TABLE for ${spec.name}`);
  return [`${create} partition by range ("plan_id", "plan_version")`, ...rest];
}

/** PostgreSQL: the bounds of the partition holding exactly (planId, version). */
export function attachPartitionSql(
  parent: string,
  name: string,
  planId: string,
  version: number,
): string {
  const plan = sqlString(planId);
  return (
    `alter table ${quoteName('postgresql', parent)} attach partition ` +
    `${quoteName('postgresql', name)} for values from (${plan}, ${version}) ` +
    `to (${plan}, ${version + 1})`
  );
}

export function detachPartitionSql(parent: string, name: string): string {
  return (
    `alter table ${quoteName('postgresql', parent)} detach partition ` +
    quoteName('postgresql', name)
  );
}

/**
 * PostgreSQL: the lock the flip takes on the result tables (ONLY: not on their partitions,
 * which other plans' writers and readers use), in one statement, always in one order.
 */
export function lockResultTablesSql(
  tables: readonly TableSpec[],
  mode: 'access share' | 'access exclusive',
): string {
  const names = tables.map((table) => quoteName('postgresql', table.name)).join(', ');
  return `lock table only ${names} in ${mode} mode`;
}

/** SQLite, SQL Server: the statements that (re)define the result view over its tables. */
export function resultViewSql(
  dialect: Exclude<VersionDialect, 'postgresql'>,
  spec: TableSpec,
  members: readonly string[],
): string[] {
  const columns = columnList(
    dialect,
    spec.columns.map((column) => column.name),
  );
  const selects = [emptyTableName(spec.name), ...members].map(
    (member) => `select ${columns} from ${quoteName(dialect, member)}`,
  );
  const view = quoteName(dialect, spec.name);
  const body = selects.join(' union all ');
  return dialect === 'mssql'
    ? [`create or alter view ${view} as ${body}`]
    : [`drop view if exists ${view}`, `create view ${view} as ${body}`];
}

/** SQLite, SQL Server: the tables of the current schema. */
export function listTablesSql(dialect: Exclude<VersionDialect, 'postgresql'>): string {
  return dialect === 'mssql'
    ? 'select name from sys.tables where schema_id = schema_id()'
    : "select name from sqlite_master where type = 'table'";
}

/** Copies the rows of (planId, version) from `from` into `to`, column by column. */
export function copyVersionRowsSql(
  dialect: VersionDialect,
  spec: TableSpec,
  from: string,
  to: string,
  planId: string,
  version: number,
): string {
  const columns = columnList(
    dialect,
    spec.columns.map((column) => column.name),
  );
  return (
    `insert into ${quoteName(dialect, to)} (${columns}) select ${columns} from ` +
    `${quoteName(dialect, from)} where ${quoteName(dialect, 'plan_id')} = ` +
    `${sqlString(planId, dialect === 'mssql')} and ${quoteName(dialect, 'plan_version')} = ${version}`
  );
}
