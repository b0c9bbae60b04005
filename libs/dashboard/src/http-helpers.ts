/** Small HTTP helpers of the dashboard: cookies, bearer tokens and safe redirects. */

/** The value of one cookie of a `Cookie` header, or undefined. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  for (const pair of header.split(';')) {
    const at = pair.indexOf('=');
    if (at < 0 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    try {
      return decodeURIComponent(value.startsWith('"') ? value.slice(1, -1) : value);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The token of an `Authorization: Bearer <token>` header; null when the header is there
 * but is not a bearer token; undefined when there is no header.
 */
export function bearerToken(header: string | undefined): string | null | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer[ ]+(\S+)\s*$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * `next` when it is a path on this board (under `basePath`), else the board's home: the
 * login form never sends anyone to another site.
 */
export function safeRedirect(next: unknown, basePath: string): string {
  const home = basePath === '/' ? '/' : `${basePath}/`;
  if (typeof next !== 'string' || next.length > 2000) return home;
  // eslint-disable-next-line no-control-regex
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\x00-\x1f\x7f]/.test(next)) {
    return home;
  }
  if (basePath === '/') return next;
  const rest = next.slice(basePath.length);
  return next.startsWith(basePath) && (rest === '' || rest.startsWith('/') || rest.startsWith('?'))
    ? next
    : home;
}
