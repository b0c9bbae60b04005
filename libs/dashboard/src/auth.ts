/**
 * Who may look at the queues, and who may change them.
 *
 * Two roles, each with one access token from the configuration: `viewer` (read-only) and
 * `admin` (retries, cleans, removals). A token is exchanged once for a session cookie on
 * the login page, or sent with every request as `Authorization: Bearer <token>`.
 *
 * A session is `<role>.<expiry>.<mac>`: an HMAC-SHA256 of role and expiry under a key
 * derived from the session secret and the role's current token, so that changing a token
 * ends the sessions opened with the old one. Tokens and MACs are compared in constant time.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import {
  DashboardConfigError,
  checkSessionSecret,
  checkToken,
  dashboardSettings,
} from './settings';

/** `viewer`: sees queues, jobs, progress and logs. `admin`: may also change them. */
export type DashboardRole = 'admin' | 'viewer';

/** The access token of each role; a role without a token cannot log in. */
export interface DashboardTokens {
  admin?: string;
  viewer?: string;
  /**
   * Viewer tokens scoped to one tenant each (tenant id → token): such a viewer sees the
   * planner's workbench of that tenant only, not the queues (whose jobs name every tenant).
   */
  tenantViewers?: Readonly<Record<string, string>>;
}

/** Who a token or session belongs to: a role, and for a tenant's viewer, the tenant. */
export interface DashboardPrincipal {
  role: DashboardRole;
  /** Set for a tenant-scoped viewer: the only tenant it may see. */
  tenant?: string;
}

export interface AuthenticatorOptions {
  tokens: DashboardTokens;
  /** Key of the session MACs; default random per process (sessions end on restart). */
  sessionSecret?: string;
  /** How long a session lasts, in ms (default 12 hours). */
  sessionTtlMs?: number;
}

export interface Authenticator {
  /** The roles that have a token. */
  readonly roles: readonly DashboardRole[];
  /** How long a session lasts, in ms. */
  readonly sessionTtlMs: number;
  /** The tenants that have a viewer token of their own. */
  readonly tenants: readonly string[];
  /** The role this token belongs to, or undefined (a tenant's viewer token: `viewer`). */
  roleOfToken(token: string): DashboardRole | undefined;
  /** The role and tenant this token belongs to, or undefined. */
  principalOfToken(token: string): DashboardPrincipal | undefined;
  /** A new session of `role` (or principal), valid for sessionTtlMs from `now`. */
  createSession(who: DashboardRole | DashboardPrincipal, now?: number): string;
  /** The role of a session, or undefined when it is forged, expired or its token changed. */
  verifySession(session: string, now?: number): DashboardRole | undefined;
  /** The role and tenant of a session, or undefined (see verifySession). */
  verifySessionPrincipal(session: string, now?: number): DashboardPrincipal | undefined;
}

export const DEFAULT_SESSION_TTL_MS = 12 * 3600_000;

const ROLES: readonly DashboardRole[] = ['admin', 'viewer'];

/** `<role>` or, for a tenant's viewer, `tenant~<tenant id, base64url>`. */
const SESSION_FORMAT =
  /^(admin|viewer|tenant~[A-Za-z0-9_-]{1,200})\.(\d{1,13})\.([A-Za-z0-9_-]{43})$/;

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Checks the tokens (at least one, each long enough, not the same) and builds the checks. */
export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const { admin, viewer } = options.tokens;
  if (admin === undefined && viewer === undefined && options.tokens.tenantViewers === undefined) {
    throw new DashboardConfigError(
      `no access token is set: set ${dashboardSettings.adminToken}, ` +
        `${dashboardSettings.viewerToken} or both`,
    );
  }
  if (admin !== undefined) checkToken(admin, dashboardSettings.adminToken);
  if (viewer !== undefined) checkToken(viewer, dashboardSettings.viewerToken);
  if (admin !== undefined && admin === viewer) {
    throw new DashboardConfigError(
      `${dashboardSettings.adminToken} and ${dashboardSettings.viewerToken} must differ: ` +
        `a viewer would be an admin`,
    );
  }
  const secret =
    options.sessionSecret === undefined
      ? randomBytes(32)
      : Buffer.from(checkSessionSecret(options.sessionSecret, dashboardSettings.sessionSecret));
  const sessionTtlMs = options.sessionTtlMs ?? DEFAULT_SESSION_TTL_MS;
  if (!Number.isSafeInteger(sessionTtlMs) || sessionTtlMs <= 0) {
    throw new DashboardConfigError(`sessionTtlMs must be a positive whole number of ms`);
  }

  const tokenDigests = new Map<DashboardRole, Buffer>();
  const sessionKeys = new Map<DashboardRole, Buffer>();
  for (const role of ROLES) {
    const token = options.tokens[role];
    if (token === undefined) continue;
    tokenDigests.set(role, sha256(token));
    sessionKeys.set(
      role,
      createHmac('sha256', secret).update(`replan-dashboard-session\0${role}\0${token}`).digest(),
    );
  }
  const mac = (key: Buffer, subject: string, expires: string): Buffer =>
    createHmac('sha256', key).update(`${subject}.${expires}`).digest();

  const tenantTokens = Object.entries(options.tokens.tenantViewers ?? {});
  const tenantDigests = new Map<string, Buffer>();
  const tenantKeys = new Map<string, Buffer>();
  const globalTokens = new Set([admin, viewer].filter((t) => t !== undefined));
  for (const [tenant, token] of tenantTokens) {
    const setting = `${dashboardSettings.tenantViewerTokens} (tenant '${tenant}')`;
    checkToken(token, setting);
    if (globalTokens.has(token)) {
      throw new DashboardConfigError(`${setting} must differ from the admin and viewer tokens`);
    }
    globalTokens.add(token);
    tenantDigests.set(tenant, sha256(token));
    tenantKeys.set(
      tenant,
      createHmac('sha256', secret).update(`replan-dashboard-tenant\0${tenant}\0${token}`).digest(),
    );
  }
  const subjectOf = (who: DashboardPrincipal): string =>
    who.tenant === undefined ? who.role : `tenant~${Buffer.from(who.tenant).toString('base64url')}`;
  const keyOf = (who: DashboardPrincipal): Buffer | undefined =>
    who.tenant === undefined ? sessionKeys.get(who.role) : tenantKeys.get(who.tenant);
  const principalOfToken = (token: string): DashboardPrincipal | undefined => {
    // Digests have the same length whatever the token's, and every token is compared.
    const digest = sha256(token);
    let found: DashboardPrincipal | undefined;
    for (const [role, expected] of tokenDigests) {
      if (timingSafeEqual(digest, expected) && found === undefined) found = { role };
    }
    for (const [tenant, expected] of tenantDigests) {
      if (timingSafeEqual(digest, expected) && found === undefined)
        found = { role: 'viewer', tenant };
    }
    return found;
  };
  const verifySessionPrincipal = (
    session: string,
    now = Date.now(),
  ): DashboardPrincipal | undefined => {
    const match = SESSION_FORMAT.exec(session);
    if (match === null) return undefined;
    const [, subject, expires, given] = match as unknown as [string, string, string, string];
    const who: DashboardPrincipal = subject.startsWith('tenant~')
      ? { role: 'viewer', tenant: Buffer.from(subject.slice(7), 'base64url').toString() }
      : { role: subject as DashboardRole };
    const key = keyOf(who);
    if (key === undefined || subjectOf(who) !== subject) return undefined;
    const expected = mac(key, subject, expires);
    const signature = Buffer.from(given, 'base64url');
    if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
      return undefined;
    }
    return Number(expires) * 1000 > now ? who : undefined;
  };

  return {
    roles: ROLES.filter((role) => tokenDigests.has(role)),
    sessionTtlMs,
    tenants: [...tenantDigests.keys()],
    roleOfToken: (token) => principalOfToken(token)?.role,
    principalOfToken,
    createSession(who, now = Date.now()) {
      const principal = typeof who === 'string' ? { role: who } : who;
      const key = keyOf(principal);
      if (key === undefined) {
        throw new Error(
          principal.tenant === undefined
            ? `the ${principal.role} role has no token`
            : `tenant '${principal.tenant}' has no viewer token`,
        );
      }
      const subject = subjectOf(principal);
      const expires = String(Math.floor((now + sessionTtlMs) / 1000));
      return `${subject}.${expires}.${mac(key, subject, expires).toString('base64url')}`;
    },
    verifySession: (session, now) => {
      const who = verifySessionPrincipal(session, now);
      return who?.tenant === undefined ? who?.role : undefined;
    },
    verifySessionPrincipal,
  };
}
