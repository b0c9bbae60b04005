import type { Knex } from 'knex';

/** The SQL dialects this library knows; anything else is treated as `other`. */
export type Dialect = 'postgresql' | 'mssql' | 'sqlite' | 'other';

export function dialectOf(knex: Knex): Dialect {
  const dialect: unknown = (knex.client as { dialect?: unknown }).dialect;
  switch (dialect) {
    case 'postgresql':
      return 'postgresql';
    case 'mssql':
      return 'mssql';
    case 'sqlite3':
      return 'sqlite';
    default:
      return 'other';
  }
}

/** Bound parameters one statement may carry, per dialect. */
const MAX_PARAMETERS: Record<Dialect, number> = {
  // SQL Server allows 2100 parameters per request (sp_executesql); stay clear of the edge.
  mssql: 2000,
  postgresql: 65535,
  // SQLITE_MAX_VARIABLE_NUMBER (since SQLite 3.32).
  sqlite: 32766,
  other: 2000,
};

/** Rows one multi-row INSERT may carry, per dialect. */
const MAX_ROWS: Record<Dialect, number> = {
  // A VALUES list holds at most 1000 rows.
  mssql: 1000,
  postgresql: 5000,
  // knex inserts several rows as `select … union all select …`: SQLITE_MAX_COMPOUND_SELECT.
  sqlite: 500,
  other: 1000,
};

/** Rows per INSERT for a table of `columns` columns: within the dialect's limits. */
export function insertChunkSize(dialect: Dialect, columns: number): number {
  if (columns < 1) throw new Error('insertChunkSize: a table has at least one column');
  return Math.max(1, Math.min(MAX_ROWS[dialect], Math.floor(MAX_PARAMETERS[dialect] / columns)));
}
