/**
 * Running a service app: configuration from the environment, JSON logs, the workers of
 * the app's roles, the operations endpoints, and graceful shutdown on SIGTERM/SIGINT.
 * The connector, engine and writer apps and `replan serve` are each this, with their roles.
 */
import {
  createLogger,
  handleShutdownSignals,
  startOpsServer,
  type LogDestination,
  type Logger,
  type OpsServer,
} from '@replan/observability';
import { readServiceConfig, type ServiceApp, type ServiceConfig } from './config';
import { startService, type Service, type ServiceOptions } from './service';

export interface RunningApp {
  readonly config: ServiceConfig;
  readonly service: Service;
  readonly log: Logger;
  /** The operations server, when REPLAN_HTTP_PORT is not 0. */
  readonly ops: OpsServer | undefined;
  /** Stops the app as SIGTERM would (within the configured shutdown time). */
  stop(): Promise<void>;
}

export interface StartAppOptions {
  env?: Readonly<Record<string, string | undefined>>;
  /** Where the JSON log lines go (default standard output). */
  logDestination?: LogDestination;
}

/** Starts an app from its environment; throws ConfigError for a bad configuration. */
export async function startApp(
  app: ServiceApp,
  options: StartAppOptions = {},
): Promise<RunningApp> {
  const config = readServiceConfig(app, options.env ?? process.env);
  const log = createLogger({
    service: app,
    level: config.logLevel,
    ...(options.logDestination !== undefined ? { destination: options.logDestination } : {}),
  });
  const serviceOptions: ServiceOptions = {
    serviceName: app,
    redisUrl: config.redisUrl,
    serviceKey: config.serviceKey,
    roles: config.roles,
    prefix: config.prefix,
    concurrency: config.concurrency,
    log,
    streamTimeoutMs: config.streamTimeoutMs,
    requestMaxAgeMs: config.requestMaxAgeMs,
    planPartitions: config.planPartitions,
    partitionConcurrency: config.partitionConcurrency,
  };
  if (config.registryFile !== undefined) serviceOptions.registryFile = config.registryFile;
  if (config.engineMaxHeapMb !== undefined) serviceOptions.engineMaxHeapMb = config.engineMaxHeapMb;
  if (config.planSizeLimits !== undefined) serviceOptions.planSizeLimits = config.planSizeLimits;
  const service = await startService(serviceOptions);
  let ops: OpsServer | undefined;
  if (config.httpPort !== 0) {
    try {
      ops = await startOpsServer({
        port: config.httpPort,
        host: config.httpHost,
        registry: service.metrics.registry,
        readiness: () => service.readiness(),
      });
    } catch (error) {
      await service.close();
      throw error;
    }
    log.info(
      { port: ops.port },
      `operations endpoints on :${ops.port} (/healthz, /readyz, /metrics)`,
    );
  }
  let stopping: Promise<void> | undefined;
  return {
    config,
    service,
    log,
    ops,
    stop: () => {
      stopping ??= (async () => {
        await service.close({ deadline: Date.now() + config.shutdownTimeoutMs });
        await ops?.close();
      })();
      return stopping;
    },
  };
}

/**
 * The main of a service app: starts it, stops it on SIGTERM/SIGINT, exits 2 on a bad
 * configuration (the message lists every variable at fault) and 1 when it cannot start.
 */
export async function runApp(app: ServiceApp): Promise<void> {
  let running: RunningApp;
  try {
    running = await startApp(app);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`replan ${app}: ${message}\n`);
    process.exitCode = error instanceof Error && error.name === 'ConfigError' ? 2 : 1;
    return;
  }
  handleShutdownSignals({
    log: running.log,
    timeoutMs: running.config.shutdownTimeoutMs,
    stop: () => running.stop(),
  });
}
