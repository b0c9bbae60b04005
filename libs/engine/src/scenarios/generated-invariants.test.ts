/**
 * Properties every plan of the engine must have, checked over the fuzz generator's datasets
 * (../oracle/generator.ts: every coverage code, calendars, margins, transfers, phantoms,
 * forecasts, …), beside the properties of invariants.test.ts:
 *
 * - no requirement is covered by an existing receipt later than its negative-days tolerance
 *   (receipt date ≤ max(F, d) + negative days);
 * - no planned order is dated before today;
 * - every pegging row's receipt is available by the issue date plus that tolerance (a planned
 *   order is due by the requirement it covers, on-hand is there today);
 * - from F on, projected available never falls below the minimum inventory unless a shortage,
 *   a late order or a delay is reported for the node.
 *
 * Node settings (F, negative days, fence, minimum) are resolved by the oracle's plain
 * settings code, not the engine's. A failure lists the seeds and rows at fault.
 */
import { planDataset } from '../index';
import type { Dataset } from '../model/dataset';
import type { PlanResult, PlannedOrder } from '../model/result';
import { dayOf, type Day } from '../oracle/days';
import { fuzzDataset } from '../oracle/differential';
import { forwardBase, fulfilmentDay } from '../oracle/schedule';
import { resolveSettings, type OracleSettings } from '../oracle/settings';

const SEEDS = Array.from({ length: 150 }, (_, i) => i + 1);
const EPS = 1e-6;

interface Planned {
  seed: number;
  dataset: Dataset;
  result: PlanResult;
  today: Day;
  settings: (item: string, warehouse: string) => OracleSettings;
  /** The latest F a node may have (today, or the first open day when today is closed). */
  fulfilment: (item: string, warehouse: string) => Day;
  /** The requirement date of an issue, when it can be told from the dataset and the result. */
  issueDay: (issueId: string, issueOrderId: string | undefined) => Day | undefined;
}

function planned(seed: number): Planned {
  const dataset = fuzzDataset(seed);
  const result = planDataset(structuredClone(dataset));
  const today = dayOf(dataset.plan.planDate);
  const cache = new Map<string, OracleSettings>();
  const settings = (item: string, warehouse: string) => {
    const key = `${item}@${warehouse}`;
    const known = cache.get(key) ?? resolveSettings(dataset, item, warehouse);
    cache.set(key, known);
    return known;
  };
  const orders = new Map(result.plannedOrders.map((o) => [o.id, o]));
  const lines = new Map((dataset.bomLines ?? []).map((l) => [l.id, l]));
  const demand = new Map((dataset.demand ?? []).map((d) => [d.id, d]));
  const forecasts = new Map((dataset.forecasts ?? []).map((f) => [f.id, f]));
  const issueDay = (issueId: string, issueOrderId: string | undefined): Day | undefined => {
    if (issueOrderId === undefined) {
      const line = demand.get(issueId) ?? forecasts.get(issueId);
      if (line === undefined) return undefined;
      const margin = settings(line.item, line.warehouse).issueMargin;
      return Math.max(today, dayOf(line.date) - margin);
    }
    const order = orders.get(issueOrderId);
    if (order === undefined) return undefined; // an approved planned order of an earlier run
    const start = dayOf(order.startDate);
    if (issueId.endsWith('/transfer')) return start;
    const line = lines.get(issueId.slice(issueOrderId.length + 1));
    // A line reached through a phantom: its day depends on the phantom's line as well.
    if (line === undefined || line.parent !== order.item) return undefined;
    return start + (line.offsetDays ?? 0);
  };
  const fulfilment = (item: string, warehouse: string) => {
    const s = settings(item, warehouse);
    return Math.max(fulfilmentDay(s, today), fulfilmentDay(s, forwardBase(s, today, true)));
  };
  return { seed, dataset, result, today, settings, fulfilment, issueDay };
}

const plans = SEEDS.map(planned);

function report(violations: string[]): string {
  return violations.length === 0
    ? ''
    : `${violations.length} violations, e.g.\n${violations.slice(0, 12).join('\n')}`;
}

describe('plans of generated datasets', () => {
  it('cover no requirement by an existing receipt later than its negative-days tolerance', () => {
    const violations: string[] = [];
    for (const p of plans) {
      const supply = new Map((p.dataset.supply ?? []).map((s) => [s.id, s]));
      for (const row of p.result.pegging) {
        if (row.receiptKind !== 'supply') continue;
        const line = supply.get(row.receiptId);
        const d = p.issueDay(row.issueId, row.issueOrderId);
        if (line === undefined || d === undefined) continue;
        const s = p.settings(row.item, row.warehouse);
        const window = Math.max(p.fulfilment(row.item, row.warehouse), d) + s.negativeDays;
        const received = Math.max(p.today, dayOf(line.date));
        if (received > window) {
          violations.push(
            `seed ${p.seed}: ${row.receiptId} (${line.date}) covers ${row.issueId} (needed ${d - p.today} days from today) beyond its tolerance, ${received - window} days too late`,
          );
        }
      }
    }
    expect(report(violations)).toBe('');
  });

  it('date no planned order before today', () => {
    const violations: string[] = [];
    for (const p of plans) {
      for (const o of p.result.plannedOrders) {
        const dates: (keyof PlannedOrder)[] = [
          'orderDate',
          'startDate',
          'deliveryDate',
          'receiptDate',
        ];
        for (const field of dates) {
          if (dayOf(String(o[field])) < p.today) {
            violations.push(`seed ${p.seed}: ${o.id} ${field} ${String(o[field])} is before today`);
          }
        }
      }
    }
    expect(report(violations)).toBe('');
  });

  it('peg only receipts available by the issue date plus its tolerance', () => {
    const violations: string[] = [];
    for (const p of plans) {
      const orders = new Map(p.result.plannedOrders.map((o) => [o.id, o]));
      const supply = new Map((p.dataset.supply ?? []).map((s) => [s.id, s]));
      for (const row of p.result.pegging) {
        const d = p.issueDay(row.issueId, row.issueOrderId);
        if (d === undefined) continue;
        const s = p.settings(row.item, row.warehouse);
        const tolerance = Math.max(p.fulfilment(row.item, row.warehouse), d) + s.negativeDays;
        let available: Day | undefined;
        let limit = tolerance;
        if (row.receiptKind === 'onHand') available = p.today;
        else if (row.receiptKind === 'supply') {
          const line = supply.get(row.receiptId);
          if (line !== undefined) available = Math.max(p.today, dayOf(line.date));
        } else {
          // A planned order is due by the requirement it covers (its lateness is a delay).
          const order = orders.get(row.receiptId);
          if (order !== undefined) available = dayOf(order.requirementDate);
          limit = d;
        }
        if (available === undefined) {
          violations.push(`seed ${p.seed}: ${row.receiptId} → ${row.issueId}: unknown receipt`);
        } else if (available > limit) {
          violations.push(
            `seed ${p.seed}: ${row.receiptKind} ${row.receiptId} → ${row.issueId}: available ${available - limit} days after the issue date plus tolerance`,
          );
        }
      }
    }
    expect(report(violations)).toBe('');
  });

  it('keep projected available at or above the minimum from F on, or report why not', () => {
    const violations: string[] = [];
    for (const p of plans) violations.push(...belowMinimum(p));
    expect(report(violations)).toBe('');
  });
});

/**
 * Projected available of each node with a minimum inventory, at the end of each day from F
 * on: on-hand, existing supply and planned orders received by then, less everything issued by
 * then (pegged, or reported short). Nodes with a reported shortage, late order or delay, on a
 * cycle, outside the run's scope, or with requirements whose date the check cannot tell, are
 * left out.
 */
function belowMinimum(p: Planned): string[] {
  const { dataset, result, today } = p;
  const out: string[] = [];
  const excused = new Set<string>();
  for (const m of result.messages) {
    if (m.code === 'SHORTAGE' || m.code === 'LATE_ORDER') excused.add(`${m.item}@${m.warehouse}`);
    if (m.code === 'BOM_CYCLE')
      for (const x of m.text.matchAll(/'([^']*)'/g)) excused.add(`item:${x[1]}`);
  }
  for (const d of result.delays) excused.add(`${d.item}@${d.warehouse}`);
  const nodes = new Set<string>();
  for (const row of result.pegging) nodes.add(`${row.item}@${row.warehouse}`);
  for (const o of result.plannedOrders) {
    nodes.add(`${o.item}@${o.warehouse}`);
    if (o.futuresDate !== o.receiptDate) excused.add(`${o.item}@${o.warehouse}`);
  }
  for (const row of dataset.onHand ?? []) nodes.add(`${row.item}@${row.warehouse}`);
  for (const key of nodes) {
    const at = key.lastIndexOf('@');
    const item = key.slice(0, at);
    const warehouse = key.slice(at + 1);
    if (excused.has(key) || excused.has(`item:${item}`)) continue;
    if (result.scope.filtered && !result.scope.items.includes(item)) continue;
    if (dataset.warehouses.find((w) => w.id === warehouse)?.manual === true) continue;
    const s = p.settings(item, warehouse);
    if (s.minimumInventory <= 0 || s.coverageCode === 'manual') continue;
    const fenceEnd = today + s.coverageTimeFence;
    const events: { day: Day; change: number }[] = [];
    const onHand = (dataset.onHand ?? [])
      .filter((r) => r.item === item && r.warehouse === warehouse)
      .reduce((sum, r) => sum + r.quantity, 0);
    events.push({ day: today, change: Math.max(0, onHand) });
    for (const line of dataset.supply ?? []) {
      if (line.item !== item || line.warehouse !== warehouse) continue;
      if (line.type === 'plannedOrder' && line.approved !== true) continue;
      if (dayOf(line.date) > fenceEnd) continue;
      events.push({ day: Math.max(today, dayOf(line.date)), change: line.quantity });
    }
    for (const o of result.plannedOrders) {
      if (o.item === item && o.warehouse === warehouse) {
        events.push({ day: dayOf(o.receiptDate), change: o.quantity });
      }
    }
    let unknown = false;
    for (const row of result.pegging) {
      if (row.item !== item || row.warehouse !== warehouse) continue;
      const d = p.issueDay(row.issueId, row.issueOrderId);
      if (d === undefined) unknown = true;
      else events.push({ day: d, change: -row.quantity });
    }
    if (unknown) continue;
    const f = p.fulfilment(item, warehouse);
    const days = [...new Set(events.map((e) => e.day))].filter((d) => d >= f).sort((a, b) => a - b);
    if (!days.includes(f)) days.unshift(f);
    const stockOn = (day: Day): number =>
      events.filter((e) => e.day <= day).reduce((sum, e) => sum + e.change, 0);
    for (const day of days) {
      const stock = stockOn(day);
      // Period coverage meets the minimum at the end of each period (docs/planning-semantics.md,
      // safety stock): stock below it is restored by a receipt within one coverage period.
      const restoredInPeriod =
        s.coverageCode === 'period' &&
        days.some(
          (later) =>
            later > day &&
            later < day + s.coveragePeriod &&
            stockOn(later) >= s.minimumInventory - EPS,
        );
      if (stock < s.minimumInventory - EPS && !restoredInPeriod) {
        out.push(
          `seed ${p.seed}: ${key} (${s.coverageCode}) has ${stock} at the end of day +${day - today}, below its minimum ${s.minimumInventory} (F = +${f - today})`,
        );
        break;
      }
    }
  }
  return out;
}
