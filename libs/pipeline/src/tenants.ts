/**
 * The tenant registry: which tenants the service plans for, each with its shared secret
 * and its ERP database. A run request names only its tenant; the database always comes
 * from here, never from the request.
 *
 * File format (JSON):
 *   { "tenants": [{ "id": "acme", "secret": "…",
 *                   "database": { "client": "pg", "connection": "postgres://…" } }] }
 */
import { readFile } from 'node:fs/promises';
import { isValidId } from '@replan/queue';
import knexFactory, { type Knex } from 'knex';

export type DatabaseClient = 'better-sqlite3' | 'pg' | 'mssql';

const DATABASE_CLIENTS: readonly DatabaseClient[] = ['better-sqlite3', 'pg', 'mssql'];

export interface TenantDatabase {
  client: DatabaseClient;
  /**
   * A connection string or knex connection object. For better-sqlite3 a string is the
   * database file name.
   */
  connection: string | Record<string, unknown>;
  /** PostgreSQL schema search path (optional). */
  searchPath?: string | string[];
}

export interface Tenant {
  id: string;
  secret: string;
  database: TenantDatabase;
}

/** A registry file (or object) that does not describe tenants correctly. */
export class TenantRegistryError extends Error {
  override name = 'TenantRegistryError';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseTenant(value: unknown, index: number): Tenant {
  const where = (field: string, id?: string): string =>
    `tenant registry: tenants[${index}]${id === undefined ? '' : ` ('${id}')`}: ${field}`;
  if (!isRecord(value)) throw new TenantRegistryError(`${where('entry')} must be an object`);
  const id = value.id;
  if (typeof id !== 'string' || !isValidId(id)) {
    throw new TenantRegistryError(
      `${where('id')} must be 1 to 128 letters, digits, '_', '.' or '-', starting with a ` +
        `letter or digit, got ${JSON.stringify(id)}`,
    );
  }
  const secret = value.secret;
  if (typeof secret !== 'string' || secret.length === 0) {
    throw new TenantRegistryError(`${where('secret', id)} must be a non-empty string`);
  }
  const database = value.database;
  if (!isRecord(database)) {
    throw new TenantRegistryError(`${where('database', id)} must be an object`);
  }
  const client = database.client;
  if (typeof client !== 'string' || !DATABASE_CLIENTS.includes(client as DatabaseClient)) {
    throw new TenantRegistryError(
      `${where('database.client', id)} must be one of ${DATABASE_CLIENTS.join(', ')}, got ` +
        JSON.stringify(client),
    );
  }
  const connection = database.connection;
  if (!(typeof connection === 'string' && connection !== '') && !isRecord(connection)) {
    throw new TenantRegistryError(
      `${where('database.connection', id)} must be a non-empty string or an object`,
    );
  }
  const tenantDatabase: TenantDatabase = { client: client as DatabaseClient, connection };
  const searchPath = database.searchPath;
  if (searchPath !== undefined) {
    const ok =
      (typeof searchPath === 'string' && searchPath !== '') ||
      (Array.isArray(searchPath) && searchPath.every((s) => typeof s === 'string' && s !== ''));
    if (!ok) {
      throw new TenantRegistryError(
        `${where('database.searchPath', id)} must be a schema name or a list of them`,
      );
    }
    tenantDatabase.searchPath = searchPath as string | string[];
  }
  return { id, secret, database: tenantDatabase };
}

/** Checks a parsed registry; throws TenantRegistryError naming the tenant and field. */
export function parseTenantRegistry(value: unknown): Tenant[] {
  if (!isRecord(value) || !Array.isArray(value.tenants)) {
    throw new TenantRegistryError('tenant registry: must be an object { "tenants": [...] }');
  }
  const tenants = value.tenants.map((entry: unknown, index) => parseTenant(entry, index));
  const seen = new Set<string>();
  for (const tenant of tenants) {
    if (seen.has(tenant.id)) {
      throw new TenantRegistryError(`tenant registry: tenant '${tenant.id}' is listed twice`);
    }
    seen.add(tenant.id);
  }
  return tenants;
}

function knexConfig(database: TenantDatabase): Knex.Config {
  if (database.client === 'better-sqlite3') {
    const connection =
      typeof database.connection === 'string'
        ? { filename: database.connection }
        : database.connection;
    return { client: 'better-sqlite3', connection, useNullAsDefault: true };
  }
  const config: Knex.Config = {
    client: database.client,
    connection: database.connection,
  };
  if (database.searchPath !== undefined) config.searchPath = database.searchPath;
  return config;
}

/** The tenants of the service and their open databases. */
export class TenantRegistry {
  private readonly tenants: ReadonlyMap<string, Tenant>;
  private readonly databases = new Map<string, Knex>();
  private closed = false;

  constructor(tenants: readonly Tenant[]) {
    this.tenants = new Map(tenants.map((t) => [t.id, t]));
  }

  /** Reads and checks a registry JSON file. */
  static async fromFile(file: string): Promise<TenantRegistry> {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new TenantRegistryError(`tenant registry: cannot read ${file}: ${reason}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new TenantRegistryError(`tenant registry: ${file} is not valid JSON: ${reason}`);
    }
    try {
      return new TenantRegistry(parseTenantRegistry(parsed));
    } catch (error) {
      if (error instanceof TenantRegistryError) {
        throw new TenantRegistryError(`${file}: ${error.message}`);
      }
      throw error;
    }
  }

  /** The ids of the registered tenants. */
  ids(): string[] {
    return [...this.tenants.keys()];
  }

  /** The tenant with this id, or undefined when it is not registered. */
  get(id: string): Tenant | undefined {
    return this.tenants.get(id);
  }

  /** The tenant's database (one knex instance per tenant, opened on first use). */
  openTenantDatabase(tenant: Tenant): Knex {
    if (this.closed) throw new Error('tenant registry: closed');
    const registered = this.tenants.get(tenant.id);
    if (registered === undefined) {
      throw new TenantRegistryError(`tenant registry: unknown tenant '${tenant.id}'`);
    }
    let knex = this.databases.get(tenant.id);
    if (knex === undefined) {
      knex = knexFactory(knexConfig(registered.database));
      this.databases.set(tenant.id, knex);
    }
    return knex;
  }

  /** Closes every open tenant database. */
  async close(): Promise<void> {
    this.closed = true;
    const open = [...this.databases.values()];
    this.databases.clear();
    await Promise.all(open.map((knex) => knex.destroy()));
  }
}
