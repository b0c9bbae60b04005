/**
 * What the demo prints: the company it made up, the plan it read back from the ERP
 * database (the `replan plan` summary, plus order quantities by type), and where the
 * results are, with a query to try. Pure: data in, text out.
 */
import { isAbsolute, relative } from 'node:path';
import type { Dataset, PlannedOrderType, PlanResult, ResultCounts } from '@replan/engine';
import {
  INPUT_TABLES,
  OUTPUT_TABLES,
  PLANNED_ORDERS,
  PLAN_VERSIONS,
  type PlanVersionRows,
} from '@replan/sql';
import { formatCount, plural } from '../format';
import { formatSummary } from '../summary';

/** How many delayed lines, actions and warnings the summary lists. */
export const DEMO_LISTED = 10;

const ORDER_TYPES: readonly PlannedOrderType[] = ['purchase', 'production', 'transfer'];

/** `Velo Works: 5 bikes …` — what the demo company holds. */
export function formatCompany(name: string, dataset: Dataset): string {
  const bomParents = new Set((dataset.bomLines ?? []).map((line) => line.parent));
  const components = new Set((dataset.bomLines ?? []).map((line) => line.component));
  const endItems = dataset.items.filter((i) => bomParents.has(i.id) && !components.has(i.id));
  const sales = (dataset.demand ?? []).filter((d) => d.type === 'sales');
  const dates = sales.map((d) => d.date).sort();
  return (
    `${name}, the demo company: a bicycle maker\n` +
    `  products       ${endItems.map((i) => i.id).join(', ')}\n` +
    `  master data    ${plural(dataset.items.length, 'item')}, ` +
    `${plural(dataset.bomLines?.length ?? 0, 'BOM line')}, ` +
    `${plural(dataset.warehouses.length, 'warehouse')} ` +
    `(${dataset.warehouses.map((w) => w.id).join(', ')}), ` +
    `${plural(dataset.coverageGroups?.length ?? 0, 'coverage group')}\n` +
    `  transactions   ${plural(sales.length, 'sales line')} (${dates[0] ?? '-'} to ` +
    `${dates.at(-1) ?? '-'}), ${plural(dataset.forecasts?.length ?? 0, 'forecast line')}, ` +
    `${plural(dataset.supply?.length ?? 0, 'open order')}, ` +
    `${plural(dataset.onHand?.length ?? 0, 'on-hand row')}\n`
  );
}

/** The active plan as a PlanResult, so that the `replan plan` summary can print it. */
export function planResultOf(
  rows: PlanVersionRows,
  planDate: string,
  counts: ResultCounts,
): PlanResult {
  return {
    formatVersion: 1,
    plan: rows.planId,
    planDate,
    counts,
    scope: { filtered: false, items: [] },
    nodes: rows.nodes,
    plannedOrders: rows.plannedOrders,
    requirements: rows.requirements,
    receipts: rows.receipts,
    pegging: rows.pegging,
    delays: rows.delays,
    actions: rows.actions,
    forecasts: rows.forecasts,
    capacityLoad: rows.capacityLoad,
    capacityReservations: rows.capacityReservations,
    messages: rows.messages,
  };
}

/** `  purchase       117 orders, quantity 2,345, 1 late` per order type. */
export function formatOrderQuantities(result: PlanResult): string {
  let text = 'Planned orders by type\n';
  for (const type of ORDER_TYPES) {
    const orders = result.plannedOrders.filter((order) => order.type === type);
    const quantity = orders.reduce((sum, order) => sum + order.quantity, 0);
    const late = orders.filter((order) => order.delayDays > 0).length;
    text +=
      `  ${type.padEnd(12)}${formatCount(orders.length).padStart(5)} ` +
      `${orders.length === 1 ? 'order ' : 'orders'}, quantity ${formatCount(quantity)}` +
      (late > 0 ? `, ${formatCount(late)} late` : '') +
      '\n';
  }
  return text;
}

/** How a path is best shown to someone in `cwd`: relative below it, absolute elsewhere. */
export function shownPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** A shell word: quoted when it holds anything but safe characters. */
function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The query the demo suggests: the active version's planned orders, the latest first. */
export function plannedOrdersQuery(planId: string): string {
  const plan = `'${planId.replace(/'/g, "''")}'`;
  return (
    `select id, type, item, warehouse, quantity, order_date, receipt_date, delay_days ` +
    `from ${PLANNED_ORDERS.name} where plan_id = ${plan} and plan_version = ` +
    `(select active_version from ${PLAN_VERSIONS.name} where plan_id = ${plan}) ` +
    `order by delay_days desc, receipt_date limit 10;`
  );
}

export interface WhereOptions {
  /** Absolute path of the SQLite database. */
  file: string;
  cwd: string;
  planId: string;
}

const WHERE_LABEL_WIDTH = 15;
const WHERE_WIDTH = 100;

/** `  label          a, b, c` wrapped at WHERE_WIDTH, continuation lines under the values. */
function listLine(label: string, values: readonly string[]): string {
  const indent = ' '.repeat(2 + WHERE_LABEL_WIDTH);
  const lines: string[] = [];
  let current = `  ${label.padEnd(WHERE_LABEL_WIDTH)}`;
  values.forEach((value, index) => {
    const word = index < values.length - 1 ? `${value},` : value;
    const fresh = current.trim() === label;
    if (!fresh && current.length + 1 + word.length > WHERE_WIDTH) {
      lines.push(current);
      current = indent + word;
    } else {
      current += (fresh ? '' : ' ') + word;
    }
  });
  lines.push(current);
  return lines.map((line) => `${line}\n`).join('');
}

export function formatWhere(options: WhereOptions): string {
  const shown = shownPath(options.file, options.cwd);
  return (
    `Where the results are\n` +
    `  ${'database'.padEnd(WHERE_LABEL_WIDTH)}${options.file} (SQLite)\n` +
    listLine(
      'plan results',
      OUTPUT_TABLES.map((table) => table.name),
    ) +
    listLine(
      'ERP input',
      INPUT_TABLES.map((table) => table.name),
    ) +
    `  ${'tables'.padEnd(WHERE_LABEL_WIDTH)}docs/erp-contract.md describes every table and column\n` +
    `  ${'try'.padEnd(WHERE_LABEL_WIDTH)}sqlite3 -header -column ${shellWord(shown)} "${plannedOrdersQuery(options.planId)}"\n`
  );
}

export interface DemoSummaryOptions extends WhereOptions {
  rows: PlanVersionRows;
  planDate: string;
  counts: ResultCounts;
}

/** The plan read back from the database, and where it is. */
export function formatDemoSummary(options: DemoSummaryOptions): string {
  const result = planResultOf(options.rows, options.planDate, options.counts);
  return (
    `${formatSummary(result, { listedMessages: DEMO_LISTED })}\n` +
    `${formatOrderQuantities(result)}\n` +
    formatWhere(options)
  );
}
