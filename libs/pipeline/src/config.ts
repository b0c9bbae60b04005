/**
 * The configuration of the service apps (connector, engine, writer, and `replan serve`),
 * read from environment variables. Every variable is listed in SERVICE_SETTINGS (the
 * reference in docs/operations.md and the docker-compose file are checked against it);
 * every error names the variable at fault, and all errors are reported at once.
 */
import { DEFAULT_MAX_AGE_MS } from '@replan/client';
import { DEFAULT_PLAN_SIZE_LIMITS, type PlanSizeLimits } from '@replan/engine';
import { isLogLevel } from '@replan/observability';
import { QUEUE_PREFIX, isValidId, parseRedisUrl } from '@replan/queue';
import { DEFAULT_STREAM_TIMEOUT_MS } from './context';
import { DEFAULT_PARTITION_CONCURRENCY } from './partitions/partition-worker';
import { DEFAULT_CONCURRENCY, type WorkerRole } from './service';

/** The processes Replan ships. */
export type ServiceApp = 'connector' | 'engine' | 'writer' | 'serve';

export const SERVICE_APPS: readonly ServiceApp[] = ['connector', 'engine', 'writer', 'serve'];

/** The roles each app runs. */
export const APP_ROLES: Readonly<Record<ServiceApp, readonly WorkerRole[]>> = {
  connector: ['coordinator', 'extract'],
  engine: ['plan'],
  writer: ['write'],
  serve: ['coordinator', 'extract', 'plan', 'write'],
};

/** Default port of each app's health, readiness and metrics endpoints. */
export const DEFAULT_HTTP_PORT: Readonly<Record<ServiceApp, number>> = {
  serve: 9100,
  connector: 9101,
  engine: 9102,
  writer: 9103,
};

export interface ServiceConfig {
  app: ServiceApp;
  roles: readonly WorkerRole[];
  redisUrl: string;
  prefix: string;
  /** Tenant registry file; absent for the engine, which never opens a tenant database. */
  registryFile?: string;
  /** REPLAN_SERVICE_KEY: signs and verifies stage jobs and abort keys. */
  serviceKey: string;
  concurrency: Partial<Record<WorkerRole, number>>;
  /** 0: no operations endpoints. */
  httpPort: number;
  httpHost: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  shutdownTimeoutMs: number;
  streamTimeoutMs: number;
  requestMaxAgeMs: number;
  engineMaxHeapMb?: number;
  planPartitions: number;
  partitionConcurrency: number;
  /** Engine: plan-size limits set in the environment (the engine's defaults otherwise). */
  planSizeLimits?: Partial<PlanSizeLimits>;
}

/** One environment variable of the service apps. */
export interface ServiceSetting {
  name: string;
  /** The apps that read it. */
  apps: readonly ServiceApp[];
  /** Shown in the reference; 'required' when there is none. */
  default: string;
  description: string;
}

const ALL = SERVICE_APPS;
const WITH_REGISTRY: readonly ServiceApp[] = ['connector', 'writer', 'serve'];

export const SERVICE_SETTINGS: readonly ServiceSetting[] = [
  {
    name: 'REPLAN_REDIS_URL',
    apps: ALL,
    default: 'redis://127.0.0.1:6379',
    description: 'Redis of the queues and run streams: redis://[user:password@]host:port[/db]',
  },
  {
    name: 'REPLAN_PREFIX',
    apps: ALL,
    default: QUEUE_PREFIX,
    description:
      'Key prefix of the queues and run streams; the same in every process of a deployment',
  },
  {
    name: 'REPLAN_REGISTRY',
    apps: WITH_REGISTRY,
    default: 'required',
    description: 'Tenant registry JSON file: each tenant with its secret and ERP database',
  },
  {
    name: 'REPLAN_SERVICE_KEY',
    apps: ALL,
    default: 'required',
    description:
      'Service key (at least 32 characters, e.g. `openssl rand -hex 32`): the coordinator signs every stage job and abort key with it, and the stages refuse jobs and keys it did not sign. The same in every process of a deployment; never given to an ERP or a tenant',
  },
  {
    name: 'REPLAN_RUN_CONCURRENCY',
    apps: ['connector', 'serve'],
    default: String(DEFAULT_CONCURRENCY.coordinator),
    description: 'Runs one process coordinates at the same time (light: waits on the stages)',
  },
  {
    name: 'REPLAN_EXTRACT_CONCURRENCY',
    apps: ['connector', 'serve'],
    default: String(DEFAULT_CONCURRENCY.extract),
    description: 'Snapshots one connector extracts at the same time',
  },
  {
    name: 'REPLAN_PLAN_CONCURRENCY',
    apps: ['engine', 'serve'],
    default: String(DEFAULT_CONCURRENCY.plan),
    description: 'Plans one engine computes at the same time, each in a thread (one per core)',
  },
  {
    name: 'REPLAN_PLAN_PARTITIONS',
    apps: ['engine', 'serve'],
    default: '1',
    description:
      'Partitions each run is planned in, as partition jobs any engine takes (1: planned whole by one engine)',
  },
  {
    name: 'REPLAN_PARTITION_CONCURRENCY',
    apps: ['engine', 'serve'],
    default: String(DEFAULT_PARTITION_CONCURRENCY),
    description:
      'Partition jobs one engine plans at the same time, each in a thread; all engines together need at least REPLAN_PLAN_PARTITIONS',
  },
  {
    name: 'REPLAN_WRITE_CONCURRENCY',
    apps: ['writer', 'serve'],
    default: String(DEFAULT_CONCURRENCY.write),
    description: 'Results one writer writes at the same time',
  },
  {
    name: 'REPLAN_REQUEST_MAX_AGE_MS',
    apps: ['connector', 'serve'],
    default: String(DEFAULT_MAX_AGE_MS),
    description:
      'How old a signed request may be when a connector first takes it (it also waits in the queue for a free connector); older ones are refused as expired',
  },
  {
    name: 'REPLAN_ENGINE_MAX_HEAP_MB',
    apps: ['engine', 'serve'],
    default: "the process's heap limit",
    description:
      'Heap limit of each planning thread in MiB (about 1 GiB per million nodes); a plan that does not fit fails its run, the engine stays up',
  },
  {
    name: 'REPLAN_MAX_PLANNED_ORDERS',
    apps: ['engine', 'serve'],
    default: String(DEFAULT_PLAN_SIZE_LIMITS.maxPlannedOrders),
    description:
      'Most planned orders one plan may have; a plan that would have more fails at once, naming the planning node that asks for them',
  },
  {
    name: 'REPLAN_MAX_PEGGING_ROWS',
    apps: ['engine', 'serve'],
    default: String(DEFAULT_PLAN_SIZE_LIMITS.maxPeggingRows),
    description:
      'Most pegging rows (with the requirements planned orders create) one plan may have; a plan that would have more fails at once, naming the planning node',
  },
  {
    name: 'REPLAN_MAX_ORDER_DAYS',
    apps: ['engine', 'serve'],
    default: String(DEFAULT_PLAN_SIZE_LIMITS.maxOrderDays),
    description:
      'Most working days one operation of one planned order may take of its resource (each a capacity reservation row); a plan with a longer one fails at once, naming the planning node',
  },
  {
    name: 'REPLAN_STREAM_TIMEOUT_MS',
    apps: ['engine', 'writer', 'serve'],
    default: String(DEFAULT_STREAM_TIMEOUT_MS),
    description: 'How long a stage waits for the next batch of a run stream before failing the run',
  },
  {
    name: 'REPLAN_HTTP_PORT',
    apps: ALL,
    default: `${DEFAULT_HTTP_PORT.connector} connector, ${DEFAULT_HTTP_PORT.engine} engine, ${DEFAULT_HTTP_PORT.writer} writer, ${DEFAULT_HTTP_PORT.serve} serve`,
    description: 'Port of /healthz, /readyz and /metrics; 0 turns them off',
  },
  {
    name: 'REPLAN_HTTP_HOST',
    apps: ALL,
    default: '0.0.0.0',
    description: 'Address the operations endpoints listen on',
  },
  {
    name: 'REPLAN_LOG_LEVEL',
    apps: ALL,
    default: 'info',
    description: 'fatal, error, warn, info, debug, trace or silent (JSON lines on standard output)',
  },
  {
    name: 'REPLAN_SHUTDOWN_TIMEOUT_MS',
    apps: ALL,
    default: '30000',
    description:
      'On SIGTERM, how long active jobs get to finish before they are given up (a stage fails its run, a coordinator hands its run to another connector)',
  },
];

/** The shortest service key accepted: 32 characters (128 bits as hex digits). */
export const MIN_SERVICE_KEY_LENGTH = 32;

/** Configuration errors, all of them, each naming its variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

type Env = Readonly<Record<string, string | undefined>>;

/** Reads an app's configuration from `env`; throws ConfigError listing every problem. */
export function readServiceConfig(app: ServiceApp, env: Env): ServiceConfig {
  const problems: string[] = [];
  const value = (name: string): string | undefined => {
    const raw = env[name];
    return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
  };
  const whole = (name: string, fallback: number, min: number, max: number): number => {
    const raw = value(name);
    if (raw === undefined) return fallback;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > max) {
      problems.push(
        `${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`,
      );
      return fallback;
    }
    return n;
  };

  const redisUrl = value('REPLAN_REDIS_URL') ?? 'redis://127.0.0.1:6379';
  try {
    parseRedisUrl(redisUrl, 'REPLAN_REDIS_URL');
  } catch (error) {
    problems.push((error as Error).message);
  }
  const prefix = value('REPLAN_PREFIX') ?? QUEUE_PREFIX;
  if (!isValidId(prefix)) {
    problems.push(
      `REPLAN_PREFIX must be 1 to 128 letters, digits, '_', '.' or '-' (no ':'), got ${JSON.stringify(prefix)}`,
    );
  }
  const registryFile = value('REPLAN_REGISTRY');
  if (registryFile === undefined && WITH_REGISTRY.includes(app)) {
    problems.push(
      `REPLAN_REGISTRY is required by the ${app}: the path of the tenant registry JSON file`,
    );
  }
  const serviceKey = value('REPLAN_SERVICE_KEY');
  if (serviceKey === undefined) {
    problems.push(
      `REPLAN_SERVICE_KEY is required by the ${app}: the service key that signs stage jobs, the same in every process of the deployment (e.g. openssl rand -hex 32)`,
    );
  } else if (serviceKey.length < MIN_SERVICE_KEY_LENGTH) {
    problems.push(
      `REPLAN_SERVICE_KEY must have at least ${MIN_SERVICE_KEY_LENGTH} characters, got ${serviceKey.length}`,
    );
  }
  const logLevel = value('REPLAN_LOG_LEVEL') ?? 'info';
  if (!isLogLevel(logLevel)) {
    problems.push(
      `REPLAN_LOG_LEVEL must be fatal, error, warn, info, debug, trace or silent, got ${JSON.stringify(logLevel)}`,
    );
  }
  const config: ServiceConfig = {
    app,
    roles: APP_ROLES[app],
    redisUrl,
    prefix,
    serviceKey: serviceKey ?? '',
    concurrency: {
      coordinator: whole('REPLAN_RUN_CONCURRENCY', DEFAULT_CONCURRENCY.coordinator, 1, 1000),
      extract: whole('REPLAN_EXTRACT_CONCURRENCY', DEFAULT_CONCURRENCY.extract, 1, 100),
      plan: whole('REPLAN_PLAN_CONCURRENCY', DEFAULT_CONCURRENCY.plan, 1, 64),
      write: whole('REPLAN_WRITE_CONCURRENCY', DEFAULT_CONCURRENCY.write, 1, 100),
    },
    planPartitions: whole('REPLAN_PLAN_PARTITIONS', 1, 1, 64),
    partitionConcurrency: whole(
      'REPLAN_PARTITION_CONCURRENCY',
      DEFAULT_PARTITION_CONCURRENCY,
      1,
      64,
    ),
    httpPort: whole('REPLAN_HTTP_PORT', DEFAULT_HTTP_PORT[app], 0, 65535),
    httpHost: value('REPLAN_HTTP_HOST') ?? '0.0.0.0',
    logLevel: isLogLevel(logLevel) ? logLevel : 'info',
    shutdownTimeoutMs: whole('REPLAN_SHUTDOWN_TIMEOUT_MS', 30_000, 0, 24 * 3600_000),
    requestMaxAgeMs: whole(
      'REPLAN_REQUEST_MAX_AGE_MS',
      DEFAULT_MAX_AGE_MS,
      1000,
      7 * 24 * 3600_000,
    ),
    streamTimeoutMs: whole(
      'REPLAN_STREAM_TIMEOUT_MS',
      DEFAULT_STREAM_TIMEOUT_MS,
      1000,
      24 * 3600_000,
    ),
  };
  if (registryFile !== undefined && app !== 'engine') config.registryFile = registryFile;
  if (value('REPLAN_ENGINE_MAX_HEAP_MB') !== undefined) {
    config.engineMaxHeapMb = whole('REPLAN_ENGINE_MAX_HEAP_MB', 0, 256, 1024 * 1024);
  }
  const limits: Partial<PlanSizeLimits> = {};
  const limitSettings = [
    ['REPLAN_MAX_PLANNED_ORDERS', 'maxPlannedOrders'],
    ['REPLAN_MAX_PEGGING_ROWS', 'maxPeggingRows'],
    ['REPLAN_MAX_ORDER_DAYS', 'maxOrderDays'],
  ] as const;
  for (const [name, limit] of limitSettings) {
    if (value(name) !== undefined) {
      limits[limit] = whole(name, DEFAULT_PLAN_SIZE_LIMITS[limit], 1, Number.MAX_SAFE_INTEGER);
    }
  }
  if (Object.keys(limits).length > 0) config.planSizeLimits = limits;
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
