/**
 * Table statements from the specs in schema.ts: the CREATE TABLE of a spec, or its columns
 * alone under another name and its keys and indexes added afterwards (a plan version's own
 * table, indexed once its rows are loaded).
 */
import type { Knex } from 'knex';

import type { ColumnSpec, TableSpec } from './schema';

export function addColumn(table: Knex.TableBuilder, column: ColumnSpec): void {
  let builder: Knex.ColumnBuilder;
  switch (column.type) {
    case 'string':
      builder = table.string(column.name, column.length ?? 255);
      break;
    case 'text':
      builder = table.text(column.name);
      break;
    case 'integer':
      builder = table.integer(column.name);
      break;
    case 'float':
      builder = table.double(column.name);
      break;
    case 'boolean':
      builder = table.boolean(column.name);
      break;
    case 'date':
      builder = table.date(column.name);
      break;
  }
  if (column.nullable) builder.nullable();
  else builder.notNullable();
}

export const sinceOf = (spec: { since?: number }, table: TableSpec): number =>
  spec.since ?? table.since ?? 1;

/**
 * The CREATE TABLE (with primary key and indexes) of one table spec, as migration `upTo`
 * leaves it (default: the latest): columns and indexes added by later migrations are left out.
 */
export function createTable(
  schema: Knex.SchemaBuilder,
  spec: TableSpec,
  upTo = Number.POSITIVE_INFINITY,
): Knex.SchemaBuilder {
  return schema.createTable(spec.name, (table) => {
    for (const column of spec.columns) {
      if (sinceOf(column, spec) <= upTo) addColumn(table, column);
    }
    if (spec.primaryKey) table.primary(spec.primaryKey, `${spec.name}_pkey`);
    for (const index of spec.indexes ?? []) {
      if (sinceOf(index, spec) <= upTo) table.index(index.columns, index.name);
    }
  });
}

/** The CREATE TABLE of the latest columns of `spec` as table `name`: no key, no index. */
export function createColumns(
  schema: Knex.SchemaBuilder,
  spec: TableSpec,
  name: string,
): Knex.SchemaBuilder {
  return schema.createTable(name, (table) => {
    for (const column of spec.columns) addColumn(table, column);
  });
}

/** The key and index names of `spec` on a table `name` of its columns. */
export function keyNames(spec: TableSpec, name: string): { key: string; indexes: string[] } {
  return {
    key: `${name}_pkey`,
    indexes: (spec.indexes ?? []).map((_, i) => `${name}_i${i}`),
  };
}
