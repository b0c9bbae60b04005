/**
 * Safety stock (minimum inventory): projected stock must stay ≥ the minimum from F on. The
 * order of the line that drops stock below the minimum also restores it; when no line does
 * so by F, a separate order due on F does. The top-up is unpegged until later lines use it.
 */
import { planDataset } from '../index';
import { ordersFor, pegMap, peggingFrom, peggingTo, scenario, totalPegged } from './builders';

describe('safety stock', () => {
  const safety = {
    coverageCode: 'requirement',
    minimumInventory: 10,
    purchaseLeadTime: 3,
  } as const;

  it('places a separate order at F when no line brings stock below the minimum by then', () => {
    const result = planDataset(
      scenario().item('FG', safety).onHand('FG', 4).sales('S1', 'FG', '2026-03-03', 3).build(),
    );

    // F = 03-05. S1 (03-03, before F) takes 3 of the 4 on hand; the minimum does not apply
    // yet. At F stock is 1 < 10 → a separate order of 9 due 03-05 (order date 03-02).
    // Nothing consumes it → unpegged.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 9,
        requirementDate: '2026-03-05',
        receiptDate: '2026-03-05',
        orderDate: '2026-03-02',
        delayDays: 0,
      },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 3 });
    expect(peggingFrom(result, 'PUR-FG@MAIN-1')).toEqual([]);
  });

  it('sizes the order of the line after F that drops below the minimum to restore it', () => {
    const result = planDataset(
      scenario().item('FG', safety).onHand('FG', 15).sales('S1', 'FG', '2026-03-10', 20).build(),
    );

    // At F (03-05) stock 15 ≥ 10: no order. S1 (03-10) takes the 15 on hand and misses 5;
    // its order also restores the minimum: 5 + 10 = 15 due 03-10 (order date 03-07).
    // Pegged: 5 of it to S1; the 10 top-up stays unpegged.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 15,
        requirementDate: '2026-03-10',
        receiptDate: '2026-03-10',
        orderDate: '2026-03-07',
      },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 15, 'PUR-FG@MAIN-1': 5 });
    expect(totalPegged(peggingFrom(result, 'PUR-FG@MAIN-1'))).toBe(5);
  });

  it('lets a later line consume the top-up, and restores the minimum again', () => {
    const result = planDataset(
      scenario()
        .item('FG', safety)
        .onHand('FG', 15)
        .sales('S1', 'FG', '2026-03-10', 20)
        .sales('S2', 'FG', '2026-03-12', 4)
        .build(),
    );

    // As above, PUR-FG@MAIN-1 = 15 (5 for S1, 10 top-up). S2 (03-12, 4) uses 4 of the
    // top-up → stock 6 < 10 → S2's order restores the minimum: 4 due 03-12 (order 03-09),
    // unpegged.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 15, requirementDate: '2026-03-10' },
      { id: 'PUR-FG@MAIN-2', quantity: 4, requirementDate: '2026-03-12', orderDate: '2026-03-09' },
    ]);
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-1': 4 });
    expect(totalPegged(peggingFrom(result, 'PUR-FG@MAIN-1'))).toBe(9);
    expect(peggingFrom(result, 'PUR-FG@MAIN-2')).toEqual([]);
  });

  it('does not apply the minimum before F', () => {
    const result = planDataset(
      scenario().item('FG', safety).sales('S1', 'FG', '2026-03-03', 2).build(),
    );

    // S1 on 03-03 is before F (03-05): its order is just the 2 it misses. It cannot arrive
    // before 03-05: placed today, received 03-05, 2 days late. At F stock is 0 < 10 → a
    // separate order of 10 due 03-05.
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PUR-FG@MAIN-1',
        quantity: 2,
        requirementDate: '2026-03-03',
        orderDate: '2026-03-02',
        receiptDate: '2026-03-05',
        delayDays: 2,
      },
      {
        id: 'PUR-FG@MAIN-2',
        quantity: 10,
        requirementDate: '2026-03-05',
        receiptDate: '2026-03-05',
        orderDate: '2026-03-02',
        delayDays: 0,
      },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 2 });
    expect(peggingFrom(result, 'PUR-FG@MAIN-2')).toEqual([]);
  });

  it('adds the minimum to a period order whose period reaches F', () => {
    const result = planDataset(
      scenario()
        .item('FG', {
          coverageCode: 'period',
          coveragePeriod: 7,
          minimumInventory: 10,
          purchaseLeadTime: 2,
        })
        .sales('S1', 'FG', '2026-03-04', 5)
        .sales('S2', 'FG', '2026-03-08', 3)
        .build(),
    );

    // F = 03-04. S1 on F starts the period [03-04, 03-11), which also holds S2:
    // 5 + 3 + safety 10 = 18, due 03-04, order date 03-02. 8 pegged, 10 top-up unpegged.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 18, requirementDate: '2026-03-04', orderDate: '2026-03-02' },
    ]);
    expect(result.plannedOrders).toHaveLength(1);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 5 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-1': 3 });
    expect(totalPegged(peggingFrom(result, 'PUR-FG@MAIN-1'))).toBe(8);
  });
});
