/**
 * Margins: requirement = demand date − issue margin; delivery = due − receipt margin; start =
 * delivery − lead time; order = start − reorder margin. The node's margins resolve like every
 * setting (first level set wins) and the plan's margins add to them. F = today + reorder
 * margin + lead time + receipt margin. With leadTimeUnit 'workingDays', lead time and
 * receipt/reorder margins count open days of the node's calendar.
 * 2026-03-02 is a Monday; 03-07/08 and 03-14/15 are weekends.
 *
 * F also anchors negative days and min/max; their documented examples (lead time 10,
 * negative days 2, supply on day 12 → no order; min 15, max 22, on-hand 10 → 12, with
 * multiple 5 → 10) are in negative-days.test.ts and min-max.test.ts.
 */
import { planDataset } from '../index';
import { ordersFor, pegMap, peggingFrom, peggingTo, scenario } from './builders';

const MON_FRI = [1, 2, 3, 4, 5];

describe('margins in calendar days', () => {
  it('adds the plan margins to the coverage group margins', () => {
    const result = planDataset(
      scenario()
        .plan({ issueMargin: 1, receiptMargin: 2, reorderMargin: 1 })
        .coverageGroup('CG', {
          issueMargin: 2,
          receiptMargin: 1,
          reorderMargin: 1,
          purchaseLeadTime: 3,
        })
        .item('FG', undefined, 'CG')
        .sales('S1', 'FG', '2026-03-20', 7)
        .build(),
    );

    // Issue 2 + 1 = 3, receipt 1 + 2 = 3, reorder 1 + 1 = 2, lead time 3.
    // Requirement 03-20 − 3 = 03-17 (= receipt date); delivery 03-17 − 3 = 03-14;
    // start 03-14 − 3 = 03-11; order 03-11 − 2 = 03-09 (after today: on time).
    expect(ordersFor(result, 'FG')).toEqual([
      expect.objectContaining({
        id: 'PUR-FG@MAIN-1',
        type: 'purchase',
        quantity: 7,
        requirementDate: '2026-03-17',
        receiptDate: '2026-03-17',
        deliveryDate: '2026-03-14',
        startDate: '2026-03-11',
        orderDate: '2026-03-09',
        delayDays: 0,
        futuresDate: '2026-03-17',
      }),
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 7 });
    expect(result.delays).toEqual([]);
  });

  it('takes a margin of 0 set on the item coverage over the group, then adds the plan', () => {
    const result = planDataset(
      scenario()
        .plan({ issueMargin: 1 })
        .coverageGroup('CG', { issueMargin: 2, receiptMargin: 1, purchaseLeadTime: 3 })
        .item('FG', { issueMargin: 0 }, 'CG')
        .sales('S1', 'FG', '2026-03-20', 7)
        .build(),
    );

    // Issue: item coverage 0 is set, so the group's 2 is not used; + plan 1 = 1.
    // Receipt 1 (group), reorder 0. Requirement 03-19; delivery 03-18; start 03-15;
    // order 03-15.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        requirementDate: '2026-03-19',
        receiptDate: '2026-03-19',
        deliveryDate: '2026-03-18',
        startDate: '2026-03-15',
        orderDate: '2026-03-15',
        delayDays: 0,
      },
    ]);
  });

  it('counts the margins in F: a receipt on F covers a demand today, one day later does not', () => {
    const build = (poDate: string) =>
      planDataset(
        scenario()
          .plan({ receiptMargin: 2, reorderMargin: 1 })
          .coverageGroup('CG', { receiptMargin: 1, reorderMargin: 1, purchaseLeadTime: 3 })
          .item('FG', undefined, 'CG')
          .purchase('PO1', 'FG', poDate, 5)
          .sales('S1', 'FG', '2026-03-02', 5)
          .build(),
      );

    // Receipt margin 3, reorder margin 2, lead time 3 → F = today + 2 + 3 + 3 = 03-10.
    // Negative days 0: S1 (today) may use a receipt dated ≤ max(F, today) = 03-10.
    const onF = build('2026-03-10');
    expect(onF.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(onF, 'S1'))).toEqual({ PO1: 5 });

    // PO1 on 03-11 is out of reach → a new order for S1 due 03-02. Backward it would be
    // ordered in February → placed today and scheduled forward: order 03-02, start 03-04
    // (+ reorder margin 2), delivery 03-07 (+ lead time 3), receipt 03-10 (+ receipt
    // margin 3) = F. Late by 8 days.
    const afterF = build('2026-03-11');
    expect(ordersFor(afterF, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 5,
        requirementDate: '2026-03-02',
        orderDate: '2026-03-02',
        startDate: '2026-03-04',
        deliveryDate: '2026-03-07',
        receiptDate: '2026-03-10',
        delayDays: 8,
        futuresDate: '2026-03-10',
      },
    ]);
    expect(peggingFrom(afterF, 'PO1')).toEqual([]);
  });

  it("needs a production order's components on its start date, after its own margins", () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 2, receiptMargin: 1, reorderMargin: 1 })
        .item('RM', { purchaseLeadTime: 1 })
        .bom('B1', 'FG', 'RM', 2)
        .sales('S1', 'FG', '2026-03-20', 4)
        .build(),
    );

    // FG: receipt 03-20, delivery 03-19 (− receipt margin 1), start 03-17 (− lead time 2),
    // order 03-16 (− reorder margin 1). RM 4 × 2 = 8 needed on the start, 03-17.
    // RM (no margins): receipt 03-17, start = order = 03-16.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PRD-FG@MAIN-1',
        type: 'production',
        quantity: 4,
        receiptDate: '2026-03-20',
        deliveryDate: '2026-03-19',
        startDate: '2026-03-17',
        orderDate: '2026-03-16',
      },
    ]);
    expect(ordersFor(result, 'RM')).toMatchObject([
      {
        id: 'PUR-RM@MAIN-1',
        quantity: 8,
        requirementDate: '2026-03-17',
        receiptDate: '2026-03-17',
        deliveryDate: '2026-03-17',
        startDate: '2026-03-16',
        orderDate: '2026-03-16',
      },
    ]);
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-1/B1'))).toEqual({ 'PUR-RM@MAIN-1': 8 });
  });
});

describe('margins in working days', () => {
  function workingDays() {
    return scenario()
      .calendar('C5', MON_FRI)
      .warehouse('MAIN', { calendar: 'C5' })
      .plan({ receiptMargin: 1, reorderMargin: 1 })
      .coverageGroup('CG', {
        issueMargin: 1,
        receiptMargin: 1,
        reorderMargin: 1,
        purchaseLeadTime: 2,
        leadTimeUnit: 'workingDays',
      })
      .item('FG', undefined, 'CG');
  }

  it('counts receipt margin, lead time and reorder margin in open days', () => {
    const result = planDataset(workingDays().sales('S1', 'FG', '2026-03-18', 3).build());

    // Issue 1, receipt 1 + 1 = 2, reorder 1 + 1 = 2, lead time 2 working days.
    // S1 Wed 03-18 → requirement Tue 03-17 (open: the due date).
    // Delivery: 2 open days back: Mon 16, Fri 13 → 03-13.
    // Start: Thu 12, Wed 11 → 03-11. Order: Tue 10, Mon 09 → 03-09.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 3,
        requirementDate: '2026-03-17',
        receiptDate: '2026-03-17',
        deliveryDate: '2026-03-13',
        startDate: '2026-03-11',
        orderDate: '2026-03-09',
        delayDays: 0,
      },
    ]);
  });

  it('schedules a late order forward through the margins in open days', () => {
    const result = planDataset(workingDays().sales('S1', 'FG', '2026-03-04', 3).build());

    // S1 Wed 03-04 → requirement Tue 03-03. Backward the order date would be in February →
    // placed today Mon 03-02; start + 2 open days → Wed 03-04; delivery + 2 → Fri 03-06;
    // receipt + 2 (Mon 09, Tue 10) → Tue 03-10. Late by 03-10 − 03-03 = 7 calendar days.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 3,
        requirementDate: '2026-03-03',
        orderDate: '2026-03-02',
        startDate: '2026-03-04',
        deliveryDate: '2026-03-06',
        receiptDate: '2026-03-10',
        delayDays: 7,
      },
    ]);
  });

  it('counts F in open days through the margins', () => {
    const build = (poDate: string) =>
      planDataset(
        workingDays().purchase('PO1', 'FG', poDate, 3).sales('S1', 'FG', '2026-03-03', 3).build(),
      );

    // F = today + 2 (reorder) + 2 (lead time) + 2 (receipt) open days = Tue 03-10 (the
    // receipt date of the late order above). S1 on 03-03 → requirement 03-02 (today).
    // Negative days 0: a receipt on 03-10 covers it, one on 03-11 does not.
    const onF = build('2026-03-10');
    expect(onF.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(onF, 'S1'))).toEqual({ PO1: 3 });

    const afterF = build('2026-03-11');
    expect(ordersFor(afterF, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 3, receiptDate: '2026-03-10', delayDays: 8 },
    ]);
    expect(peggingFrom(afterF, 'PO1')).toEqual([]);
  });
});
