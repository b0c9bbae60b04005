import {
  InvalidIdError,
  RedisUrlError,
  isQueueName,
  nextStage,
  parseRedisUrl,
  parseStreamKey,
  queueNames,
  redactRedisUrl,
  redisConnectionOptions,
  runJobId,
  streamKey,
  tenantKeyPattern,
} from './index';

describe('streamKey', () => {
  it('builds tenant- and run-scoped keys', () => {
    expect(streamKey('acme', 'run-1', 'snapshot')).toBe('replan:tenant:acme:run:run-1:snapshot');
    expect(streamKey('acme', 'run-1', 'result', 'test1')).toBe(
      'test1:tenant:acme:run:run-1:result',
    );
    expect(tenantKeyPattern('acme')).toBe('replan:tenant:acme:*');
  });

  it.each([
    ['a:b', 'run'],
    ['a b', 'run'],
    ['', 'run'],
    ['acme', 'r:1'],
    ['acme', 'r 1'],
    ['acme', 'r*'],
    ['acme', 'r/1'],
    ['-acme', 'r1'],
    ['x'.repeat(129), 'r1'],
  ])('refuses tenant %j, run %j', (tenant, runId) => {
    expect(() => streamKey(tenant, runId, 'snapshot')).toThrow(InvalidIdError);
  });

  it('names the id at fault', () => {
    expect(() => streamKey('acme corp', 'r1', 'snapshot')).toThrow(
      /tenant "acme corp" is not a valid id/,
    );
    expect(() => streamKey('acme', 'r:1', 'snapshot')).toThrow(/run id "r:1"/);
    expect(() => streamKey('acme', 'r1', 'snapshot', 'a:b')).toThrow(/key prefix "a:b"/);
  });

  it('parses its own keys back and nothing else', () => {
    expect(parseStreamKey(streamKey('acme', 'r1', 'result', 'p'))).toEqual({
      prefix: 'p',
      tenant: 'acme',
      runId: 'r1',
      kind: 'result',
    });
    expect(parseStreamKey('replan:tenant:acme:run:r1:other')).toBeUndefined();
    expect(parseStreamKey('replan:acme:run:r1:snapshot')).toBeUndefined();
    expect(parseStreamKey('replan:tenant:a*:run:r1:snapshot')).toBeUndefined();
  });
});

describe('queue names', () => {
  it('are BullMQ-safe and ordered', () => {
    for (const name of Object.values(queueNames)) {
      expect(name).not.toContain(':');
      expect(isQueueName(name)).toBe(true);
    }
    expect(isQueueName('replan:extract')).toBe(false);
    expect(nextStage('requests')).toBe('extract');
    expect(nextStage('plan')).toBe('write');
    expect(nextStage('write')).toBeUndefined();
  });

  it('gives job ids BullMQ accepts', () => {
    expect(runJobId('acme', '123')).toBe('acme/123');
    expect(() => runJobId('acme', 'a:b')).toThrow(InvalidIdError);
  });
});

describe('parseRedisUrl', () => {
  it('reads host, port, db and credentials', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6379')).toEqual({ host: '127.0.0.1', port: 6379 });
    expect(parseRedisUrl('redis://u:p%40ss@redis.local:6380/2')).toEqual({
      host: 'redis.local',
      port: 6380,
      db: 2,
      username: 'u',
      password: 'p@ss',
    });
    expect(parseRedisUrl('rediss://:secret@h')).toMatchObject({
      host: 'h',
      port: 6379,
      password: 'secret',
      tls: { servername: 'h' },
    });
  });

  it.each([
    ['', /it is empty/],
    ['localhost:6379', /scheme must be redis: or rediss:/],
    ['http://localhost', /scheme/],
    ['redis://h/x', /database number/],
    ['redis://h:6379?db=1', /query strings/],
    ['not a url', /cannot be parsed/],
  ])('refuses %j with a clear message', (url, why) => {
    expect(() => parseRedisUrl(url)).toThrow(RedisUrlError);
    expect(() => parseRedisUrl(url)).toThrow(/^REPLAN_REDIS_URL is not a redis:\/\/ URL: /);
    expect(() => parseRedisUrl(url)).toThrow(why);
  });

  it('names the setting and hides the password', () => {
    expect(() => parseRedisUrl('http://u:hunter2@h', 'MY_URL')).toThrow(/^MY_URL is not/);
    expect(() => parseRedisUrl('redis://u:hunter2@h/x')).not.toThrow(/hunter2/);
    expect(redactRedisUrl('redis://u:hunter2@h:1/0')).toBe('redis://u:***@h:1/0');
    // Whatever the scheme: a mistyped http:// URL must not print its password either.
    expect(redactRedisUrl('http://u:hunter2@h:1')).toBe('http://u:***@h:1');
  });
});

describe('redisConnectionOptions', () => {
  it('lets workers wait out a reconnect and producers fail fast', () => {
    const worker = redisConnectionOptions('redis://h:1/3', 'worker');
    expect(worker).toMatchObject({ host: 'h', port: 1, db: 3, maxRetriesPerRequest: null });
    expect(worker.connectionName).toBe('replan-worker');
    const producer = redisConnectionOptions('redis://h', 'producer', { connectionName: 'api' });
    expect(producer).toMatchObject({ enableOfflineQueue: false, connectionName: 'api' });
    expect(() => redisConnectionOptions('h:1', 'worker', { setting: 'X_URL' })).toThrow(
      /^X_URL is not a redis:\/\/ URL/,
    );
  });
});
