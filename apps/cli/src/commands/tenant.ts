/**
 * `replan tenant migrate` creates or upgrades the integration tables (docs/erp-contract.md)
 * in the ERP databases of the registry's tenants; `replan tenant remove NAME` deletes every
 * key, stream and job the service holds for a tenant (its registry entry is left to the
 * operator).
 */
import type { Command } from 'commander';
import { migrateLatest } from '@replan/sql';
import { TenantRegistry, TenantRegistryError, removeTenant } from '@replan/pipeline';
import { QUEUE_PREFIX, createRedisConnection, waitUntilReady } from '@replan/queue';
import { ExitCode, messageOf } from '../exit-codes';
import type { CliIo } from '../io';
import { DEFAULT_REDIS_URL, REDIS_URL_ENV } from './serve';

export interface TenantMigrateArgs {
  registry?: string;
}

/** Migrates the named tenants' databases (all tenants when none is named). */
export async function runTenantMigrate(
  names: readonly string[],
  args: TenantMigrateArgs,
  io: CliIo,
): Promise<ExitCode> {
  const file = args.registry ?? process.env.REPLAN_REGISTRY;
  if (file === undefined) {
    io.err('replan tenant migrate: give --registry FILE (or set REPLAN_REGISTRY)\n');
    return ExitCode.BadInput;
  }
  let registry: TenantRegistry;
  try {
    registry = await TenantRegistry.fromFile(file);
  } catch (error) {
    io.err(`replan tenant migrate: ${messageOf(error)}\n`);
    return error instanceof TenantRegistryError ? ExitCode.BadInput : ExitCode.Internal;
  }
  try {
    const ids = names.length > 0 ? names : registry.ids();
    for (const id of ids) {
      const tenant = registry.get(id);
      if (tenant === undefined) {
        io.err(`replan tenant migrate: tenant '${id}' is not in the registry ${file}\n`);
        return ExitCode.BadInput;
      }
      try {
        await migrateLatest(registry.openTenantDatabase(tenant));
      } catch (error) {
        io.err(
          `replan tenant migrate: tenant '${id}' (${tenant.database.client}): ${messageOf(error)}\n`,
        );
        return ExitCode.Internal;
      }
      io.out(`tenant ${id}: integration tables up to date\n`);
    }
    return ExitCode.Ok;
  } finally {
    await registry.close();
  }
}

export interface TenantRemoveArgs {
  redis?: string;
  prefix?: string;
}

/** Removes what the service holds for a tenant and prints what was removed. */
export async function runTenantRemove(
  name: string,
  args: TenantRemoveArgs,
  io: CliIo,
): Promise<ExitCode> {
  const redisUrl = args.redis ?? process.env[REDIS_URL_ENV] ?? DEFAULT_REDIS_URL;
  const prefix = args.prefix ?? process.env.REPLAN_PREFIX ?? QUEUE_PREFIX;
  let redis;
  try {
    redis = createRedisConnection(redisUrl, 'producer', { connectionName: 'replan-tenant-remove' });
    await waitUntilReady(redis);
  } catch (error) {
    redis?.disconnect();
    io.err(`replan tenant remove: ${messageOf(error)}\n`);
    return ExitCode.BadInput;
  }
  try {
    const serviceKey = process.env.REPLAN_SERVICE_KEY;
    const removal = await removeTenant(redis, name, {
      prefix,
      ...(serviceKey !== undefined && serviceKey !== '' ? { serviceKey } : {}),
    });
    const jobs = Object.entries(removal.jobs)
      .map(([queue, n]) => `${n} in ${queue}`)
      .join(', ');
    io.out(
      `tenant ${name}: removed jobs (${jobs}), ${removal.keys} keys and ${removal.events} ` +
        `queue events` +
        (removal.stoppedRuns.length > 0 ? `; stopped runs ${removal.stoppedRuns.join(', ')}` : '') +
        '\n' +
        `Remove the tenant from the registry file too, or its requests will be accepted again.\n`,
    );
    return ExitCode.Ok;
  } catch (error) {
    io.err(`replan tenant remove: ${messageOf(error)}\n`);
    return ExitCode.Internal;
  } finally {
    await redis.quit().catch(() => redis.disconnect());
  }
}

export function addTenantCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): Command {
  const tenant = program.command('tenant').description("manage tenants' databases and data");
  tenant
    .command('migrate [names...]')
    .description("create or upgrade the integration tables in the tenants' ERP databases")
    .option('--registry <file>', 'tenant registry JSON file (default $REPLAN_REGISTRY)')
    .action(async (names: string[], options: TenantMigrateArgs) => {
      setExitCode(await runTenantMigrate(names, options, io));
    });
  tenant
    .command('remove <name>')
    .description('delete every key, stream and job the service holds for a tenant')
    .option('--redis <url>', `Redis URL (default $${REDIS_URL_ENV} or ${DEFAULT_REDIS_URL})`)
    .option('--prefix <prefix>', 'key prefix of the queues (default $REPLAN_PREFIX or replan)')
    .action(async (name: string, options: TenantRemoveArgs) => {
      setExitCode(await runTenantRemove(name, options, io));
    });
  return tenant;
}
