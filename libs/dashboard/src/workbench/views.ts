/**
 * The workbench's views, each once: its API path, its page path, and how it is read (a
 * function of @replan/sql over the active version, in one snapshot). The router serves every
 * view as JSON under `api/` and as a page; the OpenAPI file documents the same list.
 */
import {
  PLANNED_ORDER_SORTS,
  PlanLookups,
  listActions,
  listDelays,
  listResourceLoads,
  listPlannedOrders,
  listPlanVersions,
  listRunMessages,
  listRuns,
  readActivePlanSnapshot,
  readNetRequirements,
  readPlanOverview,
  readResourceDays,
  readRun,
  readWhyTree,
  type PlanSnapshot,
  type PlanVersionHead,
  type RunStatus,
  type WhyRef,
} from '@replan/sql';
import type { Knex } from 'knex';

import { QueryParams, WorkbenchRequestError } from './params';

export interface ViewContext {
  tenant: string;
  /** Set on every view under a plan. */
  plan?: string;
  knex: Knex;
  params: Record<string, string>;
  query: QueryParams;
  /** The tenants the caller may see (the tenants view). */
  tenants: readonly string[];
  databaseOf(tenant: string): Knex | undefined;
}

export interface View {
  name: string;
  /** Under `<base>/workbench/api`, express syntax. */
  apiPath: string;
  /** Under `<base>/workbench`. */
  pagePath: string;
  /** Whether the view is of one plan (its answer carries the version read). */
  ofPlan: boolean;
  load(context: ViewContext): Promise<unknown>;
}

const PLAN = '/tenants/:tenant/plans/:plan';

async function ofActiveVersion<T>(
  context: ViewContext,
  read: (snapshot: PlanSnapshot) => Promise<T>,
): Promise<{ plan: PlanVersionHead } & T> {
  const plan = context.plan ?? '';
  const answer = await readActivePlanSnapshot(context.knex, plan, async (snapshot) => ({
    plan: {
      planId: snapshot.planId,
      version: snapshot.version,
      ...(snapshot.planDate === undefined ? {} : { planDate: snapshot.planDate }),
      ...(snapshot.runId === undefined ? {} : { runId: snapshot.runId }),
      ...(snapshot.activatedAt === undefined ? {} : { activatedAt: snapshot.activatedAt }),
    },
    ...(await read(snapshot)),
  }));
  if (answer === undefined) {
    throw new WorkbenchRequestError(
      `plan '${plan}' of tenant '${context.tenant}' has no active version (no run has written it)`,
      404,
    );
  }
  return answer;
}

/** What became of the run a link was followed from: whether it wrote the active version. */
export interface FollowedRun {
  runId: string;
  /** It wrote the version shown. */
  active: boolean;
  /** Its status in the plan's run history; unset when the history has no such run of the plan. */
  status?: RunStatus;
  /** The version it wrote, if it succeeded. */
  planVersion?: number;
  error?: string;
}

async function followedRun(snapshot: PlanSnapshot, runId: string): Promise<FollowedRun> {
  if (runId === snapshot.runId) {
    return { runId, active: true, status: 'succeeded', planVersion: snapshot.version };
  }
  const entry = await readRun(snapshot.db, runId);
  if (entry === undefined || entry.planId !== snapshot.planId) return { runId, active: false };
  return {
    runId,
    active: false,
    status: entry.status,
    ...(entry.planVersion === undefined ? {} : { planVersion: entry.planVersion }),
    ...(entry.error === undefined ? {} : { error: entry.error }),
  };
}

function whyRef(query: QueryParams): WhyRef {
  const receipt = query.string('receipt');
  const requirement = query.string('requirement');
  if ((receipt === undefined) === (requirement === undefined)) {
    throw new WorkbenchRequestError(
      "give one of the query parameters 'receipt' (a planned order, supply line or " +
        "<item>@<warehouse> for on-hand) or 'requirement' (a demand, forecast or <order>/<line> id)",
    );
  }
  if (receipt !== undefined) return { receipt };
  const ref: WhyRef = { requirement: requirement ?? '' };
  const item = query.string('item');
  const warehouse = query.string('warehouse');
  if (item !== undefined) ref.item = item;
  if (warehouse !== undefined) ref.warehouse = warehouse;
  return ref;
}

export const VIEWS: readonly View[] = [
  {
    name: 'tenants',
    apiPath: '/tenants',
    pagePath: '/',
    ofPlan: false,
    async load(context) {
      const tenants = [];
      for (const id of context.tenants) {
        const knex = context.databaseOf(id);
        if (knex === undefined) continue;
        tenants.push({ id, plans: await listPlanVersions(knex) });
      }
      return { tenants };
    },
  },
  {
    name: 'plans',
    apiPath: '/tenants/:tenant/plans',
    pagePath: '/tenants/:tenant/',
    ofPlan: false,
    load: async (context) => ({
      tenant: context.tenant,
      plans: await listPlanVersions(context.knex),
    }),
  },
  {
    name: 'overview',
    apiPath: `${PLAN}/overview`,
    pagePath: `${PLAN}/`,
    ofPlan: true,
    load(context) {
      // A run's jobs on the board link here with `?run=<run id>`.
      const run = context.query.string('run');
      return ofActiveVersion(context, async (s) => ({
        overview: await readPlanOverview(s),
        ...(run === undefined ? {} : { followedRun: await followedRun(s, run) }),
      }));
    },
  },
  {
    name: 'plannedOrders',
    apiPath: `${PLAN}/planned-orders`,
    pagePath: `${PLAN}/planned-orders`,
    ofPlan: true,
    load(context) {
      const q = context.query;
      const filter = {
        ...q.page(),
        ...optional('item', q.string('item')),
        ...optional('warehouse', q.string('warehouse')),
        ...optional('type', q.oneOf('type', ['purchase', 'production', 'transfer'] as const)),
        ...optional('late', q.boolean('late')),
        ...optional('from', q.date('from')),
        ...optional('to', q.date('to')),
        ...optional('sort', q.oneOf('sort', PLANNED_ORDER_SORTS)),
        ...optional('descending', q.boolean('descending')),
      };
      return ofActiveVersion(context, async (s) => ({
        filter,
        page: await listPlannedOrders(s, filter),
      }));
    },
  },
  {
    name: 'netRequirements',
    apiPath: `${PLAN}/nodes/:item/:warehouse/net-requirements`,
    pagePath: `${PLAN}/nodes/:item/:warehouse`,
    ofPlan: true,
    load: (context) =>
      ofActiveVersion(context, async (s) => ({
        node: await readNetRequirements(
          s,
          context.params.item ?? '',
          context.params.warehouse ?? '',
        ),
      })),
  },
  {
    name: 'why',
    apiPath: `${PLAN}/why`,
    pagePath: `${PLAN}/why`,
    ofPlan: true,
    load(context) {
      const ref = whyRef(context.query);
      const maxSteps = context.query.integer('maxSteps');
      return ofActiveVersion(context, async (s) => {
        const tree = await readWhyTree(new PlanLookups(s), ref, {
          ...(maxSteps === undefined ? {} : { maxSteps: Math.min(maxSteps, 2000) }),
        });
        if (tree === undefined) {
          const what =
            'receipt' in ref ? `receipt '${ref.receipt}'` : `requirement '${ref.requirement}'`;
          throw new WorkbenchRequestError(`the active plan has no ${what}`, 404);
        }
        return { ref, tree };
      });
    },
  },
  {
    name: 'delays',
    apiPath: `${PLAN}/delays`,
    pagePath: `${PLAN}/delays`,
    ofPlan: true,
    load(context) {
      const q = context.query;
      const filter = {
        ...q.page(),
        ...optional('item', q.string('item')),
        ...optional('warehouse', q.string('warehouse')),
      };
      return ofActiveVersion(context, async (s) => ({ filter, page: await listDelays(s, filter) }));
    },
  },
  {
    name: 'actions',
    apiPath: `${PLAN}/actions`,
    pagePath: `${PLAN}/actions`,
    ofPlan: true,
    load(context) {
      const q = context.query;
      const filter = {
        ...q.page(),
        ...optional(
          'kind',
          q.oneOf('kind', ['advance', 'postpone', 'increase', 'decrease', 'cancel'] as const),
        ),
        ...optional('item', q.string('item')),
        ...optional('warehouse', q.string('warehouse')),
      };
      return ofActiveVersion(context, async (s) => ({
        filter,
        page: await listActions(s, filter),
      }));
    },
  },
  {
    name: 'capacity',
    apiPath: `${PLAN}/capacity`,
    pagePath: `${PLAN}/capacity`,
    ofPlan: true,
    load(context) {
      const q = context.query;
      const filter = { ...q.page(), ...optional('overloaded', q.boolean('overloaded')) };
      return ofActiveVersion(context, async (s) => ({
        filter,
        page: await listResourceLoads(s, filter),
      }));
    },
  },
  {
    name: 'resourceLoad',
    apiPath: `${PLAN}/capacity/:resource`,
    pagePath: `${PLAN}/capacity/:resource`,
    ofPlan: true,
    load(context) {
      const q = context.query;
      const resource = context.params.resource ?? '';
      const filter = {
        ...q.page(),
        ...optional('from', q.date('from')),
        ...optional('to', q.date('to')),
        ...optional('overloaded', q.boolean('overloaded')),
      };
      return ofActiveVersion(context, async (s) => ({
        resource,
        filter,
        page: await readResourceDays(s, resource, filter),
      }));
    },
  },
  {
    name: 'runs',
    apiPath: `${PLAN}/runs`,
    pagePath: `${PLAN}/runs`,
    ofPlan: true,
    load: (context) =>
      ofActiveVersion(context, async (s) => ({
        page: await listRuns(s.db, s.planId, context.query.page()),
      })),
  },
  {
    name: 'messages',
    apiPath: `${PLAN}/messages`,
    pagePath: `${PLAN}/messages`,
    ofPlan: true,
    load(context) {
      const q = context.query;
      const filter = {
        ...q.page(),
        ...optional('severity', q.oneOf('severity', ['error', 'warning', 'info'] as const)),
        ...optional('code', q.string('code')),
      };
      return ofActiveVersion(context, async (s) => ({
        filter,
        page: await listRunMessages(s, filter),
      }));
    },
  },
];

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
