import { ConfigError, parseConfig } from './config';

const VIEWER = 'viewer-token-0123456789';
const ADMIN = 'admin-token-0123456789';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('the configuration was accepted');
}

describe('parseConfig', () => {
  it('has defaults for everything but the tokens', () => {
    expect(parseConfig({ REPLAN_DASHBOARD_VIEWER_TOKEN: VIEWER })).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      prefix: 'replan',
      port: 3000,
      host: '0.0.0.0',
      basePath: '/',
      tokens: { viewer: VIEWER },
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    expect(
      parseConfig({
        REPLAN_REDIS_URL: 'redis://:secret@redis.internal:6380/2',
        REPLAN_PREFIX: 'replan-eu',
        REPLAN_DASHBOARD_PORT: '8080',
        REPLAN_DASHBOARD_HOST: '127.0.0.1',
        REPLAN_DASHBOARD_BASE_PATH: '/ops/queues/',
        REPLAN_DASHBOARD_ADMIN_TOKEN: ADMIN,
        REPLAN_DASHBOARD_VIEWER_TOKEN: VIEWER,
        REPLAN_DASHBOARD_SESSION_SECRET: 'x'.repeat(32),
        REPLAN_DASHBOARD_SECURE_COOKIE: 'true',
        REPLAN_LOG_LEVEL: 'debug',
      }),
    ).toEqual({
      redisUrl: 'redis://:secret@redis.internal:6380/2',
      prefix: 'replan-eu',
      port: 8080,
      host: '127.0.0.1',
      basePath: '/ops/queues',
      tokens: { admin: ADMIN, viewer: VIEWER },
      sessionSecret: 'x'.repeat(32),
      secureCookie: true,
      logLevel: 'debug',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(
      parseConfig({ REPLAN_DASHBOARD_ADMIN_TOKEN: ADMIN, REPLAN_DASHBOARD_VIEWER_TOKEN: '' })
        .tokens,
    ).toEqual({ admin: ADMIN });
  });

  it('needs a token', () => {
    expect(problemsOf({})).toEqual([
      'no access token is set: set REPLAN_DASHBOARD_ADMIN_TOKEN, REPLAN_DASHBOARD_VIEWER_TOKEN ' +
        'or both (at least 16 characters each)',
    ]);
  });

  it('reports every problem at once, each naming its variable', () => {
    const problems = problemsOf({
      REPLAN_REDIS_URL: 'http://:secret@redis:6379',
      REPLAN_PREFIX: 'has space',
      REPLAN_DASHBOARD_PORT: '70000',
      REPLAN_DASHBOARD_HOST: 'a b',
      REPLAN_DASHBOARD_BASE_PATH: 'queues',
      REPLAN_DASHBOARD_ADMIN_TOKEN: 'short-admin',
      REPLAN_DASHBOARD_VIEWER_TOKEN: 'fifteen-chars!!',
      REPLAN_DASHBOARD_SESSION_SECRET: 'too-short',
      REPLAN_DASHBOARD_SECURE_COOKIE: 'yes',
      REPLAN_LOG_LEVEL: 'verbose',
    });
    expect(problems).toEqual([
      'REPLAN_REDIS_URL is not a redis:// URL: "http://:***@redis:6379" (the scheme must be ' +
        'redis: or rediss:, not http:)',
      'REPLAN_PREFIX "has space" must be printable ASCII without spaces',
      'REPLAN_DASHBOARD_BASE_PATH "queues" is not a URL path: it must start with \'/\'',
      'REPLAN_DASHBOARD_PORT must be a port number from 0 to 65535, got "70000"',
      'REPLAN_DASHBOARD_HOST must be a host name or address, got "a b"',
      'REPLAN_DASHBOARD_ADMIN_TOKEN is too short: 11 characters, at least 16 are needed ' +
        '(generate one with: openssl rand -hex 24)',
      'REPLAN_DASHBOARD_VIEWER_TOKEN is too short: 15 characters, at least 16 are needed ' +
        '(generate one with: openssl rand -hex 24)',
      'REPLAN_DASHBOARD_SESSION_SECRET is too short: 9 characters, at least 32 are needed ' +
        '(generate one with: openssl rand -hex 32)',
      'REPLAN_DASHBOARD_SECURE_COOKIE must be true, false or auto, got "yes"',
      'REPLAN_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent, ' +
        'got "verbose"',
    ]);
  });

  it('refuses one token for both roles', () => {
    expect(
      problemsOf({ REPLAN_DASHBOARD_ADMIN_TOKEN: ADMIN, REPLAN_DASHBOARD_VIEWER_TOKEN: ADMIN }),
    ).toEqual([
      'REPLAN_DASHBOARD_ADMIN_TOKEN and REPLAN_DASHBOARD_VIEWER_TOKEN must differ: ' +
        'a viewer would be an admin',
    ]);
  });

  it('puts the problems in the error message', () => {
    expect(() => parseConfig({ REPLAN_DASHBOARD_PORT: 'http' })).toThrow(
      /^the dashboard's configuration is not valid:\n {2}REPLAN_DASHBOARD_PORT must be a port/,
    );
  });
});
