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
// The service apps require a service key; this test's own.
process.env.REPLAN_SERVICE_KEY ??= 'serve-command-test-service-key-0123456789';
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
    const lines: string[] = [];
    let ready: unknown;
    const code = await runServeCommand(
      { registry, redis: REDIS_URL, prefix: PREFIX, port: '0' },
      out.io,
      {
        env: { REPLAN_SERVICE_KEY: 'serve-command-test-service-key-0123456789' },
        logDestination: { write: (line: string) => void lines.push(line) },
        stopSignal: () => stopped,
        onServing: (app) => {
          served = app.service.registry?.ids().includes('a') ?? false;
          void app.service.readiness().then((state) => {
            ready = state;
            stop();
          });
        },
      },
    );
    expect(served).toBe(true);
    expect(ready).toEqual({ ready: true });
    expect(code).toBe(ExitCode.Ok);
    expect(out.stderr()).toMatch(/serving replan-test-serve-cli.* queues for 1 tenants/);
    expect(out.stderr()).toMatch(/stopped/);
    // The log is JSON lines, each naming the process.
    const first = JSON.parse(lines[0] ?? '{}') as { service?: string; msg?: string };
    expect(first.service).toBe('serve');
    expect(lines.map((l) => (JSON.parse(l) as { msg: string }).msg)).toContain(
      'taking coordinator, extract, plan, write jobs',
    );
  });

  it('ends with exit code 2 and names the field of a bad registry', async () => {
    const registry = join(dir, 'bad.json');
    writeFileSync(registry, JSON.stringify({ tenants: [{ id: 'a', secret: 's' }] }));
    const out = bufferedIo();
    const code = await runCli(['serve', '--registry', registry, '--redis', REDIS_URL], out.io);
    expect(code).toBe(ExitCode.BadInput);
    expect(out.stderr()).toMatch(/bad.json: .*\('a'\): database must be an object/);
  });

  it('requires a registry, naming the variable', async () => {
    const out = bufferedIo();
    const saved = process.env.REPLAN_REGISTRY;
    delete process.env.REPLAN_REGISTRY;
    try {
      expect(await runCli(['serve'], out.io)).toBe(ExitCode.BadInput);
    } finally {
      if (saved !== undefined) process.env.REPLAN_REGISTRY = saved;
    }
    expect(out.stderr()).toMatch(/REPLAN_REGISTRY is required by the serve/);
  });
});
