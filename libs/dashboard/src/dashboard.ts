/**
 * The dashboard: bull-board on the pipeline's four queues, behind a login.
 *
 * Two boards are built on the same queues and served at the same path: a read-only one
 * (adapters in readOnlyMode, no retries) for viewer sessions and a full one for admin
 * sessions. Which one answers is decided on the server for every request from the
 * session, and a viewer's request that could change something (any method but GET and
 * HEAD) is refused with 403 before it reaches a board.
 *
 * Routes (`<base>` is the base path, '' at the root):
 * - `<base>/login` (GET form, POST token), `<base>/logout`;
 * - `<base>/…`: the board; without a session, pages redirect to the login form and API
 *   calls get 401;
 * - `/healthz`, `/readyz` (Redis answers a PING), `/metrics` (Prometheus, with the job
 *   counts of each queue), at the root whatever the base path, without login.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createBullBoard } from '@bull-board/api';
import { ExpressAdapter } from '@bull-board/express';
import {
  createServiceMetrics,
  silentLogger,
  type Logger,
  type ServiceMetrics,
} from '@replan/observability';
import {
  QUEUE_PREFIX,
  REDIS_URL_SETTING,
  createRedisConnection,
  redactRedisUrl,
  waitUntilReady,
} from '@replan/queue';
import { Queue } from 'bullmq';
import express, {
  Router,
  type Express,
  type NextFunction,
  type Request,
  type RequestHandler,
  type Response,
} from 'express';
import type { Redis } from 'ioredis';
import {
  createAuthenticator,
  type DashboardPrincipal,
  type DashboardRole,
  type DashboardTokens,
} from './auth';
import { boardQueues, createBoardAdapters, type BoardQueueKey, type PlanUrl } from './board-queues';
import { bearerToken, readCookie, safeRedirect } from './http-helpers';
import { LOGIN_PAGE_CSP, renderLoginPage } from './login-page';
import { LoginThrottle, type LoginThrottleOptions } from './login-throttle';
import {
  DashboardConfigError,
  checkPrefix,
  checkRedisUrl,
  dashboardSettings,
  normalizeBasePath,
} from './settings';
import { planPath } from './workbench/html';
import { createWorkbenchRouter } from './workbench/router';
import type { WorkbenchTenants } from './workbench/tenants';

export interface DashboardOptions {
  /** Redis of the queues, e.g. redis://127.0.0.1:6379. Give this or `connection`. */
  redisUrl?: string;
  /** A Redis connection the caller owns (not closed by close()). */
  connection?: Redis;
  /** BullMQ prefix of the queues (default 'replan'). */
  prefix?: string;
  /** URL path the board is served under (default '/'). */
  basePath?: string;
  /** The access token of each role; at least one. */
  tokens: DashboardTokens;
  /** Key of the session cookies (at least 32 characters); default random per process. */
  sessionSecret?: string;
  /** How long a login lasts, in ms (default 12 hours). */
  sessionTtlMs?: number;
  /**
   * Mark the session cookie Secure. Default: when the request came over HTTPS; set it
   * behind a proxy that terminates TLS.
   */
  secureCookie?: boolean;
  /** The board's title (default 'Replan queues'). */
  title?: string;
  log?: Logger;
  /**
   * The planner's workbench (`<base>/workbench/`): the plans of these tenants, read from
   * their ERP databases. Without it the dashboard shows the queues only.
   */
  workbench?: { tenants: WorkbenchTenants };
  /** Throttling of wrong login tokens per client address (see LoginThrottle). */
  loginThrottle?: LoginThrottleOptions;
}

export interface Dashboard {
  /** The express app: mount it or listen with it. */
  readonly app: Express;
  /** The base path, normalized ('/' or '/path' without a trailing slash). */
  readonly basePath: string;
  /** The BullMQ prefix of the queues. */
  readonly prefix: string;
  /** The roles that have a token and can log in. */
  readonly roles: readonly DashboardRole[];
  /** The BullMQ queues the board shows, by pipeline stage. */
  readonly queues: ReadonlyMap<BoardQueueKey, Queue>;
  readonly metrics: ServiceMetrics;
  /** Resolves once Redis is ready for commands; rejects after timeoutMs. */
  waitUntilReady(timeoutMs?: number): Promise<void>;
  /** Closes the queues and the Redis connection the dashboard opened. */
  close(): Promise<void>;
}

/** The session cookie. */
export const SESSION_COOKIE = 'replan_dashboard_session';

const READ_METHODS = new Set(['GET', 'HEAD']);

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function fieldOf(body: unknown, field: string): unknown {
  return typeof body === 'object' && body !== null
    ? (body as Record<string, unknown>)[field]
    : undefined;
}

/** Builds the dashboard (its Redis connection opens in the background). */
export function createDashboard(options: DashboardOptions): Dashboard {
  const log = options.log ?? silentLogger();
  const auth = createAuthenticator({
    tokens: options.tokens,
    sessionSecret: options.sessionSecret,
    sessionTtlMs: options.sessionTtlMs,
  });
  const basePath = normalizeBasePath(options.basePath ?? '/', dashboardSettings.basePath);
  const prefix = checkPrefix(options.prefix ?? QUEUE_PREFIX, dashboardSettings.prefix);
  const title = options.title ?? 'Replan queues';

  let redis: Redis;
  let ownsRedis: boolean;
  if (options.connection !== undefined) {
    redis = options.connection;
    ownsRedis = false;
  } else if (options.redisUrl !== undefined) {
    // Fail fast: while Redis is down the board and /readyz answer with an error at once.
    checkRedisUrl(options.redisUrl, REDIS_URL_SETTING);
    redis = createRedisConnection(options.redisUrl, 'producer', {
      connectionName: 'replan-dashboard',
    });
    ownsRedis = true;
  } else {
    throw new DashboardConfigError(
      `give the dashboard redisUrl (${REDIS_URL_SETTING}) or connection`,
    );
  }
  const where = options.redisUrl === undefined ? 'Redis' : redactRedisUrl(options.redisUrl);
  let redisDown = false;
  const onRedisError = (error: Error): void => {
    if (redisDown) return;
    redisDown = true;
    log.warn({ err: error }, `the queues' Redis (${where}) cannot be reached`);
  };
  const onRedisReady = (): void => {
    if (!redisDown) return;
    redisDown = false;
    log.info(`the queues' Redis (${where}) is reachable again`);
  };
  redis.on('error', onRedisError);
  redis.on('ready', onRedisReady);

  const queues = new Map<BoardQueueKey, Queue>();
  for (const described of boardQueues) {
    const queue = new Queue(described.name, { connection: redis, prefix });
    // Connection errors are reported once above; a queue re-emits each of them.
    queue.on('error', (error: Error) =>
      log.debug({ err: error, queue: described.name }, 'queue connection error'),
    );
    queues.set(described.stage, queue);
  }

  const at = (path: string): string => (basePath === '/' ? path : `${basePath}${path}`);
  const loginPath = at('/login');
  const logoutPath = at('/logout');
  const workbenchRoot = at('/workbench');
  const workbench =
    options.workbench === undefined
      ? undefined
      : createWorkbenchRouter({
          tenants: options.workbench.tenants,
          root: workbenchRoot,
          logoutPath,
          log,
        });

  // Each run's jobs on the board link to the run's plan in the workbench.
  const planUrl: PlanUrl = ({ tenant, plan, runId }) =>
    planPath(
      workbenchRoot,
      tenant,
      plan,
      runId === undefined ? '' : `?run=${encodeURIComponent(runId)}`,
    );

  const boards: Record<DashboardRole, RequestHandler> = {
    viewer: buildBoard('viewer'),
    admin: buildBoard('admin'),
  };
  function buildBoard(role: DashboardRole): RequestHandler {
    const serverAdapter = new ExpressAdapter();
    serverAdapter.setBasePath(basePath);
    createBullBoard({
      queues: createBoardAdapters(queues, role === 'admin' ? 'full' : 'read-only', {
        ...(workbench === undefined
          ? {}
          : { workbench: { planUrl, plansUrl: `${workbenchRoot}/` } }),
      }),
      serverAdapter,
      options: {
        uiConfig: {
          boardTitle: title,
          hideDocsLink: true,
          sortQueues: false,
          miscLinks: [
            ...(options.workbench === undefined
              ? []
              : [
                  {
                    text: 'Plan workbench (plans, net requirements, why)',
                    url: `${workbenchRoot}/`,
                  },
                ]),
            { text: `Log out (${role})`, url: logoutPath },
          ],
          environment:
            role === 'admin'
              ? { label: 'admin', color: '#b42318', textColor: '#ffffff' }
              : { label: 'viewer · read-only', color: '#2f6fde', textColor: '#ffffff' },
        },
      },
    });
    const router = Router();
    router.use(serverAdapter.getRouter() as RequestHandler);
    return router;
  }

  const metrics = createServiceMetrics({
    service: 'dashboard',
    collectQueueJobs: async () => {
      try {
        const entries = await Promise.all(
          [...queues.values()].map(async (queue) => [queue.name, await queue.getJobCounts()]),
        );
        return Object.fromEntries(entries) as Record<string, Record<string, number>>;
      } catch (error) {
        log.warn({ err: error }, 'metrics: could not read the job counts');
        return {};
      }
    },
  });

  const secureCookie = (req: Request): boolean => options.secureCookie ?? req.secure;
  const cookieOptions = { httpOnly: true, sameSite: 'strict', path: basePath } as const;

  const app = express();
  app.disable('x-powered-by');
  app.use((_req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'same-origin');
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    res.setHeader('Cache-Control', 'no-store');
    try {
      await withTimeout(redis.ping(), 2_000, 'Redis');
      res.json({ status: 'ready' });
    } catch (error) {
      res.status(503).json({ status: 'not ready', reason: `Redis: ${messageOf(error)}` });
    }
  });
  app.get('/metrics', async (_req, res) => {
    try {
      const body = await metrics.registry.metrics();
      res.setHeader('Content-Type', metrics.registry.contentType);
      res.setHeader('Cache-Control', 'no-store');
      res.send(body);
    } catch (error) {
      res
        .status(500)
        .type('text/plain')
        .send(`metrics failed: ${messageOf(error)}\n`);
    }
  });

  const sendLoginPage = (
    res: Response,
    status: number,
    next: string,
    notice?: { kind: 'error' | 'info'; text: string },
  ): void => {
    res
      .status(status)
      .set({
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy': LOGIN_PAGE_CSP,
        'Cache-Control': 'no-store',
      })
      .send(renderLoginPage({ title, action: loginPath, next, notice, roles: auth.roles }));
  };

  app.get(loginPath, (req, res) => {
    const notice =
      req.query.loggedOut === undefined
        ? undefined
        : ({ kind: 'info', text: 'You are logged out.' } as const);
    sendLoginPage(res, 200, safeRedirect(req.query.next, basePath), notice);
  });
  const throttle = new LoginThrottle(options.loginThrottle);
  const tooMany = (res: Response, next: string, retryAfterSeconds: number): void => {
    res.setHeader('Retry-After', String(retryAfterSeconds));
    sendLoginPage(res, 429, next, {
      kind: 'error',
      text: `Too many wrong tokens: try again in ${retryAfterSeconds} s.`,
    });
  };
  app.post(loginPath, express.urlencoded({ extended: false, limit: '8kb' }), (req, res) => {
    const body: unknown = req.body;
    const token = fieldOf(body, 'token');
    let next = safeRedirect(fieldOf(body, 'next'), basePath);
    const client = req.ip ?? 'unknown';
    const verdict = throttle.check(client);
    if (!verdict.allowed) {
      log.warn({ ip: req.ip }, 'dashboard login refused: too many wrong tokens');
      tooMany(res, next, verdict.retryAfterSeconds);
      return;
    }
    const principal = typeof token === 'string' ? auth.principalOfToken(token) : undefined;
    if (principal === undefined) {
      log.warn({ ip: req.ip }, 'dashboard login refused: the token is not valid');
      const after = throttle.failed(client);
      if (!after.allowed) {
        tooMany(res, next, after.retryAfterSeconds);
        return;
      }
      sendLoginPage(res, 401, next, { kind: 'error', text: 'That token is not valid.' });
      return;
    }
    throttle.succeeded(client);
    log.info({ ip: req.ip, role: principal.role, tenant: principal.tenant }, 'dashboard login');
    // A tenant's viewer has no board: send it to its plans.
    if (principal.tenant !== undefined && !next.startsWith(workbenchRoot)) {
      next = `${workbenchRoot}/`;
    }
    res.cookie(SESSION_COOKIE, auth.createSession(principal), {
      ...cookieOptions,
      secure: secureCookie(req),
      maxAge: auth.sessionTtlMs,
    });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, next);
  });
  const logout: RequestHandler = (req, res) => {
    res.clearCookie(SESSION_COOKIE, { ...cookieOptions, secure: secureCookie(req) });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(303, `${loginPath}?loggedOut=1`);
  };
  app.get(logoutPath, logout);
  app.post(logoutPath, logout);

  if (basePath !== '/') {
    app.get('/', (_req, res) => res.redirect(303, `${basePath}/`));
  }

  const unauthenticated = (req: Request, res: Response, reason: string): void => {
    const isApi = req.path.startsWith('/api/') || req.path.startsWith('/workbench/api/');
    if (!isApi && READ_METHODS.has(req.method) && req.accepts(['html', 'json']) === 'html') {
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, `${loginPath}?next=${encodeURIComponent(req.originalUrl)}`);
      return;
    }
    res
      .status(401)
      .set({ 'WWW-Authenticate': 'Bearer realm="replan-dashboard"', 'Cache-Control': 'no-store' })
      .json({ error: reason, login: loginPath });
  };

  app.use(basePath, (req: Request, res: Response, next: NextFunction) => {
    let principal: DashboardPrincipal | undefined;
    const bearer = bearerToken(req.get('authorization'));
    if (bearer !== undefined) {
      principal = bearer === null ? undefined : auth.principalOfToken(bearer);
      if (principal === undefined) {
        log.warn({ ip: req.ip }, 'dashboard request refused: the bearer token is not valid');
        res
          .status(401)
          .set({ 'WWW-Authenticate': 'Bearer realm="replan-dashboard", error="invalid_token"' })
          .json({ error: 'the bearer token is not valid' });
        return;
      }
    } else {
      const session = readCookie(req.get('cookie'), SESSION_COOKIE);
      if (session !== undefined) {
        principal = auth.verifySessionPrincipal(session);
        if (principal === undefined) {
          res.clearCookie(SESSION_COOKIE, { ...cookieOptions, secure: secureCookie(req) });
          unauthenticated(req, res, 'the session is not valid or has expired: log in again');
          return;
        }
      }
    }
    if (principal === undefined) {
      unauthenticated(req, res, 'log in, or send Authorization: Bearer <token>');
      return;
    }
    const role = principal.role;
    if (role === 'viewer' && !READ_METHODS.has(req.method)) {
      log.warn({ ip: req.ip, method: req.method, path: req.path }, 'viewer action refused');
      res.status(403).json({
        error: 'the viewer role is read-only: this action needs an admin token',
      });
      return;
    }
    if (!req.path.startsWith('/static/')) {
      // The same URL serves each role its own board: never let a cache mix them up.
      res.setHeader('Cache-Control', 'private, no-store');
    }
    if (
      workbench !== undefined &&
      (req.path === '/workbench' || req.path.startsWith('/workbench/'))
    ) {
      res.locals.principal = principal;
      if (req.path === '/workbench') {
        res.redirect(303, `${workbenchRoot}/`);
        return;
      }
      req.url = req.url.slice('/workbench'.length);
      workbench(req, res, next);
      return;
    }
    if (principal.tenant !== undefined) {
      // The queues' jobs name every tenant: a tenant's viewer sees its plans only.
      if (workbench !== undefined && req.accepts(['html', 'json']) === 'html') {
        res.redirect(303, `${workbenchRoot}/`);
        return;
      }
      res
        .status(403)
        .json({ error: `this token sees the plans of tenant '${principal.tenant}' only` });
      return;
    }
    boards[role](req, res, next);
  });

  app.use((error: unknown, req: Request, res: Response, next: NextFunction) => {
    log.error({ err: error, method: req.method, path: req.path }, 'dashboard request failed');
    if (res.headersSent) {
      next(error);
      return;
    }
    res.status(500).type('text/plain').send('internal error\n');
  });

  let closing: Promise<void> | undefined;
  return {
    app,
    basePath,
    prefix,
    roles: auth.roles,
    queues,
    metrics,
    waitUntilReady: (timeoutMs = 10_000) => waitUntilReady(redis, timeoutMs),
    close: () => {
      closing ??= (async () => {
        await Promise.all([...queues.values()].map((queue) => queue.close()));
        redis.off('error', onRedisError);
        redis.off('ready', onRedisReady);
        if (ownsRedis) await redis.quit().catch(() => redis.disconnect());
      })();
      return closing;
    },
  };
}

export interface StartDashboardOptions extends DashboardOptions {
  /** Default 3000; 0 picks a free port. */
  port?: number;
  /** Default '0.0.0.0'. */
  host?: string;
  /** How long to wait for Redis at start, in ms (default 10 s). */
  redisTimeoutMs?: number;
}

export interface RunningDashboard {
  /** The port it listens on (useful when started on port 0). */
  readonly port: number;
  readonly dashboard: Dashboard;
  /** Stops listening, ends open connections and closes the dashboard. */
  close(): Promise<void>;
}

/** Starts the dashboard once Redis answers; resolves when it listens. */
export async function startDashboard(options: StartDashboardOptions): Promise<RunningDashboard> {
  const dashboard = createDashboard(options);
  const host = options.host ?? '0.0.0.0';
  const port = options.port ?? 3000;
  const log = options.log ?? silentLogger();
  try {
    await dashboard.waitUntilReady(options.redisTimeoutMs ?? 10_000);
  } catch (error) {
    await dashboard.close().catch(() => undefined);
    const url =
      options.redisUrl === undefined ? 'the given connection' : redactRedisUrl(options.redisUrl);
    throw new Error(
      `the queues' Redis (${url}) cannot be reached: ${messageOf(error)} ` +
        `(check ${REDIS_URL_SETTING})`,
    );
  }
  const server: Server = createServer(dashboard.app);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          new Error(
            error.code === 'EADDRINUSE'
              ? `${host}:${port} is already in use (set REPLAN_DASHBOARD_PORT to another port)`
              : `the dashboard cannot listen on ${host}:${port}: ${error.message} ` +
                  `(check REPLAN_DASHBOARD_HOST and REPLAN_DASHBOARD_PORT)`,
          ),
        );
      });
      server.listen(port, host, () => resolve());
    });
  } catch (error) {
    await dashboard.close().catch(() => undefined);
    throw error;
  }
  const address = server.address() as AddressInfo;
  log.info(
    {
      port: address.port,
      host,
      basePath: dashboard.basePath,
      prefix: dashboard.prefix,
      roles: dashboard.roles,
    },
    'dashboard listening',
  );
  let closing: Promise<void> | undefined;
  return {
    port: address.port,
    dashboard,
    close: () => {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await dashboard.close();
      })();
      return closing;
    },
  };
}
