/**
 * The dashboard in a real browser: Debian's chromium (/usr/bin/chromium, or CHROMIUM_PATH)
 * driven by playwright-core, against a real Redis (127.0.0.1:6379, or REDIS_URL).
 *
 * A run of the bike shop is planned end to end by the one-process service from a SQLite
 * ERP database; then a viewer logs in through the form, opens the completed run requests
 * and finds the run with its stage, progress and logs. The page is saved to
 * .ci-out/dashboard.png.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReplanClient } from '@replan/client';
import type { Dataset } from '@replan/engine';
import { TenantRegistry, startServe, type Server } from '@replan/pipeline';
import { queueNames, deleteKeysMatching } from '@replan/queue';
import { loadDataset, migrateLatest } from '@replan/sql';
import { Redis } from 'ioredis';
import { chromium, type Browser } from 'playwright-core';
import { startDashboard, type RunningDashboard } from './dashboard';

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
const TENANT = 'bike';
const SECRET = 'bike-secret';
const VIEWER = 'viewer-token-0123456789abcdef';
const ADMIN = 'admin-token-0123456789abcdef';
const ROOT = join(__dirname, '..', '..', '..');
const SCREENSHOT = join(ROOT, '.ci-out', 'dashboard.png');

const dataset = JSON.parse(
  readFileSync(join(ROOT, 'examples', 'bike-shop.json'), 'utf8'),
) as Dataset;

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

it('shows a viewer the finished run with its progress and logs', async () => {
  if (browser === undefined || dashboard === undefined) throw new Error('not started');
  const base = `http://127.0.0.1:${dashboard.port}`;
  const requests = dashboard.dashboard.queues.get('requests');
  const logLines = (await requests?.getJobLogs(runId))?.logs ?? [];
  expect(logLines.length).toBeGreaterThan(0);

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  // Nothing leaves the machine (the board asks for web fonts).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  try {
    // The board sends a browser without a session to the login form, then back.
    await page.goto(`${base}/queue/${queueNames.requests}?status=completed`);
    await page.waitForURL(/\/login\?next=/);
    await page.getByLabel('Access token').fill(VIEWER);
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL(`${base}/queue/${queueNames.requests}?status=completed`);

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

    mkdirSync(join(ROOT, '.ci-out'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT });

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
