/**
 * Properties of every routed plan, over small seeded datasets with random resources,
 * groups, calendars, routes and demand: the load of a resource and day is the sum of its
 * reservations; each operation's reservations add up to its setup and run time (scrap of
 * the operations after it included, divided by the chosen resource's efficiency); an
 * order's operations keep their sequence, never run at once, and stay between its start
 * and delivery; hours fall on open days of the resource; overloads are reported per week
 * exactly where they are; and the result does not depend on the order of input rows.
 */
import { isoWeek, toDay, weekStart } from '../calendar/day';
import { planDataset } from '../index';
import type { Dataset, RouteOperation } from '../model/dataset';
import type { PlanResult } from '../model/result';
import { PLAN_DATE, day, messagesByCode, scenario } from './builders';
import { Rng } from '../oracle/random';

const EPS = 1e-5;

function generate(seed: number): Dataset {
  const rng = new Rng(seed);
  const b = scenario().calendar('WEEK', [1, 2, 3, 4, 5], [{ date: day(9), open: false }]);
  const resources = ['R1', 'R2', 'R3', 'R4'].slice(0, rng.int(2, 4));
  for (const id of resources) {
    b.resource(id, {
      ...(rng.chance(0.6) ? { calendar: 'WEEK' } : {}),
      hoursPerDay: rng.pick([7.5, 8, 16, 24]),
      capacity: rng.pick([1, 1, 2]),
      efficiencyPercent: rng.pick([80, 100, 100, 125]),
    });
  }
  b.resourceGroup('G', resources.slice(0, 2));
  const made = ['FG', 'SUB1', 'SUB2'];
  b.item('FG', rng.chance(0.5) ? { maxOrderQuantity: rng.int(3, 8) } : undefined);
  b.item('SUB1');
  b.item('SUB2', { productionLeadTime: 2 });
  b.item('RM', { purchaseLeadTime: rng.int(0, 4) });
  b.bom('B1', 'FG', 'SUB1', rng.int(1, 3));
  b.bom('B2', 'FG', 'SUB2', 1);
  b.bom('B3', 'SUB1', 'RM', 2);
  b.bom('B4', 'SUB2', 'RM', 1);
  for (const item of made) {
    if (item === 'SUB2' && rng.chance(0.5)) continue; // no route: lead time
    const steps = rng.int(1, 3);
    for (let s = 1; s <= steps; s++) {
      const options: Omit<RouteOperation, 'id' | 'item' | 'operation'> = rng.chance(0.3)
        ? { resourceGroup: 'G' }
        : { resource: rng.pick(resources) };
      options.setupHours = rng.pick([0, 0.5, 2]);
      options.runHours = rng.pick([0.25, 1, 3]);
      if (rng.chance(0.3)) options.perSeries = rng.pick([2, 10]);
      if (rng.chance(0.3)) options.queueHours = rng.pick([1, 4, 12]);
      if (rng.chance(0.3)) options.transitHours = rng.pick([2, 8]);
      if (rng.chance(0.3)) options.scrapPercent = rng.pick([5, 10, 20]);
      b.operation(item, s * 10, options);
    }
  }
  for (let k = 0; k < rng.int(3, 8); k++) {
    b.sales(`S${k}`, 'FG', day(rng.int(-2, 30)), rng.int(1, 12));
  }
  return b.build();
}

/** The route of an item valid on a day, by operation number. */
function routeOf(dataset: Dataset, item: string, on: string): RouteOperation[] {
  return (dataset.routeOperations ?? [])
    .filter(
      (op) =>
        op.item === item &&
        (op.validFrom === undefined || op.validFrom <= on) &&
        (op.validTo === undefined || on <= op.validTo),
    )
    .sort((a, b) => a.operation - b.operation);
}

function shuffled(dataset: Dataset, rng: Rng): Dataset {
  const copy = structuredClone(dataset);
  copy.resources = rng.shuffle(copy.resources ?? []);
  copy.routeOperations = rng.shuffle(copy.routeOperations ?? []);
  copy.resourceGroups = (copy.resourceGroups ?? []).map((g) => ({
    ...g,
    members: rng.shuffle(g.members),
  }));
  copy.bomLines = rng.shuffle(copy.bomLines ?? []);
  copy.demand = rng.shuffle(copy.demand ?? []);
  return copy;
}

describe.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])('routed dataset seed %i', (seed) => {
  const dataset = generate(seed);
  let result: PlanResult;
  const resourceOf = new Map((dataset.resources ?? []).map((r) => [r.id, r]));
  const open = (resource: string, date: string): boolean => {
    const weekday = ((((toDay(date) + 3) % 7) + 7) % 7) + 1;
    return resourceOf.get(resource)?.calendar === undefined || (weekday <= 5 && date !== day(9));
  };

  beforeAll(() => {
    result = planDataset(dataset);
  });

  it('loads something', () => {
    expect(result.capacityReservations.length).toBeGreaterThan(0);
  });

  it('has load rows that are the sums of the reservations, with the hours of the day', () => {
    const sums = new Map<string, number>();
    for (const r of result.capacityReservations) {
      const key = `${r.resource} ${r.date}`;
      sums.set(key, (sums.get(key) ?? 0) + r.hours);
    }
    const seen = new Set<string>();
    for (const row of result.capacityLoad) {
      const key = `${row.resource} ${row.date}`;
      seen.add(key);
      expect(Math.abs((sums.get(key) ?? 0) - row.requiredHours)).toBeLessThan(EPS);
      const resource = resourceOf.get(row.resource);
      const perDay = (resource?.hoursPerDay ?? 8) * (resource?.capacity ?? 1);
      expect(row.availableHours).toBe(open(row.resource, row.date) ? perDay : 0);
      expect(row.date >= PLAN_DATE).toBe(true);
    }
    for (const key of sums.keys()) expect(seen.has(key)).toBe(true);
    for (const r of result.capacityReservations) {
      const load = result.capacityLoad.find((l) => l.resource === r.resource && l.date === r.date);
      expect(r.availableHours).toBe(load?.availableHours);
    }
  });

  it("reserves each operation's setup and run time, on open days, in sequence", () => {
    for (const order of result.plannedOrders) {
      if (order.type !== 'production') continue;
      const route = routeOf(dataset, order.item, order.deliveryDate);
      const reservations = result.capacityReservations.filter((r) => r.orderId === order.id);
      if (route.length === 0) {
        expect(reservations).toEqual([]);
        continue;
      }
      let entering = order.quantity;
      const expected = new Map<number, number>();
      for (let i = route.length - 1; i >= 0; i--) {
        const op = route[i]!;
        entering /= 1 - (op.scrapPercent ?? 0) / 100;
        expected.set(
          op.operation,
          (op.setupHours ?? 0) + ((op.runHours ?? 0) / (op.perSeries ?? 1)) * entering,
        );
      }
      let previousLast = order.startDate;
      for (const op of route) {
        const rows = reservations.filter((r) => r.operation === op.operation);
        const resources = new Set(rows.map((r) => r.resource));
        expect(resources.size).toBe(1);
        const resource = [...resources][0] ?? '';
        if (op.resource !== undefined) expect(resource).toBe(op.resource);
        else expect(dataset.resourceGroups?.[0]?.members).toContain(resource);
        const efficiency = resourceOf.get(resource)?.efficiencyPercent ?? 100;
        const total = rows.reduce((sum, r) => sum + r.hours, 0);
        expect(
          Math.abs(total - ((expected.get(op.operation) ?? 0) * 100) / efficiency),
        ).toBeLessThan(EPS);
        const perDay = resourceOf.get(resource)?.hoursPerDay ?? 8;
        for (const r of rows) {
          expect(open(resource, r.date)).toBe(true);
          expect(r.hours).toBeLessThanOrEqual(perDay + EPS);
          expect(r.date <= order.deliveryDate).toBe(true);
        }
        const dates = rows.map((r) => r.date).sort();
        expect(dates[0]! >= previousLast).toBe(true);
        previousLast = dates.at(-1) ?? previousLast;
      }
    }
  });

  it("never runs two of an order's operations at once", () => {
    // Every resource's shift starts at the same hour, and an operation starts only when the
    // one before it (and its transit) ends: on any day, the hours of one order's operations
    // lie in disjoint stretches of the longest shift among their resources.
    const byOrderDay = new Map<string, { hours: number; longest: number }>();
    for (const r of result.capacityReservations) {
      const key = `${r.orderId} ${r.date}`;
      const sum = byOrderDay.get(key) ?? { hours: 0, longest: 0 };
      sum.hours += r.hours;
      sum.longest = Math.max(sum.longest, resourceOf.get(r.resource)?.hoursPerDay ?? 8);
      byOrderDay.set(key, sum);
    }
    expect(byOrderDay.size).toBeGreaterThan(0);
    for (const { hours, longest } of byOrderDay.values()) {
      expect(hours).toBeLessThanOrEqual(longest + EPS);
    }
  });

  it('warns once for each resource and week with an overloaded day, and only then', () => {
    const expected = new Set<string>();
    for (const row of result.capacityLoad) {
      if (row.requiredHours > row.availableHours + EPS) {
        expected.add(`${row.resource} ${isoWeek(weekStart(toDay(row.date)))}`);
      }
    }
    const reported = messagesByCode(result, 'CAPACITY_OVERLOAD').map(
      (m) => `${m.ref ?? ''} ${/week (\S+)/.exec(m.text)?.[1] ?? ''}`,
    );
    expect(reported.sort()).toEqual([...expected].sort());
  });

  it('gives the same result whatever the order of input rows', () => {
    const again = planDataset(shuffled(dataset, new Rng(seed * 31)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });
});
