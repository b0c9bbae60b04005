/**
 * The dashboard's login and roles against the real express app on a free port, with a
 * real Redis (127.0.0.1:6379, or REDIS_URL) and queues under a prefix of this test run.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type AddressInfo, type Socket } from 'node:net';
import { queueNames, redisConnectionOptions, deleteKeysMatching } from '@replan/queue';
import { Worker, type Queue } from 'bullmq';
import { Redis } from 'ioredis';
import {
  SESSION_COOKIE,
  createDashboard,
  startDashboard,
  type RunningDashboard,
} from './dashboard';

jest.setTimeout(20_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-dashboard-${process.pid}-${randomBytes(4).toString('hex')}`;
const ADMIN = 'admin-token-0123456789abcdef';
const VIEWER = 'viewer-token-0123456789abcdef';
const SECRET = 'the-session-secret-of-this-test-run-0123';

let running: RunningDashboard;
let base: string;
let requests: Queue;

interface Call {
  method?: string;
  cookie?: string;
  bearer?: string;
  accept?: string;
  form?: Record<string, string>;
}

function call(url: string, options: Call = {}): Promise<Response> {
  const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
  if (options.cookie !== undefined) headers.cookie = options.cookie;
  if (options.bearer !== undefined) headers.authorization = `Bearer ${options.bearer}`;
  let body: string | undefined;
  if (options.form !== undefined) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(options.form).toString();
  }
  return fetch(url.startsWith('http') ? url : `${base}${url}`, {
    method: options.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
    redirect: 'manual',
  });
}

/** Logs in through the form; returns the `Cookie` header of the session. */
async function login(token: string, root = base, path = '/login'): Promise<string> {
  const response = await call(`${root}${path}`, { form: { token, next: '' }, accept: 'text/html' });
  expect(response.status).toBe(303);
  const cookie = response.headers.getSetCookie()[0] ?? '';
  return cookie.split(';')[0] ?? '';
}

async function jobState(id: string): Promise<string> {
  return requests.getJobState(id);
}

beforeAll(async () => {
  running = await startDashboard({
    redisUrl: REDIS_URL,
    prefix: PREFIX,
    port: 0,
    host: '127.0.0.1',
    tokens: { admin: ADMIN, viewer: VIEWER },
    sessionSecret: SECRET,
  });
  base = `http://127.0.0.1:${running.port}`;
  const queue = running.dashboard.queues.get('requests');
  if (queue === undefined) throw new Error('no requests queue');
  requests = queue;

  // One finished run and one failed run in the requests queue.
  const data = { tenant: 'acme', plan: 'BIKE-SHOP', planDate: '2026-03-02', requestedAt: 1 };
  await requests.add('run-request', { ...data, runId: 'run-ok' }, { jobId: 'run-ok' });
  await requests.add('run-request', { ...data, runId: 'run-bad' }, { jobId: 'run-bad' });
  const worker = new Worker(
    queueNames.requests,
    async (job) => {
      await job.log(`planning ${job.id ?? '?'}`);
      if (job.id === 'run-bad') throw new Error('the plan could not be read');
      await job.updateProgress({ runId: job.id, stage: 'done', rows: 12, percent: 100 });
      return { status: 'succeeded' };
    },
    { connection: redisConnectionOptions(REDIS_URL, 'worker'), prefix: PREFIX },
  );
  for (let i = 0; i < 100; i += 1) {
    const counts = await requests.getJobCounts('completed', 'failed');
    if (counts.completed === 1 && counts.failed === 1) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  await worker.close();
});

afterAll(async () => {
  await running?.close();
  const redis = new Redis(REDIS_URL);
  await deleteKeysMatching(redis, `${PREFIX}:*`);
  await redis.quit();
});

describe('operations endpoints', () => {
  it('answer without a login', async () => {
    expect(await (await call('/healthz')).json()).toEqual({ status: 'ok' });
    const ready = await call('/readyz');
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
    const metrics = await (await call('/metrics')).text();
    expect(metrics).toMatch(
      /replan_queue_jobs\{queue="replan-requests",state="completed"[^}]*\} 1/,
    );
    expect(metrics).toMatch(/replan_queue_jobs\{queue="replan-write",state="waiting"[^}]*\} 0/);
  });
});

describe('without a login', () => {
  it('sends pages to the login form and refuses API calls with 401', async () => {
    const page = await call('/queue/replan-requests?status=completed', { accept: 'text/html' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe(
      '/login?next=%2Fqueue%2Freplan-requests%3Fstatus%3Dcompleted',
    );
    const api = await call('/api/queues');
    expect(api.status).toBe(401);
    expect(api.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await api.json()).toMatchObject({ login: '/login' });
    expect((await call('/api/queues/pause', { method: 'PUT' })).status).toBe(401);
  });

  it('serves a login form with a strict content policy', async () => {
    const response = await call('/login?next=%2Fqueue%2Freplan-requests', { accept: 'text/html' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const html = await response.text();
    expect(html).toContain('<form method="post" action="/login">');
    expect(html).toContain('<input type="password" id="token" name="token"');
    expect(html).toContain('name="next" value="/queue/replan-requests"');
  });
});

describe('logging in', () => {
  it('refuses a wrong token with the form again and no cookie', async () => {
    const response = await call('/login', {
      form: { token: `${VIEWER}-not` },
      accept: 'text/html',
    });
    expect(response.status).toBe(401);
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(await response.text()).toContain('That token is not valid.');
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and goes where it was asked', async () => {
    const response = await call('/login', {
      form: { token: VIEWER, next: '/queue/replan-requests?status=completed' },
      accept: 'text/html',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/queue/replan-requests?status=completed');
    const [cookie] = response.headers.getSetCookie();
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=viewer\\.\\d+\\.[\\w-]{43};`));
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Max-Age=43200/);
  });

  it('never redirects to another site', async () => {
    for (const next of ['//evil.example/x', 'https://evil.example/', '/\\evil.example']) {
      const response = await call('/login', { form: { token: VIEWER, next }, accept: 'text/html' });
      expect(response.headers.get('location')).toBe('/');
    }
  });

  it('logs out by clearing the cookie', async () => {
    const response = await call('/logout', { cookie: await login(VIEWER), accept: 'text/html' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/login?loggedOut=1');
    expect(response.headers.getSetCookie()[0]).toMatch(
      new RegExp(`^${SESSION_COOKIE}=;.*Expires=Thu, 01 Jan 1970`),
    );
  });
});

describe('a viewer', () => {
  it('sees the read-only board with the runs, their progress and logs', async () => {
    const cookie = await login(VIEWER);
    const page = await call('/', { cookie, accept: 'text/html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const html = await page.text();
    expect(html).toContain('<title>Replan queues</title>');
    expect(html).toContain('viewer · read-only');

    const response = await call(
      '/api/queues?activeQueue=replan-requests&status=completed&page=1&jobsPerPage=10',
      { cookie },
    );
    expect(response.status).toBe(200);
    const { queues } = (await response.json()) as {
      queues: {
        name: string;
        displayName: string;
        readOnlyMode: boolean;
        allowRetries: boolean;
        jobs: { id: string; name: string; progress: unknown; data: unknown }[];
      }[];
    };
    expect(queues.map((q) => [q.displayName, q.readOnlyMode, q.allowRetries])).toEqual([
      ['1 · Run requests', true, false],
      ['2 · Extract (connector)', true, false],
      ['3 · Plan (engine)', true, false],
      ['3 · Plan partitions (engines)', true, false],
      ['4 · Write (writer)', true, false],
    ]);
    expect(queues[0]?.jobs).toEqual([
      expect.objectContaining({
        id: 'run-ok',
        name: 'run-request · acme · BIKE-SHOP 2026-03-02 · done 100% (12 rows)',
        progress: { runId: 'run-ok', stage: 'done', rows: 12, percent: 100, progress: 100 },
      }),
    ]);
    const logs = await call('/api/queues/replan-requests/run-ok/logs', { cookie });
    expect(await logs.json()).toEqual(['planning run-ok']);
  });

  it('is refused every change with 403, and nothing changes', async () => {
    const cookie = await login(VIEWER);
    const changes: [string, string][] = [
      ['PUT', '/api/queues/replan-requests/run-bad/retry'],
      ['PUT', '/api/queues/replan-requests/run-ok/clean'],
      ['PUT', '/api/queues/replan-requests/retry/failed'],
      ['PUT', '/api/queues/replan-requests/clean/completed'],
      ['PUT', '/api/queues/replan-requests/obliterate'],
      ['PUT', '/api/queues/pause'],
      ['POST', '/api/queues/replan-requests/add'],
      ['PATCH', '/api/queues/replan-requests/run-ok/update-data'],
      ['DELETE', '/api/queues/replan-requests/run-ok'],
    ];
    for (const [method, path] of changes) {
      const response = await call(path, { method, cookie });
      expect([method, path, response.status]).toEqual([method, path, 403]);
      expect(await response.json()).toEqual({
        error: 'the viewer role is read-only: this action needs an admin token',
      });
    }
    const bearer = await call('/api/queues/replan-requests/run-bad/retry', {
      method: 'PUT',
      bearer: VIEWER,
    });
    expect(bearer.status).toBe(403);
    expect(await jobState('run-bad')).toBe('failed');
    expect(await jobState('run-ok')).toBe('completed');
    expect(await requests.isPaused()).toBe(false);
  });
});

describe('an admin', () => {
  it('gets the full board and can retry a failed run', async () => {
    const cookie = await login(ADMIN);
    const response = await call('/api/queues', { cookie });
    const { queues } = (await response.json()) as { queues: { readOnlyMode: boolean }[] };
    expect(queues.map((q) => q.readOnlyMode)).toEqual([false, false, false, false, false]);
    const html = await (await call('/', { cookie, accept: 'text/html' })).text();
    expect(html).not.toContain('viewer · read-only');

    const retry = await call('/api/queues/replan-requests/run-bad/retry', {
      method: 'PUT',
      cookie,
    });
    expect(retry.status).toBe(204);
    expect(await jobState('run-bad')).toBe('waiting');
  });
});

describe('forged and foreign sessions', () => {
  it('are refused and their cookie cleared', async () => {
    const viewer = await login(VIEWER);
    const [, expires, mac] = viewer.split('=')[1]?.split('.') ?? [];
    const forged = [
      `${SESSION_COOKIE}=admin.${expires}.${mac}`,
      `${SESSION_COOKIE}=viewer.${Number(expires) + 86_400}.${mac}`,
      `${SESSION_COOKIE}=admin.99999999999.${'A'.repeat(43)}`,
      `${SESSION_COOKIE}=admin`,
    ];
    for (const cookie of forged) {
      const api = await call('/api/queues', { cookie });
      expect([cookie, api.status]).toEqual([cookie, 401]);
      expect(api.headers.getSetCookie()[0]).toMatch(new RegExp(`^${SESSION_COOKIE}=;`));
      const change = await call('/api/queues/pause', { method: 'PUT', cookie });
      expect(change.status).toBe(401);
      const page = await call('/', { cookie, accept: 'text/html' });
      expect(page.status).toBe(303);
      expect(page.headers.get('location')).toBe('/login?next=%2F');
    }
    expect(await requests.isPaused()).toBe(false);
  });

  it('a session of a dashboard with another secret does not open this one', async () => {
    const other = await startDashboard({
      redisUrl: REDIS_URL,
      prefix: PREFIX,
      port: 0,
      host: '127.0.0.1',
      tokens: { admin: ADMIN, viewer: VIEWER },
      sessionSecret: 'another-session-secret-0123456789abcdef',
    });
    try {
      const foreign = await login(ADMIN, `http://127.0.0.1:${other.port}`);
      expect((await call('/api/queues', { cookie: foreign })).status).toBe(401);
    } finally {
      await other.close();
    }
  });
});

describe('bearer tokens', () => {
  it('open the board for scripts, and a wrong one gets 401', async () => {
    expect((await call('/api/queues', { bearer: VIEWER })).status).toBe(200);
    expect((await call('/api/queues', { bearer: ADMIN })).status).toBe(200);
    const wrong = await call('/api/queues', { bearer: 'not-a-token-of-this-board' });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('www-authenticate')).toMatch(/error="invalid_token"/);
    // A wrong bearer token is not saved by a valid session.
    const cookie = await login(ADMIN);
    const both = await call('/api/queues', { bearer: 'not-a-token-of-this-board', cookie });
    expect(both.status).toBe(401);
  });
});

describe('a base path', () => {
  it('serves the login, the board and the cookie under it', async () => {
    const under = await startDashboard({
      redisUrl: REDIS_URL,
      prefix: PREFIX,
      basePath: '/ops/queues/',
      port: 0,
      host: '127.0.0.1',
      tokens: { viewer: VIEWER },
    });
    const root = `http://127.0.0.1:${under.port}`;
    try {
      const home = await call(`${root}/`, { accept: 'text/html' });
      expect(home.headers.get('location')).toBe('/ops/queues/');
      const page = await call(`${root}/ops/queues/`, { accept: 'text/html' });
      expect(page.headers.get('location')).toBe('/ops/queues/login?next=%2Fops%2Fqueues%2F');
      const response = await call(`${root}/ops/queues/login`, {
        form: { token: VIEWER },
        accept: 'text/html',
      });
      expect(response.headers.get('location')).toBe('/ops/queues/');
      expect(response.headers.getSetCookie()[0]).toMatch(/; Path=\/ops\/queues;/);
      const cookie = response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
      const board = await call(`${root}/ops/queues/`, { cookie, accept: 'text/html' });
      expect(board.status).toBe(200);
      expect(await board.text()).toContain('<base href="/ops/queues/" />');
      expect((await call(`${root}/healthz`)).status).toBe(200);
      // Only the viewer token is set: the admin one does not log in.
      const admin = await call(`${root}/ops/queues/login`, { form: { token: ADMIN } });
      expect(admin.status).toBe(401);
    } finally {
      await under.close();
    }
  });
});

describe('settings', () => {
  it('are checked before anything starts, naming the variable', () => {
    expect(() => createDashboard({ redisUrl: REDIS_URL, tokens: {} })).toThrow(
      /REPLAN_DASHBOARD_ADMIN_TOKEN, REPLAN_DASHBOARD_VIEWER_TOKEN or both/,
    );
    expect(() => createDashboard({ redisUrl: REDIS_URL, tokens: { viewer: 'short' } })).toThrow(
      /^REPLAN_DASHBOARD_VIEWER_TOKEN is too short/,
    );
    expect(() =>
      createDashboard({ redisUrl: REDIS_URL, tokens: { viewer: VIEWER }, basePath: 'queues' }),
    ).toThrow(/^REPLAN_DASHBOARD_BASE_PATH "queues" is not a URL path/);
    expect(() => createDashboard({ redisUrl: 'redis://h/x', tokens: { viewer: VIEWER } })).toThrow(
      /^REPLAN_REDIS_URL is not a redis:\/\/ URL/,
    );
  });

  it('a Redis that does not answer stops the start with a message naming REPLAN_REDIS_URL', async () => {
    // A server that accepts connections and never answers.
    const sockets = new Set<Socket>();
    const silent = createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    try {
      await expect(
        startDashboard({
          redisUrl: `redis://:pw@127.0.0.1:${port}`,
          port: 0,
          host: '127.0.0.1',
          tokens: { viewer: VIEWER },
          redisTimeoutMs: 300,
        }),
      ).rejects.toThrow(
        new RegExp(
          `^the queues' Redis \\(redis://:\\*\\*\\*@127\\.0\\.0\\.1:${port}\\) cannot be ` +
            `reached: .*\\(check REPLAN_REDIS_URL\\)$`,
        ),
      );
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });
});

describe('login throttling', () => {
  it('answers 429 with Retry-After after the free wrong tokens, even to the right token', async () => {
    const throttled = await startDashboard({
      redisUrl: REDIS_URL,
      prefix: PREFIX,
      port: 0,
      host: '127.0.0.1',
      tokens: { admin: ADMIN },
      sessionSecret: SECRET,
      loginThrottle: { freeFailures: 2, firstLockMs: 60_000 },
    });
    const root = `http://127.0.0.1:${throttled.port}`;
    const attempt = (token: string): Promise<Response> =>
      call(`${root}/login`, { form: { token, next: '' }, accept: 'text/html' });
    try {
      // Two wrong tokens are answered as such…
      expect((await attempt('wrong-1')).status).toBe(401);
      expect((await attempt('wrong-2')).status).toBe(401);
      // …the third locks this address out for a minute,
      const locked = await attempt('wrong-3');
      expect(locked.status).toBe(429);
      expect(locked.headers.get('retry-after')).toBe('60');
      expect(await locked.text()).toContain('Too many wrong tokens');
      // and while it lasts, not even the right token logs in.
      const right = await attempt(ADMIN);
      expect(right.status).toBe(429);
      expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(right.headers.getSetCookie()).toEqual([]);
    } finally {
      await throttled.close();
    }
  });
});

describe('a run planned in partitions', () => {
  it('shows its partition jobs as children of its plan job', async () => {
    const plan = running.dashboard.queues.get('plan');
    const partitions = running.dashboard.queues.get('partitions');
    if (plan === undefined || partitions === undefined) throw new Error('no plan queues');
    expect(partitions.name).toBe('replan-plan-partition');
    // As the engine adds them (plan-flow.ts): the plan job, then a child job per partition.
    const data = { tenant: 'acme', plan: 'BIKE-SHOP', planDate: '2026-03-02', runId: 'run-flow' };
    const parent = await plan.add('plan', data, { jobId: 'acme/run-flow' });
    for (const partition of [0, 1]) {
      await partitions.add(
        'partition',
        { ...data, partition, partitions: 2 },
        {
          jobId: `acme/run-flow/p${partition}`,
          parent: { id: parent.id ?? '', queue: parent.queueQualifiedName },
        },
      );
    }
    const cookie = await login(VIEWER);
    const child = encodeURIComponent('acme/run-flow/p1');
    const response = await call(`/api/queues/replan-plan-partition/${child}/flow`, { cookie });
    expect(response.status).toBe(200);
    interface FlowNode {
      id: string;
      queueName: string;
      children: FlowNode[];
    }
    const { flowRoot } = (await response.json()) as { flowRoot: FlowNode };
    // The board finds the flow from either partition: the plan job, its two partitions.
    expect([flowRoot.id, flowRoot.queueName]).toEqual(['acme/run-flow', 'replan-plan']);
    expect(flowRoot.children.map((c) => [c.id, c.queueName]).sort()).toEqual([
      ['acme/run-flow/p0', 'replan-plan-partition'],
      ['acme/run-flow/p1', 'replan-plan-partition'],
    ]);
  });
});
