/**
 * Past due demand and late orders: demand dated before today is due today
 * (DEMAND_PAST_DUE); an order whose order date would fall before today is placed today,
 * scheduled forward and reported late (LATE_ORDER) with its delay in days.
 */
import { planDataset } from '../index';
import {
  messagesAbout,
  messagesByCode,
  messagesForItem,
  ordersFor,
  pegMap,
  peggingTo,
  scenario,
} from './builders';

describe('past-due demand', () => {
  it('plans a demand dated before today as due today and warns', () => {
    const result = planDataset(scenario().item('FG').sales('S1', 'FG', '2026-02-25', 5).build());

    // S1 (02-25) is due today 03-02; lead time 0 → order 5 due and placed 03-02, on time.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 5,
        requirementDate: '2026-03-02',
        receiptDate: '2026-03-02',
        orderDate: '2026-03-02',
        delayDays: 0,
      },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 5 });
    const warnings = messagesAbout(result, 'DEMAND_PAST_DUE', 'S1');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.severity).toBe('warning');
    expect(messagesByCode(result, 'LATE_ORDER')).toEqual([]);
  });

  it('makes a past-due demand with a lead time late, counting the delay from today', () => {
    const result = planDataset(
      scenario().item('FG', { purchaseLeadTime: 4 }).sales('S1', 'FG', '2026-02-25', 5).build(),
    );

    // Requirement moved to today 03-02; backward order date 02-26 → placed today, start 03-02,
    // received 03-06: delay 03-06 − 03-02 = 4 days (not 9: the requirement is already today).
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 5,
        requirementDate: '2026-03-02',
        orderDate: '2026-03-02',
        startDate: '2026-03-02',
        deliveryDate: '2026-03-06',
        receiptDate: '2026-03-06',
        delayDays: 4,
      },
    ]);
    expect(messagesAbout(result, 'DEMAND_PAST_DUE', 'S1')).toHaveLength(1);
    const late = messagesForItem(result, 'LATE_ORDER', 'FG');
    expect(late).toHaveLength(1);
    expect(late[0]?.severity).toBe('warning');
  });
});

describe('late orders', () => {
  it('places an order whose order date would be in the past today and reports it late', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 4 })
        .sales('S1', 'FG', '2026-03-04', 3)
        .sales('S2', 'FG', '2026-03-09', 2)
        .build(),
    );

    // S1 03-04: backward order date 02-28 → today; received 03-06; 2 days late.
    // S2 03-09: order date 03-05, on time. Only one LATE_ORDER, no DEMAND_PAST_DUE.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 3,
        requirementDate: '2026-03-04',
        orderDate: '2026-03-02',
        startDate: '2026-03-02',
        deliveryDate: '2026-03-06',
        receiptDate: '2026-03-06',
        delayDays: 2,
      },
      {
        id: 'PUR-FG@MAIN-2',
        quantity: 2,
        requirementDate: '2026-03-09',
        receiptDate: '2026-03-09',
        orderDate: '2026-03-05',
        delayDays: 0,
      },
    ]);
    expect(messagesByCode(result, 'LATE_ORDER')).toHaveLength(1);
    expect(messagesByCode(result, 'DEMAND_PAST_DUE')).toEqual([]);
  });

  it('needs the components of a late production order at its real (forward) start', () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 3 })
        .item('RM')
        .bom('B1', 'FG', 'RM', 1)
        .sales('S1', 'FG', '2026-03-03', 2)
        .build(),
    );

    // FG: order 2 due 03-03; backward start 02-28 → placed today: start 03-02, received
    // 03-05, 2 days late. RM is needed on the real start 03-02: order 2 due 03-02 (lead 0).
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PRD-FG@MAIN-1',
        type: 'production',
        quantity: 2,
        requirementDate: '2026-03-03',
        startDate: '2026-03-02',
        receiptDate: '2026-03-05',
        delayDays: 2,
      },
    ]);
    expect(ordersFor(result, 'RM')).toMatchObject([
      {
        id: 'PUR-RM@MAIN-1',
        quantity: 2,
        requirementDate: '2026-03-02',
        receiptDate: '2026-03-02',
        orderDate: '2026-03-02',
        delayDays: 0,
      },
    ]);
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-1/B1'))).toEqual({ 'PUR-RM@MAIN-1': 2 });
  });
});
