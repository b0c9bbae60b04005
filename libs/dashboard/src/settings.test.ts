import { checkPrefix, checkRedisUrl, checkToken, normalizeBasePath } from './settings';

describe('normalizeBasePath', () => {
  it.each([
    ['/', '/'],
    ['/queues', '/queues'],
    ['/queues/', '/queues'],
    ['/ops/replan.board/', '/ops/replan.board'],
  ])('%s → %s', (value, expected) => {
    expect(normalizeBasePath(value, 'REPLAN_DASHBOARD_BASE_PATH')).toBe(expected);
  });

  it.each([
    ['queues', "must start with '/'"],
    ['//queues', "must not contain '//'"],
    ['/a/../b', "'.' or '..'"],
    ['/a b', 'letters, digits'],
    ['/:queue', 'letters, digits'],
  ])('refuses %j, naming the variable', (value, why) => {
    expect(() => normalizeBasePath(value, 'REPLAN_DASHBOARD_BASE_PATH')).toThrow(
      `REPLAN_DASHBOARD_BASE_PATH ${JSON.stringify(value)} is not a URL path`,
    );
    expect(() => normalizeBasePath(value, 'REPLAN_DASHBOARD_BASE_PATH')).toThrow(why);
  });
});

describe('setting checks', () => {
  it('refuses tokens with spaces', () => {
    expect(() => checkToken('a token with spaces', 'REPLAN_DASHBOARD_ADMIN_TOKEN')).toThrow(
      'REPLAN_DASHBOARD_ADMIN_TOKEN must be printable ASCII without spaces',
    );
  });

  it('refuses an empty prefix and a bad Redis URL without showing its password', () => {
    expect(() => checkPrefix('', 'REPLAN_PREFIX')).toThrow('REPLAN_PREFIX must not be empty');
    expect(() => checkRedisUrl('redis://:secret@host/queues', 'REPLAN_REDIS_URL')).toThrow(
      'REPLAN_REDIS_URL is not a redis:// URL: "redis://:***@host/queues"',
    );
    expect(checkRedisUrl('redis://127.0.0.1:6379/2', 'REPLAN_REDIS_URL')).toBe(
      'redis://127.0.0.1:6379/2',
    );
  });
});
