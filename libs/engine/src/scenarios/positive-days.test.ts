/**
 * Positive days P: an existing receipt (not on-hand) dated before requirement date − P is
 * not used for that requirement nor any later one; it stays unused. With dynamic positive
 * days the rule applies only to requirements after F (inside the lead time any existing
 * supply beats a new order). On-hand is never excluded.
 */
import { planDataset } from '../index';
import { actionsFor, ordersFor, pegMap, peggingFrom, peggingTo, scenario } from './builders';

describe('positive days (fixed)', () => {
  it('excludes a receipt too early for a requirement: it stays unpegged, a new order is planned', () => {
    const result = planDataset(
      scenario()
        .item('FG', { positiveDays: 5 })
        .purchase('PO1', 'FG', '2026-03-03', 10)
        .sales('S1', 'FG', '2026-03-12', 10)
        .build(),
    );

    // S1 on 03-12: 03-12 − 5 = 03-07; PO1 (03-03) is dated before → not used.
    // A new order of 10 due 03-12 (lead time 0). PO1 has no pegging.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 10,
        requirementDate: '2026-03-12',
        receiptDate: '2026-03-12',
      },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 10 });
    expect(peggingFrom(result, 'PO1')).toEqual([]);
  });

  it('uses the receipt for a requirement within P days, not for a later one', () => {
    const result = planDataset(
      scenario()
        .item('FG', { positiveDays: 5 })
        .purchase('PO1', 'FG', '2026-03-03', 10)
        .sales('S1', 'FG', '2026-03-05', 4)
        .sales('S2', 'FG', '2026-03-12', 6)
        .build(),
    );

    // S1 (03-05): 03-05 − 5 = 02-28 ≤ 03-03 → PO1 covers 4.
    // S2 (03-12): 03-07 > 03-03 → PO1's other 6 are excluded → a new order of 6.
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 4 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-1': 6 });
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 6, requirementDate: '2026-03-12' },
    ]);
    expect(result.plannedOrders).toHaveLength(1);
  });

  it('uses a later receipt inside the window; the early one stays out for every later line', () => {
    const result = planDataset(
      scenario()
        .item('FG', { positiveDays: 5 })
        .purchase('PO1', 'FG', '2026-03-03', 10)
        .purchase('PO2', 'FG', '2026-03-10', 10)
        .sales('S1', 'FG', '2026-03-12', 5)
        .sales('S2', 'FG', '2026-03-13', 10)
        .build(),
    );

    // S1 (03-12): PO1 (03-03 < 03-07) is excluded; PO2 (03-10) covers 5.
    // S2 (03-13): 03-08 — PO1 excluded for good; PO2's other 5, then a new order of 5.
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO2: 5 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ PO2: 5, 'PUR-FG@MAIN-1': 5 });
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 5, requirementDate: '2026-03-13' },
    ]);
    expect(peggingFrom(result, 'PO1')).toEqual([]);
  });

  it('still uses a receipt dated exactly requirement date − P', () => {
    const result = planDataset(
      scenario()
        .item('FG', { positiveDays: 5 })
        .purchase('PO1', 'FG', '2026-03-07', 10)
        .sales('S1', 'FG', '2026-03-12', 10)
        .build(),
    );

    // 03-12 − 5 = 03-07: PO1 is not dated *before* it → usable. No order.
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 10 });
  });

  it('never excludes on-hand', () => {
    const result = planDataset(
      scenario()
        .item('FG', { positiveDays: 1 })
        .onHand('FG', 3)
        .sales('S1', 'FG', '2026-03-30', 5)
        .build(),
    );

    // S1 on 03-30, four weeks after today, P = 1: on-hand is still used → 3 on hand and a
    // new order of 2.
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 3, 'PUR-FG@MAIN-1': 2 });
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 2, requirementDate: '2026-03-30' },
    ]);
  });

  it('shows an excluded receipt inside the action fence as a cancel', () => {
    const result = planDataset(
      scenario()
        .item('FG', { positiveDays: 5, actionFence: 30 })
        .purchase('PO1', 'FG', '2026-03-03', 10)
        .sales('S1', 'FG', '2026-03-12', 10)
        .build(),
    );

    // As in the first case PO1 is not used at all; it is inside the fence (03-03 ≤ 04-01)
    // → cancel its whole quantity. A cancel names no cause.
    expect(actionsFor(result, 'PO1')).toEqual([
      {
        kind: 'cancel',
        supplyId: 'PO1',
        item: 'FG',
        warehouse: 'MAIN',
        date: '2026-03-03',
        quantity: 10,
        quantityChange: 10,
      },
    ]);
    expect(ordersFor(result, 'FG')).toMatchObject([{ id: 'PUR-FG@MAIN-1', quantity: 10 }]);
  });
});

describe('dynamic positive days', () => {
  // Lead time 10 → F = 03-12. P = 2.
  function dynamic(dynamicPositiveDays: boolean) {
    return planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 10, positiveDays: 2, dynamicPositiveDays })
        .purchase('PO1', 'FG', '2026-03-03', 10)
        .sales('S1', 'FG', '2026-03-09', 4)
        .sales('S2', 'FG', '2026-03-16', 6)
        .build(),
    );
  }

  it('uses an early receipt inside the lead time but not beyond F', () => {
    const result = dynamic(true);

    // S1 (03-09) is before F: the rule does not apply → PO1 covers 4 (with fixed positive
    // days it would be excluded: 03-07 > 03-03).
    // S2 (03-16) is after F: 03-14 > 03-03 → PO1's other 6 excluded → new order 6 due 03-16,
    // order date 03-06 (on time).
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 4 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-1': 6 });
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 6,
        requirementDate: '2026-03-16',
        orderDate: '2026-03-06',
        delayDays: 0,
      },
    ]);
    expect(result.plannedOrders).toHaveLength(1);
  });

  it('without dynamic positive days excludes the receipt for both lines', () => {
    const result = dynamic(false);

    // S1 (03-09): 03-07 > 03-03 → PO1 excluded, now and for S2.
    // S1: order 4 due 03-09; backward order date 02-27 → today, received 03-12, 3 days late.
    // S2: order 6 due 03-16, order date 03-06.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 4,
        requirementDate: '2026-03-09',
        orderDate: '2026-03-02',
        receiptDate: '2026-03-12',
        delayDays: 3,
      },
      { id: 'PUR-FG@MAIN-2', quantity: 6, requirementDate: '2026-03-16', orderDate: '2026-03-06' },
    ]);
    expect(peggingFrom(result, 'PO1')).toEqual([]);
  });

  it('does not apply the rule to a requirement on F itself', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 10, positiveDays: 2, dynamicPositiveDays: true })
        .purchase('PO1', 'FG', '2026-03-03', 10)
        .sales('S1', 'FG', '2026-03-12', 10)
        .build(),
    );

    // S1 on F (03-12) is not after F → PO1 (before 03-10) still covers it. No order.
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 10 });
  });

  it('never excludes on-hand, after F either', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 10, positiveDays: 2, dynamicPositiveDays: true })
        .onHand('FG', 7)
        .sales('S1', 'FG', '2026-03-30', 7)
        .build(),
    );

    // S1 (03-30) is well after F, but on-hand is never excluded → no order.
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 7 });
  });
});
