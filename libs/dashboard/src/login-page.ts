/**
 * The login page: a plain server-rendered form with one token field. No script, so its
 * Content-Security-Policy allows none.
 */

/** Sent with the login page: nothing but its own inline style and form. */
export const LOGIN_PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'";

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface LoginPageOptions {
  title: string;
  /** Where the form posts to. */
  action: string;
  /** Where to go once logged in. */
  next: string;
  /** Shown above the form (a refused token, a logout). */
  notice?: { kind: 'error' | 'info'; text: string };
  /** The roles that can log in, for the hint under the field. */
  roles: readonly string[];
}

export function renderLoginPage(options: LoginPageOptions): string {
  const notice =
    options.notice === undefined
      ? ''
      : `<p class="${options.notice.kind}" role="${options.notice.kind === 'error' ? 'alert' : 'status'}">` +
        `${escapeHtml(options.notice.text)}</p>`;
  const roles = options.roles.map((role) => `the ${role} token`).join(' or ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(options.title)} · log in</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f4f5f7; color: #1f2933; margin: 0; }
  main { max-width: 24rem; margin: 12vh auto; background: #fff; padding: 2rem;
         border-radius: 8px; box-shadow: 0 1px 4px rgba(0, 0, 0, 0.12); }
  h1 { font-size: 1.3rem; margin: 0 0 1.2rem; }
  label { display: block; font-weight: 600; margin-bottom: 0.4rem; }
  input[type=password] { box-sizing: border-box; width: 100%; padding: 0.55rem;
         font: inherit; border: 1px solid #9aa5b1; border-radius: 4px; }
  button { margin-top: 1rem; padding: 0.55rem 1.2rem; font: inherit; font-weight: 600;
           color: #fff; background: #2f6fde; border: 0; border-radius: 4px; cursor: pointer; }
  .hint { color: #52606d; font-size: 0.9rem; }
  .error { color: #b42318; background: #fef3f2; padding: 0.6rem; border-radius: 4px; }
  .info { color: #05603a; background: #ecfdf3; padding: 0.6rem; border-radius: 4px; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(options.title)}</h1>
${notice}
<form method="post" action="${escapeHtml(options.action)}">
<input type="hidden" name="next" value="${escapeHtml(options.next)}">
<label for="token">Access token</label>
<input type="password" id="token" name="token" autocomplete="current-password" required autofocus>
<p class="hint">Enter ${escapeHtml(roles)} you were given.</p>
<button type="submit">Log in</button>
</form>
</main>
</body>
</html>
`;
}
