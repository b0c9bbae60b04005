/**
 * Forecast reduction: how much of each forecast line is still expected once actual sales
 * are counted against it.
 *
 * - none: the forecast is planned on top of sales.
 * - transactions, dynamic period: a forecast line covers the days from its date up to the
 *   next forecast line of the same node; sales dated in that span reduce it, never below
 *   zero, and what exceeds it is not carried to another line.
 * - percent, reduction key: the forecast is reduced by the percentage of the key's period
 *   that its date falls in (100 % removes it; no period, no reduction).
 */
import type { ForecastReduction } from '../model/dataset';

export interface SalesLine {
  node: number;
  day: number;
  quantity: number;
}

export interface ForecastLine extends SalesLine {
  /** Lines of one node and date share a span and are reduced in id order. */
  id: string;
}

/** Reduction key periods as (first day, percent), sorted by day. */
export type ReductionKeyPeriods = readonly { from: number; percent: number }[];

export interface ReductionRule {
  method: ForecastReduction;
  key: ReductionKeyPeriods | undefined;
}

/** Remaining quantity of each forecast line, in the order given. */
export function reduceForecasts(
  forecasts: readonly ForecastLine[],
  sales: readonly SalesLine[],
  ruleOf: (node: number) => ReductionRule,
): Float64Array {
  const remaining = Float64Array.from(forecasts, (f) => f.quantity);
  const byNode = new Map<number, number[]>();
  forecasts.forEach((f, k) => {
    const list = byNode.get(f.node);
    if (list === undefined) byNode.set(f.node, [k]);
    else list.push(k);
  });
  const salesByNode = new Map<number, SalesLine[]>();
  for (const line of sales) {
    if (!byNode.has(line.node)) continue;
    const list = salesByNode.get(line.node);
    if (list === undefined) salesByNode.set(line.node, [line]);
    else list.push(line);
  }
  for (const [node, lines] of byNode) {
    const rule = ruleOf(node);
    if (rule.method === 'percentReductionKey') {
      for (const k of lines) {
        const day = forecasts[k]?.day ?? 0;
        const percent = percentOn(rule.key ?? [], day);
        remaining[k] = Math.max(0, (remaining[k] ?? 0) * (1 - percent / 100));
      }
    } else if (rule.method === 'transactionsDynamicPeriod') {
      lines.sort((a, b) => {
        const fa = forecasts[a];
        const fb = forecasts[b];
        const byDay = (fa?.day ?? 0) - (fb?.day ?? 0);
        if (byDay !== 0) return byDay;
        const ia = fa?.id ?? '';
        const ib = fb?.id ?? '';
        return ia < ib ? -1 : ia > ib ? 1 : a - b;
      });
      const nodeSales = salesByNode.get(node) ?? [];
      for (let i = 0; i < lines.length; i++) {
        const k = lines[i] ?? 0;
        const from = forecasts[k]?.day ?? 0;
        // Lines sharing a date share the span; the span runs to the next later date.
        let next = i + 1;
        while (next < lines.length && (forecasts[lines[next] ?? 0]?.day ?? 0) === from) next++;
        const to =
          next < lines.length ? (forecasts[lines[next] ?? 0]?.day ?? 0) : Number.POSITIVE_INFINITY;
        let sold = 0;
        for (const line of nodeSales) if (line.day >= from && line.day < to) sold += line.quantity;
        for (let j = i; j < next; j++) {
          const f = lines[j] ?? 0;
          const used = Math.min(sold, remaining[f] ?? 0);
          remaining[f] = (remaining[f] ?? 0) - used;
          sold -= used;
        }
        i = next - 1;
      }
    }
  }
  return remaining;
}

function percentOn(periods: ReductionKeyPeriods, day: number): number {
  let percent = 0;
  for (const period of periods) {
    if (period.from > day) break;
    percent = period.percent;
  }
  return percent;
}
