/**
 * Dates of planned orders: margins, calendar-day and working-day lead times, closed days.
 * 2026-03-02 is a Monday; 03-07/08 and 03-14/15 are weekends.
 */
import { planDataset } from '../index';
import { messagesByCode, ordersFor, pegMap, peggingTo, scenario } from './builders';

const MON_FRI = [1, 2, 3, 4, 5];

describe('lead times in calendar days', () => {
  it('counts weekends like any other day when no calendar is set', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 3 })
        .sales('S1', 'FG', '2026-03-08', 2)
        .sales('S2', 'FG', '2026-03-10', 4)
        .build(),
    );

    // No calendar: due dates stay as they are, even on a Sunday.
    // S1 Sun 03-08 − 3 → Thu 03-05. S2 Tue 03-10 − 3 → Sat 03-07.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 2,
        requirementDate: '2026-03-08',
        receiptDate: '2026-03-08',
        deliveryDate: '2026-03-08',
        startDate: '2026-03-05',
        orderDate: '2026-03-05',
      },
      {
        id: 'PUR-FG@MAIN-2',
        quantity: 4,
        requirementDate: '2026-03-10',
        receiptDate: '2026-03-10',
        startDate: '2026-03-07',
        orderDate: '2026-03-07',
      },
    ]);
  });

  it('moves a due date on a closed day to the open day before, then counts calendar days', () => {
    const result = planDataset(
      scenario()
        .calendar('C5', MON_FRI)
        .warehouse('MAIN', { calendar: 'C5' })
        .item('FG', { purchaseLeadTime: 3, leadTimeUnit: 'calendarDays' })
        .sales('S1', 'FG', '2026-03-08', 2)
        .build(),
    );

    // S1 on Sun 03-08: the warehouse calendar is closed → due Fri 03-06; 3 calendar days
    // back → Tue 03-03.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 2,
        receiptDate: '2026-03-06',
        deliveryDate: '2026-03-06',
        startDate: '2026-03-03',
        orderDate: '2026-03-03',
        delayDays: 0,
      },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 2 });
  });
});

describe('lead times in working days', () => {
  it('counts only open days of a Mon–Fri calendar; a Saturday requirement moves to Friday', () => {
    const result = planDataset(
      scenario()
        .calendar('C5', MON_FRI)
        .warehouse('MAIN', { calendar: 'C5' })
        .item('FG', { purchaseLeadTime: 3, leadTimeUnit: 'workingDays' })
        .sales('S1', 'FG', '2026-03-10', 5)
        .sales('S2', 'FG', '2026-03-14', 6)
        .build(),
    );

    // S1 Tue 03-10: 3 working days back: Mon 03-09, Fri 03-06, Thu 03-05 → start 03-05.
    // S2 Sat 03-14: due Fri 03-13; back: Thu 12, Wed 11, Tue 10 → start 03-10.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 5,
        requirementDate: '2026-03-10',
        receiptDate: '2026-03-10',
        deliveryDate: '2026-03-10',
        startDate: '2026-03-05',
        orderDate: '2026-03-05',
        delayDays: 0,
      },
      {
        id: 'PUR-FG@MAIN-2',
        quantity: 6,
        receiptDate: '2026-03-13',
        deliveryDate: '2026-03-13',
        startDate: '2026-03-10',
        orderDate: '2026-03-10',
        delayDays: 0,
      },
    ]);
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-2': 6 });
  });

  it('skips a holiday exception, and moves a requirement on the holiday to the day before', () => {
    const result = planDataset(
      scenario()
        .calendar('HOL', MON_FRI, [{ date: '2026-03-09', open: false }])
        .item('FG', { purchaseLeadTime: 3, leadTimeUnit: 'workingDays', calendar: 'HOL' })
        .sales('S1', 'FG', '2026-03-11', 5)
        .sales('S2', 'FG', '2026-03-09', 2)
        .build(),
    );

    // Mon 03-09 is closed. The coverage calendar HOL applies (no warehouse calendar).
    // S2 on the holiday 03-09 → due Fri 03-06; back: Thu 05, Wed 04, Tue 03 → start 03-03.
    // S1 Wed 03-11: back: Tue 10, (Mon 09 closed, weekend) Fri 06, Thu 05 → start 03-05.
    // Orders are numbered in date order: S2's first.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 2,
        receiptDate: '2026-03-06',
        deliveryDate: '2026-03-06',
        startDate: '2026-03-03',
        orderDate: '2026-03-03',
      },
      {
        id: 'PUR-FG@MAIN-2',
        quantity: 5,
        requirementDate: '2026-03-11',
        receiptDate: '2026-03-11',
        startDate: '2026-03-05',
        orderDate: '2026-03-05',
      },
    ]);
  });

  it('counts a Saturday opened by an exception as a working day', () => {
    const result = planDataset(
      scenario()
        .calendar('SAT', MON_FRI, [{ date: '2026-03-14', open: true }])
        .warehouse('MAIN', { calendar: 'SAT' })
        .item('FG', { purchaseLeadTime: 3, leadTimeUnit: 'workingDays' })
        .sales('S1', 'FG', '2026-03-17', 1)
        .sales('S2', 'FG', '2026-03-15', 1)
        .build(),
    );

    // Sat 03-14 is open. S2 on Sun 03-15 → due Sat 03-14; back: Fri 13, Thu 12, Wed 11.
    // S1 Tue 03-17: back: Mon 16, (Sun closed) Sat 14, Fri 13 → start 03-13.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', receiptDate: '2026-03-14', startDate: '2026-03-11' },
      { id: 'PUR-FG@MAIN-2', receiptDate: '2026-03-17', startDate: '2026-03-13' },
    ]);
  });
});

describe('working days for margins and late orders', () => {
  it('counts receipt and reorder margins in working days too', () => {
    const result = planDataset(
      scenario()
        .calendar('C5', MON_FRI)
        .warehouse('MAIN', { calendar: 'C5' })
        .item('FG', {
          purchaseLeadTime: 2,
          receiptMargin: 1,
          reorderMargin: 1,
          leadTimeUnit: 'workingDays',
        })
        .sales('S1', 'FG', '2026-03-16', 4)
        .build(),
    );

    // Due Mon 03-16. Delivery 1 working day before → Fri 03-13; start 2 before → Wed 03-11;
    // order 1 before → Tue 03-10.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 4,
        requirementDate: '2026-03-16',
        receiptDate: '2026-03-16',
        deliveryDate: '2026-03-13',
        startDate: '2026-03-11',
        orderDate: '2026-03-10',
        delayDays: 0,
      },
    ]);
  });

  it('schedules a late order forward in working days and counts the delay in calendar days', () => {
    const result = planDataset(
      scenario()
        .calendar('C5', MON_FRI)
        .warehouse('MAIN', { calendar: 'C5' })
        .item('FG', { purchaseLeadTime: 5, leadTimeUnit: 'workingDays' })
        .sales('S1', 'FG', '2026-03-04', 4)
        .build(),
    );

    // Due Wed 03-04; 5 working days back is before today → placed today Mon 03-02,
    // received 5 working days later: Tue, Wed, Thu, Fri, Mon → 03-09. Late by 5 days.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        requirementDate: '2026-03-04',
        orderDate: '2026-03-02',
        startDate: '2026-03-02',
        deliveryDate: '2026-03-09',
        receiptDate: '2026-03-09',
        delayDays: 5,
      },
    ]);
  });
});

describe('a calendar with no open day', () => {
  it('is reported as NO_WORKING_DAYS and calendar days are used instead', () => {
    const result = planDataset(
      scenario()
        .calendar('NONE', [])
        .warehouse('MAIN', { calendar: 'NONE' })
        .item('FG', { purchaseLeadTime: 3, leadTimeUnit: 'workingDays' })
        .sales('S1', 'FG', '2026-03-10', 2)
        .build(),
    );

    // No open day: 3 calendar days back from Tue 03-10 → Sat 03-07; the due date stays.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 2,
        requirementDate: '2026-03-10',
        receiptDate: '2026-03-10',
        startDate: '2026-03-07',
        orderDate: '2026-03-07',
      },
    ]);
    const errors = messagesByCode(result, 'NO_WORKING_DAYS');
    expect(errors.length).toBeGreaterThanOrEqual(1);
    for (const m of errors) expect(m.severity).toBe('error');
  });
});

describe('margins', () => {
  it('requirement = date − issue margin; delivery = − receipt margin; order = start − reorder margin', () => {
    const result = planDataset(
      scenario()
        .plan({ issueMargin: 1 })
        .item('FG', { issueMargin: 1, receiptMargin: 1, reorderMargin: 1, purchaseLeadTime: 2 })
        .sales('S1', 'FG', '2026-03-13', 5)
        .build(),
    );

    // Issue margin = item 1 + plan 1 = 2 → requirement 03-11 = receipt date.
    // Delivery 03-11 − 1 = 03-10; start 03-10 − 2 = 03-08; order 03-08 − 1 = 03-07.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 5,
        requirementDate: '2026-03-11',
        receiptDate: '2026-03-11',
        deliveryDate: '2026-03-10',
        startDate: '2026-03-08',
        orderDate: '2026-03-07',
        delayDays: 0,
      },
    ]);
  });

  it('schedules a late order forward through the margins', () => {
    const result = planDataset(
      scenario()
        .item('FG', { issueMargin: 1, receiptMargin: 1, reorderMargin: 1, purchaseLeadTime: 2 })
        .sales('S1', 'FG', '2026-03-04', 5)
        .build(),
    );

    // Requirement 03-04 − 1 = 03-03. Backward: delivery 03-02, start 02-28, order 02-27 →
    // before today. Forward: order 03-02, start 03-03 (+ reorder margin), delivery 03-05
    // (+ lead time 2), receipt 03-06 (+ receipt margin). Late by 03-06 − 03-03 = 3 days.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 5,
        requirementDate: '2026-03-03',
        orderDate: '2026-03-02',
        startDate: '2026-03-03',
        deliveryDate: '2026-03-05',
        receiptDate: '2026-03-06',
        delayDays: 3,
      },
    ]);
  });
});
