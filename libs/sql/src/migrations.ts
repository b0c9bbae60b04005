/**
 * Schema migrations of the integration tables, as knex migration objects in code (no
 * migration files on disk), so the compiled library migrates any database it is given:
 *
 *   await migrateLatest(knex);
 */
import type { Knex } from 'knex';

import { ALL_TABLES, type ColumnSpec, type TableSpec } from './schema';

/** The knex bookkeeping tables, kept apart from an ERP's own migrations. */
export const MIGRATIONS_TABLE = 'replan_knex_migrations';

interface ReplanMigration {
  name: string;
  migration: Knex.Migration;
}

function addColumn(table: Knex.CreateTableBuilder, column: ColumnSpec): void {
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

/** The CREATE TABLE (with primary key and indexes) of one table spec. */
export function createTable(schema: Knex.SchemaBuilder, spec: TableSpec): Knex.SchemaBuilder {
  return schema.createTable(spec.name, (table) => {
    for (const column of spec.columns) addColumn(table, column);
    if (spec.primaryKey) table.primary(spec.primaryKey, `${spec.name}_pkey`);
    for (const index of spec.indexes ?? []) table.index(index.columns, index.name);
  });
}

const MIGRATIONS: readonly ReplanMigration[] = [
  {
    name: '0001_replan_integration_tables',
    migration: {
      async up(knex: Knex): Promise<void> {
        for (const spec of ALL_TABLES) await createTable(knex.schema, spec);
      },
      async down(knex: Knex): Promise<void> {
        for (const spec of [...ALL_TABLES].reverse())
          await knex.schema.dropTableIfExists(spec.name);
      },
    },
  },
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
