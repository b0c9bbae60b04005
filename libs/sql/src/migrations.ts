/**
 * Schema migrations of the integration tables, as knex migration objects in code (no
 * migration files on disk), so the compiled library migrates any database it is given:
 *
 *   await migrateLatest(knex);
 */
import type { Knex } from 'knex';

import { ALL_TABLES, ROUTES_MIGRATION, type ColumnSpec, type TableSpec } from './schema';

/** The knex bookkeeping tables, kept apart from an ERP's own migrations. */
export const MIGRATIONS_TABLE = 'replan_knex_migrations';

interface ReplanMigration {
  name: string;
  migration: Knex.Migration;
}

function addColumn(table: Knex.TableBuilder, column: ColumnSpec): void {
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

const sinceOf = (spec: { since?: number }): number => spec.since ?? 1;

/**
 * The CREATE TABLE (with primary key and indexes) of one table spec, with the columns it
 * had as of migration `upTo` (all of them by default).
 */
export function createTable(
  schema: Knex.SchemaBuilder,
  spec: TableSpec,
  upTo = Infinity,
): Knex.SchemaBuilder {
  return schema.createTable(spec.name, (table) => {
    for (const column of spec.columns) if (sinceOf(column) <= upTo) addColumn(table, column);
    if (spec.primaryKey) table.primary(spec.primaryKey, `${spec.name}_pkey`);
    for (const index of spec.indexes ?? []) table.index(index.columns, index.name);
  });
}

/**
 * Migration n creates the tables whose spec says `since: n` and adds the columns marked
 * `since: n` to the tables created before it; down undoes both. The specs in schema.ts
 * stay the one description of the tables, and a database of any earlier version is
 * brought up to them step by step. Returns the schema builder, whose statements run when
 * it is awaited (and can be read with `toSQL()`).
 */
export function migrationSchema(
  schema: Knex.SchemaBuilder,
  n: number,
  direction: 'up' | 'down',
): Knex.SchemaBuilder {
  const created = ALL_TABLES.filter((spec) => sinceOf(spec) === n);
  const altered = ALL_TABLES.filter(
    (spec) => sinceOf(spec) < n && spec.columns.some((column) => sinceOf(column) === n),
  );
  const added = (spec: TableSpec): ColumnSpec[] =>
    spec.columns.filter((column) => sinceOf(column) === n);
  let builder = schema;
  if (direction === 'up') {
    for (const spec of created) builder = createTable(builder, spec, n);
    for (const spec of altered) {
      builder = builder.alterTable(spec.name, (table) => {
        for (const column of added(spec)) addColumn(table, column);
      });
    }
    return builder;
  }
  for (const spec of [...altered].reverse()) {
    builder = builder.alterTable(spec.name, (table) => {
      table.dropColumns(...added(spec).map((column) => column.name));
    });
  }
  for (const spec of [...created].reverse()) builder = builder.dropTableIfExists(spec.name);
  return builder;
}

function specMigration(n: number): Knex.Migration {
  return {
    async up(knex: Knex): Promise<void> {
      await migrationSchema(knex.schema, n, 'up');
    },
    async down(knex: Knex): Promise<void> {
      await migrationSchema(knex.schema, n, 'down');
    },
  };
}

const MIGRATIONS: readonly ReplanMigration[] = [
  { name: '0001_replan_integration_tables', migration: specMigration(1) },
  { name: '0002_routes_resources_capacity', migration: specMigration(ROUTES_MIGRATION) },
];

/** knex's MigrationSource over the migrations above. */
export const migrationSource: Knex.MigrationSource<ReplanMigration> = {
  getMigrations: () => Promise.resolve([...MIGRATIONS]),
  getMigrationName: (migration) => migration.name,
  getMigration: (migration) => Promise.resolve(migration.migration),
};

/** The migrator configuration to pass to `knex.migrate.*`. */
export const migrationConfig: Knex.MigratorConfig = {
  migrationSource,
  tableName: MIGRATIONS_TABLE,
};

/** Brings the integration tables up to date. */
export async function migrateLatest(knex: Knex): Promise<void> {
  await knex.migrate.latest(migrationConfig);
}

/** Drops the integration tables again (all migrations down). */
export async function migrateRollback(knex: Knex): Promise<void> {
  await knex.migrate.rollback(migrationConfig, true);
}
