/**
 * Datasets and results as the SQL and pipeline suites compare them: the example datasets,
 * a dataset in canonical form, the rows a result should come back as, and a synthetic
 * result of any size with awkward text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Dataset, PlannedOrder, PlanResult } from '@replan/engine';

import type { PlanVersionRows } from '@replan/sql';

/** The repository's examples/ folder. */
export const EXAMPLES_DIR = join(__dirname, '..', '..', '..', 'examples');

/** A dataset of examples/ (e.g. `bike-shop.json`). */
export function readExample(name: string): Dataset {
  const path = join(EXAMPLES_DIR, name);
  return JSON.parse(readFileSync(path, 'utf8')) as Dataset;
}

const byKey =
  (...keys: string[]) =>
  (a: object, b: object): number => {
    const ra = a as Record<string, unknown>;
    const rb = b as Record<string, unknown>;
    for (const key of keys) {
      const x = JSON.stringify(ra[key] ?? '');
      const y = JSON.stringify(rb[key] ?? '');
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  };

/** Drops undefined fields, so absent and undefined compare the same. */
function clean<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * A dataset in a canonical form: empty optional lists absent, lists sorted by key, weekdays
 * sorted, no filter. Two datasets that plan the same compare equal.
 */
export function normaliseDataset(dataset: Dataset): Dataset {
  const d = clean(dataset);
  const sorted = <T extends object>(list: T[] | undefined, ...keys: string[]): T[] | undefined =>
    list && list.length > 0 ? [...list].sort(byKey(...keys)) : undefined;
  const out: Dataset = {
    formatVersion: 1,
    plan: d.plan,
    items: [...d.items].sort(byKey('id')),
    warehouses: [...d.warehouses].sort(byKey('id')),
  };
  const optional = {
    coverageGroups: sorted(d.coverageGroups, 'id'),
    itemCoverage: sorted(d.itemCoverage, 'item', 'warehouse'),
    calendars: sorted(
      d.calendars?.map((c) => {
        const calendar = { ...c, workingWeekdays: [...new Set(c.workingWeekdays)].sort() };
        const exceptions = sorted(c.exceptions, 'date');
        if (exceptions) calendar.exceptions = exceptions;
        else delete calendar.exceptions;
        return calendar;
      }),
      'id',
    ),
    bomLines: sorted(d.bomLines, 'id'),
    resources: sorted(d.resources, 'id'),
    resourceGroups: sorted(
      d.resourceGroups?.map((g) => ({ ...g, members: [...g.members].sort() })),
      'id',
    ),
    routeOperations: sorted(d.routeOperations, 'id'),
    onHand: sorted(d.onHand, 'item', 'warehouse'),
    supply: sorted(d.supply, 'id'),
    demand: sorted(d.demand, 'id'),
    forecasts: sorted(d.forecasts, 'id'),
    reductionKeys: sorted(
      d.reductionKeys?.map((k) => ({ ...k, periods: [...k.periods].sort(byKey('from')) })),
      'id',
    ),
  };
  for (const [key, value] of Object.entries(optional)) {
    if (value) (out as unknown as Record<string, unknown>)[key] = value;
  }
  return out;
}

export const sortOrders = (orders: readonly PlannedOrder[]): PlannedOrder[] =>
  clean([...orders].sort(byKey('id')));

/** What readActivePlan should return for a result (planned orders in id order). */
export function expectedRows(result: PlanResult): Omit<PlanVersionRows, 'planId' | 'version'> {
  return {
    nodes: clean(result.nodes),
    plannedOrders: sortOrders(result.plannedOrders),
    requirements: clean(result.requirements),
    receipts: clean(result.receipts),
    pegging: clean(result.pegging),
    delays: clean(result.delays),
    actions: clean(result.actions),
    forecasts: clean([...result.forecasts].sort(byKey('id'))),
    capacityLoad: clean(result.capacityLoad),
    capacityReservations: clean(result.capacityReservations),
    messages: clean(result.messages),
  };
}

/** A synthetic result of `n` planned orders and as many pegging rows, with awkward text. */
export function syntheticResult(plan: string, n: number, tag = ''): PlanResult {
  const plannedOrders: PlannedOrder[] = [];
  const requirements: PlanResult['requirements'] = [];
  const pegging: PlanResult['pegging'] = [];
  for (let i = 0; i < n; i++) {
    const item = `ITEM-${i % 997}`;
    const id = `P-${item}@MAIN-${String(i).padStart(6, '0')}${tag}`;
    const day = String(1 + (i % 28)).padStart(2, '0');
    plannedOrders.push({
      id,
      type: i % 3 === 0 ? 'production' : i % 3 === 1 ? 'purchase' : 'transfer',
      item,
      warehouse: 'MAIN',
      ...(i % 3 === 2 ? { fromWarehouse: 'DC\t01' } : {}),
      quantity: (i % 50) + 0.125,
      orderDate: `2026-02-${day}`,
      startDate: `2026-02-${day}`,
      deliveryDate: `2026-03-${day}`,
      receiptDate: `2026-03-${day}`,
      requirementDate: `2026-03-${day}`,
      delayDays: i % 4,
      bomLevel: i % 5,
      futuresDate: `2026-03-${day}`,
      toFirm: i % 7 === 0,
    });
    // A requirement for one order in five (both kinds, both escapes): enough to round-trip.
    if (i % 10 < 2) {
      requirements.push({
        kind: i % 2 === 0 ? 'demand' : 'plannedComponent',
        id: i % 2 === 0 ? `SO\\${i}\nline` : `${id}/BOM\r${i}`,
        ...(i % 2 === 1 ? { orderId: id } : {}),
        item,
        warehouse: 'MAIN',
        date: `2026-03-${day}`,
        quantity: i + 0.5,
      });
    }
    pegging.push({
      receiptKind: 'plannedOrder',
      receiptId: id,
      issueKind: i % 2 === 0 ? 'demand' : 'plannedComponent',
      issueId: i % 2 === 0 ? `SO\\${i}\nline` : `${id}/BOM\r${i}`,
      ...(i % 2 === 1 ? { issueOrderId: id } : {}),
      item,
      warehouse: 'MAIN',
      quantity: i + 0.5,
    });
  }
  const few = Math.min(n, 5);
  const nodes: PlanResult['nodes'] = [];
  const receipts: PlanResult['receipts'] = [];
  for (let i = 0; i < few; i++) {
    const item = `ITEM-${i}`;
    nodes.push({
      item,
      warehouse: 'MAIN',
      lowLevelCode: i,
      coverageCode: i % 2 === 0 ? 'period' : 'minMax',
      minimumInventory: i * 2.5,
      maximumInventory: i % 2 === 0 ? 0 : 100,
      fulfilmentDate: `2026-01-${String(5 + i).padStart(2, '0')}`,
      coverageTimeFence: 100,
    });
    receipts.push(
      {
        kind: 'onHand',
        id: `${item}@MAIN`,
        item,
        warehouse: 'MAIN',
        date: '2026-01-05',
        quantity: i,
      },
      {
        kind: 'supply',
        id: `PO\t${i}\n${tag}`,
        supplyType: i % 2 === 0 ? 'purchase' : 'plannedOrder',
        item,
        warehouse: 'MAIN',
        date: '2026-01-09',
        quantity: i + 0.25,
      },
    );
  }
  const delays: PlanResult['delays'] = [];
  const actions: PlanResult['actions'] = [];
  const forecasts: PlanResult['forecasts'] = [];
  for (let i = 0; i < few; i++) {
    const item = `ITEM-${i % 997}`;
    delays.push({
      demandId: `SO-${i}${tag}`,
      demandType: 'sales',
      item,
      warehouse: 'MAIN',
      requirementDate: '2026-03-02',
      futuresDate: '2026-03-09',
      delayDays: 7,
    });
    actions.push({
      kind: i % 2 === 0 ? 'postpone' : 'decrease',
      supplyId: `PO-${i}${tag}`,
      item,
      warehouse: 'MAIN',
      date: '2026-03-03',
      ...(i % 2 === 0 ? { newDate: '2026-03-10' } : { quantityChange: 2.5 }),
      quantity: 10,
      ...(i === 0 ? { causeId: `SO-0${tag}` } : {}),
    });
    forecasts.push({
      id: `FC-${i}${tag}`,
      item,
      warehouse: 'MAIN',
      date: '2026-04-01',
      quantity: 100,
      remaining: 100 - i * 10.25,
    });
  }
  return {
    formatVersion: 1,
    plan,
    planDate: '2026-01-05',
    counts: {
      nodes: 997,
      plannedNodes: 997,
      requirements: n,
      receipts: n,
      plannedOrders: n,
      pegging: n,
      requirementEvents: 2 * n,
    },
    scope: { filtered: false, items: [] },
    nodes,
    plannedOrders,
    requirements,
    receipts,
    pegging,
    delays,
    actions,
    forecasts,
    capacityLoad: [
      { resource: `SAW${tag}`, date: '2026-03-02', requiredHours: 9.5, availableHours: 8 },
      { resource: `SAW${tag}`, date: '2026-03-03', requiredHours: 0, availableHours: 8 },
    ],
    capacityReservations: plannedOrders.slice(0, few).map((order, i) => ({
      resource: `SAW${tag}`,
      date: '2026-03-02',
      orderId: order.id,
      operation: 10 * (i + 1),
      item: order.item,
      warehouse: order.warehouse,
      hours: 9.5 / few,
      availableHours: 8,
    })),
    messages: [{ severity: 'info', code: 'synthetic', text: `synthetic\tresult ${tag}` }],
  };
}
