/**
 * `replan serve` against a real Redis (127.0.0.1:6379, or REDIS_URL).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { runServeCommand } from './commands/serve';
import { ExitCode } from './exit-codes';
import { bufferedIo } from './io';
import { runCli } from './cli';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-serve-cli-${process.pid}-${Date.now()}`;

jest.setTimeout(20_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replan-serve-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const redis = new Redis(REDIS_URL);
  const keys = await redis.keys(`${PREFIX}:*`);
  if (keys.length > 0) await redis.del(...keys);
  await redis.quit();
});

describe('replan serve', () => {
  it('serves until told to stop, then stops gracefully', async () => {
    const registry = join(dir, 'tenants.json');
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
    const out = bufferedIo();
    let stop = (): void => {};
    const stopped = new Promise<void>((resolve) => {
      stop = resolve;
    });
    let served = false;
    const code = await runServeCommand({ registry, redis: REDIS_URL, prefix: PREFIX }, out.io, {
      stopSignal: () => stopped,
      onServing: (server) => {
        served = server.registry.ids().includes('a');
        stop();
      },
    });
    expect(served).toBe(true);
    expect(code).toBe(ExitCode.Ok);
    expect(out.stderr()).toMatch(/serving replan-requests.*for 1 tenants/);
    expect(out.stderr()).toMatch(/stopped/);
  });

  it('ends with exit code 2 and names the field of a bad registry', async () => {
    const registry = join(dir, 'bad.json');
    writeFileSync(registry, JSON.stringify({ tenants: [{ id: 'a', secret: 's' }] }));
    const out = bufferedIo();
    const code = await runCli(['serve', '--registry', registry, '--redis', REDIS_URL], out.io);
    expect(code).toBe(ExitCode.BadInput);
    expect(out.stderr()).toMatch(/bad.json: .*\('a'\): database must be an object/);
  });

  it('requires --registry', async () => {
    const out = bufferedIo();
    expect(await runCli(['serve'], out.io)).toBe(ExitCode.BadInput);
    expect(out.stderr()).toMatch(/--registry/);
  });
});
