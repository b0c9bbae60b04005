/**
 * The projected-available chart of a node, as inline SVG: projected stock after each line,
 * stepped over the days, the safety stock as a dashed line from the date it holds, receipts marked (planned orders
 * as triangles, existing supply and on-hand as squares).
 */
import type { NodeNetRequirements } from '@replan/sql';

import { escapeHtml, qty } from './html';

const WIDTH = 900;
const HEIGHT = 240;
const PAD = { left: 56, right: 16, top: 14, bottom: 34 };

const dayOf = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);

export function projectedChart(node: NodeNetRequirements): string {
  const lines = node.lines;
  if (lines.length === 0) return '<p class="muted">No requirements or receipts on this node.</p>';
  const first = dayOf(node.planDate ?? lines[0]?.date ?? '1970-01-01');
  const last = Math.max(first + 1, ...lines.map((l) => dayOf(l.date))) + 1;
  const values = [0, node.safetyStock, ...lines.map((l) => l.projected)];
  const low = Math.min(...values);
  const high = Math.max(...values, low + 1);
  const x = (day: number): number =>
    PAD.left + ((day - first) / (last - first)) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number): number =>
    PAD.top + ((high - value) / (high - low)) * (HEIGHT - PAD.top - PAD.bottom);
  const f = (n: number): string => n.toFixed(1);

  // The step line: level before the first line is 0; each line moves it on its day.
  let path = `M${f(x(first))},${f(y(0))}`;
  for (const line of lines) {
    const at = x(Math.max(first, dayOf(line.date)));
    path += ` H${f(at)} V${f(y(line.projected))}`;
  }
  path += ` H${f(x(last))}`;

  const parts: string[] = [];
  parts.push(
    `<line x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${f(y(0))}" y2="${f(y(0))}" stroke="#98a2b3"/>`,
  );
  if (node.safetyStock > 0) {
    const at = f(y(node.safetyStock));
    // It holds from the node's fulfilment date on (from the start when the plan does not say).
    const from =
      node.safetyStockFrom === undefined
        ? PAD.left
        : x(Math.min(last, Math.max(first, dayOf(node.safetyStockFrom))));
    const since = node.safetyStockFrom === undefined ? '' : ` from ${node.safetyStockFrom}`;
    parts.push(
      `<line class="safety-stock" x1="${f(from)}" x2="${WIDTH - PAD.right}" y1="${at}" y2="${at}" stroke="#d97706" stroke-dasharray="6 4"><title>safety stock ${qty(node.safetyStock)}${since}</title></line>`,
      `<text x="${WIDTH - PAD.right - 4}" y="${f(y(node.safetyStock) - 4)}" text-anchor="end" fill="#d97706" font-size="11">safety stock ${qty(node.safetyStock)}</text>`,
    );
  }
  parts.push(`<path d="${path}" fill="none" stroke="#2f6fde" stroke-width="2"/>`);
  for (const line of lines) {
    if (line.direction !== 'receipt') continue;
    const cx = x(Math.max(first, dayOf(line.date)));
    const cy = y(line.projected);
    const title = `<title>${escapeHtml(`${line.id}: +${qty(line.quantity)} on ${line.date}`)}</title>`;
    parts.push(
      line.kind === 'plannedOrder'
        ? `<path class="receipt" d="M${f(cx)},${f(cy - 6)} l5,9 h-10 z" fill="${(line.delayDays ?? 0) > 0 ? '#b42318' : '#147a3d'}">${title}</path>`
        : `<rect class="receipt" x="${f(cx - 4)}" y="${f(cy - 4)}" width="8" height="8" fill="#475467">${title}</rect>`,
    );
  }
  // Axes: the value range and a date label every week or so.
  parts.push(
    `<text x="${PAD.left - 6}" y="${f(y(high) + 4)}" text-anchor="end" font-size="11">${qty(high)}</text>`,
    `<text x="${PAD.left - 6}" y="${f(y(low) + 4)}" text-anchor="end" font-size="11">${qty(low)}</text>`,
  );
  const step = Math.max(1, Math.ceil((last - first) / 10));
  for (let day = first; day <= last; day += step) {
    const label = new Date(day * 86_400_000).toISOString().slice(5, 10);
    parts.push(
      `<text x="${f(x(day))}" y="${HEIGHT - 12}" text-anchor="middle" font-size="11" fill="#667085">${label}</text>`,
    );
  }
  return (
    `<svg role="img" aria-label="projected available of ${escapeHtml(node.item)} at ${escapeHtml(node.warehouse)}" ` +
    `width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" xmlns="http://www.w3.org/2000/svg">` +
    parts.join('') +
    '</svg>'
  );
}
