/**
 * Coverage code "period": a period [d, d + P) starts at the first requirement not fully
 * covered; one order due on d covers the period's net requirement; the next period starts
 * at the next requirement that is not covered.
 */
import { planDataset } from '../index';
import { ordersFor, pegMap, peggingFrom, peggingTo, scenario, totalPegged } from './builders';

describe('period coverage', () => {
  const periodItem = { coverageCode: 'period', coveragePeriod: 7, purchaseLeadTime: 2 } as const;

  it('groups the requirements of one period into one order and starts a new period after it', () => {
    const result = planDataset(
      scenario()
        .item('FG', periodItem)
        .sales('S1', 'FG', '2026-03-04', 5)
        .sales('S2', 'FG', '2026-03-06', 4)
        .sales('S3', 'FG', '2026-03-10', 3)
        .sales('S4', 'FG', '2026-03-11', 6)
        .build(),
    );

    // First uncovered requirement: S1 on 03-04 → period [03-04, 03-11) holds S1, S2, S3
    // (03-10 is the last day in it): 5 + 4 + 3 = 12, one order due 03-04, order date 03-02.
    // S4 on 03-11 is the first day after the period → a new period, order 6 due 03-11,
    // order date 03-09.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 12,
        requirementDate: '2026-03-04',
        receiptDate: '2026-03-04',
        startDate: '2026-03-02',
        orderDate: '2026-03-02',
        delayDays: 0,
      },
      {
        id: 'PUR-FG@MAIN-2',
        quantity: 6,
        requirementDate: '2026-03-11',
        receiptDate: '2026-03-11',
        orderDate: '2026-03-09',
      },
    ]);
    expect(result.plannedOrders).toHaveLength(2);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 5 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-1': 4 });
    expect(pegMap(peggingTo(result, 'S3'))).toEqual({ 'PUR-FG@MAIN-1': 3 });
    expect(pegMap(peggingTo(result, 'S4'))).toEqual({ 'PUR-FG@MAIN-2': 6 });
  });

  it('counts an open receipt inside the period against the order', () => {
    const result = planDataset(
      scenario()
        .item('FG', periodItem)
        .purchase('PO1', 'FG', '2026-03-06', 5)
        .sales('S1', 'FG', '2026-03-04', 5)
        .sales('S2', 'FG', '2026-03-06', 4)
        .sales('S3', 'FG', '2026-03-10', 3)
        .sales('S4', 'FG', '2026-03-11', 6)
        .build(),
    );

    // S1 (03-04) is not covered (PO1 on 03-06 is later and F = 03-04 → window ends 03-04).
    // Period [03-04, 03-11): requirements 12, receipts inside it 5 (PO1) → order 7 due 03-04.
    // 12 = 7 + 5: every line of the period is fully pegged, PO1 entirely and the order
    // entirely. S4 (03-11) again starts a period of its own: order 6.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 7, requirementDate: '2026-03-04', orderDate: '2026-03-02' },
      { id: 'PUR-FG@MAIN-2', quantity: 6, requirementDate: '2026-03-11', orderDate: '2026-03-09' },
    ]);
    expect(totalPegged(peggingTo(result, 'S1'))).toBe(5);
    expect(totalPegged(peggingTo(result, 'S2'))).toBe(4);
    expect(totalPegged(peggingTo(result, 'S3'))).toBe(3);
    expect(totalPegged(peggingFrom(result, 'PO1'))).toBe(5);
    expect(totalPegged(peggingFrom(result, 'PUR-FG@MAIN-1'))).toBe(7);
    expect(pegMap(peggingTo(result, 'S4'))).toEqual({ 'PUR-FG@MAIN-2': 6 });
  });

  it('subtracts on-hand, and starts the period at the first line on-hand does not cover', () => {
    const result = planDataset(
      scenario()
        .item('FG', periodItem)
        .onHand('FG', 6)
        .sales('S1', 'FG', '2026-03-04', 4)
        .sales('S2', 'FG', '2026-03-06', 5)
        .sales('S3', 'FG', '2026-03-12', 3)
        .sales('S4', 'FG', '2026-03-13', 2)
        .build(),
    );

    // On-hand 6: S1 (4) covered, S2 gets the last 2 and misses 3 → the period starts on
    // S2's date: [03-06, 03-13) holds S2 and S3: 5 + 3 − 2 left on hand = 6, order due 03-06
    // (order date 03-04). S4 on 03-13 is outside → its own period: order 2 due 03-13.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 6, requirementDate: '2026-03-06', orderDate: '2026-03-04' },
      { id: 'PUR-FG@MAIN-2', quantity: 2, requirementDate: '2026-03-13', orderDate: '2026-03-11' },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 4 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'FG@MAIN': 2, 'PUR-FG@MAIN-1': 3 });
    expect(pegMap(peggingTo(result, 'S3'))).toEqual({ 'PUR-FG@MAIN-1': 3 });
    expect(pegMap(peggingTo(result, 'S4'))).toEqual({ 'PUR-FG@MAIN-2': 2 });
  });
});

describe('period coverage with negative days', () => {
  it('does not let a receipt outside the negative-days tolerance cover a requirement of the period (issue 15)', () => {
    // Plan date Monday 2027-01-04. P: purchased, lead time 5, period 14, negative days 0,
    // no on-hand. C1 31 on 2027-02-10 (a component line), PO1 72 received 2027-02-11, S1 12 on
    // 2027-02-16.
    // F = 2027-01-04 + 5 = 2027-01-09. C1's tolerance: max(F, 02-10) − 02-10 + 0 = 0 days, so
    // PO1 (one day later) may not cover it: C1 is not covered and starts the period
    // [02-10, 02-24). PO1 lies inside the period, but it counts only for the lines that may
    // use it: S1 (02-16) may, C1 may not. The period's order is C1's 31, due 02-10, ordered
    // 5 days before: 02-05. S1 takes 12 of PO1. Nothing is late.
    const result = planDataset(
      scenario('2027-01-04')
        .item('P', {
          purchaseLeadTime: 5,
          coverageCode: 'period',
          coveragePeriod: 14,
          negativeDays: 0,
        })
        .purchase('PO1', 'P', '2027-02-11', 72)
        .demand('C1', 'P', '2027-02-10', 31, { type: 'productionComponent' })
        .sales('S1', 'P', '2027-02-16', 12)
        .build(),
    );
    expect(ordersFor(result, 'P')).toMatchObject([
      {
        id: 'PUR-P@MAIN-1',
        quantity: 31,
        requirementDate: '2027-02-10',
        receiptDate: '2027-02-10',
        orderDate: '2027-02-05',
        delayDays: 0,
      },
    ]);
    expect(result.plannedOrders).toHaveLength(1);
    expect(pegMap(peggingTo(result, 'C1'))).toEqual({ 'PUR-P@MAIN-1': 31 });
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 12 });
    expect(result.delays).toEqual([]);
  });
});
