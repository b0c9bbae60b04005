/**
 * Routes: planned production orders scheduled through their operations at infinite
 * capacity, in the working time of each resource, and the load they put on the resources.
 *
 * Times in the comments are hours since the shift start of a day: "Thu 4:00" is four hours
 * into Thursday's shift. The plan date is Monday 2026-03-02 (ISO week 2026-W10).
 */
import { planDataset } from '../index';
import {
  delayFor,
  loadOf,
  messagesByCode,
  orderById,
  ordersFor,
  peggingTo,
  reservedHours,
  scenario,
} from './builders';

/** Monday to Friday. */
const WEEK = [1, 2, 3, 4, 5];

describe('routes', () => {
  it('a two-operation route over a weekend: backward from the end of the delivery day', () => {
    const result = planDataset(
      scenario()
        .calendar('WEEK', WEEK)
        .resource('SAW', { calendar: 'WEEK' })
        .resource('WELD', { calendar: 'WEEK' })
        .item('FG')
        .item('RM', { purchaseLeadTime: 1 })
        .bom('B1', 'FG', 'RM', 1)
        .operation('FG', 10, { resource: 'SAW', setupHours: 2, runHours: 1 })
        .operation('FG', 20, { resource: 'WELD', runHours: 0.5 })
        .sales('S1', 'FG', '2026-03-09', 12)
        .build(),
    );

    // S1 is due Monday 03-09: the route ends by the end of Monday's shifts.
    // WELD (op 20): 12 × 0.5 = 6 hours, Mon 2:00–8:00.
    // SAW (op 10): 2 + 12 × 1 = 14 hours ending Mon 2:00: Mon 0:00–2:00 (2 h), then back
    // over the weekend (closed): Fri 03-06 8 h, Thu 03-05 4:00–8:00 (4 h). The order starts
    // Thu 4:00: start date 03-05, and its component RM is needed that day (bought 03-04).
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PRD-FG@MAIN-1',
        quantity: 12,
        orderDate: '2026-03-05',
        startDate: '2026-03-05',
        deliveryDate: '2026-03-09',
        receiptDate: '2026-03-09',
        delayDays: 0,
      },
    ]);
    expect(ordersFor(result, 'RM')).toMatchObject([
      { requirementDate: '2026-03-05', orderDate: '2026-03-04', quantity: 12 },
    ]);
    expect(reservedHours(result)).toEqual({
      'SAW 2026-03-05': 4,
      'SAW 2026-03-06': 8,
      'SAW 2026-03-09': 2,
      'WELD 2026-03-09': 6,
    });
    // The load runs from today to the Sunday after the last loaded day, open days only (8
    // hours each), so the weekend 03-07/08 has no row; nothing is overloaded.
    expect(loadOf(result, 'SAW').map((row) => [row.date, row.requiredHours])).toEqual([
      ['2026-03-02', 0],
      ['2026-03-03', 0],
      ['2026-03-04', 0],
      ['2026-03-05', 4],
      ['2026-03-06', 8],
      ['2026-03-09', 2],
      ['2026-03-10', 0],
      ['2026-03-11', 0],
      ['2026-03-12', 0],
      ['2026-03-13', 0],
    ]);
    expect(loadOf(result, 'SAW').every((row) => row.availableHours === 8)).toBe(true);
    expect(messagesByCode(result, 'CAPACITY_OVERLOAD')).toEqual([]);
  });

  it('queue time before an operation and transit time after one count working hours', () => {
    const result = planDataset(
      scenario()
        .resource('CUT')
        .resource('PAINT')
        .item('FG')
        .operation('FG', 10, { resource: 'CUT', runHours: 1, transitHours: 4 })
        .operation('FG', 20, { resource: 'PAINT', runHours: 0.5, queueHours: 2 })
        .sales('S1', 'FG', '2026-03-04', 4)
        .build(),
    );

    // Both resources work 8 hours every day. Delivery Wednesday 03-04.
    // PAINT: 4 × 0.5 = 2 h, Wed 6:00–8:00, after 2 h queue Wed 4:00–6:00.
    // CUT: transit 4 h before Wed 4:00 is Wed 0:00–4:00, so the run of 4 h ends at the end
    // of Tuesday's shift: Tue 4:00–8:00. The order starts Tuesday 03-03.
    expect(orderById(result, 'PRD-FG@MAIN-1')).toMatchObject({
      startDate: '2026-03-03',
      deliveryDate: '2026-03-04',
    });
    expect(reservedHours(result)).toEqual({ 'CUT 2026-03-03': 4, 'PAINT 2026-03-04': 2 });
  });

  it('margins: delivery before the receipt, order date before the start, forward after both', () => {
    const result = planDataset(
      scenario()
        .resource('SAW')
        .item('FG', { receiptMargin: 1, reorderMargin: 2 })
        .operation('FG', 10, { resource: 'SAW', runHours: 1 })
        .sales('S1', 'FG', '2026-03-13', 4)
        .sales('S2', 'FG', '2026-03-03', 4)
        .build(),
    );

    // SAW works 8 hours every day; each order takes 4 hours.
    // S1 (Friday 03-13): delivery = 03-13 − receipt margin 1 = Thursday 03-12; op 10 runs
    // Thu 4:00–8:00, so the order starts 03-12 and is ordered 2 days before, 03-10.
    // S2 (Tuesday 03-03): delivery Monday 03-02, op 10 Mon 4:00–8:00, order date 02-28:
    // before today. Placed today, its operation starts after the reorder margin, Wed 03-04
    // 0:00, and ends Wed 4:00: delivered 03-04, received a day later, 03-05, 2 days after
    // its requirement date; S2 ships 2 days late.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        requirementDate: '2026-03-03',
        orderDate: '2026-03-02',
        startDate: '2026-03-04',
        deliveryDate: '2026-03-04',
        receiptDate: '2026-03-05',
        delayDays: 2,
      },
      {
        requirementDate: '2026-03-13',
        orderDate: '2026-03-10',
        startDate: '2026-03-12',
        deliveryDate: '2026-03-12',
        receiptDate: '2026-03-13',
        delayDays: 0,
      },
    ]);
    expect(reservedHours(result)).toEqual({ 'SAW 2026-03-04': 4, 'SAW 2026-03-12': 4 });
    expect(delayFor(result, 'S2')).toMatchObject({ futuresDate: '2026-03-05', delayDays: 2 });
    expect(delayFor(result, 'S1')).toBeUndefined();
  });

  it('capacity adds hours side by side, efficiency stretches the operation', () => {
    const result = planDataset(
      scenario()
        .resource('PRESS', { hoursPerDay: 16, capacity: 2, efficiencyPercent: 80 })
        .item('FG')
        .operation('FG', 10, { resource: 'PRESS', runHours: 1 })
        .sales('S1', 'FG', '2026-03-04', 16)
        .build(),
    );

    // 16 standard hours at 80 % take 16 × 100 / 80 = 20 hours of PRESS's 16-hour days:
    // all of Wednesday 03-04 and Tue 12:00–16:00. Capacity 2 does not shorten the
    // operation (it runs on one unit), it doubles the hours available: 32 a day, so
    // nothing is overloaded.
    expect(orderById(result, 'PRD-FG@MAIN-1').startDate).toBe('2026-03-03');
    expect(reservedHours(result)).toEqual({ 'PRESS 2026-03-03': 4, 'PRESS 2026-03-04': 16 });
    expect(loadOf(result, 'PRESS').map((row) => [row.date, row.requiredHours])).toEqual([
      ['2026-03-02', 0],
      ['2026-03-03', 4],
      ['2026-03-04', 16],
      ['2026-03-05', 0],
      ['2026-03-06', 0],
      ['2026-03-07', 0],
      ['2026-03-08', 0],
    ]);
    expect(loadOf(result, 'PRESS').every((row) => row.availableHours === 32)).toBe(true);
    expect(messagesByCode(result, 'CAPACITY_OVERLOAD')).toEqual([]);
  });

  it('an operation with no hours still waits for its resource to work', () => {
    const result = planDataset(
      scenario()
        .calendar('WEEK', WEEK)
        .resource('SAW')
        .resource('INSPECT', { calendar: 'WEEK' })
        .item('FG')
        .operation('FG', 10, { resource: 'SAW', runHours: 1 })
        .operation('FG', 20, { resource: 'INSPECT' })
        .sales('S1', 'FG', '2026-03-08', 4)
        .build(),
    );

    // Due Sunday 03-08 (the warehouse has no calendar). Op 20 takes no time, but INSPECT
    // works Monday to Friday: it sits at the end of Friday's shift, Fri 03-06 8:00. Op 10
    // (SAW works every day) ends then: Fri 4:00–8:00. Without op 20 it would run on Sunday.
    expect(orderById(result, 'PRD-FG@MAIN-1')).toMatchObject({
      startDate: '2026-03-06',
      deliveryDate: '2026-03-08',
    });
    expect(reservedHours(result)).toEqual({ 'SAW 2026-03-06': 4 });
    expect(loadOf(result, 'INSPECT')).toEqual([]);
  });

  it('a resource group: the member that lets the operation start latest, or finish first', () => {
    const build = (date: string, quantity: number): ReturnType<typeof planDataset> =>
      planDataset(
        scenario()
          .resource('CUT-A')
          .resource('CUT-B', { efficiencyPercent: 200 })
          .resourceGroup('CUT', ['CUT-A', 'CUT-B'])
          .item('FG')
          .operation('FG', 10, { resourceGroup: 'CUT', runHours: 1 })
          .sales('S1', 'FG', date, quantity)
          .build(),
      );

    // 4 units on Tuesday 03-10: 4 hours on CUT-A (starts Tue 4:00), 4 × 100 / 200 = 2 hours
    // on CUT-B (starts Tue 6:00). Backward, the later start wins: CUT-B.
    const onTime = build('2026-03-10', 4);
    expect(reservedHours(onTime)).toEqual({ 'CUT-B 2026-03-10': 2 });
    expect(orderById(onTime, 'PRD-FG@MAIN-1').startDate).toBe('2026-03-10');

    // 40 units due today: 40 hours on CUT-A or 20 on CUT-B, both start in the past, so the
    // order is scheduled forward from today, Mon 0:00. CUT-A would finish Fri 03-06, CUT-B
    // Wed 03-04 4:00 (8 + 8 + 4 hours): CUT-B. Received 03-04, 2 days late.
    const late = build('2026-03-02', 40);
    expect(reservedHours(late)).toEqual({
      'CUT-B 2026-03-02': 8,
      'CUT-B 2026-03-03': 8,
      'CUT-B 2026-03-04': 4,
    });
    expect(orderById(late, 'PRD-FG@MAIN-1')).toMatchObject({
      orderDate: '2026-03-02',
      startDate: '2026-03-02',
      receiptDate: '2026-03-04',
      delayDays: 2,
    });
  });

  it('a resource group tie goes to the member first in id order, backward and forward', () => {
    const result = planDataset(
      scenario()
        .resource('M2')
        .resource('M1')
        .resourceGroup('G', ['M2', 'M1'])
        .item('FG')
        .operation('FG', 10, { resourceGroup: 'G', runHours: 1 })
        .sales('S1', 'FG', '2026-03-10', 4)
        .sales('S2', 'FG', '2026-03-02', 16)
        .build(),
    );

    // M1 and M2 are alike. S2 (16 hours, due today) is scheduled forward: Mon and Tue on
    // either, so M1. S1 (4 hours on Tuesday 03-10) starts Tue 4:00 on either: M1 again,
    // whatever order the group lists them in.
    expect(reservedHours(result)).toEqual({
      'M1 2026-03-02': 8,
      'M1 2026-03-03': 8,
      'M1 2026-03-10': 4,
    });
  });

  it('a shared bottleneck: two items load one resource beyond its day, one warning for the week', () => {
    const result = planDataset(
      scenario()
        .calendar('WEEK', WEEK)
        .resource('PRESS', { calendar: 'WEEK' })
        .item('FG1')
        .item('FG2')
        .operation('FG1', 10, { resource: 'PRESS', setupHours: 1, runHours: 1 })
        .operation('FG2', 10, { resource: 'PRESS', runHours: 0.5 })
        .sales('S1', 'FG1', '2026-03-04', 5)
        .sales('S2', 'FG2', '2026-03-04', 12)
        .build(),
    );

    // Infinite capacity: each order is scheduled as if it had PRESS to itself. FG1: 1 + 5 =
    // 6 hours, FG2: 12 × 0.5 = 6 hours, both Wed 2:00–8:00. Wednesday needs 12 of 8 hours.
    expect(ordersFor(result, 'FG1')[0]?.startDate).toBe('2026-03-04');
    expect(ordersFor(result, 'FG2')[0]?.startDate).toBe('2026-03-04');
    expect(reservedHours(result, true)).toEqual({
      'PRD-FG1@MAIN-1 10 PRESS 2026-03-04': 6,
      'PRD-FG2@MAIN-1 10 PRESS 2026-03-04': 6,
    });
    expect(loadOf(result, 'PRESS').find((row) => row.date === '2026-03-04')).toEqual({
      resource: 'PRESS',
      date: '2026-03-04',
      requiredHours: 12,
      availableHours: 8,
    });
    // Week 10 from today: Monday to Friday, 5 × 8 = 40 hours available, 12 required, one
    // day over.
    expect(messagesByCode(result, 'CAPACITY_OVERLOAD')).toEqual([
      {
        severity: 'warning',
        code: 'CAPACITY_OVERLOAD',
        ref: 'PRESS',
        text:
          "resource 'PRESS' is overloaded in week 2026-W10 (2026-03-02 to 2026-03-08): " +
          '12 hours required, 40 hours available; 1 day over',
      },
    ]);
  });

  it('scrap accumulates over the operations, back to the components', () => {
    const result = planDataset(
      scenario()
        .resource('CUT', { hoursPerDay: 24 })
        .resource('WELD', { hoursPerDay: 24 })
        .resource('PAINT', { hoursPerDay: 24 })
        .item('FG')
        .item('RM')
        .item('COAT')
        .bom('B1', 'FG', 'RM', 1)
        .bom('B2', 'FG', 'COAT', 1, { operation: 30 })
        .operation('FG', 10, { resource: 'CUT', runHours: 1, perSeries: 10, scrapPercent: 10 })
        .operation('FG', 20, { resource: 'WELD', setupHours: 1, scrapPercent: 10 })
        .operation('FG', 30, { resource: 'PAINT', setupHours: 1, scrapPercent: 10 })
        .sales('S1', 'FG', '2026-03-20', 100)
        .build(),
    );

    // 100 good units out of op 30 need 100 / 0.9 = 111.111111 entering it (COAT is used
    // there), 111.11 / 0.9 = 123.456790 entering op 20, and 123.46 / 0.9 = 137.174211
    // entering op 10, the order's start (RM, on no operation, is used there): 10 % on each
    // of three operations, 137 in for 100 out. Op 10 runs 137.174211 / 10 = 13.717421 hours.
    expect(peggingTo(result, 'PRD-FG@MAIN-1/B1')).toMatchObject([{ quantity: 137.174211 }]);
    expect(peggingTo(result, 'PRD-FG@MAIN-1/B2')).toMatchObject([{ quantity: 111.111111 }]);
    expect(reservedHours(result)).toEqual({
      'CUT 2026-03-20': 13.717421,
      'WELD 2026-03-20': 1,
      'PAINT 2026-03-20': 1,
    });
    // The order itself is for the 100 good units.
    expect(orderById(result, 'PRD-FG@MAIN-1').quantity).toBe(100);
  });

  it('a component consumed at the second operation is needed when that operation starts', () => {
    const result = planDataset(
      scenario()
        .calendar('WEEK', WEEK)
        .resource('SAW', { calendar: 'WEEK' })
        .resource('WELD', { calendar: 'WEEK' })
        .item('FG')
        .item('TUBE')
        .item('WIRE')
        .item('LABEL')
        .bom('B1', 'FG', 'TUBE', 1, { operation: 10 })
        .bom('B2', 'FG', 'WIRE', 0.5, { operation: 20 })
        .bom('B3', 'FG', 'LABEL', 1)
        .operation('FG', 10, { resource: 'SAW', runHours: 1 })
        .operation('FG', 20, { resource: 'WELD', runHours: 1 })
        .sales('S1', 'FG', '2026-03-11', 8)
        .build(),
    );

    // Op 20: 8 hours, all of Wednesday 03-11. Op 10: 8 hours ending at Wednesday's shift
    // start, so all of Tuesday 03-10: the order starts Tuesday. TUBE (op 10) and LABEL (no
    // operation) are needed Tuesday, WIRE (op 20) Wednesday.
    expect(orderById(result, 'PRD-FG@MAIN-1').startDate).toBe('2026-03-10');
    expect(ordersFor(result, 'TUBE')).toMatchObject([{ requirementDate: '2026-03-10' }]);
    expect(ordersFor(result, 'LABEL')).toMatchObject([{ requirementDate: '2026-03-10' }]);
    expect(ordersFor(result, 'WIRE')).toMatchObject([
      { requirementDate: '2026-03-11', quantity: 4 },
    ]);
  });

  it("offset days count from the day the component's operation starts", () => {
    const result = planDataset(
      scenario()
        .resource('SAW')
        .resource('WELD')
        .resource('PAINT')
        .item('FG')
        .item('RM')
        .item('COAT')
        .bom('B1', 'FG', 'RM', 1, { offsetDays: 1 })
        .bom('B2', 'FG', 'COAT', 1, { operation: 20, offsetDays: 1 })
        .operation('FG', 10, { resource: 'SAW', runHours: 1 })
        .operation('FG', 20, { resource: 'WELD', runHours: 1 })
        .operation('FG', 30, { resource: 'PAINT', runHours: 1 })
        .sales('S1', 'FG', '2026-03-12', 8)
        .build(),
    );

    // Each operation takes a whole 8-hour day: op 30 Thursday 03-12, op 20 Wednesday, op
    // 10 Tuesday 03-10, the order's start. RM (no operation, offset 1) is needed a day after
    // the start, Wednesday 03-11; COAT (op 20, offset 1) a day after op 20 starts, Thursday.
    expect(orderById(result, 'PRD-FG@MAIN-1').startDate).toBe('2026-03-10');
    expect(ordersFor(result, 'RM')).toMatchObject([{ requirementDate: '2026-03-11' }]);
    expect(ordersFor(result, 'COAT')).toMatchObject([{ requirementDate: '2026-03-12' }]);
  });

  it('a late order is scheduled forward from today and its delay reaches the sales line', () => {
    const result = planDataset(
      scenario()
        .calendar('WEEK', WEEK)
        .resource('MILL', { calendar: 'WEEK' })
        .item('FG')
        .item('SUB')
        .bom('B1', 'FG', 'SUB', 1)
        .operation('SUB', 10, { resource: 'MILL', runHours: 2 })
        .sales('S1', 'FG', '2026-03-03', 10)
        .build(),
    );

    // FG has no route and production lead time 0: its order for S1 starts Tuesday 03-03 and
    // needs 10 SUB that day. SUB's route takes 20 hours on MILL; backward from the end of
    // Tuesday it would start Friday 02-27 (Tue 8 h, Mon 8 h, Fri 4 h), before today. So it
    // is scheduled forward from Monday 0:00: Mon 8 h, Tue 8 h, Wed 4 h: delivered Wednesday
    // 03-04, one day late. FG's order is on time by its own dates, but can only finish once
    // SUB is there: futures date 03-04, and S1 ships a day late.
    expect(ordersFor(result, 'SUB')).toMatchObject([
      {
        requirementDate: '2026-03-03',
        orderDate: '2026-03-02',
        startDate: '2026-03-02',
        deliveryDate: '2026-03-04',
        receiptDate: '2026-03-04',
        delayDays: 1,
      },
    ]);
    expect(reservedHours(result)).toEqual({
      'MILL 2026-03-02': 8,
      'MILL 2026-03-03': 8,
      'MILL 2026-03-04': 4,
    });
    expect(ordersFor(result, 'FG')).toMatchObject([
      { receiptDate: '2026-03-03', delayDays: 0, futuresDate: '2026-03-04' },
    ]);
    expect(delayFor(result, 'S1')).toMatchObject({
      requirementDate: '2026-03-03',
      futuresDate: '2026-03-04',
      delayDays: 1,
    });
    expect(messagesByCode(result, 'LATE_ORDER').map((m) => m.ref)).toEqual(['PRD-SUB@MAIN-1']);
  });

  it('no route valid on the delivery date: the production lead time applies', () => {
    const result = planDataset(
      scenario()
        .resource('SAW')
        .item('FG', { productionLeadTime: 2 })
        .item('PLAIN', { productionLeadTime: 3 })
        .item('RM')
        .bom('B1', 'FG', 'RM', 1)
        .bom('B2', 'PLAIN', 'RM', 1)
        .operation('FG', 10, { resource: 'SAW', runHours: 1, validFrom: '2026-03-16' })
        .sales('S1', 'FG', '2026-03-13', 1)
        .sales('S2', 'FG', '2026-03-17', 1)
        .sales('S3', 'PLAIN', '2026-03-13', 1)
        .build(),
    );

    // FG's only operation is valid from 03-16. S1's order (delivery 03-13) has no route:
    // lead time 2, start 03-11. S2's order (delivery 03-17) takes 1 hour on SAW that day
    // (7:00–8:00) and starts 03-17. PLAIN has no route at all: lead time 3, start 03-10.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { deliveryDate: '2026-03-13', startDate: '2026-03-11' },
      { deliveryDate: '2026-03-17', startDate: '2026-03-17' },
    ]);
    expect(ordersFor(result, 'PLAIN')).toMatchObject([{ startDate: '2026-03-10' }]);
    expect(reservedHours(result)).toEqual({ 'SAW 2026-03-17': 1 });
  });

  it('an approved planned order of an earlier run needs its components at their operations', () => {
    const result = planDataset(
      scenario()
        .resource('SAW')
        .resource('WELD')
        .item('FG')
        .item('RM1')
        .item('RM2')
        .bom('B1', 'FG', 'RM1', 1)
        .bom('B2', 'FG', 'RM2', 1, { operation: 20 })
        .operation('FG', 10, { resource: 'SAW', runHours: 2 })
        .operation('FG', 20, { resource: 'WELD', runHours: 1 })
        .supply('APO-1', 'FG', '2026-03-10', 4, {
          type: 'plannedOrder',
          orderType: 'production',
          approved: true,
        })
        .build(),
    );

    // Received Tuesday 03-10. WELD: 4 hours, Tue 4:00–8:00. SAW: 8 hours ending Tue 4:00:
    // Tue 0:00–4:00 and Mon 03-09 4:00–8:00, so it starts Monday. RM1 (at the start) is
    // needed 03-09, RM2 (op 20) 03-10; the resources are loaded under the order's id.
    expect(ordersFor(result, 'RM1')).toMatchObject([{ requirementDate: '2026-03-09' }]);
    expect(ordersFor(result, 'RM2')).toMatchObject([{ requirementDate: '2026-03-10' }]);
    expect(reservedHours(result, true)).toEqual({
      'APO-1 10 SAW 2026-03-09': 4,
      'APO-1 10 SAW 2026-03-10': 4,
      'APO-1 20 WELD 2026-03-10': 4,
    });
  });

  it('an order split at the maximum quantity schedules each part on its own quantity', () => {
    const result = planDataset(
      scenario()
        .resource('SAW')
        .item('FG', { maxOrderQuantity: 5 })
        .operation('FG', 10, { resource: 'SAW', runHours: 2 })
        .sales('S1', 'FG', '2026-03-10', 8)
        .build(),
    );

    // 8 → 5 + 3. The first part takes 10 hours (Tue 8 h, Mon 03-09 6:00–8:00) and starts
    // Monday; the second 6 hours (Tue 2:00–8:00) and starts Tuesday. Tuesday needs 14 hours
    // of 8.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { quantity: 5, startDate: '2026-03-09' },
      { quantity: 3, startDate: '2026-03-10' },
    ]);
    expect(reservedHours(result)).toEqual({ 'SAW 2026-03-09': 2, 'SAW 2026-03-10': 14 });
    expect(messagesByCode(result, 'CAPACITY_OVERLOAD')).toHaveLength(1);
  });
});
