/**
 * PostgreSQL for tests: the shared server (127.0.0.1:5432, or DATABASE_URL / PG*), and a
 * schema of a suite's own on it, with the integration tables, dropped afterwards.
 */
import { randomBytes } from 'node:crypto';

import { migrateLatest } from '@replan/sql';
import knexFactory, { type Knex } from 'knex';

export type PgConnection =
  string | { host: string; port: number; user: string; database: string; password?: string };

/** The server the integration suites use. */
export function testPgConnection(env: NodeJS.ProcessEnv = process.env): PgConnection {
  return (
    env.DATABASE_URL ?? {
      host: env.PGHOST ?? '127.0.0.1',
      port: Number(env.PGPORT ?? 5432),
      user: env.PGUSER ?? 'postgres',
      database: env.PGDATABASE ?? 'test',
    }
  );
}

export interface PgSchema {
  /** `replan_test_<tag>_<random>`. */
  schema: string;
  connection: PgConnection;
  /** A connection pool with the schema as its search path. */
  knex: Knex;
  /** The database as the tenant registry gives it. */
  database: { client: 'pg'; connection: PgConnection; searchPath: string[] };
  /** Closes the pool and drops the schema. */
  drop(): Promise<void>;
}

export interface PgSchemaOptions {
  /** A word in the schema's name, to tell the suites apart. */
  tag?: string;
  /** Create the integration tables (default true). */
  migrate?: boolean;
  /** Connections of the pool (default 4). */
  poolMax?: number;
  connection?: PgConnection;
}

/** A fresh schema on the test server, with the integration tables unless told otherwise. */
export async function createPgSchema(options: PgSchemaOptions = {}): Promise<PgSchema> {
  const connection = options.connection ?? testPgConnection();
  const tag = options.tag === undefined ? '' : `${options.tag}_`;
  const schema = `replan_test_${tag}${randomBytes(6).toString('hex')}`;
  const admin = knexFactory({ client: 'pg', connection, pool: { min: 0, max: 1 } });
  await admin.raw('create schema ??', [schema]);
  const knex = knexFactory({
    client: 'pg',
    connection,
    searchPath: [schema],
    pool: { min: 0, max: options.poolMax ?? 4 },
  });
  const drop = async (): Promise<void> => {
    await knex.destroy();
    try {
      await admin.raw('drop schema if exists ?? cascade', [schema]);
    } finally {
      await admin.destroy();
    }
  };
  try {
    if (options.migrate !== false) await migrateLatest(knex);
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    schema,
    connection,
    knex,
    database: { client: 'pg', connection, searchPath: [schema] },
    drop,
  };
}
