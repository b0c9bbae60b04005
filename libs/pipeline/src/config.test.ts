/**
 * The service apps' configuration: defaults, per-app requirements, and errors that name
 * each variable at fault, all at once.
 */
import { ConfigError, SERVICE_SETTINGS, readServiceConfig } from './config';

const KEY = 'config-test-service-key-0123456789abcdef';

describe('readServiceConfig', () => {
  it('gives each app its roles and defaults', () => {
    const engine = readServiceConfig('engine', { REPLAN_SERVICE_KEY: KEY });
    expect(engine).toMatchObject({
      roles: ['plan'],
      redisUrl: 'redis://127.0.0.1:6379',
      prefix: 'replan',
      httpPort: 9102,
      logLevel: 'info',
      shutdownTimeoutMs: 30_000,
    });
    // The engine never opens a tenant database, so it needs no registry.
    expect(engine.registryFile).toBeUndefined();
    const connector = readServiceConfig('connector', {
      REPLAN_REGISTRY: '/etc/replan/tenants.json',
      REPLAN_SERVICE_KEY: KEY,
    });
    expect(connector).toMatchObject({
      roles: ['coordinator', 'extract'],
      registryFile: '/etc/replan/tenants.json',
      httpPort: 9101,
    });
  });

  it('reads every variable it documents', () => {
    const config = readServiceConfig('serve', {
      REPLAN_REDIS_URL: 'redis://redis:6380/2',
      REPLAN_PREFIX: 'plant-a',
      REPLAN_REGISTRY: 'tenants.json',
      REPLAN_RUN_CONCURRENCY: '5',
      REPLAN_EXTRACT_CONCURRENCY: '3',
      REPLAN_PLAN_CONCURRENCY: '2',
      REPLAN_WRITE_CONCURRENCY: '4',
      REPLAN_PLAN_PARTITIONS: '3',
      REPLAN_PARTITION_CONCURRENCY: '4',
      REPLAN_ENGINE_MAX_HEAP_MB: '8192',
      REPLAN_MAX_PLANNED_ORDERS: '1000000',
      REPLAN_MAX_PEGGING_ROWS: '3000000',
      REPLAN_MAX_ORDER_DAYS: '500',
      REPLAN_REQUEST_MAX_AGE_MS: '900000',
      REPLAN_STREAM_TIMEOUT_MS: '120000',
      REPLAN_HTTP_PORT: '0',
      REPLAN_HTTP_HOST: '127.0.0.1',
      REPLAN_LOG_LEVEL: 'debug',
      REPLAN_SHUTDOWN_TIMEOUT_MS: '5000',
      REPLAN_SERVICE_KEY: KEY,
    });
    expect(config).toEqual({
      app: 'serve',
      roles: ['coordinator', 'extract', 'plan', 'write'],
      redisUrl: 'redis://redis:6380/2',
      prefix: 'plant-a',
      registryFile: 'tenants.json',
      serviceKey: KEY,
      concurrency: { coordinator: 5, extract: 3, plan: 2, write: 4 },
      engineMaxHeapMb: 8192,
      planPartitions: 3,
      partitionConcurrency: 4,
      planSizeLimits: {
        maxPlannedOrders: 1_000_000,
        maxPeggingRows: 3_000_000,
        maxOrderDays: 500,
      },
      requestMaxAgeMs: 900_000,
      streamTimeoutMs: 120_000,
      httpPort: 0,
      httpHost: '127.0.0.1',
      logLevel: 'debug',
      shutdownTimeoutMs: 5000,
    });
    // …and documents every variable it reads.
    const documented = SERVICE_SETTINGS.map((s) => s.name).sort();
    expect(documented).toEqual(
      [
        'REPLAN_REDIS_URL',
        'REPLAN_PREFIX',
        'REPLAN_REGISTRY',
        'REPLAN_RUN_CONCURRENCY',
        'REPLAN_EXTRACT_CONCURRENCY',
        'REPLAN_PLAN_CONCURRENCY',
        'REPLAN_WRITE_CONCURRENCY',
        'REPLAN_PLAN_PARTITIONS',
        'REPLAN_PARTITION_CONCURRENCY',
        'REPLAN_ENGINE_MAX_HEAP_MB',
        'REPLAN_MAX_PLANNED_ORDERS',
        'REPLAN_MAX_PEGGING_ROWS',
        'REPLAN_MAX_ORDER_DAYS',
        'REPLAN_REQUEST_MAX_AGE_MS',
        'REPLAN_STREAM_TIMEOUT_MS',
        'REPLAN_HTTP_PORT',
        'REPLAN_HTTP_HOST',
        'REPLAN_LOG_LEVEL',
        'REPLAN_SHUTDOWN_TIMEOUT_MS',
        'REPLAN_SERVICE_KEY',
      ].sort(),
    );
  });

  it('reports every bad variable at once, each by name', () => {
    let error: unknown;
    try {
      readServiceConfig('writer', {
        REPLAN_REDIS_URL: 'http://redis:6379',
        REPLAN_PREFIX: 'a:b',
        REPLAN_WRITE_CONCURRENCY: 'two',
        REPLAN_HTTP_PORT: '70000',
        REPLAN_LOG_LEVEL: 'loud',
        REPLAN_SERVICE_KEY: 'short',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(7);
    expect(problems.join('\n')).toMatch(/REPLAN_SERVICE_KEY must have at least 32 characters/);
    expect(problems.join('\n')).toMatch(/REPLAN_REDIS_URL is not a redis:\/\/ URL/);
    expect(problems.join('\n')).toMatch(/REPLAN_PREFIX must be/);
    expect(problems.join('\n')).toMatch(/REPLAN_REGISTRY is required by the writer/);
    expect(problems.join('\n')).toMatch(
      /REPLAN_WRITE_CONCURRENCY must be a whole number from 1 to 100, got "two"/,
    );
    expect(problems.join('\n')).toMatch(/REPLAN_HTTP_PORT must be a whole number from 0 to 65535/);
    expect(problems.join('\n')).toMatch(/REPLAN_LOG_LEVEL must be fatal, error/);
  });

  it('requires the service key in every app', () => {
    for (const app of ['connector', 'engine', 'writer', 'serve'] as const) {
      expect(() => readServiceConfig(app, { REPLAN_REGISTRY: 'tenants.json' })).toThrow(
        `REPLAN_SERVICE_KEY is required by the ${app}`,
      );
    }
  });
});
