import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TenantRegistry, TenantRegistryError, parseTenantRegistry } from './tenants';
import { releaseSqliteAddon } from '@replan/testing';

const sqlite = { client: 'better-sqlite3', connection: ':memory:' };

describe('parseTenantRegistry', () => {
  it('reads tenants with string and object connections', () => {
    const tenants = parseTenantRegistry({
      tenants: [
        { id: 'a', secret: 's', database: sqlite },
        {
          id: 'b',
          secret: 't',
          database: { client: 'pg', connection: { host: 'db' }, searchPath: ['erp'] },
        },
      ],
    });
    expect(tenants.map((t) => t.id)).toEqual(['a', 'b']);
    expect(tenants[1]?.database).toEqual({
      client: 'pg',
      connection: { host: 'db' },
      searchPath: ['erp'],
    });
  });

  it.each([
    [{}, /must be an object \{ "tenants"/],
    [{ tenants: [{ id: 'bad id', secret: 's', database: sqlite }] }, /tenants\[0\]: id must be/],
    [{ tenants: [{ id: 'a', secret: '', database: sqlite }] }, /tenants\[0\] \('a'\): secret/],
    [{ tenants: [{ id: 'a', secret: 's' }] }, /\('a'\): database must be an object/],
    [
      { tenants: [{ id: 'a', secret: 's', database: { client: 'oracle', connection: 'x' } }] },
      /\('a'\): database.client must be one of better-sqlite3, pg, mssql, got "oracle"/,
    ],
    [
      { tenants: [{ id: 'a', secret: 's', database: { client: 'pg' } }] },
      /\('a'\): database.connection must be/,
    ],
    [
      {
        tenants: [
          { id: 'a', secret: 's', database: sqlite },
          { id: 'a', secret: 't', database: sqlite },
        ],
      },
      /tenant 'a' is listed twice/,
    ],
  ])('refuses %j', (value, message) => {
    expect(() => parseTenantRegistry(value)).toThrow(TenantRegistryError);
    expect(() => parseTenantRegistry(value)).toThrow(message);
  });
});

describe('TenantRegistry', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'replan-registry-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
    releaseSqliteAddon();
  });

  it('reads a file and opens each tenant database once', async () => {
    const file = join(dir, 'tenants.json');
    writeFileSync(file, JSON.stringify({ tenants: [{ id: 'a', secret: 's', database: sqlite }] }));
    const registry = await TenantRegistry.fromFile(file);
    const tenant = registry.get('a');
    expect(tenant?.secret).toBe('s');
    expect(registry.get('b')).toBeUndefined();
    if (tenant === undefined) throw new Error('tenant missing');
    const knex = registry.openTenantDatabase(tenant);
    expect(registry.openTenantDatabase(tenant)).toBe(knex);
    expect(await knex.raw('select 1 as one')).toEqual([{ one: 1 }]);
    await registry.close();
    expect(() => registry.openTenantDatabase(tenant)).toThrow(/closed/);
  });

  it('names the file when it cannot be read or parsed', async () => {
    await expect(TenantRegistry.fromFile(join(dir, 'missing.json'))).rejects.toThrow(
      /cannot read .*missing.json/,
    );
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{');
    await expect(TenantRegistry.fromFile(bad)).rejects.toThrow(/bad.json is not valid JSON/);
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ tenants: [{ id: 'a' }] }));
    await expect(TenantRegistry.fromFile(wrong)).rejects.toThrow(/wrong.json: .*secret/);
  });
});
