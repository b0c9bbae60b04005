/**
 * Coverage code "min/max": from F on, when projected stock falls below the minimum, one
 * order brings it back to the maximum; before F only when it goes below zero.
 */
import { planDataset } from '../index';
import {
  messagesByCode,
  ordersFor,
  pegMap,
  peggingFrom,
  peggingTo,
  scenario,
  totalPegged,
} from './builders';

describe('min/max coverage', () => {
  const minMax = {
    coverageCode: 'minMax',
    minimumInventory: 15,
    maximumInventory: 22,
    purchaseLeadTime: 3,
  } as const;

  it('min 15, max 22, on-hand 10 → an order of 12 due at F', () => {
    const result = planDataset(scenario().item('FG', minMax).onHand('FG', 10).build());

    // F = 03-02 + 3 = 03-05. Stock 10 < 15 at F and no requirement on F → order up to the
    // maximum due on F: 22 − 10 = 12, order date 03-02. Nothing consumes it: unpegged.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 12,
        requirementDate: '2026-03-05',
        receiptDate: '2026-03-05',
        startDate: '2026-03-02',
        orderDate: '2026-03-02',
        delayDays: 0,
      },
    ]);
    expect(peggingFrom(result, 'PUR-FG@MAIN-1')).toEqual([]);
  });

  it('with multiple 5 → 10 (largest multiple keeping stock ≤ max)', () => {
    const result = planDataset(
      scenario()
        .item('FG', { ...minMax, orderMultiple: 5 })
        .onHand('FG', 10)
        .build(),
    );

    // 10 + 10 = 20 ≤ 22 and 20 ≥ 15; 15 would give 25 > 22 → 10.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 10, requirementDate: '2026-03-05' },
    ]);
  });

  it('with a multiple, adds one more multiple when the largest one would stay below min', () => {
    const result = planDataset(
      scenario()
        .item('FG', { ...minMax, minimumInventory: 21, orderMultiple: 5 })
        .onHand('FG', 10)
        .build(),
    );

    // min 21, max 22, on-hand 10, multiple 5: the largest multiple with 10 + x ≤ 22 is 10,
    // but 20 < 21 → one more multiple: 15 (stock 25).
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 15, requirementDate: '2026-03-05' },
    ]);
  });

  it('orders on F for a requirement on F, counting that requirement', () => {
    const result = planDataset(
      scenario().item('FG', minMax).onHand('FG', 10).sales('S1', 'FG', '2026-03-05', 2).build(),
    );

    // S1 is on F (03-05): after it stock is 8 < 15 → one order up to max: 22 − 8 = 14, due
    // 03-05. S1 itself is covered by on-hand.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 14, requirementDate: '2026-03-05', orderDate: '2026-03-02' },
    ]);
    expect(result.plannedOrders).toHaveLength(1);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 2 });
  });

  it('orders up to max, dated on the demand, when a demand after F drops stock below min', () => {
    const result = planDataset(
      scenario().item('FG', minMax).onHand('FG', 30).sales('S1', 'FG', '2026-03-10', 20).build(),
    );

    // At F (03-05) stock 30 ≥ 15: nothing. S1 on 03-10 takes 20 of the on-hand → 10 < 15 →
    // order 22 − 10 = 12 due 03-10, order date 03-07. S1 is covered by on-hand; the order
    // only restores stock and is unpegged.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 12,
        requirementDate: '2026-03-10',
        receiptDate: '2026-03-10',
        orderDate: '2026-03-07',
      },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 20 });
    expect(peggingFrom(result, 'PUR-FG@MAIN-1')).toEqual([]);
  });

  it('includes the uncovered part of the demand when stock goes below zero after F', () => {
    const result = planDataset(
      scenario().item('FG', minMax).onHand('FG', 16).sales('S1', 'FG', '2026-03-10', 20).build(),
    );

    // At F stock 16 ≥ 15. S1 (03-10) takes 16, misses 4 → projected −4 < 15 → order up to
    // max: 22 − (−4) = 26 due 03-10; 4 of it are pegged to S1, 22 stay as stock.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 26, requirementDate: '2026-03-10', orderDate: '2026-03-07' },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 16, 'PUR-FG@MAIN-1': 4 });
  });

  it('before F waits while stock stays ≥ 0, then tops up at F', () => {
    const result = planDataset(
      scenario().item('FG', minMax).onHand('FG', 10).sales('S1', 'FG', '2026-03-04', 4).build(),
    );

    // S1 on 03-04 (before F = 03-05) leaves 6: below min but not below zero → no order then.
    // At F stock 6 < 15, no requirement on F → order 22 − 6 = 16 due 03-05.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 16, requirementDate: '2026-03-05', orderDate: '2026-03-02' },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 4 });
  });

  it('before F orders up to max only when stock goes below zero (a late order)', () => {
    const result = planDataset(
      scenario()
        .item('FG', { ...minMax, purchaseLeadTime: 5 })
        .sales('S1', 'FG', '2026-03-04', 4)
        .build(),
    );

    // F = 03-07. S1 on 03-04 takes stock to −4 → order up to max: 22 − (−4) = 26 due 03-04.
    // Its order date would be 02-27 → placed today, received 03-07: 3 days late.
    // At F stock is 22 ≥ 15 → no second order.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 26,
        requirementDate: '2026-03-04',
        orderDate: '2026-03-02',
        startDate: '2026-03-02',
        deliveryDate: '2026-03-07',
        receiptDate: '2026-03-07',
        delayDays: 3,
      },
    ]);
    expect(totalPegged(peggingTo(result, 'S1'))).toBe(4);
    expect(messagesByCode(result, 'LATE_ORDER').length).toBeGreaterThanOrEqual(1);
  });
});
