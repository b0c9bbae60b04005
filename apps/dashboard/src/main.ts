/**
 * replan-dashboard: bull-board on the pipeline's queues behind a login. Reads its
 * configuration from the environment (see libs/dashboard/README.md), logs JSON lines and
 * stops gracefully on SIGTERM or SIGINT.
 *
 * Exit codes: 2 the configuration is not valid (each problem is logged), 1 the dashboard
 * could not start or stop.
 */
import { registryTenants, startDashboard } from '@replan/dashboard';
import { TenantRegistry } from '@replan/pipeline';
import { createLogger, handleShutdownSignals } from '@replan/observability';
import { ConfigError, parseConfig, type DashboardConfig } from './config';

const SERVICE = 'dashboard';
const SHUTDOWN_TIMEOUT_MS = 10_000;

async function main(): Promise<void> {
  let config: DashboardConfig;
  try {
    config = parseConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    createLogger({ service: SERVICE }).fatal({ problems: error.problems }, error.message);
    process.exitCode = 2;
    return;
  }
  const log = createLogger({ service: SERVICE, level: config.logLevel });
  if (config.sessionSecret === undefined) {
    log.info(
      'REPLAN_DASHBOARD_SESSION_SECRET is not set: logins end when the process restarts ' +
        'and are not shared between replicas',
    );
  }
  try {
    // With a tenant registry, the workbench reads the tenants' ERP databases.
    const registry =
      config.registryFile === undefined
        ? undefined
        : await TenantRegistry.fromFile(config.registryFile);
    const running = await startDashboard({
      ...config,
      log,
      ...(registry === undefined ? {} : { workbench: { tenants: registryTenants(registry) } }),
    });
    handleShutdownSignals({
      log,
      timeoutMs: SHUTDOWN_TIMEOUT_MS,
      stop: async () => {
        await running.close();
        await registry?.close();
      },
    });
  } catch (error) {
    log.fatal({ err: error }, error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  createLogger({ service: SERVICE }).fatal({ err: error }, 'the dashboard failed');
  process.exitCode = 1;
});
