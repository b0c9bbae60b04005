/**
 * Dynamic negative days: an existing receipt later than a requirement on day d may cover it
 * when receipt date ≤ max(F, d) + negative days, F = today + reorder margin + lead time +
 * receipt margin.
 */
import { planDataset } from '../index';
import { messagesByCode, ordersFor, pegMap, peggingFrom, peggingTo, scenario } from './builders';

describe('negative days (dynamic)', () => {
  it('lead time 10, negative days 2, demand today, supply on day 12: no new order', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 10, negativeDays: 2 })
        .purchase('PO1', 'FG', '2026-03-14', 10)
        .sales('S1', 'FG', '2026-03-02', 10)
        .build(),
    );

    // F = 03-02 + 10 = 03-12 (day 10); S1 is today (day 0). PO1 on day 12 may cover S1
    // because 12 ≤ max(10, 0) + 2 = 12. No planned order.
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 10 });
  });

  it('with negative days 0 plans a late order and leaves the receipt unpegged', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 10, negativeDays: 0 })
        .purchase('PO1', 'FG', '2026-03-14', 10)
        .sales('S1', 'FG', '2026-03-02', 10)
        .build(),
    );

    // Window: max(10, 0) + 0 = day 10 < day 12 → PO1 can't cover S1. Order 10 for S1 due
    // 03-02; backward its order date would be 02-20 (before today) → placed today and
    // scheduled forward: start 03-02, delivery = receipt = 03-12, late by 10 days.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 10,
        requirementDate: '2026-03-02',
        orderDate: '2026-03-02',
        startDate: '2026-03-02',
        deliveryDate: '2026-03-12',
        receiptDate: '2026-03-12',
        delayDays: 10,
      },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 10 });
    expect(peggingFrom(result, 'PO1')).toEqual([]);
    expect(messagesByCode(result, 'LATE_ORDER').length).toBeGreaterThanOrEqual(1);
  });

  it('is a hard boundary: negative days 1 leaves a receipt on day 12 out of reach', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 10, negativeDays: 1 })
        .purchase('PO1', 'FG', '2026-03-14', 10)
        .sales('S1', 'FG', '2026-03-02', 10)
        .build(),
    );

    // max(10, 0) + 1 = day 11 < day 12 → a new (late) order of 10, PO1 unused.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 10, receiptDate: '2026-03-12', delayDays: 10 },
    ]);
    expect(peggingFrom(result, 'PO1')).toEqual([]);
  });

  it('lets a receipt within F cover an earlier demand even with negative days 0', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 10 })
        .purchase('PO1', 'FG', '2026-03-10', 5)
        .purchase('PO2', 'FG', '2026-03-18', 5)
        .sales('S1', 'FG', '2026-03-05', 5)
        .sales('S2', 'FG', '2026-03-17', 5)
        .build(),
    );

    // F = day 10 (03-12). S1 on day 3: PO1 on day 8 ≤ max(10, 3) + 0 = 10 → covered by PO1
    // (it comes sooner than any new order could).
    // S2 on day 15 (after F): PO2 on day 16 > max(10, 15) + 0 = 15 → not usable; order 5 due
    // 03-17, lead time 10 → order date 03-07. PO2 stays unpegged.
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 5 });
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 5,
        requirementDate: '2026-03-17',
        receiptDate: '2026-03-17',
        orderDate: '2026-03-07',
        delayDays: 0,
      },
    ]);
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-1': 5 });
    expect(peggingFrom(result, 'PO2')).toEqual([]);
  });

  it('after F the window is d + negative days', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 10, negativeDays: 2 })
        .purchase('PO1', 'FG', '2026-03-19', 5)
        .purchase('PO2', 'FG', '2026-03-26', 4)
        .sales('S1', 'FG', '2026-03-17', 5)
        .sales('S2', 'FG', '2026-03-23', 4)
        .build(),
    );

    // F = day 10. S1 on day 15: window max(10, 15) + 2 = day 17 = 03-19 → PO1 (03-19) covers.
    // S2 on day 21 (03-23): window day 23 = 03-25 < PO2 on 03-26 → order 4 due 03-23, order
    // date 03-13. PO2 unpegged.
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 5 });
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 4, requirementDate: '2026-03-23', orderDate: '2026-03-13' },
    ]);
    expect(peggingFrom(result, 'PO2')).toEqual([]);
  });

  it('counts F in working days when the lead time is in working days', () => {
    const build = (poDate: string) =>
      planDataset(
        scenario()
          .calendar('C5', [1, 2, 3, 4, 5])
          .warehouse('MAIN', { calendar: 'C5' })
          .item('FG', { purchaseLeadTime: 5, leadTimeUnit: 'workingDays' })
          .purchase('PO1', 'FG', poDate, 3)
          .sales('S1', 'FG', '2026-03-02', 3)
          .build(),
      );

    // F = today + 5 working days: Tue, Wed, Thu, Fri, Mon → Mon 03-09 (in calendar days it
    // would be Sat 03-07). S1 today: window max(F, today) + 0 = 03-09.
    // PO1 on 03-09 covers S1; PO1 on 03-10 does not → a (late) order of 3.
    const onF = build('2026-03-09');
    expect(onF.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(onF, 'S1'))).toEqual({ PO1: 3 });

    const afterF = build('2026-03-10');
    expect(ordersFor(afterF, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 3, receiptDate: '2026-03-09', delayDays: 7 },
    ]);
    expect(peggingFrom(afterF, 'PO1')).toEqual([]);
  });

  it('takes negative days from the plan over the item coverage', () => {
    const result = planDataset(
      scenario()
        .plan({ negativeDays: 2 })
        .item('FG', { purchaseLeadTime: 10, negativeDays: 0 })
        .purchase('PO1', 'FG', '2026-03-14', 10)
        .sales('S1', 'FG', '2026-03-02', 10)
        .build(),
    );

    // The plan's negative days (2) override the item's 0 → same as the first case: no order.
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 10 });
  });
});
