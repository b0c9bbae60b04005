/**
 * The short human summary of a planning run printed after `replan plan`: what was planned,
 * what is late, and what the run had to say. Pure: a plan result (and timings) in, text out.
 */
import type {
  ActionKind,
  ActionMessage,
  Delay,
  PlannedOrderType,
  PlanResult,
  RunMessage,
  Severity,
} from '@replan/engine';
import { formatCount, formatDuration, plural } from './format';

export interface SummaryTimings {
  /** Reading, parsing and validating the dataset. */
  readMs?: number;
  /** Compiling and planning. */
  planMs: number;
  /** Building and writing the result. */
  writeMs?: number;
}

export interface SummaryOptions {
  timings?: SummaryTimings;
  /** Where the result was written, if it was. */
  outFile?: string;
  /** How many delayed lines, actions, error and warning texts to list; default 5. */
  listedMessages?: number;
}

const ORDER_TYPES: readonly PlannedOrderType[] = ['purchase', 'production', 'transfer'];
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];
const ACTION_KINDS: readonly ActionKind[] = [
  'advance',
  'postpone',
  'increase',
  'decrease',
  'cancel',
];
const LABEL_WIDTH = 16;

export interface LateOrders {
  count: number;
  totalDelayDays: number;
  maxDelayDays: number;
}

export function lateOrdersOf(result: PlanResult): LateOrders {
  let count = 0;
  let totalDelayDays = 0;
  let maxDelayDays = 0;
  for (const order of result.plannedOrders) {
    if (order.delayDays <= 0) continue;
    count++;
    totalDelayDays += order.delayDays;
    maxDelayDays = Math.max(maxDelayDays, order.delayDays);
  }
  return { count, totalDelayDays, maxDelayDays };
}

export interface DelayedDemand {
  count: number;
  maxDelayDays: number;
}

/** Demand lines that will be delivered late, with the longest delay. */
export function delayedDemandOf(result: PlanResult): DelayedDemand {
  let maxDelayDays = 0;
  for (const delay of result.delays) maxDelayDays = Math.max(maxDelayDays, delay.delayDays);
  return { count: result.delays.length, maxDelayDays };
}

export function actionsByKind(result: PlanResult): Record<ActionKind, number> {
  const counts: Record<ActionKind, number> = {
    advance: 0,
    postpone: 0,
    increase: 0,
    decrease: 0,
    cancel: 0,
  };
  for (const action of result.actions) counts[action.kind]++;
  return counts;
}

export function ordersByType(result: PlanResult): Record<PlannedOrderType, number> {
  const counts: Record<PlannedOrderType, number> = { purchase: 0, production: 0, transfer: 0 };
  for (const order of result.plannedOrders) counts[order.type]++;
  return counts;
}

export function messagesBySeverity(messages: readonly RunMessage[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const message of messages) counts[message.severity]++;
  return counts;
}

/** How much of a resource the plan uses, from the capacity load. */
export interface ResourceLoad {
  resource: string;
  requiredHours: number;
  availableHours: number;
  /** Required ÷ available hours, over every day listed. */
  share: number;
  /** The day with the highest share, and that share (Infinity for load on a closed day). */
  busiestDate: string;
  busiestShare: number;
  /** Weeks with an overloaded day (CAPACITY_OVERLOAD messages). */
  overloadedWeeks: number;
}

/** The resources by how much of their hours the plan uses, the most loaded first. */
export function resourceLoads(result: PlanResult): ResourceLoad[] {
  const loads = new Map<string, ResourceLoad>();
  for (const row of result.capacityLoad) {
    let load = loads.get(row.resource);
    if (load === undefined) {
      load = {
        resource: row.resource,
        requiredHours: 0,
        availableHours: 0,
        share: 0,
        busiestDate: row.date,
        busiestShare: 0,
        overloadedWeeks: 0,
      };
      loads.set(row.resource, load);
    }
    load.requiredHours += row.requiredHours;
    load.availableHours += row.availableHours;
    const share =
      row.availableHours > 0
        ? row.requiredHours / row.availableHours
        : row.requiredHours > 0
          ? Infinity
          : 0;
    if (share > load.busiestShare) {
      load.busiestShare = share;
      load.busiestDate = row.date;
    }
  }
  for (const message of result.messages) {
    const load = message.code === 'CAPACITY_OVERLOAD' ? loads.get(message.ref ?? '') : undefined;
    if (load !== undefined) load.overloadedWeeks++;
  }
  for (const load of loads.values()) {
    load.share = load.availableHours > 0 ? load.requiredHours / load.availableHours : 0;
  }
  return [...loads.values()].sort(
    (a, b) => b.share - a.share || (a.resource < b.resource ? -1 : 1),
  );
}

function percent(share: number): string {
  return Number.isFinite(share) ? `${formatCount(share * 100)} %` : 'closed';
}

/** `WELD-1  43 % of 400 hours, busiest 2026-03-25 (178 %), overloaded in 6 weeks` */
function resourceLine(load: ResourceLoad, width: number): string {
  const overloaded =
    load.overloadedWeeks > 0 ? `, overloaded in ${plural(load.overloadedWeeks, 'week')}` : '';
  return (
    `    ${load.resource.padEnd(width)}  ${percent(load.share).padStart(5)} of ` +
    `${formatCount(load.availableHours, 1)} hours, busiest ${load.busiestDate} ` +
    `(${percent(load.busiestShare)})${overloaded}\n`
  );
}

/** The capacity load in a few lines: resources, overloaded weeks, the `top` most loaded. */
export function formatCapacityLoad(result: PlanResult, top = 3): string {
  const loads = resourceLoads(result);
  if (loads.length === 0) return '';
  const weeks = loads.reduce((sum, load) => sum + load.overloadedWeeks, 0);
  const shown = loads.slice(0, top);
  const width = Math.max(...shown.map((load) => load.resource.length));
  let text = line(
    'capacity load',
    `${plural(loads.length, 'resource')}, ${plural(weeks, 'overloaded week')}; ` +
      `the ${shown.length === 1 ? 'most loaded' : `${shown.length} most loaded`}:`,
  );
  for (const load of shown) text += resourceLine(load, width);
  return text;
}

function line(label: string, value: string): string {
  return `  ${label.padEnd(LABEL_WIDTH)}${value}\n`;
}

/** `SO-7 (sales, BIKE@SHOP) due 2026-03-10, can ship 2026-03-13: 3 days late` */
function delayLine(delay: Delay): string {
  return (
    `    ${delay.demandId} (${delay.demandType}, ${delay.item}@${delay.warehouse}) due ` +
    `${delay.requirementDate}, can ship ${delay.futuresDate}: ${plural(delay.delayDays, 'day')} late\n`
  );
}

/** `postpone PUR-9 (RIM@MAIN, 40 on 2026-03-04) to 2026-03-11 for SO-7` */
function actionLine(action: ActionMessage): string {
  const change =
    action.newDate !== undefined
      ? ` to ${action.newDate}`
      : action.kind === 'cancel'
        ? ''
        : ` by ${formatCount(action.quantityChange ?? 0)}`;
  const cause = action.causeId === undefined ? '' : ` for ${action.causeId}`;
  return (
    `    ${action.kind} ${action.supplyId} (${action.item}@${action.warehouse}, ` +
    `${formatCount(action.quantity)} on ${action.date})${change}${cause}\n`
  );
}

function messageLine(message: RunMessage): string {
  return `    ${message.severity} ${message.code}: ${message.text}\n`;
}

export function formatSummary(result: PlanResult, options: SummaryOptions = {}): string {
  const { counts } = result;
  let text = `Plan ${result.plan}, plan date ${result.planDate}\n`;
  text += line(
    'nodes planned',
    `${formatCount(counts.plannedNodes)} of ${formatCount(counts.nodes)}`,
  );

  const byType = ordersByType(result);
  const types = ORDER_TYPES.map((type) => `${formatCount(byType[type])} ${type}`).join(', ');
  text += line('planned orders', `${formatCount(result.plannedOrders.length)} (${types})`);

  const late = lateOrdersOf(result);
  text += line(
    'late orders',
    late.count === 0
      ? 'none'
      : `${formatCount(late.count)}, ${plural(late.totalDelayDays, 'day')} late in total, ` +
          `${plural(late.maxDelayDays, 'day')} at most`,
  );
  const delayed = delayedDemandOf(result);
  text += line(
    'delayed demand',
    delayed.count === 0
      ? 'none'
      : `${plural(delayed.count, 'line')}, ${plural(delayed.maxDelayDays, 'day')} late at most`,
  );
  const listed = options.listedMessages ?? 5;
  // The longest delays first: those are the lines a planner acts on.
  const worst = [...result.delays].sort(
    (a, b) => b.delayDays - a.delayDays || (a.demandId < b.demandId ? -1 : 1),
  );
  for (const delay of worst.slice(0, listed)) text += delayLine(delay);
  if (result.delays.length > listed) {
    text += `    … and ${plural(result.delays.length - listed, 'more delayed line')}\n`;
  }
  text += line('pegging rows', formatCount(result.pegging.length));
  const byKind = actionsByKind(result);
  const kinds = ACTION_KINDS.filter((kind) => byKind[kind] > 0).map(
    (kind) => `${formatCount(byKind[kind])} ${kind}`,
  );
  text += line(
    'action messages',
    kinds.length === 0 ? 'none' : `${formatCount(result.actions.length)} (${kinds.join(', ')})`,
  );
  for (const action of result.actions.slice(0, listed)) text += actionLine(action);
  if (result.actions.length > listed) {
    text += `    … and ${plural(result.actions.length - listed, 'more action')}\n`;
  }
  text += formatCapacityLoad(result);

  const bySeverity = messagesBySeverity(result.messages);
  text += line(
    'messages',
    SEVERITIES.map((severity) =>
      plural(bySeverity[severity], severity, severity === 'info' ? 'info' : undefined),
    ).join(', '),
  );
  const byCode = new Map<string, number>();
  for (const message of result.messages) {
    const key = `${message.severity} ${message.code}`;
    byCode.set(key, (byCode.get(key) ?? 0) + 1);
  }
  if (byCode.size > 1) {
    text += `    by code: ${[...byCode].map(([key, n]) => `${formatCount(n)} ${key}`).join(', ')}\n`;
  }
  for (const severity of ['error', 'warning'] as const) {
    const shown = result.messages.filter((m) => m.severity === severity).slice(0, listed);
    for (const message of shown) text += messageLine(message);
    const more = bySeverity[severity] - shown.length;
    if (more > 0) text += `    … and ${plural(more, `more ${severity}`)}\n`;
  }

  const timings = options.timings;
  if (timings !== undefined) {
    const total = (timings.readMs ?? 0) + timings.planMs + (timings.writeMs ?? 0);
    const parts = [
      timings.readMs === undefined ? undefined : `read ${formatDuration(timings.readMs)}`,
      `plan ${formatDuration(timings.planMs)}`,
      timings.writeMs === undefined ? undefined : `write ${formatDuration(timings.writeMs)}`,
    ].filter((part) => part !== undefined);
    text += line('time', `${formatDuration(total)} (${parts.join(', ')})`);
  }
  if (options.outFile !== undefined) text += line('result', options.outFile);
  return text;
}
