/**
 * The workbench API over HTTP, on a SQLite ERP database holding the hand-worked plan of
 * @replan/sql's workbench cases (S1 8 days late because of PUR-RM@MAIN-1), against a real
 * Redis: every route the server serves is in openapi.yaml and answers with its schema; a
 * tenant's viewer sees its tenant only.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { migrateLatest, recordRun } from '@replan/sql';
import knexFactory, { type Knex } from 'knex';
import { parse } from 'yaml';

// The hand-worked plan of the read API's own tests, shared rather than written twice.
// eslint-disable-next-line import-x/no-relative-packages
import { loadWorkbenchCase } from '../../sql/src/workbench-cases';
// eslint-disable-next-line import-x/no-relative-packages
import { loadCapacityCase } from '../../sql/src/workbench-capacity-cases';
import { startDashboard, type RunningDashboard } from './dashboard';
import { OPENAPI_FILE } from './workbench/router';
import { VIEWS } from './workbench/views';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const ADMIN = 'admin-token-0123456789abcdef';
const ACME = 'acme-viewer-0123456789abcdef';

type Schema = {
  $ref?: string;
  allOf?: Schema[];
  type?: string;
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
};
const spec = parse(readFileSync(OPENAPI_FILE, 'utf8')) as {
  paths: Record<
    string,
    Record<string, { responses: Record<string, { content?: Record<string, { schema?: Schema }> }> }>
  >;
  components: { schemas: Record<string, Schema> };
};

/** The problems of `value` against an OpenAPI schema (types, enums, required, nested). */
function check(value: unknown, schema: Schema, at: string, problems: string[]): void {
  if (schema.$ref !== undefined) {
    const target = spec.components.schemas[schema.$ref.split('/').pop() ?? ''];
    if (target === undefined) problems.push(`${at}: unknown ${schema.$ref}`);
    else check(value, target, at, problems);
    return;
  }
  for (const part of schema.allOf ?? []) check(value, part, at, problems);
  if (schema.enum !== undefined && !schema.enum.includes(value))
    problems.push(`${at}: ${String(value)} not in enum`);
  const type = schema.type;
  if (type === 'object' || schema.properties !== undefined) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${at}: not an object`);
      return;
    }
    const object = value as Record<string, unknown>;
    for (const key of schema.required ?? [])
      if (!(key in object)) problems.push(`${at}.${key}: missing`);
    for (const [key, sub] of Object.entries(schema.properties ?? {})) {
      if (key in object) check(object[key], sub, `${at}.${key}`, problems);
    }
  } else if (type === 'array') {
    if (!Array.isArray(value)) problems.push(`${at}: not an array`);
    else value.forEach((v, i) => schema.items && check(v, schema.items, `${at}[${i}]`, problems));
  } else if (type === 'integer' && !Number.isInteger(value)) problems.push(`${at}: not an integer`);
  else if (type === 'number' && typeof value !== 'number') problems.push(`${at}: not a number`);
  else if (type === 'string' && typeof value !== 'string') problems.push(`${at}: not a string`);
  else if (type === 'boolean' && typeof value !== 'boolean') problems.push(`${at}: not a boolean`);
}

const openApiPath = (express: string): string => express.replace(/:(\w+)/g, '{$1}');

describe('workbench API', () => {
  let dir: string;
  let knex: Knex;
  /** The routed plan CAP of the capacity cases, as tenant 'shop'. */
  let shop: Knex;
  let running: RunningDashboard;
  let base: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'replan-workbench-api-'));
    knex = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'erp.sqlite') },
      useNullAsDefault: true,
    });
    await migrateLatest(knex);
    await loadWorkbenchCase(knex);
    shop = knexFactory({
      client: 'better-sqlite3',
      connection: { filename: join(dir, 'shop.sqlite') },
      useNullAsDefault: true,
    });
    await migrateLatest(shop);
    await loadCapacityCase(shop);
    running = await startDashboard({
      redisUrl: REDIS_URL,
      prefix: `replan-test-workbench-${randomBytes(4).toString('hex')}`,
      port: 0,
      host: '127.0.0.1',
      tokens: { admin: ADMIN, tenantViewers: { acme: ACME } },
      workbench: {
        tenants: {
          ids: () => ['bike', 'acme', 'shop'],
          database: (t) => (t === 'shop' ? shop : t === 'bike' || t === 'acme' ? knex : undefined),
        },
      },
    });
    base = `http://127.0.0.1:${running.port}/workbench`;
  });

  afterAll(async () => {
    await running?.close();
    await knex?.destroy();
    await shop?.destroy();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, token = ADMIN): Promise<Response> =>
    fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });

  it('documents every API route it serves', () => {
    const documented = Object.keys(spec.paths).sort();
    const served = ['/openapi.yaml', ...VIEWS.map((v) => openApiPath(v.apiPath))].sort();
    expect(served).toEqual(documented);
  });

  it('answers every route with its documented schema', async () => {
    const P = '/tenants/bike/plans/WB';
    const calls: [string, string][] = [
      ['/tenants', '/tenants'],
      ['/tenants/{tenant}/plans', '/tenants/bike/plans'],
      ['/tenants/{tenant}/plans/{plan}/overview', `${P}/overview`],
      ['/tenants/{tenant}/plans/{plan}/overview', `${P}/overview?run=run-1`],
      [
        '/tenants/{tenant}/plans/{plan}/planned-orders',
        `${P}/planned-orders?late=true&sort=delayDays`,
      ],
      [
        '/tenants/{tenant}/plans/{plan}/nodes/{item}/{warehouse}/net-requirements',
        `${P}/nodes/RM/MAIN/net-requirements`,
      ],
      ['/tenants/{tenant}/plans/{plan}/why', `${P}/why?requirement=S1`],
      ['/tenants/{tenant}/plans/{plan}/delays', `${P}/delays`],
      ['/tenants/{tenant}/plans/{plan}/actions', `${P}/actions?kind=increase`],
      ['/tenants/{tenant}/plans/{plan}/runs', `${P}/runs`],
      ['/tenants/{tenant}/plans/{plan}/messages', `${P}/messages?limit=10`],
      ['/tenants/{tenant}/plans/{plan}/capacity', '/tenants/shop/plans/CAP/capacity'],
      [
        '/tenants/{tenant}/plans/{plan}/capacity/{resource}',
        '/tenants/shop/plans/CAP/capacity/PRESS?overloaded=true',
      ],
    ];
    for (const [route, path] of calls) {
      const res = await get(`/api${path}`);
      expect([path, res.status]).toEqual([path, 200]);
      expect(res.headers.get('server-timing')).toMatch(/total;dur=/);
      const schema =
        spec.paths[route]?.get?.responses['200']?.content?.['application/json']?.schema;
      if (schema === undefined) throw new Error(`no schema for ${route}`);
      const problems: string[] = [];
      check(await res.json(), schema, route, problems);
      expect(problems).toEqual([]);
    }
    const why = (await (await get(`/api${P}/why?requirement=S1`)).json()) as {
      tree: { rootCause: { receipt: { id: string; lateDays: number } } };
    };
    expect(why.tree.rootCause.receipt).toMatchObject({ id: 'PUR-RM@MAIN-1', lateDays: 8 });
  });

  it('refuses bad parameters, unknown plans and other tenants', async () => {
    const bad = await get('/api/tenants/bike/plans/WB/planned-orders?limit=0');
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: "query parameter 'limit' must be from 1 to 500, got 0",
    });
    expect((await get('/api/tenants/bike/plans/NOPE/overview')).status).toBe(404);
    expect((await get('/api/tenants/acme/plans/WB/delays', ACME)).status).toBe(200);
    const other = await get('/api/tenants/bike/plans/WB/delays', ACME);
    expect(other.status).toBe(403);
    const tenants = (await (await get('/api/tenants', ACME)).json()) as {
      tenants: { id: string }[];
    };
    expect(tenants.tenants.map((t) => t.id)).toEqual(['acme']);
    // The queues name every tenant's jobs: a tenant's viewer gets no board.
    const board = await fetch(`http://127.0.0.1:${running.port}/api/queues`, {
      headers: { authorization: `Bearer ${ACME}`, accept: 'application/json' },
    });
    expect(board.status).toBe(403);
  });

  it("tells where a run's link from the board lands: its version, or a later one", async () => {
    // run-1 wrote the active version; run-2 failed and left it as it was.
    await recordRun(knex, {
      runId: 'run-2',
      planId: 'WB',
      status: 'failed',
      requestedAt: '2026-03-02T07:00:00.000Z',
      error: 'the ERP database did not answer',
    });
    const api = async (run: string): Promise<unknown> =>
      (
        (await (await get(`/api/tenants/bike/plans/WB/overview?run=${run}`)).json()) as {
          followedRun: unknown;
        }
      ).followedRun;
    await expect(api('run-1')).resolves.toEqual({
      runId: 'run-1',
      active: true,
      status: 'succeeded',
      planVersion: 1,
    });
    await expect(api('run-2')).resolves.toEqual({
      runId: 'run-2',
      active: false,
      status: 'failed',
      error: 'the ERP database did not answer',
    });
    await expect(api('run-9')).resolves.toEqual({ runId: 'run-9', active: false });
    const page = await (await get('/tenants/bike/plans/WB/?run=run-2')).text();
    expect(page).toMatch(
      /id="followed-run">\s*Run run-2 failed: the ERP database did not answer; it left the plan as it was\. Shown is the active version, written by\s+run-1/,
    );
    const own = await (await get('/tenants/bike/plans/WB/?run=run-1')).text();
    expect(own).toMatch(/Run run-1 wrote this version \(1\): it is the active one\./);
  });

  it('renders the pages: the why tree names the root cause, the node page charts it', async () => {
    const why = await (await get('/tenants/bike/plans/WB/why?requirement=S1')).text();
    expect(why).toContain('id="root-cause"');
    expect(why).toMatch(/Root cause<\/b> of S1:[\s\S]*PUR-RM@MAIN-1[\s\S]*8 days late/);
    const node = await (await get('/tenants/bike/plans/WB/nodes/RM/MAIN')).text();
    expect(node).toContain('<svg');
    expect(node.match(/class="receipt"/g)).toHaveLength(3);
  });

  it('renders the capacity pages: PRESS overloaded on Wednesday by two orders', async () => {
    // The capacity cases: PRESS needs 12 h of 8 on 2026-03-04, 4 h over; SAW 2 h of 40.
    const all = await (await get('/tenants/shop/plans/CAP/capacity')).text();
    const rows = [...all.matchAll(/<tr class="([^"]*)">\s*<td><a href="[^"]*capacity\/(\w+)"/g)];
    expect(rows.map((m) => [m[2], m[1]])).toEqual([
      ['PRESS', 'late'],
      ['SAW', ''],
    ]);
    expect(all).toContain('30 %');
    const press = await (await get('/tenants/shop/plans/CAP/capacity/PRESS')).text();
    expect(press).toMatch(/<tr class="late">\s*<td>2026-03-04<\/td>/);
    expect(press).toContain('150 %');
    expect(press.match(/op 10/g)).toHaveLength(2);
    expect(press).toContain('why?receipt=PRD-FG1%40MAIN-1');
    const missing = await (await get('/tenants/shop/plans/CAP/capacity/NOPE')).text();
    expect(missing).toContain('The active plan has no load on resource NOPE.');
  });
});
