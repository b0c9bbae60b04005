/**
 * The workbench's pages: one renderer per view of views.ts, from the same data the API
 * answers with.
 */
import type { ActionMessage, PlannedOrder, RunMessage } from '@replan/engine';
import type {
  DelayWithCause,
  NodeNetRequirements,
  Page,
  PlanOverview,
  PlanVersionHead,
  ReceiptStep,
  ResourceDay,
  ResourceLoadSummary,
  RunHistoryEntry,
  WhyStep,
  WhyTree,
} from '@replan/sql';

import { projectedChart } from './chart';
import type { FollowedRun } from './views';
import { days, html, Html, pager, planPath, qty } from './html';

export interface PageContext {
  root: string;
  tenant: string;
  plan: string;
  /** The page's own path, for pagers and filter forms. */
  path: string;
  query: Readonly<Record<string, unknown>>;
}

export interface RenderedPage {
  title: string;
  body: Html;
}

const nodePath = (c: PageContext, item: string, warehouse: string): string =>
  planPath(
    c.root,
    c.tenant,
    c.plan,
    `nodes/${encodeURIComponent(item)}/${encodeURIComponent(warehouse)}`,
  );

const whyPath = (
  c: PageContext,
  ref: { receipt: string } | { requirement: string; item?: string; warehouse?: string },
): string => {
  const params = new URLSearchParams(ref as Record<string, string>);
  return planPath(c.root, c.tenant, c.plan, `why?${params.toString()}`);
};

const nodeLink = (c: PageContext, item: string, warehouse: string): Html =>
  html`<a href="${nodePath(c, item, warehouse)}">${item} @ ${warehouse}</a>`;

const receiptLink = (c: PageContext, id: string): Html =>
  html`<a href="${whyPath(c, { receipt: id })}">${id}</a>`;

const lateTag = (lateDays: number): Html | string =>
  lateDays > 0 ? html`<span class="tag late">${days(lateDays)} late</span>` : '';

function versionLine(plan: PlanVersionHead): Html {
  return html`<p class="muted">
    Active version
    ${plan.version}${
      plan.planDate === undefined ? '' : html`, plan date ${plan.planDate}`
    }${plan.runId === undefined ? '' : html`, written by run ${plan.runId}`}${
      plan.activatedAt === undefined ? '' : html` at ${plan.activatedAt}`
    }.
  </p>`;
}

function describeReceipt(step: ReceiptStep): string {
  if (step.kind === 'onHand') return 'on-hand stock';
  if (step.kind === 'supply') return `open ${step.supplyType ?? 'supply'} line`;
  return `planned ${step.order?.type ?? ''} order`;
}

function causeBox(c: PageContext, cause: ReceiptStep, what: string): Html {
  const order = cause.order;
  return html`<div class="cause" id="root-cause">
    <b>Root cause</b> of ${what}: ${receiptLink(c, cause.id)}, ${describeReceipt(cause)} of
    ${nodeLink(c, cause.item, cause.warehouse)},
    ${cause.quantity === undefined ? '' : html`${qty(cause.quantity)} `}${
      order === undefined
        ? html`arriving ${cause.date ?? '?'}`
        : html`ordered ${order.orderDate}, received ${order.receiptDate} for a requirement on
          ${order.requirementDate}`
    }: <span class="late">${days(cause.lateDays)} late</span>. Expedite it (or cover the requirement
    otherwise).
  </div>`;
}

function delayRows(c: PageContext, delays: readonly DelayWithCause[]): Html {
  return html`<table>
    <thead>
      <tr>
        <th>demand line</th>
        <th>type</th>
        <th>node</th>
        <th>required</th>
        <th>can be there</th>
        <th class="num">days late</th>
        <th>root cause</th>
      </tr>
    </thead>
    <tbody>
      ${delays.map(
        (d) =>
          html`<tr class="late">
            <td>
              <a
                class="delay-line"
                href="${whyPath(c, {
                  requirement: d.demandId,
                  item: d.item,
                  warehouse: d.warehouse,
                })}"
                >${d.demandId}</a
              >
            </td>
            <td>${d.demandType}</td>
            <td>${nodeLink(c, d.item, d.warehouse)}</td>
            <td>${d.requirementDate}</td>
            <td>${d.futuresDate}</td>
            <td class="num late">${d.delayDays}</td>
            <td>
              ${
                d.rootCause === undefined
                  ? ''
                  : html`${receiptLink(c, d.rootCause.id)}
                      <span class="muted"
                        >${d.rootCause.item} @ ${d.rootCause.warehouse},
                        ${days(d.rootCause.lateDays)} late</span
                      >`
              }
            </td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

/** Where the board's link from a run lands: whether that run wrote the version shown. */
function followedRunNote(c: PageContext, plan: PlanVersionHead, run: FollowedRun): Html {
  if (run.active) {
    return html`<p class="ok" id="followed-run">
      Run ${run.runId} wrote this version (${plan.version}): it is the active one.
    </p>`;
  }
  const runs = planPath(c.root, c.tenant, c.plan, 'runs');
  const what =
    run.status === undefined
      ? 'is not in the run history of this plan (still queued, or another plan)'
      : run.status === 'succeeded'
        ? `wrote version ${run.planVersion ?? '?'}, which a later run has replaced`
        : run.status === 'failed' || run.status === 'cancelled'
          ? `${run.status === 'failed' ? 'failed' : 'was cancelled'}${run.error === undefined ? '' : `: ${run.error}`}; it left the plan as it was`
          : `is ${run.status}: it has not written the plan yet`;
  return html`<p class="error" id="followed-run">
    Run ${run.runId} ${what}. Shown is the active version, written by
    ${plan.runId ?? 'a run not recorded'} (<a href="${runs}">runs</a>).
  </p>`;
}

function overviewPage(
  c: PageContext,
  data: { plan: PlanVersionHead; overview: PlanOverview; followedRun?: FollowedRun },
): RenderedPage {
  const o = data.overview;
  const card = (label: string, value: string | number, href?: string): Html =>
    html`<div class="card">
      <b>${href === undefined ? value : html`<a href="${href}">${value}</a>`}</b>${label}
    </div>`;
  const actions = Object.entries(o.actions)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  return {
    title: `${c.plan} overview`,
    body: html`<h1>Plan ${c.plan}</h1>
      ${versionLine(data.plan)}${
        data.followedRun === undefined ? '' : followedRunNote(c, data.plan, data.followedRun)
      }
      <div class="cards">
        ${card('planned orders', qty(o.plannedOrders), planPath(c.root, c.tenant, c.plan, 'planned-orders'))}
        ${card('late orders', qty(o.lateOrders), planPath(c.root, c.tenant, c.plan, 'planned-orders?late=true&sort=delayDays'))}
        ${card('delayed demand lines', qty(o.delays), planPath(c.root, c.tenant, c.plan, 'delays'))}
        ${card('action messages', actions === '' ? '0' : actions, planPath(c.root, c.tenant, c.plan, 'actions'))}
        ${card('messages', `${o.messages.error} errors, ${o.messages.warning} warnings`, planPath(c.root, c.tenant, c.plan, 'messages'))}
        ${o.counts === undefined ? '' : card('nodes planned', `${qty(o.counts.plannedNodes)} of ${qty(o.counts.nodes)}`)}
      </div>
      <h2>Late lines first</h2>
      ${
        o.lateLines.length === 0
          ? html`<p class="ok">No demand line is late.</p>`
          : delayRows(c, o.lateLines)
      }${o.delays > o.lateLines.length ? html`<p><a href="${planPath(c.root, c.tenant, c.plan, 'delays')}">All ${qty(o.delays)} delayed lines →</a></p>` : ''}`,
  };
}

function ordersPage(
  c: PageContext,
  data: { plan: PlanVersionHead; page: Page<PlannedOrder> },
): RenderedPage {
  const q = c.query;
  const value = (key: string): string => (typeof q[key] === 'string' ? q[key] : '');
  const option = (key: string, v: string, label = v): Html =>
    html`<option value="${v}" ${value(key) === v ? new Html(' selected') : ''}>${label}</option>`;
  return {
    title: `${c.plan} planned orders`,
    body: html`<h1>Planned orders</h1>
      ${versionLine(data.plan)}
      <form class="filter" method="get" action="${c.path}">
        <label>item<input name="item" value="${value('item')}" /></label>
        <label>warehouse<input name="warehouse" value="${value('warehouse')}" /></label>
        <label
          >type<select name="type">
            ${option('type', '', 'any')}${option('type', 'purchase')}${option('type', 'production')}${option('type', 'transfer')}
          </select></label
        >
        <label
          >late<select name="late">
            ${option('late', '', 'any')}${option('late', 'true', 'late only')}${option('late', 'false', 'on time')}
          </select></label
        >
        <label>received from<input name="from" type="date" value="${value('from')}" /></label>
        <label>to<input name="to" type="date" value="${value('to')}" /></label>
        <label
          >sort<select name="sort">
            ${option('sort', 'id')}${option('sort', 'receiptDate', 'receipt date')}${option('sort', 'delayDays', 'days late')}${option('sort', 'item')}
          </select></label
        >
        <button type="submit">Show</button>
      </form>
      <table>
        <thead>
          <tr>
            <th>order</th>
            <th>type</th>
            <th>node</th>
            <th class="num">quantity</th>
            <th>order date</th>
            <th>start</th>
            <th>receipt</th>
            <th>requirement</th>
            <th class="num">days late</th>
            <th>futures</th>
            <th>firm</th>
          </tr>
        </thead>
        <tbody>
          ${data.page.rows.map(
            (
              o,
            ) => html`<tr${o.delayDays > 0 ? new Html(' class="late"') : ''}><td>${receiptLink(c, o.id)}</td><td>${o.type}${o.fromWarehouse === undefined ? '' : html` from ${o.fromWarehouse}`}</td>
<td>${nodeLink(c, o.item, o.warehouse)}</td><td class="num">${qty(o.quantity)}</td><td>${o.orderDate}</td><td>${o.startDate}</td><td>${o.receiptDate}</td><td>${o.requirementDate}</td>
<td class="num${o.delayDays > 0 ? ' late' : ''}">${o.delayDays}</td><td${o.futuresDate > o.receiptDate ? new Html(' class="late"') : ''}>${o.futuresDate}</td><td>${o.toFirm ? 'yes' : ''}</td></tr>`,
          )}
        </tbody>
      </table>
      ${pager(c.path, q, data.page)}`,
  };
}

/** The settings a node was planned with, and where they come from. */
function nodeSettingsLine(n: NodeNetRequirements): Html {
  const safety =
    n.safetyStock > 0 && n.safetyStockFrom !== undefined
      ? `safety stock ${qty(n.safetyStock)} from ${n.safetyStockFrom}`
      : `safety stock ${qty(n.safetyStock)}`;
  const max = n.maximumInventory === undefined ? '' : `, maximum ${qty(n.maximumInventory)}`;
  const level = n.lowLevelCode === undefined ? '' : `, low-level code ${n.lowLevelCode}`;
  return html`Coverage ${n.coverageCode}, ${safety}${max}, coverage time fence
    ${days(n.coverageTimeFence)}${level}
    <span class="muted"
      >${
        n.source === 'plan'
          ? '(settings, on-hand and open supply as the run planned with them)'
          : '(settings, on-hand and open supply as the input tables hold them now: this version does not record what the run netted on this node)'
      }</span
    >.`;
}

function nodePage(
  c: PageContext,
  data: { plan: PlanVersionHead; node: NodeNetRequirements },
): RenderedPage {
  const n = data.node;
  return {
    title: `${n.item} @ ${n.warehouse}`,
    body: html`<h1>Net requirements: ${n.item} @ ${n.warehouse}</h1>
      ${versionLine(data.plan)}
      <p id="node-settings">${nodeSettingsLine(n)}</p>
      <h2>Projected available</h2>
      ${new Html(projectedChart(n))}
      <p class="muted">
        Blue: projected available after each line. Triangles: planned orders (red when late);
        squares: on-hand and open supply; dashed: safety stock.
      </p>
      <h2>Requirements and receipts</h2>
      <table class="net-requirements">
        <thead>
          <tr>
            <th>date</th>
            <th>what</th>
            <th>reference</th>
            <th class="num">receipt</th>
            <th class="num">requirement</th>
            <th class="num">covered (pegged)</th>
            <th class="num">projected</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${n.lines.map((l) => {
            const below = l.projected < n.safetyStock;
            const ref =
              l.direction === 'receipt'
                ? receiptLink(c, l.id)
                : html`<a
                    href="${whyPath(c, { requirement: l.id, item: n.item, warehouse: n.warehouse })}"
                    >${l.id}</a
                  >`;
            return html`<tr${(l.delayDays ?? 0) > 0 ? new Html(' class="late"') : ''}><td>${l.date}</td><td>${l.kind}${l.supplyType === undefined ? '' : html` (${l.supplyType})`}</td><td>${ref}</td>
<td class="num">${l.direction === 'receipt' ? qty(l.quantity) : ''}</td><td class="num">${l.direction === 'requirement' ? qty(l.quantity) : ''}</td>
<td class="num">${qty(l.covered)}</td><td class="num${below ? ' late' : ''}">${qty(l.projected)}</td><td>${lateTag(l.delayDays ?? 0)}${
              l.direction === 'requirement' && l.covered < l.quantity
                ? html`<span class="tag late">short ${qty(l.quantity - l.covered)}</span>`
                : ''
            }</td></tr>`;
          })}
        </tbody>
      </table>`,
  };
}

function stepSummary(c: PageContext, step: WhyStep): Html {
  const node = nodeLink(c, step.item, step.warehouse);
  const pegged = step.pegged === undefined ? '' : html` · pegged ${qty(step.pegged)}`;
  if (step.step === 'requirement') {
    return html`<span class="tag">${step.kind}</span
      ><a
        href="${whyPath(c, {
          requirement: step.id,
          item: step.item,
          warehouse: step.warehouse,
        })}"
        >${step.id}</a
      >
      · ${node} · ${qty(step.quantity)} required
      ${step.date ?? ''}${pegged}${
        step.futuresDate !== undefined && step.lateDays > 0
          ? html` · can be there ${step.futuresDate}`
          : ''
      }
      ${lateTag(step.lateDays)}`;
  }
  const order = step.order;
  return html`<span class="tag"
      >${step.kind === 'plannedOrder' ? (order?.type ?? 'planned order') : step.kind === 'supply' ? (step.supplyType ?? 'supply') : 'on-hand'}</span
    >${receiptLink(c, step.id)} ·
    ${node}${step.quantity === undefined ? '' : html` · ${qty(step.quantity)}`}${pegged}${
      order === undefined
        ? html` · available ${step.date ?? ''}`
        : html` · order ${order.orderDate} · start ${order.startDate} · receipt ${order.receiptDate}
          (for
          ${order.requirementDate})${
            order.futuresDate > order.receiptDate ? html` · can be there ${order.futuresDate}` : ''
          }`
    }
    ${lateTag(step.lateDays)}`;
}

function stepKeyOf(step: WhyStep): string {
  return `${step.step}:${step.item}@${step.warehouse}:${step.id}`;
}

function treeSteps(
  c: PageContext,
  steps: readonly WhyStep[],
  path: ReadonlySet<string>,
  cause?: string,
): Html {
  return html`${steps.map((step) => {
    const key = stepKeyOf(step);
    const onPath = path.has(key);
    const classes = [step.step, onPath ? 'path' : '', key === cause ? 'cause-step' : '']
      .filter((x) => x !== '')
      .join(' ');
    const more =
      step.more === true
        ? html`<div class="muted">
            …
            <a
              href="${
                step.step === 'receipt'
                  ? whyPath(c, { receipt: step.id })
                  : whyPath(c, { requirement: step.id, item: step.item, warehouse: step.warehouse })
              }"
              >open this step on its own</a
            >
            to see more
          </div>`
        : '';
    return html`<details
      class="${classes}"
      data-step="${key}"
      ${onPath || steps.length === 1 ? new Html(' open') : ''}
    >
      <summary>${stepSummary(c, step)}</summary>
      ${treeSteps(c, step.children, path, cause)}${more}
    </details>`;
  })}`;
}

function whyPage(c: PageContext, data: { plan: PlanVersionHead; tree: WhyTree }): RenderedPage {
  const { tree } = data;
  const path = new Set(tree.rootCause?.path ?? []);
  const cause = tree.rootCause === undefined ? undefined : stepKeyOf(tree.rootCause.receipt);
  return {
    title: `why ${tree.root.id}`,
    body: html`<h1>Why ${tree.root.id}</h1>
      ${versionLine(data.plan)}${
        tree.rootCause === undefined
          ? tree.root.lateDays > 0
            ? ''
            : html`<p class="ok">
                On time: everything pegged to it can be there when it is needed.
              </p>`
          : causeBox(c, tree.rootCause.receipt, tree.root.id)
      }${
        tree.servedBy.length === 0
          ? ''
          : html`<h2>What it serves (up to the demand)</h2>
              <div class="tree up">${treeSteps(c, tree.servedBy, new Set())}</div>`
      }
      <h2>What feeds it (down to purchases and stock)</h2>
      <div class="tree down">${treeSteps(c, [tree.root], path, cause)}</div>`,
  };
}

function delaysPage(
  c: PageContext,
  data: { plan: PlanVersionHead; page: Page<DelayWithCause> },
): RenderedPage {
  return {
    title: `${c.plan} delays`,
    body: html`<h1>Delayed demand lines</h1>
      ${versionLine(data.plan)}${delayRows(c, data.page.rows)}${pager(c.path, c.query, data.page)}`,
  };
}

function actionsPage(
  c: PageContext,
  data: { plan: PlanVersionHead; page: Page<ActionMessage> },
): RenderedPage {
  return {
    title: `${c.plan} action messages`,
    body: html`<h1>Action messages</h1>
      ${versionLine(data.plan)}
      <table>
        <thead>
          <tr>
            <th>action</th>
            <th>supply</th>
            <th>node</th>
            <th>date</th>
            <th>new date</th>
            <th class="num">quantity</th>
            <th class="num">change</th>
            <th>cause</th>
          </tr>
        </thead>
        <tbody>
          ${data.page.rows.map(
            (a) =>
              html`<tr>
                <td>${a.kind}</td>
                <td>${receiptLink(c, a.supplyId)}</td>
                <td>${nodeLink(c, a.item, a.warehouse)}</td>
                <td>${a.date}</td>
                <td>${a.newDate ?? ''}</td>
                <td class="num">${qty(a.quantity)}</td>
                <td class="num">${qty(a.quantityChange)}</td>
                <td>
                  ${
                    a.causeId === undefined
                      ? ''
                      : html`<a href="${whyPath(c, { requirement: a.causeId })}">${a.causeId}</a>`
                  }
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${pager(c.path, c.query, data.page)}`,
  };
}

const resourcePath = (c: PageContext, resource: string): string =>
  planPath(c.root, c.tenant, c.plan, `capacity/${encodeURIComponent(resource)}`);

/** Required against available hours, as a percentage (∞ when a closed day is loaded). */
function utilisation(required: number, available: number): string {
  if (available > 0) return `${Math.round((required / available) * 100)} %`;
  return required > 0 ? '∞' : '';
}

/** A bar of the day's load, 100 px at the available hours, red beyond. */
function loadBar(required: number, available: number): Html {
  const over = required > available;
  const width = available > 0 ? Math.min(300, (required / available) * 100) : over ? 300 : 0;
  return html`<span class="bar${over ? ' over' : ''}" style="width:${width.toFixed(0)}px"></span>`;
}

function capacityPage(
  c: PageContext,
  data: { plan: PlanVersionHead; page: Page<ResourceLoadSummary> },
): RenderedPage {
  const overloadedOnly = c.query.overloaded === 'true';
  return {
    title: `${c.plan} capacity`,
    body: html`<h1>Capacity load</h1>
      ${versionLine(data.plan)}
      <p class="muted">
        Hours the planned orders' operations require on each resource against the hours it has
        (infinite capacity: a day may need more than it has). The most overloaded first.
        ${
          overloadedOnly
            ? html`<a href="${planPath(c.root, c.tenant, c.plan, 'capacity')}"
                >Show all resources</a
              >`
            : html`<a href="${planPath(c.root, c.tenant, c.plan, 'capacity?overloaded=true')}"
                >Only overloaded resources</a
              >`
        }
      </p>
      ${
        data.page.rows.length === 0 && data.page.offset === 0
          ? html`<p class="muted">
              ${overloadedOnly ? 'No resource is overloaded.' : 'No resource is loaded: no planned order has a route.'}
            </p>`
          : html`<table>
              <thead>
                <tr>
                  <th>resource</th>
                  <th class="num">days</th>
                  <th class="num">required h</th>
                  <th class="num">available h</th>
                  <th class="num">load</th>
                  <th class="num">overloaded days</th>
                  <th class="num">hours over</th>
                </tr>
              </thead>
              <tbody>
                ${data.page.rows.map(
                  (r) =>
                    html`<tr class="${r.overloadedDays > 0 ? 'late' : ''}">
                      <td><a href="${resourcePath(c, r.resource)}">${r.resource}</a></td>
                      <td class="num">${qty(r.days)}</td>
                      <td class="num">${qty(r.requiredHours)}</td>
                      <td class="num">${qty(r.availableHours)}</td>
                      <td class="num">${utilisation(r.requiredHours, r.availableHours)}</td>
                      <td class="num">
                        ${
                          r.overloadedDays > 0
                            ? html`<a href="${resourcePath(c, r.resource)}?overloaded=true"
                                >${qty(r.overloadedDays)}</a
                              >`
                            : '0'
                        }
                      </td>
                      <td class="num">${qty(r.overloadHours)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
      ${pager(c.path, c.query, data.page)}`,
  };
}

function resourceLoadPage(
  c: PageContext,
  data: { plan: PlanVersionHead; resource: string; page: Page<ResourceDay> },
): RenderedPage {
  return {
    title: `${c.plan} ${data.resource} load`,
    body: html`<h1>Load of resource ${data.resource}</h1>
      ${versionLine(data.plan)}
      <p>
        <a href="${planPath(c.root, c.tenant, c.plan, 'capacity')}">← all resources</a>
        ${
          c.query.overloaded === 'true'
            ? html`· <a href="${resourcePath(c, data.resource)}">all days</a>`
            : html`·
                <a href="${resourcePath(c, data.resource)}?overloaded=true"
                  >overloaded days only</a
                >`
        }
      </p>
      ${
        data.page.rows.length === 0 && data.page.offset === 0
          ? html`<p class="muted">The active plan has no load on resource ${data.resource}.</p>`
          : html`<table>
              <thead>
                <tr>
                  <th>date</th>
                  <th class="num">required h</th>
                  <th class="num">available h</th>
                  <th class="num">load</th>
                  <th></th>
                  <th>operations of planned orders</th>
                </tr>
              </thead>
              <tbody>
                ${data.page.rows.map(
                  (d) =>
                    html`<tr class="${d.requiredHours > d.availableHours ? 'late' : ''}">
                      <td>${d.date}</td>
                      <td class="num">${qty(d.requiredHours)}</td>
                      <td class="num">${qty(d.availableHours)}</td>
                      <td class="num">${utilisation(d.requiredHours, d.availableHours)}</td>
                      <td>${loadBar(d.requiredHours, d.availableHours)}</td>
                      <td>
                        ${d.reservations.map(
                          (r) =>
                            html`<div>
                              ${receiptLink(c, r.orderId)} op ${r.operation}
                              (${nodeLink(c, r.item, r.warehouse)}): ${qty(r.hours)} h
                            </div>`,
                        )}${d.moreReservations ? html`<div class="muted">… more operations</div>` : ''}
                      </td>
                    </tr>`,
                )}
              </tbody>
            </table>`
      }
      ${pager(c.path, c.query, data.page)}`,
  };
}

function runsPage(
  c: PageContext,
  data: { plan: PlanVersionHead; page: Page<RunHistoryEntry> },
): RenderedPage {
  return {
    title: `${c.plan} runs`,
    body: html`<h1>Runs of plan ${c.plan}</h1>
      ${versionLine(data.plan)}
      <table>
        <thead>
          <tr>
            <th>run</th>
            <th>status</th>
            <th>version</th>
            <th>requested</th>
            <th>finished</th>
            <th class="num">errors</th>
            <th class="num">warnings</th>
            <th>error</th>
          </tr>
        </thead>
        <tbody>
          ${data.page.rows.map(
            (r) =>
              html`<tr>
                <td>
                  ${r.runId === data.plan.runId ? html`<a href="${planPath(c.root, c.tenant, c.plan)}">${r.runId}</a> <span class="tag">active</span>` : r.runId}
                </td>
                <td>${r.status}</td>
                <td>${r.planVersion ?? ''}</td>
                <td>${r.requestedAt ?? ''}</td>
                <td>${r.finishedAt ?? ''}</td>
                <td class="num">${r.errorCount ?? ''}</td>
                <td class="num">${r.warningCount ?? ''}</td>
                <td>${r.error ?? ''}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      ${pager(c.path, c.query, data.page)}`,
  };
}

function messagesPage(
  c: PageContext,
  data: { plan: PlanVersionHead; page: Page<RunMessage> },
): RenderedPage {
  return {
    title: `${c.plan} messages`,
    body: html`<h1>Messages of the active run</h1>
      ${versionLine(data.plan)}
      <table>
        <thead>
          <tr>
            <th>severity</th>
            <th>code</th>
            <th>node</th>
            <th>about</th>
            <th>message</th>
          </tr>
        </thead>
        <tbody>
          ${data.page.rows.map(
            (m) =>
              html`<tr><td${m.severity === 'info' ? '' : new Html(' class="late"')}>${m.severity}</td><td>${m.code}</td><td>${
                m.item === undefined || m.warehouse === undefined
                  ? (m.item ?? '')
                  : nodeLink(c, m.item, m.warehouse)
              }</td><td>${m.ref ?? ''}</td><td style="white-space:normal">${m.text}</td></tr>`,
          )}
        </tbody>
      </table>
      ${pager(c.path, c.query, data.page)}`,
  };
}

function plansTable(root: string, tenant: string, plans: readonly PlanVersionHead[]): Html {
  if (plans.length === 0) return html`<p class="muted">No plan of ${tenant} has results yet.</p>`;
  return html`<table>
    <thead>
      <tr>
        <th>plan</th>
        <th>version</th>
        <th>plan date</th>
        <th>run</th>
        <th>activated</th>
      </tr>
    </thead>
    <tbody>
      ${plans.map(
        (p) =>
          html`<tr>
            <td><a href="${planPath(root, tenant, p.planId)}">${p.planId}</a></td>
            <td>${p.version}</td>
            <td>${p.planDate ?? ''}</td>
            <td>${p.runId ?? ''}</td>
            <td>${p.activatedAt ?? ''}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

export function tenantsPage(
  root: string,
  data: { tenants: { id: string; plans: PlanVersionHead[] }[] },
): RenderedPage {
  return {
    title: 'plans',
    body: html`<h1>Plans</h1>
      ${data.tenants.map(
        (t) =>
          html`<h2>${t.id}</h2>
            ${plansTable(root, t.id, t.plans)}`,
      )}`,
  };
}

export function plansPage(
  root: string,
  data: { tenant: string; plans: PlanVersionHead[] },
): RenderedPage {
  return {
    title: data.tenant,
    body: html`<h1>Plans of ${data.tenant}</h1>
      ${plansTable(root, data.tenant, data.plans)}`,
  };
}

/** The renderer of each view of a plan, by view name. */
export const PLAN_PAGES: Readonly<Record<string, (c: PageContext, data: never) => RenderedPage>> = {
  overview: overviewPage,
  plannedOrders: ordersPage,
  netRequirements: nodePage,
  why: whyPage,
  delays: delaysPage,
  actions: actionsPage,
  capacity: capacityPage,
  resourceLoad: resourceLoadPage,
  runs: runsPage,
  messages: messagesPage,
};
