import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import {
  ACCEPTED_TTL_SECONDS,
  acceptRequest,
  acceptedKey,
  createRedisConnection,
  deleteKeysMatching,
  deleteRunKeys,
  deleteTenantKeys,
} from './index';

// Real Redis; every key of this suite lives under a prefix of its own.
const REDIS_URL = process.env.REPLAN_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replantest-acc-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

let redis: Redis;

beforeAll(() => {
  redis = createRedisConnection(REDIS_URL, 'worker');
});

afterAll(async () => {
  await deleteKeysMatching(redis, `${PREFIX}:*`);
  await redis.quit();
});

describe('acceptRequest', () => {
  const first = { jobId: 'run-1', createdAt: 1_000 };

  it('accepts the first request job of a run, and the same job again (a takeover)', async () => {
    expect(await acceptRequest(redis, 'acme', 'run-1', first, PREFIX)).toEqual({
      accepted: true,
      first: true,
    });
    expect(await acceptRequest(redis, 'acme', 'run-1', { ...first }, PREFIX)).toEqual({
      accepted: true,
      first: false,
    });
    const ttl = await redis.ttl(acceptedKey('acme', 'run-1', PREFIX));
    expect(ttl).toBeGreaterThan(ACCEPTED_TTL_SECONDS - 60);
    expect(ttl).toBeLessThanOrEqual(ACCEPTED_TTL_SECONDS);
  });

  it('refuses another job id, or the same id re-added (another creation time)', async () => {
    expect(
      await acceptRequest(
        redis,
        'acme',
        'run-1',
        { jobId: 'run-1-replayed', createdAt: 2_000 },
        PREFIX,
      ),
    ).toEqual({ accepted: false, by: first });
    expect(
      await acceptRequest(redis, 'acme', 'run-1', { jobId: 'run-1', createdAt: 3_000 }, PREFIX),
    ).toEqual({ accepted: false, by: first });
  });

  it('keeps runs and tenants apart, and keeps a job id with slashes whole', async () => {
    const odd = { jobId: 'a/b/c', createdAt: 5 };
    expect(await acceptRequest(redis, 'acme', 'run-2', odd, PREFIX)).toMatchObject({
      accepted: true,
    });
    expect(await acceptRequest(redis, 'other', 'run-1', odd, PREFIX)).toMatchObject({
      accepted: true,
    });
    expect(await acceptRequest(redis, 'acme', 'run-2', first, PREFIX)).toEqual({
      accepted: false,
      by: odd,
    });
  });

  it("outlives the run's keys and goes with the tenant's", async () => {
    await deleteRunKeys(redis, 'acme', 'run-1', PREFIX);
    expect(await redis.exists(acceptedKey('acme', 'run-1', PREFIX))).toBe(1);
    await deleteTenantKeys(redis, 'acme', PREFIX);
    expect(await redis.exists(acceptedKey('acme', 'run-1', PREFIX))).toBe(0);
    expect(await redis.exists(acceptedKey('other', 'run-1', PREFIX))).toBe(1);
  });
});
