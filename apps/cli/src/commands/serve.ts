/**
 * `replan serve`: the whole planning service in one process (coordinator, connector,
 * engine and writer roles), configured like the separate apps by REPLAN_* environment
 * variables (docs/operations.md); the flags override their variables. Logs are JSON lines
 * on standard output. Stops gracefully on SIGINT or SIGTERM.
 */
import type { Command } from 'commander';
import {
  ConfigError,
  TenantRegistryError,
  startApp,
  type RunningApp,
  type StartAppOptions,
} from '@replan/pipeline';
import { ExitCode, messageOf } from '../exit-codes';
import type { CliIo } from '../io';

export const REDIS_URL_ENV = 'REPLAN_REDIS_URL';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export interface ServeCommandArgs {
  registry?: string;
  redis?: string;
  prefix?: string;
  port?: string;
}

export interface ServeCommandHooks {
  /** Resolves when the service should stop; default: on the first SIGINT or SIGTERM. */
  stopSignal?: () => Promise<void>;
  /** Called once the service is serving (tests). */
  onServing?: (app: RunningApp) => void;
  /** The environment (default process.env) and where log lines go. */
  env?: Readonly<Record<string, string | undefined>>;
  logDestination?: StartAppOptions['logDestination'];
}

function untilSignal(): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

/** Runs `replan serve` until it is told to stop; returns its exit code. */
export async function runServeCommand(
  args: ServeCommandArgs,
  io: CliIo,
  hooks: ServeCommandHooks = {},
): Promise<ExitCode> {
  const env: Record<string, string | undefined> = { ...(hooks.env ?? process.env) };
  if (args.registry !== undefined) env.REPLAN_REGISTRY = args.registry;
  if (args.redis !== undefined) env.REPLAN_REDIS_URL = args.redis;
  if (args.prefix !== undefined) env.REPLAN_PREFIX = args.prefix;
  if (args.port !== undefined) env.REPLAN_HTTP_PORT = args.port;
  let app: RunningApp;
  try {
    app = await startApp('serve', {
      env,
      ...(hooks.logDestination !== undefined ? { logDestination: hooks.logDestination } : {}),
    });
  } catch (error) {
    const bad = error instanceof TenantRegistryError || error instanceof ConfigError;
    io.err(`replan serve: ${bad ? error.message : `cannot start: ${messageOf(error)}`}\n`);
    return bad ? ExitCode.BadInput : ExitCode.Internal;
  }
  io.err(
    `replan serve: serving ${app.config.prefix} queues for ${app.service.registry?.ids().length ?? 0} ` +
      `tenants${app.ops !== undefined ? `; /healthz, /readyz, /metrics on :${app.ops.port}` : ''}\n`,
  );
  hooks.onServing?.(app);
  await (hooks.stopSignal ?? untilSignal)();
  io.err('replan serve: stopping (finishing the running jobs)\n');
  // Past the shutdown time plus a margin, stop waiting (a stage stuck in its database).
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(true), app.config.shutdownTimeoutMs + 5_000);
  });
  const timedOut = await Promise.race([app.stop().then(() => false), gaveUp]);
  clearTimeout(timer);
  if (timedOut) {
    io.err('replan serve: shutdown did not finish in time: stopping anyway\n');
    return ExitCode.Internal;
  }
  io.err('replan serve: stopped\n');
  return ExitCode.Ok;
}

export function addServeCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): Command {
  return program
    .command('serve')
    .description(
      'run the whole planning service in one process (configured by REPLAN_* variables, see docs/operations.md)',
    )
    .option('--registry <file>', 'tenant registry JSON file (default $REPLAN_REGISTRY)')
    .option('--redis <url>', `Redis URL (default $${REDIS_URL_ENV} or ${DEFAULT_REDIS_URL})`)
    .option('--prefix <prefix>', 'key prefix of the queues (default $REPLAN_PREFIX or replan)')
    .option(
      '--port <port>',
      'port of /healthz, /readyz, /metrics (default $REPLAN_HTTP_PORT or 9100; 0: none)',
    )
    .action(async (options: ServeCommandArgs) => {
      setExitCode(await runServeCommand(options, io));
    });
}
