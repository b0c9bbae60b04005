/** The engine benchmark's figures as a text table, one row per size. Pure. */
import { formatBytes, formatCount, formatDuration } from '../format';
import type { EngineBenchRow } from './engine-bench';

interface Column {
  title: string;
  value: (row: EngineBenchRow) => string;
}

const COLUMNS: readonly Column[] = [
  { title: 'nodes', value: (r) => formatCount(r.nodes) },
  { title: 'items', value: (r) => formatCount(r.items) },
  { title: 'depth', value: (r) => String(r.depth) },
  { title: 'routes', value: (r) => (r.routeOperations > 0 ? `${r.routeOperations} ops` : 'none') },
  { title: 'events', value: (r) => formatCount(r.requirementEvents) },
  { title: 'events/s', value: (r) => formatCount(r.eventsPerSecond) },
  { title: 'orders', value: (r) => formatCount(r.plannedOrders) },
  { title: 'pegging', value: (r) => formatCount(r.pegging) },
  { title: 'reserved', value: (r) => formatCount(r.reservations) },
  { title: 'load', value: (r) => formatDuration(r.loadMs) },
  { title: 'plan', value: (r) => formatDuration(r.planMs) },
  { title: 'first plan', value: (r) => formatDuration(r.firstPlanMs) },
  { title: 'output', value: (r) => formatDuration(r.outputMs) },
  { title: 'peak heap', value: (r) => formatBytes(r.peakHeapBytes) },
  { title: 'rss', value: (r) => formatBytes(r.peakRssBytes) },
  { title: 'generate', value: (r) => formatDuration(r.generateMs) },
];

/** Right-aligned columns under a header and a rule. */
export function formatBenchTable(rows: readonly EngineBenchRow[]): string {
  const cells = rows.map((row) => COLUMNS.map((column) => column.value(row)));
  const widths = COLUMNS.map((column, c) =>
    Math.max(column.title.length, ...cells.map((row) => (row[c] ?? '').length)),
  );
  const render = (values: readonly string[]): string =>
    values
      .map((value, c) => value.padStart(widths[c] ?? 0))
      .join('  ')
      .trimEnd();
  const header = render(COLUMNS.map((column) => column.title));
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [header, rule, ...cells.map(render)].join('\n') + '\n';
}

/**
 * For runs with and without routes of the same size: how events/s with routes compare,
 * one line per size (`routes: 2 operations per item at 98,669 nodes: 0.83 × the events/s without`).
 */
export function formatRouteComparison(rows: readonly EngineBenchRow[]): string {
  let text = '';
  for (const routed of rows) {
    if (routed.routeOperations === 0) continue;
    const plain = rows.find(
      (row) => row.routeOperations === 0 && row.targetNodes === routed.targetNodes,
    );
    if (plain === undefined || plain.eventsPerSecond <= 0) continue;
    const ratio = routed.eventsPerSecond / plain.eventsPerSecond;
    text +=
      `routes: ${routed.routeOperations} operations per item at ${formatCount(routed.nodes)} ` +
      `nodes: ${ratio.toFixed(2)} × the events/s without (plan ${formatDuration(routed.planMs)} ` +
      `against ${formatDuration(plain.planMs)})\n`;
  }
  return text;
}
