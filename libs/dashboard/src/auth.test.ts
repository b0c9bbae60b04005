import { createAuthenticator } from './auth';
import { DashboardConfigError } from './settings';

const ADMIN = 'admin-token-0123456789';
const VIEWER = 'viewer-token-0123456789';
const SECRET = 'a-session-secret-of-32-characters!';

describe('createAuthenticator', () => {
  it('needs at least one token and names both variables', () => {
    expect(() => createAuthenticator({ tokens: {} })).toThrow(
      /REPLAN_DASHBOARD_ADMIN_TOKEN, REPLAN_DASHBOARD_VIEWER_TOKEN or both/,
    );
  });

  it('refuses a short token, naming its variable', () => {
    expect(() => createAuthenticator({ tokens: { viewer: 'too-short' } })).toThrow(
      new DashboardConfigError(
        'REPLAN_DASHBOARD_VIEWER_TOKEN is too short: 9 characters, at least 16 are needed ' +
          '(generate one with: openssl rand -hex 24)',
      ),
    );
    expect(() => createAuthenticator({ tokens: { admin: '123456789012345' } })).toThrow(
      /^REPLAN_DASHBOARD_ADMIN_TOKEN is too short/,
    );
  });

  it('refuses the same token for both roles and a short session secret', () => {
    expect(() => createAuthenticator({ tokens: { admin: ADMIN, viewer: ADMIN } })).toThrow(
      /must differ/,
    );
    expect(() => createAuthenticator({ tokens: { admin: ADMIN }, sessionSecret: 'short' })).toThrow(
      /^REPLAN_DASHBOARD_SESSION_SECRET is too short/,
    );
  });

  it('tells the role of a token', () => {
    const auth = createAuthenticator({ tokens: { admin: ADMIN, viewer: VIEWER } });
    expect(auth.roles).toEqual(['admin', 'viewer']);
    expect(auth.roleOfToken(ADMIN)).toBe('admin');
    expect(auth.roleOfToken(VIEWER)).toBe('viewer');
    expect(auth.roleOfToken(`${VIEWER}x`)).toBeUndefined();
    expect(auth.roleOfToken('')).toBeUndefined();
  });

  it('signs sessions that only its own secret and tokens verify', () => {
    const auth = createAuthenticator({
      tokens: { admin: ADMIN, viewer: VIEWER },
      sessionSecret: SECRET,
    });
    const now = Date.UTC(2026, 2, 2);
    const viewer = auth.createSession('viewer', now);
    expect(viewer).toMatch(/^viewer\.\d+\.[A-Za-z0-9_-]{43}$/);
    expect(auth.verifySession(viewer, now)).toBe('viewer');
    expect(auth.verifySession(auth.createSession('admin', now), now)).toBe('admin');

    // The same secret and tokens in another process accept it; another secret does not.
    const same = createAuthenticator({
      tokens: { admin: ADMIN, viewer: VIEWER },
      sessionSecret: SECRET,
    });
    expect(same.verifySession(viewer, now)).toBe('viewer');
    const other = createAuthenticator({
      tokens: { admin: ADMIN, viewer: VIEWER },
      sessionSecret: 'another-session-secret-of-32-chars!',
    });
    expect(other.verifySession(viewer, now)).toBeUndefined();
    // A new viewer token ends the sessions opened with the old one.
    const rotated = createAuthenticator({
      tokens: { admin: ADMIN, viewer: 'viewer-token-rotated-0001' },
      sessionSecret: SECRET,
    });
    expect(rotated.verifySession(viewer, now)).toBeUndefined();
  });

  it('refuses forged, altered and expired sessions', () => {
    const auth = createAuthenticator({
      tokens: { admin: ADMIN, viewer: VIEWER },
      sessionSecret: SECRET,
      sessionTtlMs: 60_000,
    });
    const now = Date.UTC(2026, 2, 2);
    const [, expires, mac] = auth.createSession('viewer', now).split('.') as [
      string,
      string,
      string,
    ];
    expect(auth.verifySession(`admin.${expires}.${mac}`, now)).toBeUndefined();
    expect(auth.verifySession(`viewer.${Number(expires) + 3600}.${mac}`, now)).toBeUndefined();
    expect(auth.verifySession(`viewer.${expires}.${'A'.repeat(43)}`, now)).toBeUndefined();
    expect(auth.verifySession(`viewer.${expires}`, now)).toBeUndefined();
    expect(auth.verifySession('admin', now)).toBeUndefined();
    expect(auth.verifySession(`viewer.${expires}.${mac}`, now + 59_000)).toBe('viewer');
    expect(auth.verifySession(`viewer.${expires}.${mac}`, now + 60_000)).toBeUndefined();
  });

  it('does not open sessions of a role without a token', () => {
    const auth = createAuthenticator({ tokens: { viewer: VIEWER } });
    expect(auth.roles).toEqual(['viewer']);
    expect(() => auth.createSession('admin')).toThrow(/admin role has no token/);
    expect(auth.roleOfToken(ADMIN)).toBeUndefined();
  });
});
