/**
 * @replan/observability: what every Replan process shares to be run in production:
 * JSON logs (pino) with the run and tenant on each line about a run, Prometheus metrics,
 * health/readiness/metrics endpoints and graceful shutdown on SIGTERM.
 */
export {
  createLogger,
  isLogLevel,
  runLogger,
  silentLogger,
  type LogDestination,
  type Logger,
  type LoggerOptions,
} from './logger';
export { createServiceMetrics, type ServiceMetrics } from './metrics';
export {
  startOpsServer,
  type OpsServer,
  type OpsServerOptions,
  type Readiness,
} from './ops-server';
export { handleShutdownSignals, type ShutdownOptions } from './shutdown';
