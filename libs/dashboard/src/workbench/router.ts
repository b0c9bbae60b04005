/**
 * The workbench's routes under `<base>/workbench`: every view of views.ts as JSON under
 * `api/` and as a page, the OpenAPI file at `api/openapi.yaml`. Reads only; a tenant's
 * viewer is refused every other tenant (403). Each answer says its server time in a
 * `Server-Timing` header (`db`: reading, `render`: the page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

import type { Logger } from '@replan/observability';
import { Router, type Request, type Response } from 'express';

import type { DashboardPrincipal } from '../auth';
import { WORKBENCH_CSP, escapeHtml, html, page as framePage } from './html';
import { PLAN_PAGES, plansPage, tenantsPage, type PageContext, type RenderedPage } from './pages';
import { QueryParams, WorkbenchRequestError } from './params';
import type { WorkbenchTenants } from './tenants';
import { VIEWS, type View } from './views';

/** The OpenAPI description of the workbench API (`libs/dashboard/openapi.yaml`). */
export const OPENAPI_FILE = join(__dirname, '..', '..', 'openapi.yaml');

export interface WorkbenchRouterOptions {
  tenants: WorkbenchTenants;
  /** Where the router is mounted: `<base>/workbench`. */
  root: string;
  logoutPath: string;
  log: Logger;
}

/** The principal the dashboard's login middleware put on the response. */
export function principalOf(res: Response): DashboardPrincipal {
  const principal = res.locals.principal as DashboardPrincipal | undefined;
  if (principal === undefined) throw new Error('workbench: no principal on the request');
  return principal;
}

export function createWorkbenchRouter(options: WorkbenchRouterOptions): Router {
  const { tenants, root, log } = options;
  const router = Router();
  let openApi: string | undefined;
  router.get('/api/openapi.yaml', (_req, res) => {
    openApi ??= readFileSync(OPENAPI_FILE, 'utf8');
    res.type('application/yaml').send(openApi);
  });

  const visible = (principal: DashboardPrincipal): string[] =>
    tenants.ids().filter((id) => principal.tenant === undefined || principal.tenant === id);

  async function answer(
    view: View,
    req: Request,
    res: Response,
    as: 'json' | 'html',
  ): Promise<void> {
    const started = performance.now();
    const principal = principalOf(res);
    const params = req.params as Record<string, string>;
    const tenant = params.tenant ?? '';
    try {
      if (params.tenant !== undefined) {
        if (principal.tenant !== undefined && principal.tenant !== tenant) {
          throw new WorkbenchRequestError(
            `this token sees the plans of tenant '${principal.tenant}' only`,
            403,
          );
        }
      }
      const knex = params.tenant === undefined ? undefined : tenants.database(tenant);
      if (params.tenant !== undefined && knex === undefined) {
        throw new WorkbenchRequestError(`no tenant '${tenant}' is registered`, 404);
      }
      const data = await view.load({
        tenant,
        ...(params.plan === undefined ? {} : { plan: params.plan }),
        knex: knex as NonNullable<typeof knex>,
        params,
        query: new QueryParams(req),
        tenants: visible(principal),
        databaseOf: (id) => tenants.database(id),
      });
      const read = performance.now();
      let body: string;
      if (as === 'json') {
        body = JSON.stringify(data);
        res.type('application/json');
      } else {
        const context: PageContext = {
          root,
          tenant,
          plan: params.plan ?? '',
          path: `${root}${req.path}`,
          query: req.query,
        };
        const rendered = renderPage(view, context, data);
        body = framePage({
          title: rendered.title,
          root,
          ...(params.plan === undefined ? {} : { plan: { tenant, plan: params.plan } }),
          logout: options.logoutPath,
          body: rendered.body,
        });
        res.type('text/html; charset=utf-8').setHeader('Content-Security-Policy', WORKBENCH_CSP);
      }
      const done = performance.now();
      res.setHeader(
        'Server-Timing',
        `db;dur=${(read - started).toFixed(1)}, render;dur=${(done - read).toFixed(1)}, total;dur=${(done - started).toFixed(1)}`,
      );
      res.send(body);
    } catch (error) {
      const status =
        error instanceof WorkbenchRequestError
          ? error.status
          : error instanceof RangeError
            ? 400
            : 500;
      const message = error instanceof Error ? error.message : String(error);
      if (status === 500) log.error({ err: error, path: req.path }, 'workbench request failed');
      const shown =
        status === 500 ? 'internal error: the workbench could not read the plan' : message;
      res.status(status);
      if (as === 'json') {
        res.json({ error: shown });
      } else {
        res
          .type('text/html; charset=utf-8')
          .setHeader('Content-Security-Policy', WORKBENCH_CSP)
          .send(
            framePage({
              title: 'error',
              root,
              logout: options.logoutPath,
              body: html`<h1>
                  ${status === 404 ? 'Not found' : status === 403 ? 'Not allowed' : 'Cannot show this'}
                </h1>
                <p class="error">${shown}</p>
                <p><a href="${root}/">Plans</a></p>`,
            }),
          );
      }
    }
  }

  for (const view of VIEWS) {
    router.get(`/api${view.apiPath}`, (req, res) => answer(view, req, res, 'json'));
    router.get(view.pagePath, (req, res) => answer(view, req, res, 'html'));
  }
  router.use('/api', (_req, res) => {
    res.status(404).json({ error: 'no such workbench API route (see api/openapi.yaml)' });
  });
  return router;
}

function renderPage(view: View, context: PageContext, data: unknown): RenderedPage {
  if (view.name === 'tenants')
    return tenantsPage(context.root, data as Parameters<typeof tenantsPage>[1]);
  if (view.name === 'plans')
    return plansPage(context.root, data as Parameters<typeof plansPage>[1]);
  const render = PLAN_PAGES[view.name];
  if (render === undefined) throw new Error(`workbench: no page for view ${escapeHtml(view.name)}`);
  return render(context, data as never);
}
