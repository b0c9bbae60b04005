/**
 * Firming fence: a planned order whose order date is on or before today + firmingFence (fence
 * above 0) is marked toFirm. Approved planned orders of an earlier run are fixed supply and
 * keep their ids; new planned orders of the same node are numbered after the highest number
 * they use.
 */
import { planDataset } from '../index';
import { ordersFor, pegMap, peggingFrom, peggingTo, scenario } from './builders';

describe('firming fence', () => {
  function firming(firmingFence: number | undefined) {
    return planDataset(
      scenario()
        .item(
          'FG',
          firmingFence === undefined
            ? { purchaseLeadTime: 2 }
            : { purchaseLeadTime: 2, firmingFence },
        )
        .sales('S0', 'FG', '2026-03-02', 1)
        .sales('S1', 'FG', '2026-03-06', 1)
        .sales('S2', 'FG', '2026-03-09', 1)
        .sales('S3', 'FG', '2026-03-10', 1)
        .build(),
    );
  }

  it('marks orders dated on or before today + fence, not after', () => {
    const result = firming(5);

    // Fence: 03-02 + 5 = 03-07. Order dates (lead time 2):
    // S0 today → late, ordered today 03-02 → toFirm; S1 03-06 → 03-04 → toFirm;
    // S2 03-09 → 03-07 (on the fence) → toFirm; S3 03-10 → 03-08 → not.
    expect(ordersFor(result, 'FG').map((o) => [o.id, o.orderDate, o.toFirm])).toEqual([
      ['PUR-FG@MAIN-1', '2026-03-02', true],
      ['PUR-FG@MAIN-2', '2026-03-04', true],
      ['PUR-FG@MAIN-3', '2026-03-07', true],
      ['PUR-FG@MAIN-4', '2026-03-08', false],
    ]);
  });

  it('marks nothing with a fence of 0 or no fence, not even an order placed today', () => {
    // Same orders; the fence is off → every toFirm is false.
    for (const result of [firming(0), firming(undefined)]) {
      expect(ordersFor(result, 'FG').map((o) => [o.orderDate, o.toFirm])).toEqual([
        ['2026-03-02', false],
        ['2026-03-04', false],
        ['2026-03-07', false],
        ['2026-03-08', false],
      ]);
    }
  });
});

describe('approved planned orders and ids', () => {
  const approved = { type: 'plannedOrder', orderType: 'purchase', approved: true } as const;

  it("keeps approved 'PUR-X@MAIN-2' as supply and numbers new orders of X@MAIN from 3", () => {
    const result = planDataset(
      scenario()
        .item('X')
        .supply('PUR-X@MAIN-2', 'X', '2026-03-05', 5, approved)
        .sales('S1', 'X', '2026-03-05', 5)
        .sales('S2', 'X', '2026-03-10', 3)
        .sales('S3', 'X', '2026-03-12', 4)
        .build(),
    );

    // S1 is covered by the approved order (fixed supply, same id). S2 and S3 need new
    // orders, numbered after 2: PUR-X@MAIN-3 (3, 03-10) and PUR-X@MAIN-4 (4, 03-12).
    // The approved order is supply, not one of this run's planned orders.
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-X@MAIN-2': 5 });
    expect(peggingFrom(result, 'PUR-X@MAIN-2')).toMatchObject([
      { receiptKind: 'supply', issueId: 'S1', quantity: 5 },
    ]);
    expect(ordersFor(result, 'X')).toMatchObject([
      { id: 'PUR-X@MAIN-3', quantity: 3, requirementDate: '2026-03-10' },
      { id: 'PUR-X@MAIN-4', quantity: 4, requirementDate: '2026-03-12' },
    ]);
    expect(result.plannedOrders).toHaveLength(2);
  });

  it('does not count an unapproved planned order in the numbering', () => {
    const result = planDataset(
      scenario()
        .item('X')
        .supply('PUR-X@MAIN-2', 'X', '2026-03-05', 5, approved)
        .supply('PUR-X@MAIN-7', 'X', '2026-03-05', 50, { ...approved, approved: false })
        .sales('S1', 'X', '2026-03-10', 8)
        .build(),
    );

    // The unapproved order is not read (this run replaces it): S1 takes the approved 5 and
    // a new order of 3, numbered after the approved 2 → PUR-X@MAIN-3.
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-X@MAIN-2': 5, 'PUR-X@MAIN-3': 3 });
    expect(ordersFor(result, 'X')).toMatchObject([{ id: 'PUR-X@MAIN-3', quantity: 3 }]);
    expect(peggingFrom(result, 'PUR-X@MAIN-7')).toEqual([]);
  });

  it('numbers each node after its own approved orders only', () => {
    const result = planDataset(
      scenario()
        .item('X')
        .item('Y')
        .supply('PUR-Y@MAIN-5', 'Y', '2026-03-05', 2, approved)
        .sales('SX', 'X', '2026-03-10', 1)
        .sales('SY', 'Y', '2026-03-10', 6)
        .build(),
    );

    // X has no approved order → PUR-X@MAIN-1. Y: 2 from PUR-Y@MAIN-5, 4 from a new order
    // numbered after 5 → PUR-Y@MAIN-6.
    expect(ordersFor(result, 'X')).toMatchObject([{ id: 'PUR-X@MAIN-1', quantity: 1 }]);
    expect(ordersFor(result, 'Y')).toMatchObject([{ id: 'PUR-Y@MAIN-6', quantity: 4 }]);
    expect(pegMap(peggingTo(result, 'SY'))).toEqual({ 'PUR-Y@MAIN-5': 2, 'PUR-Y@MAIN-6': 4 });
  });
});
