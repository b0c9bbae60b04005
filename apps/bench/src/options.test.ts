import { BenchUsageError, parseBenchArgs, pgConnectionFromEnv } from './options';

describe('parseBenchArgs', () => {
  it('defaults to size S on PostgreSQL, seed 42, the local Redis', () => {
    const options = parseBenchArgs([], {});
    expect(options).toMatchObject({
      size: 'S',
      dialect: 'pg',
      seed: 42,
      depth: 6,
      engineHeapMb: 2048,
      steadyRuns: 2,
      keep: false,
      quiet: false,
      redisUrl: 'redis://127.0.0.1:6379',
      pg: { host: '127.0.0.1', port: 5432, user: 'postgres', database: 'test' },
    });
    expect(options.json).toBeUndefined();
  });

  it('reads size, dialect, seed, JSON file and the heap by size', () => {
    const options = parseBenchArgs(
      ['--size', 'l', '--dialect', 'sqlite', '--seed', '7', '--json', '/tmp/b.json'],
      { REPLAN_REDIS_URL: 'redis://10.0.0.1:6380' },
    );
    expect(options).toMatchObject({
      size: 'L',
      dialect: 'sqlite',
      seed: 7,
      json: '/tmp/b.json',
      engineHeapMb: 8192,
      redisUrl: 'redis://10.0.0.1:6380',
    });
  });

  it('names the option at fault', () => {
    expect(() => parseBenchArgs(['--size', 'XL'], {})).toThrow(BenchUsageError);
    expect(() => parseBenchArgs(['--size', 'XL'], {})).toThrow(/--size.*must be S, M or L/);
    expect(() => parseBenchArgs(['--dialect', 'mysql'], {})).toThrow(/--dialect.*pg or sqlite/);
    expect(() => parseBenchArgs(['--seed', 'x'], {})).toThrow(/--seed.*integer/);
    expect(() => parseBenchArgs(['--depth', '11'], {})).toThrow(/--depth.*at most 10/);
    expect(parseBenchArgs(['--depth', '10'], {}).depth).toBe(10);
    expect(() => parseBenchArgs(['--nope'], {})).toThrow(/--nope/);
    expect(() => parseBenchArgs(['--steady', '-1'], {})).toThrow(/--steady.*at least 0/);
    expect(() => parseBenchArgs(['--steady', '11'], {})).toThrow(/--steady.*at most 10/);
    expect(parseBenchArgs(['--steady', '0'], {}).steadyRuns).toBe(0);
    expect(() => parseBenchArgs([], { REPLAN_REDIS_URL: 'localhost' })).toThrow(/REPLAN_REDIS_URL/);
  });
});

describe('pgConnectionFromEnv', () => {
  it('prefers DATABASE_URL', () => {
    expect(pgConnectionFromEnv({ DATABASE_URL: 'postgres://u@h/db', PGHOST: 'x' })).toBe(
      'postgres://u@h/db',
    );
  });

  it('reads the PG variables', () => {
    expect(
      pgConnectionFromEnv({
        PGHOST: 'db',
        PGPORT: '6543',
        PGUSER: 'u',
        PGPASSWORD: 'p',
        PGDATABASE: 'd',
      }),
    ).toEqual({ host: 'db', port: 6543, user: 'u', password: 'p', database: 'd' });
  });

  it('names PGPORT when it is not a port', () => {
    expect(() => pgConnectionFromEnv({ PGPORT: 'abc' })).toThrow(/PGPORT/);
  });
});
