/**
 * `replan demo` end to end against a real Redis (127.0.0.1:6379, or REDIS_URL): the demo
 * company in a temporary SQLite file, the workers on a prefix of their own, a run requested
 * through the publish library, and the summary read back from the database.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deleteKeysMatching } from '@replan/queue';
import { Redis } from 'ioredis';
import knexFactory from 'knex';
import { runDemoCommand } from './commands/demo';
import { ensureRedis, findExecutable } from './demo/redis';
import { CliError, ExitCode } from './exit-codes';
import { bufferedIo } from './io';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-demo-${process.pid}-${Date.now()}`;
// A Monday; the plan's facts below are worked out from it in libs/datagen.
const TODAY = '2026-03-02';

jest.setTimeout(60_000);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replan-demo-'));
});

afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  const redis = new Redis(REDIS_URL);
  await deleteKeysMatching(redis, `${PREFIX}*`);
  await redis.quit();
  // better-sqlite3 keeps the SqliteError class of the first test file that opened a
  // database; let the next file in this worker hand it its own.
  const addon = createRequire(__filename)('better-sqlite3/build/Release/better_sqlite3.node') as {
    isInitialized?: boolean;
  };
  addon.isInitialized = false;
});

describe('replan demo', () => {
  it('plans the demo company through the workers and prints where the plan is', async () => {
    const file = join(dir, 'erp', 'demo.sqlite');
    const out = bufferedIo();
    const code = await runDemoCommand({ redis: REDIS_URL, db: file, prefix: PREFIX }, out.io, {
      today: TODAY,
    });
    expect(out.stderr()).toBe('');
    expect(code).toBe(ExitCode.Ok);
    const text = out.stdout();

    expect(text).toContain(`database       ${file} (SQLite)`);
    expect(text).toMatch(
      /Run +run-[0-9a-f-]+ requested for plan VELO-MASTER, plan date 2026-03-02/,
    );
    const planned =
      /planned orders +([\d,]+) \(([\d,]+) purchase, ([\d,]+) production, ([\d,]+) transfer\)/.exec(
        text,
      );
    expect(planned).not.toBeNull();
    const [total, purchase, production, transfer] = (planned ?? [])
      .slice(1)
      .map((n) => Number(n.replace(/,/g, '')));
    expect(total).toBeGreaterThan(0);
    expect((purchase ?? 0) + (production ?? 0) + (transfer ?? 0)).toBe(total);
    expect(production).toBeGreaterThan(0);
    // Worked out by hand in libs/datagen/src/demo-company.test.ts: the motor kits for the
    // first e-city bikes arrive 20 days after the production order starts.
    expect(text).toContain(
      'SO-24014-1 (sales, BIKE-ECITY@PLANT) due 2026-03-11, can ship 2026-03-31: 20 days late',
    );

    // The capacity load: the frame shop and the wheel line, and the three most loaded
    // resources by required ÷ available hours over the load rows the writer stored.
    const capacity =
      /capacity load +(\d+) resources, (\d+) overloaded weeks?; the 3 most loaded:\n((?: {4}\S+ +\d+ % of .*\n){3})/.exec(
        text,
      );
    expect(capacity).not.toBeNull();
    const printed = (capacity?.[3] ?? '')
      .trim()
      .split('\n')
      .map((row) => row.trim().split(' ')[0]);

    // The query the demo suggests runs on the database it names, and finds the plan.
    const query = /sqlite3 (?:-\S+ )*\S+ "(select [^"]+)"/.exec(text)?.[1];
    expect(query).toBeDefined();
    const knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: file },
      useNullAsDefault: true,
    });
    try {
      const rows = await knex.raw<{ id: string; type: string }[]>(query ?? '');
      expect(rows).toHaveLength(10);
      expect(rows[0]?.id).toMatch(/^(PUR|PRD|TRF)-/);
      // One run, so one version: every planned order row is the plan's.
      const [count] = await knex.raw<{ n: number }[]>(
        'select count(*) as n from replan_planned_orders',
      );
      expect(count?.n).toBe(total);

      const loads = await knex.raw<{ resource: string; required: number; available: number }[]>(
        'select resource, sum(required_hours) as required, sum(available_hours) as available ' +
          'from replan_capacity_load group by resource',
      );
      expect(Number(capacity?.[1])).toBe(loads.length);
      expect(loads.map((l) => l.resource).sort()).toEqual([
        'LACING',
        'PAINT-LINE',
        'TRUING',
        'WELD-1',
        'WELD-2',
      ]);
      const mostLoaded = [...loads]
        .sort((a, b) => b.required / b.available - a.required / a.available)
        .slice(0, 3)
        .map((l) => l.resource);
      expect(printed).toEqual(mostLoaded);
      const [overloads] = await knex.raw<{ n: number }[]>(
        "select count(*) as n from replan_run_messages where code = 'CAPACITY_OVERLOAD'",
      );
      expect(Number(capacity?.[2])).toBe(overloads?.n);
      expect(overloads?.n).toBeGreaterThan(0);
    } finally {
      await knex.destroy();
    }
  });

  it('with --serve, keeps the workers and the dashboard running until told to stop', async () => {
    const out = bufferedIo();
    let dashboardUrl = '';
    let workbenchUrl = '';
    const seen: { login?: number; queues?: number; names?: string[]; delays?: number } = {};
    const code = await runDemoCommand(
      {
        redis: REDIS_URL,
        db: join(dir, 'serve.sqlite'),
        prefix: `${PREFIX}-serve`,
        serve: true,
        port: 0,
      },
      out.io,
      {
        today: TODAY,
        onServing: (info) => {
          dashboardUrl = info.dashboardUrl;
          workbenchUrl = info.workbenchUrl;
        },
        stopSignal: async () => {
          const token = /admin token +(\S+)/.exec(out.stdout())?.[1] ?? '';
          const login = await fetch(dashboardUrl, { redirect: 'manual' });
          seen.login = login.status;
          const queues = await fetch(`${dashboardUrl}api/queues`, {
            headers: { authorization: `Bearer ${token}` },
          });
          seen.queues = queues.status;
          const body = (await queues.json()) as { queues?: { name: string }[] };
          seen.names = body.queues?.map((q) => q.name);
          const delays = await fetch(
            `${workbenchUrl.replace('/workbench/', '/workbench/api/')}delays`,
            { headers: { authorization: `Bearer ${token}` } },
          );
          seen.delays = ((await delays.json()) as { page?: { rows: unknown[] } }).page?.rows.length;
        },
      },
    );
    expect(out.stderr()).toBe('');
    expect(code).toBe(ExitCode.Ok);
    expect(out.stdout()).toContain(`dashboard      ${dashboardUrl}`);
    // The workbench of the demo's plan, whose late lines its API lists.
    expect(out.stdout()).toContain(`workbench      ${workbenchUrl}`);
    expect(seen.delays).toBeGreaterThan(0);
    // Without a session the board sends the browser to its login form; with the admin
    // token the demo printed, its API lists the run requests queue of the demo's prefix.
    expect(seen.login).toBe(303);
    expect(seen.queues).toBe(200);
    expect(seen.names).toContain('replan-requests');
  });

  it('starts a redis-server of its own when Redis does not answer', async () => {
    const installed = findExecutable('redis-server') !== undefined;
    const said: string[] = [];
    const attempt = ensureRedis({
      url: 'redis://127.0.0.1:1',
      setting: '--redis',
      say: (line) => said.push(line),
    });
    if (!installed) {
      await expect(attempt).rejects.toThrow(/redis-server --daemonize yes/);
      return;
    }
    const redis = await attempt;
    try {
      expect(redis.startedPort).toBeGreaterThan(0);
      expect(redis.url).toBe(`redis://127.0.0.1:${redis.startedPort}`);
      expect(said.join('\n')).toMatch(
        /not reachable at redis:\/\/127\.0\.0\.1:1 \(--redis\): .*\n.*starting .*redis-server/,
      );
      const client = new Redis(redis.url);
      expect(await client.ping()).toBe('PONG');
      client.disconnect();
    } finally {
      await redis.stop();
    }
  });

  it('says how to start Redis when it does not answer and redis-server is missing', async () => {
    const attempt = ensureRedis({
      url: 'redis://127.0.0.1:1',
      setting: '--redis',
      say: () => undefined,
      path: '',
    });
    await expect(attempt).rejects.toBeInstanceOf(CliError);
    await expect(attempt).rejects.toThrow(
      /Redis is not reachable at redis:\/\/127\.0\.0\.1:1 \(--redis\): .*\n(.*\n)*.*docker run -d -p 6379:6379 redis:7(.*\n)*.*apt-get install redis-server(.*\n)*.*redis-server --daemonize yes/,
    );
  });

  it('names --redis when its URL is not a Redis URL', async () => {
    const out = bufferedIo();
    const code = await runDemoCommand(
      { redis: 'http://127.0.0.1:6379', db: join(dir, 'bad.sqlite'), prefix: PREFIX },
      out.io,
      { today: TODAY },
    );
    expect(code).toBe(ExitCode.BadInput);
    expect(out.stderr()).toMatch(/replan demo: --redis is not a redis:\/\/ URL/);
  });
});
