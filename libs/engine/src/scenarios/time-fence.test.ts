/**
 * Coverage time fence: input dated after today + fence is not planned (the boundary day is
 * planned) and is counted in a BEYOND_TIME_FENCE info message; requirements the run itself
 * creates are never cut by the fence.
 */
import { planDataset } from '../index';
import { messagesByCode, ordersFor, pegMap, peggingFrom, peggingTo, scenario } from './builders';

describe('coverage time fence', () => {
  it('plans demand on day +10 with fence 10, not on day +11', () => {
    const result = planDataset(
      scenario()
        .item('FG', { coverageTimeFence: 10 })
        .sales('S1', 'FG', '2026-03-12', 3)
        .sales('S2', 'FG', '2026-03-13', 4)
        .build(),
    );

    // 03-12 = today + 10: on the boundary, planned → order 3. 03-13 = today + 11: beyond.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 3, requirementDate: '2026-03-12' },
    ]);
    expect(result.plannedOrders).toHaveLength(1);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 3 });
    expect(peggingTo(result, 'S2')).toEqual([]);
    const info = messagesByCode(result, 'BEYOND_TIME_FENCE');
    expect(info.length).toBeGreaterThanOrEqual(1);
    for (const m of info) expect(m.severity).toBe('info');
  });

  it('ignores supply beyond the fence too', () => {
    const result = planDataset(
      scenario()
        .item('FG', { coverageTimeFence: 10, negativeDays: 5 })
        .purchase('PO1', 'FG', '2026-03-14', 3)
        .sales('S1', 'FG', '2026-03-12', 3)
        .build(),
    );

    // Without the fence PO1 (day 12) would cover S1 (day 10): 12 ≤ max(F 0, 10) + 5.
    // PO1 is beyond the fence, so it is not read: S1 gets an order of 3.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 3, requirementDate: '2026-03-12' },
    ]);
    expect(peggingFrom(result, 'PO1')).toEqual([]);
    expect(messagesByCode(result, 'BEYOND_TIME_FENCE').length).toBeGreaterThanOrEqual(1);
  });

  it('takes the fence from the plan over item coverage', () => {
    const result = planDataset(
      scenario()
        .plan({ coverageTimeFence: 10 })
        .item('FG', { coverageTimeFence: 50 })
        .sales('S1', 'FG', '2026-03-12', 3)
        .sales('S2', 'FG', '2026-03-13', 4)
        .build(),
    );

    // The plan's 10 overrides the item's 50: S2 (day 11) is not planned.
    expect(ordersFor(result, 'FG')).toMatchObject([{ id: 'PUR-FG@MAIN-1', quantity: 3 }]);
    expect(peggingTo(result, 'S2')).toEqual([]);
  });

  it('uses 100 days by default', () => {
    const result = planDataset(
      scenario()
        .item('FG')
        .sales('S1', 'FG', '2026-06-10', 1)
        .sales('S2', 'FG', '2026-06-11', 2)
        .build(),
    );

    // 2026-03-02 + 100 days = 2026-06-10 (29 + 30 + 31 + 10): S1 planned, S2 not.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 1, requirementDate: '2026-06-10' },
    ]);
    expect(peggingTo(result, 'S2')).toEqual([]);
  });

  it('still plans dependent requirements the run creates beyond the fence', () => {
    const result = planDataset(
      scenario()
        .plan({ coverageTimeFence: 10 })
        .item('FG')
        .item('RM', { purchaseLeadTime: 2 })
        .bom('B1', 'FG', 'RM', 2, { offsetDays: 3 })
        .sales('S1', 'FG', '2026-03-12', 3)
        .build(),
    );

    // FG: S1 on day 10 (inside) → PRD 3 due and starting 03-12 (lead time 0). RM is needed
    // on 03-12 + 3 = 03-15 (day 13, beyond the fence) → still planned: order 6 due 03-15.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PRD-FG@MAIN-1', quantity: 3, startDate: '2026-03-12' },
    ]);
    expect(ordersFor(result, 'RM')).toMatchObject([
      { id: 'PUR-RM@MAIN-1', quantity: 6, requirementDate: '2026-03-15', orderDate: '2026-03-13' },
    ]);
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-1/B1'))).toEqual({ 'PUR-RM@MAIN-1': 6 });
  });
});
