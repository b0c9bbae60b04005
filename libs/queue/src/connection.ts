/** Redis connections configured the way BullMQ and the stream transport need them. */
import type { RedisOptions as BullRedisOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

/**
 * - `worker`: BullMQ workers, QueueEvents and stream readers. Commands wait out a
 *   reconnect instead of failing (`maxRetriesPerRequest: null`, required by BullMQ for
 *   blocking connections).
 * - `producer`: code that enqueues jobs or answers a request. Commands fail at once when
 *   Redis is down (`enableOfflineQueue: false`), so the caller can report it instead of
 *   hanging.
 */
export type RedisRole = 'worker' | 'producer';

/** Thrown when a Redis URL setting is missing or malformed. */
export class RedisUrlError extends Error {
  override name = 'RedisUrlError';
}

/** The setting the URL is usually read from, named in error messages. */
export const REDIS_URL_SETTING = 'REPLAN_REDIS_URL';

/** A URL with its password (if any) replaced by '***', safe to log, whatever its scheme. */
export function redactRedisUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*:)[^@/]*@/i, '$1***@');
}

/**
 * Checks a `redis://[user[:password]@]host[:port][/db]` or `rediss://…` (TLS) URL and
 * returns the matching ioredis options. Errors name the setting (default REPLAN_REDIS_URL)
 * and never echo the password.
 */
export function parseRedisUrl(url: string, setting: string = REDIS_URL_SETTING): RedisOptions {
  const shown = JSON.stringify(redactRedisUrl(url));
  const fail = (why: string): never => {
    throw new RedisUrlError(`${setting} is not a redis:// URL: ${shown} (${why})`);
  };
  if (url.trim() === '') fail('it is empty');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return fail('it cannot be parsed as a URL');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    fail(`the scheme must be redis: or rediss:, not ${parsed.protocol}`);
  }
  if (parsed.hostname === '') fail('the host is missing');
  if (parsed.search !== '' || parsed.hash !== '') fail('query strings and fragments are not used');

  const options: RedisOptions = { host: parsed.hostname.replace(/^\[(.*)\]$/, '$1') };
  if (parsed.port !== '') options.port = Number(parsed.port);
  else options.port = 6379;

  const path = parsed.pathname;
  if (path !== '' && path !== '/') {
    const db = /^\/(\d{1,2})$/.exec(path);
    if (db === null) fail(`the path must be a database number like /0, not ${path}`);
    else options.db = Number(db[1]);
  }
  if (parsed.username !== '') options.username = decodeURIComponent(parsed.username);
  if (parsed.password !== '') options.password = decodeURIComponent(parsed.password);
  if (parsed.protocol === 'rediss:') options.tls = { servername: options.host };
  return options;
}

export interface RedisConnectionOptions {
  /** The setting the URL came from, for error messages (default REPLAN_REDIS_URL). */
  setting?: string;
  /** CLIENT SETNAME of the connection, shown by CLIENT LIST (default `replan-<role>`). */
  connectionName?: string;
  /** Do not connect until the first command or `connect()` (default false). */
  lazyConnect?: boolean;
}

/**
 * The connection settings of `role` (see RedisRole) for a Redis URL, in the form BullMQ
 * accepts as `connection`: a Worker or QueueEvents given these options opens and closes
 * its own connections.
 */
export function redisConnectionOptions(
  url: string,
  role: RedisRole,
  options: RedisConnectionOptions = {},
): BullRedisOptions {
  const { host, port, db, username, password, tls } = parseRedisUrl(url, options.setting);
  const common: BullRedisOptions = {
    host,
    port,
    connectionName: options.connectionName ?? `replan-${role}`,
    lazyConnect: options.lazyConnect ?? false,
  };
  if (db !== undefined) common.db = db;
  if (username !== undefined) common.username = username;
  if (password !== undefined) common.password = password;
  if (tls !== undefined) common.tls = tls;
  if (role === 'worker') {
    return {
      ...common,
      maxRetriesPerRequest: null,
      enableOfflineQueue: true,
      // Keep reconnecting, backing off up to 20 s (BullMQ's production advice).
      retryStrategy: (times: number) => Math.max(Math.min(Math.exp(times), 20_000), 1_000),
    };
  }
  return { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 1 };
}

/**
 * A new Redis connection for `role` (see RedisRole). The caller owns it and must
 * `quit()` it; BullMQ does not close connections it was given.
 *
 * A producer connection refuses commands until it is ready: await `waitUntilReady`.
 */
export function createRedisConnection(
  url: string,
  role: RedisRole,
  options: RedisConnectionOptions = {},
): Redis {
  return new Redis(redisConnectionOptions(url, role, options));
}

/** Resolves once `redis` is ready for commands; rejects after `timeoutMs` or on close. */
export function waitUntilReady(redis: Redis, timeoutMs = 10_000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const done = (error?: Error): void => {
      clearTimeout(timer);
      redis.off('ready', onReady);
      redis.off('end', onEnd);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onReady = (): void => done();
    const onEnd = (): void =>
      done(new Error('the Redis connection was closed before it was ready'));
    const timer = setTimeout(
      () => done(new Error(`the Redis connection was not ready after ${timeoutMs} ms`)),
      timeoutMs,
    );
    redis.on('ready', onReady);
    redis.on('end', onEnd);
    if (redis.status === 'wait') {
      redis.connect().catch((error: unknown) => {
        done(error instanceof Error ? error : new Error(String(error)));
      });
    }
  });
}
