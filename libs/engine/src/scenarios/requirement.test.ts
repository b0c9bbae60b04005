/**
 * Coverage code "requirement" (lot-for-lot): one planned order per requirement line that is
 * not fully covered, for its uncovered quantity, due on the requirement date.
 */
import { planDataset } from '../index';
import { ordersFor, pegMap, peggingFrom, peggingTo, scenario } from './builders';

describe('requirement coverage (lot-for-lot)', () => {
  it('covers a sales line with on-hand, then an open purchase line, then one planned order', () => {
    const result = planDataset(
      scenario()
        .item('FG', { coverageCode: 'requirement', purchaseLeadTime: 3 })
        .onHand('FG', 10)
        .purchase('PO1', 'FG', '2026-03-04', 5)
        .sales('S1', 'FG', '2026-03-05', 25)
        .build(),
    );

    // S1 needs 25 on Thu 03-05. On-hand 10 covers 10, PO1 (received 03-04) covers 5:
    // 10 uncovered → one purchase order of 10 due 03-05; lead time 3 → start and order 03-02.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        type: 'purchase',
        item: 'FG',
        warehouse: 'MAIN',
        quantity: 10,
        requirementDate: '2026-03-05',
        receiptDate: '2026-03-05',
        deliveryDate: '2026-03-05',
        startDate: '2026-03-02',
        orderDate: '2026-03-02',
        delayDays: 0,
        bomLevel: 0,
      },
    ]);
    expect(result.plannedOrders).toHaveLength(1);

    // S1 is pegged to all three receipts, for 10 + 5 + 10 = 25.
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({
      'FG@MAIN': 10,
      PO1: 5,
      'PUR-FG@MAIN-1': 10,
    });
    const byKind = Object.fromEntries(
      peggingTo(result, 'S1').map((p) => [p.receiptId, [p.receiptKind, p.issueKind]]),
    );
    expect(byKind).toEqual({
      'FG@MAIN': ['onHand', 'demand'],
      PO1: ['supply', 'demand'],
      'PUR-FG@MAIN-1': ['plannedOrder', 'demand'],
    });
  });

  it('lets a receipt on the same day as the issue cover it', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 3 })
        .purchase('PO1', 'FG', '2026-03-10', 8)
        .sales('S1', 'FG', '2026-03-10', 8)
        .build(),
    );

    // PO1 arrives 03-10, the day S1 is needed: a receipt on day d covers an issue on day d.
    // Nothing is left uncovered, so no planned order.
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 8 });
  });

  it('uses supply dated before today as available today', () => {
    const result = planDataset(
      scenario()
        .item('FG')
        .purchase('PO-OLD', 'FG', '2026-02-20', 5)
        .sales('S1', 'FG', '2026-03-02', 5)
        .build(),
    );

    // PO-OLD (02-20, overdue) counts as available today 03-02 and covers S1 (today).
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PO-OLD': 5 });
  });

  it('makes one order per uncovered line, in date order, and leaves later receipts unused', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 1 })
        .purchase('PO1', 'FG', '2026-03-20', 3)
        .sales('S1', 'FG', '2026-03-05', 6)
        .sales('S2', 'FG', '2026-03-09', 4)
        .build(),
    );

    // No on-hand; PO1 (03-20) is later than both lines and negative days are 0, so with
    // F = 03-03 neither 03-05 nor 03-09 may use it (03-20 > max(F, d) + 0).
    // S1 03-05: order 6 due 03-05, order date 03-04. S2 03-09: order 4 due 03-09, order 03-08.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 6,
        requirementDate: '2026-03-05',
        receiptDate: '2026-03-05',
        orderDate: '2026-03-04',
      },
      {
        id: 'PUR-FG@MAIN-2',
        quantity: 4,
        requirementDate: '2026-03-09',
        receiptDate: '2026-03-09',
        orderDate: '2026-03-08',
      },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 6 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-2': 4 });
    expect(peggingFrom(result, 'PO1')).toEqual([]);
  });

  it('nets lines of one date in id order', () => {
    const result = planDataset(
      scenario()
        .item('FG')
        .onHand('FG', 5)
        // Added in reverse order on purpose: the input order must not matter.
        .sales('S2', 'FG', '2026-03-05', 4)
        .sales('S1', 'FG', '2026-03-05', 4)
        .build(),
    );

    // Same date: S1 before S2 (id order). S1 takes 4 of the 5 on hand; S2 gets the last 1
    // and an order for the 3 it still misses (lead time 0 → order date 03-05).
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 4 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'FG@MAIN': 1, 'PUR-FG@MAIN-1': 3 });
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 3, requirementDate: '2026-03-05', orderDate: '2026-03-05' },
    ]);
  });

  it('uses receipts by date: existing before planned on the same date, earlier surplus first', () => {
    const result = planDataset(
      scenario()
        .item('FG', { minOrderQuantity: 20 })
        .purchase('PO2', 'FG', '2026-03-05', 1)
        .purchase('PO1', 'FG', '2026-03-05', 5)
        .purchase('PO3', 'FG', '2026-03-09', 3)
        .sales('S1', 'FG', '2026-03-05', 7)
        .sales('S2', 'FG', '2026-03-09', 4)
        .build(),
    );

    // S1 (03-05, 7): the existing receipts of 03-05 first, ties by id: PO1 5, PO2 1; the
    // last 1 → an order raised to the minimum 20, due 03-05 (19 surplus).
    // S2 (03-09, 4): receipts by date: the order's surplus (03-05) comes before PO3 (03-09)
    // → S2 takes 4 of the surplus; PO3 stays unpegged. No second order.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 20, requirementDate: '2026-03-05' },
    ]);
    expect(result.plannedOrders).toHaveLength(1);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 5, PO2: 1, 'PUR-FG@MAIN-1': 1 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-1': 4 });
    expect(peggingFrom(result, 'PO3')).toEqual([]);
  });

  it('uses the built-in defaults when no coverage is set: requirement, lead time 0', () => {
    const result = planDataset(scenario().item('FG').sales('S1', 'FG', '2026-03-04', 7).build());

    // No settings at all: requirement coverage, purchase (no BOM), lead time 0.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        type: 'purchase',
        quantity: 7,
        requirementDate: '2026-03-04',
        receiptDate: '2026-03-04',
        deliveryDate: '2026-03-04',
        startDate: '2026-03-04',
        orderDate: '2026-03-04',
        delayDays: 0,
      },
    ]);
  });

  it('resolves settings item+warehouse coverage → item coverage → coverage group → plan defaults', () => {
    const result = planDataset(
      scenario()
        .plan({ defaults: { purchaseLeadTime: 9 } })
        .coverageGroup('CG', { purchaseLeadTime: 5 })
        .warehouse('WH2')
        .warehouse('WH3')
        .item('A', undefined, 'CG')
        .item('B', { purchaseLeadTime: 2 }, 'CG')
        .item('C')
        .coverage('B', 'WH3', { purchaseLeadTime: 1 })
        .sales('SA', 'A', '2026-03-20', 1)
        .sales('SB2', 'B', '2026-03-20', 1, 'WH2')
        .sales('SB3', 'B', '2026-03-20', 1, 'WH3')
        .sales('SC', 'C', '2026-03-20', 1)
        .build(),
    );

    // A: coverage group 5 → order 03-15. B@WH2: item coverage 2 → 03-18.
    // B@WH3: item+warehouse coverage 1 → 03-19. C: plan defaults 9 → 03-11.
    expect(ordersFor(result, 'A')).toMatchObject([{ quantity: 1, orderDate: '2026-03-15' }]);
    expect(ordersFor(result, 'B', 'WH2')).toMatchObject([
      { id: 'PUR-B@WH2-1', quantity: 1, orderDate: '2026-03-18' },
    ]);
    expect(ordersFor(result, 'B', 'WH3')).toMatchObject([
      { id: 'PUR-B@WH3-1', quantity: 1, orderDate: '2026-03-19' },
    ]);
    expect(ordersFor(result, 'C')).toMatchObject([{ quantity: 1, orderDate: '2026-03-11' }]);
  });
});
