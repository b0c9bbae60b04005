/**
 * Redis for tests: the shared server (127.0.0.1:6379, or REDIS_URL), a key prefix of a
 * suite's own (so suites running at once never meet), and the deletion of its keys.
 */
import { randomBytes } from 'node:crypto';

import { Redis } from 'ioredis';

export function testRedisUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.REDIS_URL ?? 'redis://127.0.0.1:6379';
}

/** `replan-test-<name>-<pid>-<random>`: unique per suite and process. */
export function testPrefix(name: string): string {
  return `replan-test-${name}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/** Deletes every key matching `match` (a SCAN pattern); returns how many. */
export async function deleteKeys(redis: Redis, match: string): Promise<number> {
  let deleted = 0;
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', match, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) deleted += await redis.del(...keys);
  } while (cursor !== '0');
  return deleted;
}

export interface TestRedis {
  redis: Redis;
  prefix: string;
  url: string;
  /** Deletes the prefix's keys and closes the connection. */
  cleanup(): Promise<void>;
}

/** A connection and a prefix of the suite's own; call cleanup() in afterAll. */
export function openTestRedis(name: string): TestRedis {
  const url = testRedisUrl();
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  const prefix = testPrefix(name);
  return {
    redis,
    prefix,
    url,
    cleanup: async () => {
      await deleteKeys(redis, `${prefix}*`);
      await redis.quit();
    },
  };
}
