import { bearerToken, readCookie, safeRedirect } from './http-helpers';

describe('readCookie', () => {
  it('finds one cookie among others', () => {
    expect(readCookie('a=1; session=v.1.x; b=2', 'session')).toBe('v.1.x');
    expect(readCookie('a=1', 'session')).toBeUndefined();
    expect(readCookie(undefined, 'session')).toBeUndefined();
    expect(readCookie('session=%E0%A4%A', 'session')).toBeUndefined();
  });
});

describe('bearerToken', () => {
  it('reads a bearer token', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer  abc ')).toBe('abc');
    expect(bearerToken('Basic YWxhZGRpbjpvcGVuc2VzYW1l')).toBeNull();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});

describe('safeRedirect', () => {
  it('keeps paths on the board', () => {
    expect(safeRedirect('/queue/replan-requests?status=completed', '/')).toBe(
      '/queue/replan-requests?status=completed',
    );
    expect(safeRedirect('/ops/queues/queue/x', '/ops/queues')).toBe('/ops/queues/queue/x');
    expect(safeRedirect('/ops/queues', '/ops/queues')).toBe('/ops/queues');
  });

  it('sends anything else to the board home', () => {
    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example', 'x', 7]) {
      expect(safeRedirect(next, '/')).toBe('/');
    }
    expect(safeRedirect('/ops/queuesX', '/ops/queues')).toBe('/ops/queues/');
    expect(safeRedirect('/other', '/ops/queues')).toBe('/ops/queues/');
  });
});
