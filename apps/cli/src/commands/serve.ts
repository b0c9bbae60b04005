/**
 * `replan serve`: runs the planning service, a worker on the requests queue that plans the
 * runs the ERPs request, for the tenants of a registry file. Stops gracefully (the running
 * run is finished first) on SIGINT or SIGTERM.
 */
import type { Command } from 'commander';
import { startServe, TenantRegistryError, type Server } from '@replan/pipeline';
import { ExitCode, messageOf } from '../exit-codes';
import type { CliIo } from '../io';
import { parsePositiveCount } from '../options';

export const REDIS_URL_ENV = 'REPLAN_REDIS_URL';
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export interface ServeCommandArgs {
  registry: string;
  redis?: string;
  prefix?: string;
  concurrency?: number;
}

export interface ServeCommandHooks {
  /** Resolves when the service should stop; default: on the first SIGINT or SIGTERM. */
  stopSignal?: () => Promise<void>;
  /** Called once the service is serving (tests). */
  onServing?: (server: Server) => void;
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
  const redisUrl = args.redis ?? process.env[REDIS_URL_ENV] ?? DEFAULT_REDIS_URL;
  let server: Server;
  try {
    server = await startServe({
      redisUrl,
      registryFile: args.registry,
      ...(args.prefix !== undefined ? { prefix: args.prefix } : {}),
      ...(args.concurrency !== undefined ? { concurrency: args.concurrency } : {}),
      log: {
        info: (message) => io.err(`${message}\n`),
        warn: (message) => io.err(`warning: ${message}\n`),
        error: (message) => io.err(`error: ${message}\n`),
      },
    });
  } catch (error) {
    const message =
      error instanceof TenantRegistryError ? error.message : `cannot start: ${messageOf(error)}`;
    io.err(`replan serve: ${message}\n`);
    return error instanceof TenantRegistryError ? ExitCode.BadInput : ExitCode.Internal;
  }
  hooks.onServing?.(server);
  await (hooks.stopSignal ?? untilSignal)();
  io.err('replan serve: stopping (finishing the running runs)\n');
  await server.close();
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
    .description('run the planning service: plan the runs requested on the queue')
    .requiredOption('--registry <file>', 'tenant registry JSON file (tenants, secrets, databases)')
    .option('--redis <url>', `Redis URL (default $${REDIS_URL_ENV} or ${DEFAULT_REDIS_URL})`)
    .option('--prefix <prefix>', 'BullMQ key prefix of the queues (default replan)')
    .option('--concurrency <n>', 'runs planned at the same time (default 1)', parsePositiveCount)
    .action(async (options: ServeCommandArgs) => {
      setExitCode(await runServeCommand(options, io));
    });
}
