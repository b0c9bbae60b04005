/**
 * The workbench's HTML: escaping, the page frame (title, the plan's menu) and small parts
 * shared by the pages. Pages are plain server-rendered HTML and CSS, without scripts: the
 * "why" tree expands with `<details>`.
 */

import { escapeHtml } from '../login-page';

export { escapeHtml };

/** A template tag that escapes every interpolated value unless it is `Html`. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

type Part = Html | string | number | undefined | null | false | readonly Part[];

function render(part: Part): string {
  if (part === undefined || part === null || part === false) return '';
  if (part instanceof Html) return part.text;
  if (Array.isArray(part)) return (part as readonly Part[]).map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...values: Part[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new Html(out);
}

/** The content security policy of the pages: no scripts, nothing from elsewhere. */
export const WORKBENCH_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; " +
  "frame-ancestors 'none'; base-uri 'none'";

const STYLE = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1d2433;background:#f6f7f9}
header{background:#1f2a44;color:#fff;padding:10px 20px;display:flex;gap:18px;align-items:baseline;flex-wrap:wrap}
header a{color:#cfe0ff;text-decoration:none}header a:hover{text-decoration:underline}
header .title{font-weight:600;color:#fff}
main{padding:16px 20px;max-width:1400px}
h1{font-size:20px;margin:4px 0 12px}h2{font-size:16px;margin:20px 0 8px}
table{border-collapse:collapse;background:#fff;width:100%;margin:6px 0 12px}
th,td{border-bottom:1px solid #e3e6ea;padding:4px 8px;text-align:left;vertical-align:top;white-space:nowrap}
th{background:#eef1f5;font-weight:600}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
tr.late td{background:#fff3f0}.late{color:#b42318;font-weight:600}.ok{color:#147a3d}
.muted{color:#667085}.cards{display:flex;gap:12px;flex-wrap:wrap}
.card{background:#fff;border:1px solid #e3e6ea;border-radius:6px;padding:8px 14px;min-width:120px}
.card b{display:block;font-size:20px}
.cause{background:#fff3f0;border:1px solid #f5c2b8;border-radius:6px;padding:10px 14px;margin:8px 0 14px}
details{margin-left:18px;border-left:1px dotted #c0c6cf;padding-left:8px}
details>summary{cursor:pointer;padding:2px 0}details.path>summary{font-weight:600}
details.cause-step>summary{background:#fde7e2}
.tag{display:inline-block;font-size:11px;padding:0 6px;border-radius:8px;background:#e8edf5;margin-right:4px}
.tag.late{background:#fde7e2}
form.filter{display:flex;gap:8px;flex-wrap:wrap;align-items:end;margin:6px 0}
form.filter label{display:flex;flex-direction:column;font-size:12px;color:#667085}
nav.pager{margin:8px 0}nav.pager a{margin-right:12px}
svg{background:#fff;border:1px solid #e3e6ea}
.bar{display:inline-block;height:10px;background:#2f6fde;vertical-align:middle}.bar.over{background:#b42318}
.error{background:#fff3f0;border:1px solid #f5c2b8;padding:12px;border-radius:6px}
`;

export interface FrameOptions {
  title: string;
  /** The workbench root (`<base>/workbench`). */
  root: string;
  /** The plan's menu, when the page is of a plan. */
  plan?: { tenant: string; plan: string };
  logout: string;
  body: Html;
}

/** The path of a plan's page `rest` (already encoded). */
export function planPath(root: string, tenant: string, plan: string, rest = ''): string {
  return `${root}/tenants/${encodeURIComponent(tenant)}/plans/${encodeURIComponent(plan)}/${rest}`;
}

export function page(options: FrameOptions): string {
  const { root, plan } = options;
  const menu =
    plan === undefined
      ? []
      : [
          ['Overview', ''],
          ['Planned orders', 'planned-orders'],
          ['Delays', 'delays'],
          ['Action messages', 'actions'],
          ['Capacity', 'capacity'],
          ['Runs', 'runs'],
          ['Messages', 'messages'],
        ].map(
          ([label, rest]) =>
            html`<a href="${planPath(root, plan.tenant, plan.plan, rest)}">${label}</a>`,
        );
  return `<!doctype html>${
    html`<html lang="en">
      <head>
        <meta charset="utf-8" />
        <title>${options.title} · Replan workbench</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <style>
          ${new Html(STYLE)}
        </style>
      </head>
      <body>
        <header>
          <a class="title" href="${root}/">Replan workbench</a>${
            plan === undefined ? '' : html`<span>${plan.tenant} · ${plan.plan}</span>`
          }${menu}<a href="${options.logout}" style="margin-left:auto">Log out</a>
        </header>
        <main>${options.body}</main>
      </body>
    </html>`.text
  }`;
}

/** A number as planners read it: up to 3 decimals, thousands grouped. */
export function qty(n: number | undefined): string {
  if (n === undefined) return '';
  return n.toLocaleString('en-US', { maximumFractionDigits: 3 });
}

export function days(n: number): string {
  return n === 1 ? '1 day' : `${n} days`;
}

/** A "previous / next" pager for a page of `offset`, `limit` and `hasMore`, keeping the query. */
export function pager(
  path: string,
  query: Readonly<Record<string, unknown>>,
  page: { offset: number; limit: number; hasMore: boolean; rows: readonly unknown[] },
): Html {
  const link = (offset: number): string => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (key === 'offset' || key === 'limit' || value === undefined) continue;
      params.set(key, typeof value === 'string' ? value : JSON.stringify(value));
    }
    params.set('offset', String(offset));
    params.set('limit', String(page.limit));
    return `${path}?${params.toString()}`;
  };
  const first = page.rows.length === 0 ? 0 : page.offset + 1;
  return html`<nav class="pager">
    <span class="muted">rows ${first}–${page.offset + page.rows.length}</span>
    ${page.offset > 0 ? html`<a href="${link(Math.max(0, page.offset - page.limit))}">← previous</a>` : ''}
    ${page.hasMore ? html`<a href="${link(page.offset + page.limit)}">next →</a>` : ''}
  </nav>`;
}
