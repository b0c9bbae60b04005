/**
 * `replan tenant migrate` and `replan tenant remove` (the latter against a real Redis,
 * 127.0.0.1:6379 or REDIS_URL).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deleteKeysMatching } from '@replan/queue';
import { Redis } from 'ioredis';
import knexFactory from 'knex';
import { runCli } from './cli';
import { ExitCode } from './exit-codes';
import { bufferedIo } from './io';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-tenant-cli-${process.pid}-${Date.now()}`;

let dir: string;
let registry: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replan-tenant-'));
  registry = join(dir, 'tenants.json');
  writeFileSync(
    registry,
    JSON.stringify({
      tenants: [
        {
          id: 'a',
          secret: 's',
          database: { client: 'better-sqlite3', connection: join(dir, 'a.sqlite') },
        },
      ],
    }),
  );
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  // Removing a tenant opens the queues, which note their metadata under the prefix.
  const redis = new Redis(REDIS_URL);
  await deleteKeysMatching(redis, `${PREFIX}:*`);
  await redis.quit();
});

describe('replan tenant', () => {
  it('migrate creates the integration tables in each tenant database', async () => {
    const out = bufferedIo();
    expect(await runCli(['tenant', 'migrate', '--registry', registry], out.io)).toBe(ExitCode.Ok);
    expect(out.stdout()).toBe('tenant a: integration tables up to date\n');
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'a.sqlite') },
      useNullAsDefault: true,
    });
    try {
      // A result table is a view over its plan versions' tables (see docs/erp-contract.md).
      expect(await knex('replan_planned_orders').count({ n: '*' })).toEqual([{ n: 0 }]);
      expect(await knex.schema.hasTable('replan_run_history')).toBe(true);
    } finally {
      await knex.destroy();
    }
  });

  it('migrate names a tenant the registry does not hold', async () => {
    const out = bufferedIo();
    expect(await runCli(['tenant', 'migrate', 'zz', '--registry', registry], out.io)).toBe(
      ExitCode.BadInput,
    );
    expect(out.stderr()).toMatch(/tenant 'zz' is not in the registry/);
  });

  it('remove reports what it removed and reminds of the registry', async () => {
    const out = bufferedIo();
    const code = await runCli(
      ['tenant', 'remove', 'a', '--redis', REDIS_URL, '--prefix', PREFIX],
      out.io,
    );
    expect(code).toBe(ExitCode.Ok);
    expect(out.stdout()).toMatch(
      /^tenant a: removed jobs \(0 in replan-requests, 0 in replan-extract/,
    );
    expect(out.stdout()).toMatch(/Remove the tenant from the registry file too/);
  });

  it('remove refuses a malformed Redis URL, naming it', async () => {
    const out = bufferedIo();
    expect(await runCli(['tenant', 'remove', 'a', '--redis', 'http://nowhere'], out.io)).toBe(
      ExitCode.BadInput,
    );
    expect(out.stderr()).toMatch(/REPLAN_REDIS_URL is not a redis:\/\/ URL/);
  });
});
