/**
 * `replan demo`: the whole service on one machine, on a made-up bicycle maker. Checks Redis
 * (or starts a private redis-server), creates a SQLite ERP database loaded with the demo
 * company, starts the workers in this process, requests a run through the publish library
 * as an ERP would, follows it on a progress bar, and prints the plan it reads back from the
 * database. With --serve, the workers and the queue dashboard keep running until Ctrl-C.
 */
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { InvalidArgumentError, type Command } from 'commander';
import { ReplanClient, type RunOutcome } from '@replan/client';
import { registryTenants, startDashboard, type RunningDashboard } from '@replan/dashboard';
import { DEMO_COMPANY_NAME, DEMO_PLAN, demoCompany } from '@replan/datagen';
import type { IsoDate } from '@replan/engine';
import { createLogger } from '@replan/observability';
import { startServe, type Server } from '@replan/pipeline';
import { redactRedisUrl } from '@replan/queue';
import { readActivePlan } from '@replan/sql';
import { msSince, now } from '../clock';
import { createDemoDatabase, type DemoDatabase } from '../demo/database';
import { formatCompany, formatDemoSummary, shownPath } from '../demo/demo-summary';
import { followRun } from '../demo/follow-run';
import { ensureRedis, type DemoRedis } from '../demo/redis';
import { CliError, ExitCode, messageOf } from '../exit-codes';
import { formatCount, formatDuration } from '../format';
import type { CliIo } from '../io';
import { DEFAULT_REDIS_URL, REDIS_URL_ENV } from './serve';

export const DEFAULT_DEMO_DB = 'demo/replan-demo.sqlite';
export const DEFAULT_DEMO_PREFIX = 'replan-demo';
export const DEFAULT_DASHBOARD_PORT = 3000;
/** The demo company's tenant in the registry the demo builds. */
export const DEMO_TENANT = 'velo-works';

export interface DemoCommandArgs {
  /** Redis URL; default $REPLAN_REDIS_URL or redis://127.0.0.1:6379. */
  redis?: string;
  /** SQLite file of the ERP database; default demo/replan-demo.sqlite under the cwd. */
  db?: string;
  /** Keep the workers and the dashboard running until Ctrl-C. */
  serve?: boolean;
  /** Port of the dashboard (with --serve). */
  port?: number;
  /** BullMQ key prefix of the demo's queues. */
  prefix?: string;
}

export interface DemoCommandHooks {
  /** Resolves when the demo should stop (default: the first SIGINT or SIGTERM). */
  stopSignal?: () => Promise<void>;
  /** Called with the dashboard's URL once --serve is serving (tests). */
  onServing?: (info: { dashboardUrl: string; workbenchUrl: string }) => void;
  /** The directory relative paths are resolved in (default the process's). */
  cwd?: string;
  /** The plan date (default today's UTC date). */
  today?: IsoDate;
}

/** The first SIGINT or SIGTERM, as a promise; `dispose` removes the handlers. */
function signals(): { signalled: Promise<string>; dispose: () => void } {
  let dispose = (): void => undefined;
  const signalled = new Promise<string>((resolveSignal) => {
    const on = (signal: NodeJS.Signals): void => {
      dispose();
      resolveSignal(signal);
    };
    process.once('SIGINT', on);
    process.once('SIGTERM', on);
    dispose = () => {
      process.off('SIGINT', on);
      process.off('SIGTERM', on);
    };
  });
  return { signalled, dispose };
}

interface Resources {
  redis?: DemoRedis;
  database?: DemoDatabase;
  server?: Server;
  client?: ReplanClient;
  dashboard?: RunningDashboard;
}

/** Closes what was opened, the last first; reports what could not be closed. */
async function release(resources: Resources, io: CliIo): Promise<void> {
  const { dashboard, client, server, database, redis } = resources;
  const steps: [string, (() => Promise<void>) | undefined][] = [
    ['the dashboard', dashboard && (() => dashboard.close())],
    ['the publish client', client && (() => client.close())],
    // Closing the workers also closes the tenant registry and its database connection.
    ['the workers', server && (() => server.close())],
    [
      'the database',
      server === undefined && database ? () => database.registry.close() : undefined,
    ],
    ['redis-server', redis && (() => redis.stop())],
  ];
  for (const [what, close] of steps) {
    if (close === undefined) continue;
    try {
      await close();
    } catch (error) {
      io.err(`replan demo: could not close ${what}: ${messageOf(error)}\n`);
    }
  }
}

/** The user pressed Ctrl-C (or the process was told to stop). */
class Interrupted extends Error {
  constructor(signal: string) {
    super(`${signal} received`);
    this.name = 'Interrupted';
  }
}

function todayUtc(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/** Requests the run; a request of an earlier demo still waiting is cancelled first. */
async function requestRun(client: ReplanClient, planDate: IsoDate): Promise<string> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    const { runId, queued } = await client.requestRun({ plan: DEMO_PLAN, planDate });
    if (queued === 'new') return runId;
    await client.cancelRun(runId);
    await new Promise((wait) => setTimeout(wait, 200 * attempt));
  }
  throw new CliError(
    `a run of plan ${DEMO_PLAN} is still queued from an earlier demo on the same prefix; ` +
      `wait for it to end or use another --prefix`,
    ExitCode.Internal,
  );
}

function describeFailure(outcome: RunOutcome): string {
  const reason = outcome.error ?? 'no reason given';
  return `the planning run ${outcome.runId} ${outcome.status === 'cancelled' ? 'was cancelled' : 'failed'}: ${reason}`;
}

async function demo(
  args: DemoCommandArgs,
  io: CliIo,
  hooks: DemoCommandHooks,
  resources: Resources,
  interrupted: Promise<never>,
): Promise<ExitCode> {
  const say = (line: string): void => io.out(`${line}\n`);
  const cwd = hooks.cwd ?? process.cwd();
  const setting =
    args.redis !== undefined
      ? '--redis'
      : process.env[REDIS_URL_ENV] !== undefined
        ? REDIS_URL_ENV
        : 'the default';
  const requestedUrl = args.redis ?? process.env[REDIS_URL_ENV] ?? DEFAULT_REDIS_URL;
  const prefix = args.prefix ?? DEFAULT_DEMO_PREFIX;
  const today = hooks.today ?? todayUtc();
  if (args.port !== undefined && args.serve !== true) {
    io.err('replan demo: warning: --port is used with --serve only; no dashboard is started\n');
  }

  const dataset = demoCompany({ today });
  say(formatCompany(DEMO_COMPANY_NAME, dataset));

  resources.redis = await ensureRedis({ url: requestedUrl, setting, say });
  const redisUrl = resources.redis.url;

  const file = resolve(cwd, args.db ?? DEFAULT_DEMO_DB);
  const secret = randomBytes(24).toString('hex');
  const started = now();
  resources.database = await createDemoDatabase({
    file,
    setting: '--db',
    tenantId: DEMO_TENANT,
    secret,
    dataset,
  });
  const { database } = resources;
  say(
    `Database   ${shownPath(file, cwd)}: ERP tables created, ${formatCount(database.rows)} ` +
      `input rows loaded (${formatDuration(msSince(started))})`,
  );

  try {
    // The workers log nothing here: what goes wrong in a run comes back as its outcome.
    // The workers' own log: only what needs attention, as JSON lines on standard error.
    const log = createLogger({ service: 'demo', level: 'warn', destination: process.stderr });
    resources.server = await startServe({ redisUrl, registry: database.registry, prefix, log });
  } catch (error) {
    throw new CliError(`cannot start the workers: ${messageOf(error)}`, ExitCode.Internal);
  }
  say(`Workers    started in this process (queue prefix ${prefix}, tenant ${DEMO_TENANT})`);

  resources.client = new ReplanClient({ redisUrl, tenant: DEMO_TENANT, secret, prefix });
  const runStarted = now();
  const runId = await requestRun(resources.client, today);
  say(`Run        ${runId} requested for plan ${DEMO_PLAN}, plan date ${today}`);
  const outcome = await followRun(resources.client, runId, io, { interrupted });
  if (outcome.status !== 'succeeded')
    throw new CliError(describeFailure(outcome), ExitCode.Internal);
  say(`           ${outcome.status} in ${formatDuration(msSince(runStarted))}\n`);

  const rows = await readActivePlan(database.knex, DEMO_PLAN);
  if (rows === undefined || outcome.counts === undefined) {
    throw new CliError(
      `the run succeeded but ${shownPath(file, cwd)} holds no active plan ${DEMO_PLAN}`,
      ExitCode.Internal,
    );
  }
  io.out(
    formatDemoSummary({
      rows,
      planDate: today,
      counts: outcome.counts,
      file,
      cwd,
      planId: DEMO_PLAN,
    }),
  );
  const code = rows.messages.some((m) => m.severity === 'error')
    ? ExitCode.PlannedWithErrors
    : ExitCode.Ok;
  if (args.serve !== true) return code;

  const adminToken = randomBytes(24).toString('hex');
  try {
    resources.dashboard = await startDashboard({
      redisUrl,
      prefix,
      port: args.port ?? DEFAULT_DASHBOARD_PORT,
      host: '127.0.0.1',
      tokens: { admin: adminToken },
      title: `Replan demo: ${DEMO_COMPANY_NAME}`,
      workbench: { tenants: registryTenants(database.registry) },
    });
  } catch (error) {
    throw new CliError(
      `cannot start the dashboard on port ${args.port ?? DEFAULT_DASHBOARD_PORT} (--port): ` +
        messageOf(error),
    );
  }
  const dashboardUrl = `http://127.0.0.1:${resources.dashboard.port}/`;
  const workbenchUrl = `${dashboardUrl}workbench/tenants/${DEMO_TENANT}/plans/${DEMO_PLAN}/`;
  say(
    `\nServing (Ctrl-C stops it)\n` +
      `  dashboard      ${dashboardUrl}\n` +
      `  workbench      ${workbenchUrl}   (the plan: late lines, why, net requirements)\n` +
      `  admin token    ${adminToken}   (log in to the dashboard with it)\n` +
      `  workers        on ${redactRedisUrl(redisUrl)}, queue prefix ${prefix}\n` +
      `  tenant         ${DEMO_TENANT}, secret ${secret}   (to request runs with @replan/client)\n`,
  );
  hooks.onServing?.({ dashboardUrl, workbenchUrl });
  await Promise.race([hooks.stopSignal?.() ?? new Promise<never>(() => undefined), interrupted]);
  return code;
}

/** Runs `replan demo` and returns its exit code; errors are printed, not thrown. */
export async function runDemoCommand(
  args: DemoCommandArgs,
  io: CliIo,
  hooks: DemoCommandHooks = {},
): Promise<ExitCode> {
  const resources: Resources = {};
  const { signalled, dispose } = signals();
  const interrupted = signalled.then((signal): never => {
    throw new Interrupted(signal);
  });
  // Rejections are read by whoever races on it; this keeps an unawaited one quiet.
  interrupted.catch(() => undefined);
  try {
    return await demo(args, io, hooks, resources, interrupted);
  } catch (error) {
    if (error instanceof Interrupted) {
      io.err(`replan demo: ${error.message}, stopping\n`);
      return args.serve === true ? ExitCode.Ok : ExitCode.Internal;
    }
    if (!(error instanceof CliError)) throw error;
    io.err(`replan demo: ${error.message}\n`);
    return error.exitCode;
  } finally {
    dispose();
    await release(resources, io);
  }
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65_535) {
    throw new InvalidArgumentError(`Expected a port number from 1 to 65535, got '${value}'.`);
  }
  return port;
}

export function addDemoCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): Command {
  return program
    .command('demo')
    .description(
      'plan a demo bicycle maker end to end: SQLite ERP database, workers on Redis, a run ' +
        'requested through the publish library, the plan read back',
    )
    .option('--redis <url>', `Redis URL (default $${REDIS_URL_ENV} or ${DEFAULT_REDIS_URL})`)
    .option('--db <file>', `SQLite file of the demo ERP database (default ${DEFAULT_DEMO_DB})`)
    .option('--serve', 'keep the workers and the dashboard running until Ctrl-C')
    .option(
      '--port <n>',
      `port of the dashboard with --serve (default ${DEFAULT_DASHBOARD_PORT})`,
      parsePort,
    )
    .option('--prefix <prefix>', `BullMQ key prefix of the queues (default ${DEFAULT_DEMO_PREFIX})`)
    .action(async (options: DemoCommandArgs) => {
      setExitCode(await runDemoCommand(options, io));
    });
}
