/**
 * The dashboard in a real browser: Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH)
 * driven by playwright-core, against a real Redis (127.0.0.1:6379, or REDIS_URL).
 *
 * The demo company (Velo Works, planned on Monday 2026-03-02) is planned end to end by the
 * one-process service from a SQLite ERP database, as `replan demo` does. Then a viewer logs
 * in through the form and finds the run on the board with its stage, progress and logs;
 * and a planner follows the run's link to its plan in the workbench, opens the late sales
 * line, follows its "why" tree to the purchase that makes it late, and opens that node.
 * Pages are saved under .ci-out/ (dashboard.png, workbench-overview.png, workbench-why.png,
 * workbench-node.png, workbench-capacity.png).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplanClient } from '@replan/client';
import { DEMO_PLAN, demoCompany } from '@replan/datagen';
import { TenantRegistry, startServe, type Server } from '@replan/pipeline';
import { queueNames, deleteKeysMatching } from '@replan/queue';
import { loadDataset, migrateLatest } from '@replan/sql';
import { Redis } from 'ioredis';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startDashboard, type RunningDashboard } from './dashboard';
import { registryTenants } from './workbench/tenants';

jest.setTimeout(30_000);

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-dashboard-browser-${process.pid}-${randomBytes(4).toString('hex')}`;
const TENANT = 'velo-works';
const SECRET = 'velo-works-secret';
const VIEWER = 'viewer-token-0123456789abcdef';
const ADMIN = 'admin-token-0123456789abcdef';
const ROOT = join(__dirname, '..', '..', '..');
const CI_OUT = join(ROOT, '.ci-out');

// A Monday: every date of the demo company is counted from it.
const TODAY = '2026-03-02';
const dataset = demoCompany({ today: TODAY });

let dir: string | undefined;
let registry: TenantRegistry | undefined;
let server: Server | undefined;
let client: ReplanClient | undefined;
let dashboard: RunningDashboard | undefined;
let browser: Browser | undefined;
let runId: string;

/**
 * better-sqlite3 hands its native addon the SqliteError class of the first test file that
 * opens a database; jest gives each file a realm of its own, so the next file to open one
 * must hand it its own class again.
 */
function releaseSqliteAddon(): void {
  const addon = createRequire(__filename)('better-sqlite3/build/Release/better_sqlite3.node') as {
    isInitialized?: boolean;
  };
  addon.isInitialized = false;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `chromium is not installed at ${CHROMIUM}: the dashboard's browser test needs it. ` +
        `Install it with \`apt-get install chromium\` (or set CHROMIUM_PATH to a chromium binary).`,
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'replan-dashboard-'));
  registry = new TenantRegistry([
    {
      id: TENANT,
      secret: SECRET,
      database: { client: 'better-sqlite3', connection: join(dir, 'erp.sqlite') },
    },
  ]);
  const tenant = registry.get(TENANT);
  if (tenant === undefined) throw new Error('the tenant is not registered');
  const knex = registry.openTenantDatabase(tenant);
  await migrateLatest(knex);
  await loadDataset(knex, dataset);

  server = await startServe({ redisUrl: REDIS_URL, registry, prefix: PREFIX });
  client = new ReplanClient({
    redisUrl: REDIS_URL,
    tenant: TENANT,
    secret: SECRET,
    prefix: PREFIX,
  });
  const requested = await client.requestRun({
    plan: dataset.plan.id,
    planDate: dataset.plan.planDate,
  });
  runId = requested.runId;
  const outcome = await client.waitForRun(runId, { timeoutMs: 15_000 });
  expect(outcome).toMatchObject({ runId, status: 'succeeded' });

  dashboard = await startDashboard({
    redisUrl: REDIS_URL,
    prefix: PREFIX,
    port: 0,
    host: '127.0.0.1',
    tokens: { admin: ADMIN, viewer: VIEWER },
    workbench: { tenants: registryTenants(registry) },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  await client?.close();
  await server?.close();
  await registry?.close();
  if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  const redis = new Redis(REDIS_URL);
  await deleteKeysMatching(redis, `${PREFIX}:*`);
  await redis.quit();
  releaseSqliteAddon();
});

/** A browser tab of its own (cookies and all); nothing leaves the machine. */
async function openContext(): Promise<{ context: BrowserContext; page: Page }> {
  if (browser === undefined) throw new Error('not started');
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // The board asks for web fonts from elsewhere.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  return { context, page };
}

function baseUrl(): string {
  if (dashboard === undefined) throw new Error('not started');
  return `http://127.0.0.1:${dashboard.port}`;
}

/** Opens the completed run requests; the board sends a browser without a session to log in first. */
async function openCompletedRequests(page: Page, token: string): Promise<void> {
  const base = baseUrl();
  await page.goto(`${base}/queue/${queueNames.requests}?status=completed`);
  await page.waitForURL(/\/login\?next=/);
  await page.getByLabel('Access token').fill(token);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL(`${base}/queue/${queueNames.requests}?status=completed`);
}

async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(CI_OUT, { recursive: true });
  await page.screenshot({ path: join(CI_OUT, name), fullPage });
}

it('shows a viewer the finished run with its progress and logs', async () => {
  if (dashboard === undefined) throw new Error('not started');
  const base = baseUrl();
  const requests = dashboard.dashboard.queues.get('requests');
  const logLines = (await requests?.getJobLogs(runId))?.logs ?? [];
  expect(logLines.length).toBeGreaterThan(0);

  const { context, page } = await openContext();
  try {
    await openCompletedRequests(page, VIEWER);

    await page.getByText('viewer · read-only').waitFor();
    await page.getByRole('heading', { name: '1 · Run requests' }).waitFor();
    // The run's job: its id is the run id, its title the run, plan and stage reached.
    await page.getByRole('link', { name: runId }).waitFor();
    const title = page.getByRole('heading', { level: 5, name: /^run-request · / });
    await expect(title.textContent()).resolves.toMatch(
      new RegExp(
        `^run-request · ${TENANT} · ${dataset.plan.id} ${dataset.plan.planDate} · done 100%`,
      ),
    );
    await page.getByText('100%', { exact: true }).waitFor();

    await page.getByRole('tab', { name: 'Progress' }).click();
    const panel = page.getByRole('tabpanel');
    await panel.getByText('"done"').waitFor();
    await expect(panel.textContent()).resolves.toMatch(/stage:\s*"done".*percent:\s*100/s);

    await page.getByRole('tab', { name: 'Logs' }).click();
    for (const line of logLines) await panel.getByText(line, { exact: true }).waitFor();
    // A viewer gets no action buttons on the run.
    await expect(
      page.getByRole('button', { name: /retry|clean|remove|promote/i }).count(),
    ).resolves.toBe(0);

    await screenshot(page, 'dashboard.png');

    // The account menu logs out; the board then asks for the token again.
    await page.locator('button[aria-haspopup="menu"]').click();
    await page.getByText('Log out (viewer)').click();
    await page.waitForURL(`${base}/login?loggedOut=1`);
    await page.getByText('You are logged out.').waitFor();
    await page.goto(`${base}/`);
    await page.waitForURL(/\/login\?next=/);
  } finally {
    await context.close();
  }
});

/** The text of each cell of a table row, whitespace collapsed. */
async function cells(row: ReturnType<Page['locator']>): Promise<string[]> {
  return (await row.locator('td').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
}

const text = async (locator: ReturnType<Page['locator']>): Promise<string> =>
  ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

it("leads a planner from the run to the late line's why and the order to expedite", async () => {
  // What the workbench must show, worked out by hand from libs/datagen/src/demo-company.ts
  // and docs/planning-semantics.md, today = Monday 2026-03-02. SO-24014-1 is the simplest
  // late sales line of the demo, whose data is left as it is: one purchase line makes it
  // late, and working days only place the production order's start.
  //
  // - SO-24014-1: 8 BIKE-ECITY at PLANT on today + 9 = Wednesday 2026-03-11 (no margins, so
  //   that is its requirement date). PLANT has no e-city bike on hand and no supply, and this
  //   is the node's first requirement (DC-NORTH's first e-city line is on day 15), so under
  //   requirement coverage it gets one production order of 8, PRD-BIKE-ECITY@PLANT-1,
  //   received 2026-03-11. Production lead time 3 working days of PLANT-WEEK (Monday to
  //   Friday; the maintenance day is 2026-03-20, later): back over Tuesday 10, Monday 9 and
  //   Friday 6, it starts and is ordered 2026-03-06, after today: not late itself (0 days).
  // - On its start it needs every component of BIKE-ECITY once per bike; the motor kit is
  //   the fourth BOM line, BIKE-ECITY-40, so the requirement is
  //   PRD-BIKE-ECITY@PLANT-1/BIKE-ECITY-40: 8 MOTOR-KIT at PLANT on 2026-03-06, the first
  //   motor requirement of the plan (only e-city bikes take motors).
  // - MOTOR-KIT@PLANT: 3 on hand, then PO-30433 of 12 on today + 24 = 2026-03-26. On-hand
  //   covers 3. Purchase lead time 42 calendar days (Volta), so F = 2026-04-13; negative days
  //   0: PO-30433 may cover a requirement of 2026-03-06 since 2026-03-26 ≤ max(F, 2026-03-06)
  //   + 0. It covers the other 5, 20 days after the requirement date: the requirement can
  //   be there 2026-03-26, 20 days late.
  // - Every other component comes sooner. Batteries (12), tyres (120), comfort saddles
  //   (30; the gel saddle only from day 14), grips (60) and pedals (45) are on hand beyond
  //   what is needed by 2026-03-06. Frames and wheels are made at PLANT in 2 working days
  //   from tubes, coating, rims and spokes on hand or bought with at most 15 days' lead time,
  //   and from hubs made of shells, bearings and axles on hand: even a part ordered today
  //   is there by 2026-03-17, a frame or wheel by 2026-03-19, before 2026-03-26. So the
  //   production order can only finish 20 days after its receipt date, futures 2026-03-31,
  //   and SO-24014-1 can ship 2026-03-31: 20 days late.
  // - The root cause, the deepest late receipt on the chain, is PO-30433: the purchase to
  //   expedite. On the MOTOR-KIT node, projected available is 3 after the on-hand line
  //   and 3 − 8 = −5 after the first requirement; safety stock 0 (none is set), requirement
  //   coverage (BUY-TO-ORDER), the default coverage time fence of 100 days, low-level code 2
  //   (DC-NORTH's e-city bikes come from PLANT by transfer, PLANT's need motor kits).
  const { context, page } = await openContext();
  try {
    await openCompletedRequests(page, VIEWER);
    // The run's job links to the run's plan in the workbench.
    const link = page.getByRole('link', { name: `Plan ${DEMO_PLAN} in the workbench` });
    await expect(link.getAttribute('href')).resolves.toBe(
      `/workbench/tenants/${TENANT}/plans/${DEMO_PLAN}/?run=${runId}`,
    );
    const [overview] = await Promise.all([context.waitForEvent('page'), link.click()]);
    overview.setDefaultTimeout(10_000);
    await overview.getByRole('heading', { name: `Plan ${DEMO_PLAN}` }).waitFor();
    await expect(text(overview.locator('#followed-run'))).resolves.toBe(
      `Run ${runId} wrote this version (1): it is the active one.`,
    );

    // The late line, among the latest lines first, with its root cause.
    const late = overview
      .locator('tr')
      .filter({ has: overview.getByRole('link', { name: 'SO-24014-1', exact: true }) });
    await expect(cells(late)).resolves.toEqual([
      'SO-24014-1',
      'sales',
      'BIKE-ECITY @ PLANT',
      '2026-03-11',
      '2026-03-31',
      '20',
      'PO-30433 MOTOR-KIT @ PLANT, 20 days late',
    ]);
    await screenshot(overview, 'workbench-overview.png');

    // Its why tree: the late path is open down to the cause.
    await late.getByRole('link', { name: 'SO-24014-1', exact: true }).click();
    await overview.getByRole('heading', { name: 'Why SO-24014-1' }).waitFor();
    const why = overview;
    await expect(text(why.locator('#root-cause'))).resolves.toBe(
      'Root cause of SO-24014-1: PO-30433, open purchase line of MOTOR-KIT @ PLANT, 12 ' +
        'arriving 2026-03-26: 20 days late. Expedite it (or cover the requirement otherwise).',
    );
    const path = why.locator('.tree.down details.path');
    await expect(
      path.all().then((steps) => Promise.all(steps.map((s) => s.getAttribute('data-step')))),
    ).resolves.toEqual([
      'requirement:BIKE-ECITY@PLANT:SO-24014-1',
      'receipt:BIKE-ECITY@PLANT:PRD-BIKE-ECITY@PLANT-1',
      'requirement:MOTOR-KIT@PLANT:PRD-BIKE-ECITY@PLANT-1/BIKE-ECITY-40',
      'receipt:MOTOR-KIT@PLANT:PO-30433',
    ]);
    // A step's summary: its kind (the tag) and the rest of the line.
    const summary = async (step: string): Promise<[string, string]> => {
      const line = why.locator(`.tree.down details[data-step="${step}"] > summary`);
      const tag = await text(line.locator('.tag').first());
      const all = await text(line);
      return [tag, all.slice(tag.length).trim()];
    };
    await expect(summary('requirement:BIKE-ECITY@PLANT:SO-24014-1')).resolves.toEqual([
      'demand',
      'SO-24014-1 · BIKE-ECITY @ PLANT · 8 required 2026-03-11 · can be there 2026-03-31 ' +
        '20 days late',
    ]);
    await expect(summary('receipt:BIKE-ECITY@PLANT:PRD-BIKE-ECITY@PLANT-1')).resolves.toEqual([
      'production',
      'PRD-BIKE-ECITY@PLANT-1 · BIKE-ECITY @ PLANT · 8 · pegged 8 · order 2026-03-06 · ' +
        'start 2026-03-06 · receipt 2026-03-11 (for 2026-03-11) · can be there 2026-03-31',
    ]);
    await expect(
      summary('requirement:MOTOR-KIT@PLANT:PRD-BIKE-ECITY@PLANT-1/BIKE-ECITY-40'),
    ).resolves.toEqual([
      'plannedComponent',
      'PRD-BIKE-ECITY@PLANT-1/BIKE-ECITY-40 · MOTOR-KIT @ PLANT · 8 required 2026-03-06 · ' +
        'can be there 2026-03-26 20 days late',
    ]);
    await expect(summary('receipt:MOTOR-KIT@PLANT:MOTOR-KIT@PLANT')).resolves.toEqual([
      'on-hand',
      'MOTOR-KIT@PLANT · MOTOR-KIT @ PLANT · 3 · pegged 3 · available 2026-03-02',
    ]);
    await expect(summary('receipt:MOTOR-KIT@PLANT:PO-30433')).resolves.toEqual([
      'purchase',
      'PO-30433 · MOTOR-KIT @ PLANT · 12 · pegged 5 · available 2026-03-26 20 days late',
    ]);
    await screenshot(why, 'workbench-why.png', true);

    // The node of the purchase to expedite.
    await why.locator('#root-cause').getByRole('link', { name: 'MOTOR-KIT @ PLANT' }).click();
    await why.getByRole('heading', { name: 'Net requirements: MOTOR-KIT @ PLANT' }).waitFor();
    const node = why;
    await expect(text(node.locator('#node-settings'))).resolves.toBe(
      'Coverage requirement, safety stock 0, coverage time fence 100 days, low-level code 2 ' +
        '(settings, on-hand and open supply as the run planned with them).',
    );
    const rows = node.locator('table.net-requirements tbody tr');
    await expect(cells(rows.nth(0))).resolves.toEqual([
      '2026-03-02',
      'onHand',
      'MOTOR-KIT@PLANT',
      '3',
      '',
      '3',
      '3',
      '',
    ]);
    await expect(cells(rows.nth(1))).resolves.toEqual([
      '2026-03-06',
      'plannedComponent',
      'PRD-BIKE-ECITY@PLANT-1/BIKE-ECITY-40',
      '',
      '8',
      '8',
      '-5',
      '',
    ]);
    const purchase = rows.filter({ has: node.getByRole('link', { name: 'PO-30433' }) });
    // Later requirements take the rest of it; its first cells are the purchase line itself.
    await expect(cells(purchase).then((c) => c.slice(0, 4))).resolves.toEqual([
      '2026-03-26',
      'supply (purchase)',
      'PO-30433',
      '12',
    ]);
    await node.locator('svg').waitFor();
    await screenshot(node, 'workbench-node.png', true);

    // The capacity load (libs/datagen/src/demo-company.test.ts): welding, coating and lacing
    // overload in some weeks, so they are among the resources marked overloaded. On Monday
    // 2026-03-16 the paint line coats PRD-FRAME-MTB@PLANT-1's 6 frames: 6 / 0.98 = 6.122449
    // enter op 20, 0.5 + 0.2 × 6.122449 = 1.72449 hours (shown to 3 decimals).
    await node.getByRole('link', { name: 'Capacity', exact: true }).click();
    await node.getByRole('heading', { name: 'Capacity load' }).waitFor();
    const overloaded = await node.locator('table tbody tr.late td:first-child').allInnerTexts();
    expect(overloaded).toEqual(expect.arrayContaining(['WELD-1', 'PAINT-LINE', 'LACING']));
    await node.getByRole('link', { name: 'PAINT-LINE', exact: true }).click();
    await node.getByRole('heading', { name: 'Load of resource PAINT-LINE' }).waitFor();
    await node.goto(`${node.url()}?from=2026-03-16&to=2026-03-16`);
    const monday = node.locator('table tbody tr').first();
    await expect(text(monday)).resolves.toContain('PRD-FRAME-MTB@PLANT-1 op 20');
    await expect(text(monday)).resolves.toContain('FRAME-MTB @ PLANT): 1.724 h');
    await node.goto(node.url().replace(/\?.*$/, ''));
    await screenshot(node, 'workbench-capacity.png', true);
  } finally {
    await context.close();
  }
});
