import { compileDataset } from '../compile';
import type { Dataset } from '../model/dataset';
import { runPartitioned } from '../partition/partitioned-run';
import { runPlan } from '../plan';
import { PlanSizeError, planSizeLimits } from './plan-size';

/** BIKE (made from two WHEELs) at MAIN: one demand line of `quantity`, at most `max` per order. */
function dataset(quantity: number, max: number, demandLines = 1): Dataset {
  return {
    formatVersion: 1,
    plan: { id: 'P1', planDate: '2026-01-05' },
    items: [{ id: 'BIKE' }, { id: 'WHEEL' }],
    warehouses: [{ id: 'MAIN' }],
    itemCoverage: [
      { item: 'BIKE', warehouse: 'MAIN', orderType: 'production', maxOrderQuantity: max },
    ],
    bomLines: [{ id: 'B1', parent: 'BIKE', component: 'WHEEL', quantity: 2 }],
    demand: Array.from({ length: demandLines }, (_, i) => ({
      id: `SO-${i}`,
      type: 'sales' as const,
      item: 'BIKE',
      warehouse: 'MAIN',
      date: '2026-02-01',
      quantity,
    })),
  };
}

/** BIKE made on LINE (8 hours a day, every day), 1 hour a bike: one demand line of `quantity`. */
function routed(quantity: number): Dataset {
  return {
    formatVersion: 1,
    plan: { id: 'P1', planDate: '2026-01-05' },
    items: [{ id: 'BIKE' }],
    warehouses: [{ id: 'MAIN' }],
    itemCoverage: [{ item: 'BIKE', warehouse: 'MAIN', orderType: 'production' }],
    resources: [{ id: 'LINE', hoursPerDay: 8 }],
    routeOperations: [{ id: 'R1', item: 'BIKE', operation: 10, resource: 'LINE', runHours: 1 }],
    demand: [
      { id: 'SO-1', type: 'sales', item: 'BIKE', warehouse: 'MAIN', date: '2026-02-01', quantity },
    ],
  };
}

function planError(run: () => unknown): PlanSizeError {
  try {
    run();
  } catch (error) {
    if (error instanceof PlanSizeError) return error;
    throw error;
  }
  throw new Error('expected the plan to exceed its size limit');
}

describe('plan-size limits', () => {
  it('plans up to the limit, and not one order more', () => {
    // BIKE: 1000 at 100 an order is 10 orders, each needing 200 WHEELs; WHEEL (coverage by
    // requirement, no maximum) plans one order per requirement: 10 more, 20 in all.
    const limits = { maxPlannedOrders: 20 };
    expect(runPlan(compileDataset(dataset(1000, 100)), { limits }).state.orders.count).toBe(20);
    const error = planError(() =>
      runPlan(compileDataset(dataset(1000, 100)), { limits: { maxPlannedOrders: 19 } }),
    );
    expect(error.message).toContain('node WHEEL@MAIN would have 10, 1 of them for one requirement');
  });

  it('stops at the node that asks for too many planned orders, with its count', () => {
    // 1e8 at 1 an order is 1e8 orders of BIKE for the one demand line.
    const error = planError(() =>
      runPlan(compileDataset(dataset(1e8, 1)), { limits: { maxPlannedOrders: 1000 } }),
    );
    expect(error.node).toBe('BIKE@MAIN');
    expect(error.limit).toBe('maxPlannedOrders');
    expect(error.message).toBe(
      'the plan would have more than 1000 planned orders (the maxPlannedOrders limit): node BIKE@MAIN would have 100000000, 100000000 of them for one requirement; check its quantities and order quantity rules (maximum order quantity, multiple), or raise the limit',
    );
  });

  it('fails fast on the largest quantity with the smallest maximum, under the default limits', () => {
    // 1e12 at 0.000001 an order would be 1e18 orders: refused before any is written.
    const error = planError(() => runPlan(compileDataset(dataset(1e12, 0.000001))));
    expect(error.message).toContain('node BIKE@MAIN would have 1000000000000000000');
  });

  it('counts the orders of every requirement of a node against the run', () => {
    // 3 lines of 250 at 100 an order: 3 orders each; the third line brings BIKE to 9 > 8.
    const error = planError(() =>
      runPlan(compileDataset(dataset(250, 100, 3)), { limits: { maxPlannedOrders: 8 } }),
    );
    expect(error.message).toContain('node BIKE@MAIN would have 9, 3 of them for one requirement');
  });

  it('stops at the node whose pegging rows go past the limit', () => {
    // 50 demand lines of 1, at most 1 an order: BIKE pegs 50 rows (one per line), and its
    // 50 orders make 50 WHEEL requirements (counted with the pegging rows) first: 100 > 60.
    const error = planError(() =>
      runPlan(compileDataset(dataset(1, 1, 50)), { limits: { maxPeggingRows: 60 } }),
    );
    expect(error.limit).toBe('maxPeggingRows');
    expect(error.message).toBe(
      'the plan would have more than 60 pegging rows (the maxPeggingRows limit): node BIKE@MAIN made 50 pegging rows; check its quantities and BOM, or raise the limit',
    );
  });

  it('holds a partitioned run to the same limit for the whole run', () => {
    const model = compileDataset(dataset(1e8, 1));
    const error = planError(() =>
      runPartitioned(model, { partitions: 2, limits: { maxPlannedOrders: 1000 } }),
    );
    expect(error.node).toBe('BIKE@MAIN');
  });

  it('rejects a limit that is not a whole number of at least 1', () => {
    expect(() => planSizeLimits({ maxPlannedOrders: 0 })).toThrow(
      'maxPlannedOrders must be a whole number of at least 1, got 0',
    );
    expect(planSizeLimits({ maxPeggingRows: 5 })).toEqual({
      maxPlannedOrders: 20_000_000,
      maxPeggingRows: 5,
      maxOrderDays: 10_000,
    });
  });

  it('plans an order whose operation takes as many working days as the limit', () => {
    // 80 bikes at 1 hour each on 8 hours a day: 10 working days, 10 reservation rows.
    const result = runPlan(compileDataset(routed(80)), { limits: { maxOrderDays: 10 } });
    expect(result.state.orders.count).toBe(1);
  });

  it('stops before scheduling an order whose operation takes more working days', () => {
    // 81 bikes: 81 hours, 10.125 days of 8 hours, so 11 working days > 10.
    const error = planError(() =>
      runPlan(compileDataset(routed(81)), { limits: { maxOrderDays: 10 } }),
    );
    expect(error.node).toBe('BIKE@MAIN');
    expect(error.limit).toBe('maxOrderDays');
    expect(error.message).toBe(
      'the plan would have an order running more than 10 days (the maxOrderDays limit): node BIKE@MAIN would have an order of 81 whose operation takes 11 working days, each a capacity reservation row; check its quantities, order quantity rules (maximum order quantity) and route times, or raise the limit',
    );
  });

  it('fails fast on a huge routed order under the default limits', () => {
    // 1e8 bikes at 8 a day: 12,500,000 working days, one reservation row each, > 10,000.
    // Scheduled, the order would count 12.5 million days through the calendar first.
    const error = planError(() => runPlan(compileDataset(routed(1e8))));
    expect(error.limit).toBe('maxOrderDays');
    expect(error.message).toContain(
      'node BIKE@MAIN would have an order of 100000000 whose operation takes 12500000 working days',
    );
  });

  it('refuses a maxOrderDays that is not a whole number of at least 1', () => {
    expect(() => planSizeLimits({ maxOrderDays: 0 })).toThrow(
      'maxOrderDays must be a whole number of at least 1, got 0',
    );
  });
});
