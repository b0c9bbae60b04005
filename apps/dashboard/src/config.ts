/**
 * The dashboard's configuration, read from the environment. Every problem is reported at
 * once, each naming its variable. An empty variable counts as unset.
 */
import {
  DashboardConfigError,
  checkPrefix,
  checkRedisUrl,
  checkSessionSecret,
  checkToken,
  dashboardSettings,
  normalizeBasePath,
  parseTenantTokens,
  type DashboardTokens,
} from '@replan/dashboard';
import { isLogLevel, type LoggerOptions } from '@replan/observability';

export type LogLevel = NonNullable<LoggerOptions['level']>;

export interface DashboardConfig {
  redisUrl: string;
  prefix: string;
  port: number;
  host: string;
  basePath: string;
  tokens: DashboardTokens;
  /** Unset: a random secret per process (logins end when the process restarts). */
  sessionSecret?: string;
  /** Unset: Secure cookies on HTTPS requests only. */
  secureCookie?: boolean;
  logLevel: LogLevel;
  /** REPLAN_REGISTRY: the tenant registry whose databases the workbench reads; unset: no workbench. */
  registryFile?: string;
}

/** The configuration has problems; `problems` lists each one, naming its variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: readonly string[]) {
    super(`the dashboard's configuration is not valid:\n  ${problems.join('\n  ')}`);
  }
}

export const DEFAULTS = {
  redisUrl: 'redis://127.0.0.1:6379',
  prefix: 'replan',
  port: 3000,
  host: '0.0.0.0',
  basePath: '/',
  logLevel: 'info',
} as const;

const LOG_LEVELS = 'fatal, error, warn, info, debug, trace or silent';

/** Reads the configuration from `env` (default process.env); throws ConfigError. */
export function parseConfig(
  env: Readonly<Record<string, string | undefined>> = process.env,
): DashboardConfig {
  const problems: string[] = [];
  const read = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  /** The checked value, or undefined after recording the problem. */
  const checked = <T>(check: () => T): T | undefined => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof DashboardConfigError)) throw error;
      problems.push(error.message);
      return undefined;
    }
  };

  const redisUrl = checked(() =>
    checkRedisUrl(
      read(dashboardSettings.redisUrl) ?? DEFAULTS.redisUrl,
      dashboardSettings.redisUrl,
    ),
  );
  const prefix = checked(() =>
    checkPrefix(read(dashboardSettings.prefix) ?? DEFAULTS.prefix, dashboardSettings.prefix),
  );
  const basePath = checked(() =>
    normalizeBasePath(
      read(dashboardSettings.basePath) ?? DEFAULTS.basePath,
      dashboardSettings.basePath,
    ),
  );

  let port: number = DEFAULTS.port;
  const portText = read('REPLAN_DASHBOARD_PORT');
  if (portText !== undefined) {
    port = Number(portText);
    if (!/^\d{1,5}$/.test(portText) || port > 65535) {
      problems.push(
        `REPLAN_DASHBOARD_PORT must be a port number from 0 to 65535, got ${JSON.stringify(portText)}`,
      );
    }
  }
  const host = read('REPLAN_DASHBOARD_HOST') ?? DEFAULTS.host;
  if (/\s/.test(host)) {
    problems.push(
      `REPLAN_DASHBOARD_HOST must be a host name or address, got ${JSON.stringify(host)}`,
    );
  }

  const tokens: DashboardTokens = {};
  const admin = read(dashboardSettings.adminToken);
  const viewer = read(dashboardSettings.viewerToken);
  const tenantTokens = read(dashboardSettings.tenantViewerTokens);
  if (tenantTokens !== undefined) {
    const parsed = checked(() =>
      parseTenantTokens(tenantTokens, dashboardSettings.tenantViewerTokens),
    );
    if (parsed !== undefined) tokens.tenantViewers = parsed;
  }
  if (admin === undefined && viewer === undefined && tenantTokens === undefined) {
    problems.push(
      `no access token is set: set ${dashboardSettings.adminToken}, ` +
        `${dashboardSettings.viewerToken} or both (at least 16 characters each)`,
    );
  }
  if (admin !== undefined) {
    const token = checked(() => checkToken(admin, dashboardSettings.adminToken));
    if (token !== undefined) tokens.admin = token;
  }
  if (viewer !== undefined) {
    const token = checked(() => checkToken(viewer, dashboardSettings.viewerToken));
    if (token !== undefined) tokens.viewer = token;
  }
  if (admin !== undefined && admin === viewer) {
    problems.push(
      `${dashboardSettings.adminToken} and ${dashboardSettings.viewerToken} must differ: ` +
        `a viewer would be an admin`,
    );
  }

  const secret = read(dashboardSettings.sessionSecret);
  const sessionSecret =
    secret === undefined
      ? undefined
      : checked(() => checkSessionSecret(secret, dashboardSettings.sessionSecret));

  let secureCookie: boolean | undefined;
  const secure = read('REPLAN_DASHBOARD_SECURE_COOKIE');
  if (secure === 'true') secureCookie = true;
  else if (secure === 'false') secureCookie = false;
  else if (secure !== undefined && secure !== 'auto') {
    problems.push(
      `REPLAN_DASHBOARD_SECURE_COOKIE must be true, false or auto, got ${JSON.stringify(secure)}`,
    );
  }

  const level = read('REPLAN_LOG_LEVEL') ?? DEFAULTS.logLevel;
  if (!isLogLevel(level)) {
    problems.push(`REPLAN_LOG_LEVEL must be one of ${LOG_LEVELS}, got ${JSON.stringify(level)}`);
  }

  // Without problems, every value was read and checked.
  if (
    problems.length > 0 ||
    redisUrl === undefined ||
    prefix === undefined ||
    basePath === undefined ||
    !isLogLevel(level)
  ) {
    throw new ConfigError(problems);
  }
  const config: DashboardConfig = {
    redisUrl,
    prefix,
    port,
    host,
    basePath,
    tokens,
    logLevel: level,
  };
  if (sessionSecret !== undefined) config.sessionSecret = sessionSecret;
  const registryFile = read('REPLAN_REGISTRY');
  if (registryFile !== undefined) config.registryFile = registryFile;
  if (secureCookie !== undefined) config.secureCookie = secureCookie;
  return config;
}
