/**
 * Schema migrations of the integration tables, as knex migration objects in code (no
 * migration files on disk), so the compiled library migrates any database it is given:
 *
 *   await migrateLatest(knex);
 */
import type { Knex } from 'knex';

import { ALL_TABLES, ROUTES_MIGRATION, WORKBENCH_MIGRATION } from './schema';
import { addColumn, createTable } from './table-ddl';
import { versionTablesMigration } from './versions/migration';

export { createTable } from './table-ddl';

/** The knex bookkeeping tables, kept apart from an ERP's own migrations. */
export const MIGRATIONS_TABLE = 'replan_knex_migrations';

interface ReplanMigration {
  name: string;
  migration: Knex.Migration;
}

/**
 * Migration `n` as schema statements: creates the tables of migration n as they are at n,
 * and adds to older tables the columns and indexes of migration n; down drops them again.
 * The specs in schema.ts stay the one description of the tables. The statements run when
 * the builder is awaited, and can be read with `toSQL()` without a database.
 */
export function migrationSchema(
  schema: Knex.SchemaBuilder,
  n: number,
  direction: 'up' | 'down',
): Knex.SchemaBuilder {
  const created = ALL_TABLES.filter((spec) => (spec.since ?? 1) === n);
  const altered = ALL_TABLES.filter((spec) => (spec.since ?? 1) < n)
    .map((spec) => ({
      spec,
      columns: spec.columns.filter((c) => c.since === n),
      indexes: (spec.indexes ?? []).filter((i) => i.since === n),
    }))
    .filter((a) => a.columns.length > 0 || a.indexes.length > 0);
  let builder = schema;
  if (direction === 'up') {
    for (const spec of created) builder = createTable(builder, spec, n);
    for (const { spec, columns, indexes } of altered) {
      builder = builder.alterTable(spec.name, (table) => {
        for (const column of columns) addColumn(table, { ...column, nullable: true });
        for (const index of indexes) table.index(index.columns, index.name);
      });
    }
    return builder;
  }
  for (const { spec, columns, indexes } of [...altered].reverse()) {
    builder = builder.alterTable(spec.name, (table) => {
      for (const index of indexes) table.dropIndex(index.columns, index.name);
      for (const column of columns) table.dropColumn(column.name);
    });
  }
  for (const spec of [...created].reverse()) builder = builder.dropTableIfExists(spec.name);
  return builder;
}

function schemaMigration(n: number): Knex.Migration {
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
  { name: '0001_replan_integration_tables', migration: schemaMigration(1) },
  { name: '0002_replan_workbench', migration: schemaMigration(WORKBENCH_MIGRATION) },
  { name: '0003_routes_resources_capacity', migration: schemaMigration(ROUTES_MIGRATION) },
  { name: '0004_plan_version_tables', migration: versionTablesMigration },
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
