/**
 * The dashboard's settings: their names (the environment variables an operator sets, named
 * in every error message) and the checks of their values, shared by the library's options
 * and the app's configuration.
 */
import { REDIS_URL_SETTING, parseRedisUrl } from '@replan/queue';

/** The environment variables of the dashboard's security settings. */
export const dashboardSettings = {
  adminToken: 'REPLAN_DASHBOARD_ADMIN_TOKEN',
  viewerToken: 'REPLAN_DASHBOARD_VIEWER_TOKEN',
  tenantViewerTokens: 'REPLAN_DASHBOARD_TENANT_VIEWER_TOKENS',
  sessionSecret: 'REPLAN_DASHBOARD_SESSION_SECRET',
  basePath: 'REPLAN_DASHBOARD_BASE_PATH',
  prefix: 'REPLAN_PREFIX',
  redisUrl: REDIS_URL_SETTING,
} as const;

/** A dashboard setting is missing or has a value that cannot be used. */
export class DashboardConfigError extends Error {
  override name = 'DashboardConfigError';
}

/** Tokens shorter than this are refused: they could be guessed. */
export const MIN_TOKEN_LENGTH = 16;

/** Session secrets shorter than this are refused. */
export const MIN_SESSION_SECRET_LENGTH = 32;

/** Printable ASCII without spaces: what fits in an `Authorization: Bearer` header. */
const TOKEN_CHARACTERS = /^[\x21-\x7e]+$/;

/** Checks an access token; returns it unchanged. */
export function checkToken(value: string, setting: string): string {
  if (value.length < MIN_TOKEN_LENGTH) {
    throw new DashboardConfigError(
      `${setting} is too short: ${value.length} characters, at least ${MIN_TOKEN_LENGTH} ` +
        `are needed (generate one with: openssl rand -hex 24)`,
    );
  }
  if (!TOKEN_CHARACTERS.test(value)) {
    throw new DashboardConfigError(
      `${setting} must be printable ASCII without spaces (it is sent as a Bearer token)`,
    );
  }
  return value;
}

/** Checks the secret that signs session cookies; returns it unchanged. */
export function checkSessionSecret(value: string, setting: string): string {
  if (value.length < MIN_SESSION_SECRET_LENGTH) {
    throw new DashboardConfigError(
      `${setting} is too short: ${value.length} characters, at least ` +
        `${MIN_SESSION_SECRET_LENGTH} are needed (generate one with: openssl rand -hex 32)`,
    );
  }
  return value;
}

const PATH_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * Checks the URL path the board is served under and returns it without a trailing slash
 * ('/' for the root): '/', '/queues', '/ops/replan/'.
 */
export function normalizeBasePath(value: string, setting: string): string {
  const fail = (why: string): never => {
    throw new DashboardConfigError(`${setting} ${JSON.stringify(value)} is not a URL path: ${why}`);
  };
  if (!value.startsWith('/')) fail("it must start with '/'");
  const segments = value.split('/').slice(1);
  if (segments.at(-1) === '') segments.pop();
  for (const segment of segments) {
    if (segment === '') fail("it must not contain '//'");
    if (segment === '.' || segment === '..') fail("it must not contain '.' or '..' segments");
    if (!PATH_SEGMENT.test(segment)) {
      fail("use letters, digits and '.', '_', '~', '-' between the slashes");
    }
  }
  return '/' + segments.join('/');
}

/** Checks a BullMQ key prefix; returns it unchanged. */
export function checkPrefix(value: string, setting: string): string {
  if (value === '') throw new DashboardConfigError(`${setting} must not be empty`);
  if (!/^[\x21-\x7e]+$/.test(value)) {
    throw new DashboardConfigError(
      `${setting} ${JSON.stringify(value)} must be printable ASCII without spaces`,
    );
  }
  return value;
}

/** Checks a Redis URL (errors name the setting, never the password); returns it unchanged. */
export function checkRedisUrl(value: string, setting: string): string {
  try {
    parseRedisUrl(value, setting);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // The password of a URL with another scheme (http://user:password@…) is hidden too.
    throw new DashboardConfigError(message.replace(/(\/\/[^\s"/:@]*:)[^\s"/@]*@/g, '$1***@'));
  }
  return value;
}

/**
 * Reads tenant viewer tokens written `tenant=token,tenant=token` (spaces around the parts
 * ignored); each token is checked as checkToken does.
 */
export function parseTenantTokens(value: string, setting: string): Record<string, string> {
  const tokens: Record<string, string> = {};
  for (const part of value.split(',')) {
    const entry = part.trim();
    if (entry === '') continue;
    const at = entry.indexOf('=');
    const tenant = entry.slice(0, at).trim();
    if (at <= 0) {
      // Never quote the entry: it may be a token.
      throw new DashboardConfigError(`${setting} must list tenant=token pairs separated by commas`);
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/.test(tenant)) {
      throw new DashboardConfigError(`${setting}: ${JSON.stringify(tenant)} is not a tenant id`);
    }
    if (tokens[tenant] !== undefined) {
      throw new DashboardConfigError(`${setting} names tenant '${tenant}' twice`);
    }
    tokens[tenant] = checkToken(entry.slice(at + 1).trim(), `${setting} (tenant '${tenant}')`);
  }
  return tokens;
}
