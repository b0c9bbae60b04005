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
  /** The role this token belongs to, or undefined. */
  roleOfToken(token: string): DashboardRole | undefined;
  /** A new session of `role`, valid for sessionTtlMs from `now`. */
  createSession(role: DashboardRole, now?: number): string;
  /** The role of a session, or undefined when it is forged, expired or its token changed. */
  verifySession(session: string, now?: number): DashboardRole | undefined;
}

export const DEFAULT_SESSION_TTL_MS = 12 * 3600_000;

const ROLES: readonly DashboardRole[] = ['admin', 'viewer'];

const SESSION_FORMAT = /^(admin|viewer)\.(\d{1,13})\.([A-Za-z0-9_-]{43})$/;

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Checks the tokens (at least one, each long enough, not the same) and builds the checks. */
export function createAuthenticator(options: AuthenticatorOptions): Authenticator {
  const { admin, viewer } = options.tokens;
  if (admin === undefined && viewer === undefined) {
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
  const mac = (key: Buffer, role: DashboardRole, expires: string): Buffer =>
    createHmac('sha256', key).update(`${role}.${expires}`).digest();

  return {
    roles: ROLES.filter((role) => tokenDigests.has(role)),
    sessionTtlMs,
    roleOfToken(token) {
      // Digests have the same length whatever the token's, and every role is compared.
      const digest = sha256(token);
      let found: DashboardRole | undefined;
      for (const [role, expected] of tokenDigests) {
        if (timingSafeEqual(digest, expected) && found === undefined) found = role;
      }
      return found;
    },
    createSession(role, now = Date.now()) {
      const key = sessionKeys.get(role);
      if (key === undefined) throw new Error(`the ${role} role has no token`);
      const expires = String(Math.floor((now + sessionTtlMs) / 1000));
      return `${role}.${expires}.${mac(key, role, expires).toString('base64url')}`;
    },
    verifySession(session, now = Date.now()) {
      const match = SESSION_FORMAT.exec(session);
      if (match === null) return undefined;
      const [, role, expires, given] = match as unknown as [string, DashboardRole, string, string];
      const key = sessionKeys.get(role);
      if (key === undefined) return undefined;
      const expected = mac(key, role, expires);
      const signature = Buffer.from(given, 'base64url');
      if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) {
        return undefined;
      }
      return Number(expires) * 1000 > now ? role : undefined;
    },
  };
}
