/**
 * Action messages on existing supply (and approved planned orders) dated inside the action
 * fence (today + actionFence; 0 turns actions off): cancel, decrease, advance, postpone,
 * increase. Each names the requirement that caused it (causeId), except cancel.
 */
import { planDataset } from '../index';
import { actionsFor, ordersFor, pegMap, peggingFrom, peggingTo, scenario } from './builders';

describe('cancel', () => {
  it('cancels an unneeded purchase line inside the fence, not one beyond it', () => {
    const result = planDataset(
      scenario()
        .item('FG', { actionFence: 10 })
        .purchase('PO1', 'FG', '2026-03-05', 10)
        .purchase('PO2', 'FG', '2026-03-20', 10)
        .build(),
    );

    // No requirement at all. Fence: 03-02 + 10 = 03-12. PO1 (03-05) is inside → cancel,
    // the whole 10, no cause. PO2 (03-20) is beyond the fence → no action.
    expect(result.actions).toEqual([
      {
        kind: 'cancel',
        supplyId: 'PO1',
        item: 'FG',
        warehouse: 'MAIN',
        date: '2026-03-05',
        quantity: 10,
        quantityChange: 10,
      },
    ]);
    expect(result.plannedOrders).toEqual([]);
  });

  it('gives no action at all with an action fence of 0 (the default)', () => {
    const explicit = planDataset(
      scenario().item('FG', { actionFence: 0 }).purchase('PO1', 'FG', '2026-03-05', 10).build(),
    );
    const unset = planDataset(
      scenario().item('FG').purchase('PO1', 'FG', '2026-03-05', 10).build(),
    );

    // Same unneeded PO1, but actions are off.
    expect(explicit.actions).toEqual([]);
    expect(unset.actions).toEqual([]);
  });

  it('cancels an unneeded approved planned order', () => {
    const result = planDataset(
      scenario()
        .item('FG', { actionFence: 10 })
        .supply('PUR-FG@MAIN-4', 'FG', '2026-03-05', 8, {
          type: 'plannedOrder',
          orderType: 'purchase',
          approved: true,
        })
        .build(),
    );

    // The approved order is fixed supply dated inside the fence; nothing needs it → cancel.
    expect(result.actions).toEqual([
      {
        kind: 'cancel',
        supplyId: 'PUR-FG@MAIN-4',
        item: 'FG',
        warehouse: 'MAIN',
        date: '2026-03-05',
        quantity: 8,
        quantityChange: 8,
      },
    ]);
  });
});

describe('decrease', () => {
  it('decreases by the part not needed', () => {
    const result = planDataset(
      scenario()
        .item('FG', { actionFence: 30 })
        .purchase('PO1', 'FG', '2026-03-05', 20)
        .sales('S1', 'FG', '2026-03-05', 8)
        .build(),
    );

    // S1 uses 8 of PO1; 12 are never needed → decrease by 12. Same date: no move.
    expect(result.actions).toEqual([
      expect.objectContaining({
        kind: 'decrease',
        supplyId: 'PO1',
        item: 'FG',
        warehouse: 'MAIN',
        date: '2026-03-05',
        quantity: 20,
        quantityChange: 12,
      }),
    ]);
  });

  it('keeps the minimum inventory, decreasing the latest receipt first', () => {
    const result = planDataset(
      scenario()
        .item('FG', { actionFence: 30, minimumInventory: 5, purchaseLeadTime: 2 })
        .purchase('PO1', 'FG', '2026-03-04', 10)
        .purchase('PO2', 'FG', '2026-03-06', 10)
        .sales('S1', 'FG', '2026-03-10', 8)
        .build(),
    );

    // F = 03-04: stock 10 (PO1) ≥ 5, no safety order. S1 takes 8 of PO1 → stock 12 ≥ 5, no
    // order. End stock 12, of which 5 must stay → 7 not needed. Latest receipt first: PO2
    // is decreased by 7 (3 of it hold the minimum). PO1 covers S1 later than it arrives,
    // but a node with a minimum inventory is never postponed → no action on PO1.
    expect(result.plannedOrders).toEqual([]);
    expect(actionsFor(result, 'PO2')).toEqual([
      expect.objectContaining({
        kind: 'decrease',
        supplyId: 'PO2',
        date: '2026-03-06',
        quantity: 10,
        quantityChange: 7,
      }),
    ]);
    expect(actionsFor(result, 'PO1')).toEqual([]);
  });

  it('cancels the latest receipt and decreases the one before when the excess is larger', () => {
    const result = planDataset(
      scenario()
        .item('FG', { actionFence: 30, minimumInventory: 5, purchaseLeadTime: 2 })
        .purchase('PO1', 'FG', '2026-03-04', 10)
        .purchase('PO2', 'FG', '2026-03-06', 10)
        .sales('S1', 'FG', '2026-03-10', 3)
        .build(),
    );

    // Supply 20; needed 3 (S1) + 5 (minimum) = 8 → 12 not needed. Latest first: PO2's 10
    // (nothing of it needed → cancel), then PO1 by 2 (PO1 keeps 8 = 3 + 5).
    expect(actionsFor(result, 'PO2')).toEqual([
      {
        kind: 'cancel',
        supplyId: 'PO2',
        item: 'FG',
        warehouse: 'MAIN',
        date: '2026-03-06',
        quantity: 10,
        quantityChange: 10,
      },
    ]);
    expect(actionsFor(result, 'PO1')).toEqual([
      expect.objectContaining({ kind: 'decrease', quantity: 10, quantityChange: 2 }),
    ]);
  });
});

describe('increase', () => {
  it('multiple 20, 30 missing → increase by 40; the planned order is still planned', () => {
    const result = planDataset(
      scenario()
        .item('FG', { actionFence: 30, orderMultiple: 20 })
        .purchase('PO1', 'FG', '2026-03-05', 10)
        .sales('S1', 'FG', '2026-03-05', 40)
        .build(),
    );

    // S1 uses up PO1 (10) and still needs 30 → increase PO1 by 30 rounded up to the
    // multiple 20 = 40, caused by S1. The order is still planned: 30 → rounded up to 40,
    // 30 of it pegged to S1.
    expect(actionsFor(result, 'PO1')).toEqual([
      {
        kind: 'increase',
        supplyId: 'PO1',
        item: 'FG',
        warehouse: 'MAIN',
        date: '2026-03-05',
        quantity: 10,
        quantityChange: 40,
        causeId: 'S1',
      },
    ]);
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 40, requirementDate: '2026-03-05' },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 10, 'PUR-FG@MAIN-1': 30 });
  });

  it('suggests no increase with the fence off, and still plans the order', () => {
    const result = planDataset(
      scenario()
        .item('FG', { orderMultiple: 20 })
        .purchase('PO1', 'FG', '2026-03-05', 10)
        .sales('S1', 'FG', '2026-03-05', 40)
        .build(),
    );

    expect(result.actions).toEqual([]);
    expect(ordersFor(result, 'FG')).toMatchObject([{ id: 'PUR-FG@MAIN-1', quantity: 40 }]);
  });
});

describe('advance', () => {
  // Lead time 3 → F = 03-05. S1 on 03-04; PO1 on 03-09 reaches S1 only through negative
  // days: 03-09 ≤ max(03-05, 03-04) + 5 = 03-10.
  function advance(settings: { negativeDays: number; advanceMargin: number }) {
    return planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 3, actionFence: 30, ...settings })
        .purchase('PO1', 'FG', '2026-03-09', 10)
        .sales('S1', 'FG', '2026-03-04', 10)
        .build(),
    );
  }

  it('advances a receipt to the earlier requirement it covers, beyond the advance margin', () => {
    const result = advance({ negativeDays: 5, advanceMargin: 4 });

    // PO1 covers S1 (03-04), 5 days before its date; 5 > advance margin 4 → advance to
    // 03-04, caused by S1.
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 10 });
    expect(result.actions).toEqual([
      {
        kind: 'advance',
        supplyId: 'PO1',
        item: 'FG',
        warehouse: 'MAIN',
        date: '2026-03-09',
        newDate: '2026-03-04',
        quantity: 10,
        causeId: 'S1',
      },
    ]);
  });

  it('does not advance within the advance margin', () => {
    const result = advance({ negativeDays: 5, advanceMargin: 5 });

    // 5 days is not more than the margin 5 → no action (PO1 still covers S1).
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 10 });
    expect(result.actions).toEqual([]);
  });

  it('without negative days the receipt is not used, so it is cancelled instead', () => {
    const result = advance({ negativeDays: 0, advanceMargin: 0 });

    // Window max(03-05, 03-04) + 0 = 03-05 < 03-09 → S1 gets a new order, due 03-04,
    // placed today, received 03-05 (1 day late). PO1 is not needed → cancel.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 10, receiptDate: '2026-03-05', delayDays: 1 },
    ]);
    expect(peggingFrom(result, 'PO1')).toEqual([]);
    expect(result.actions).toEqual([
      expect.objectContaining({ kind: 'cancel', supplyId: 'PO1', quantity: 10 }),
    ]);
  });
});

describe('postpone', () => {
  it('postpones to the first requirement it covers, beyond the postpone margin', () => {
    const result = planDataset(
      scenario()
        .item('FG', { actionFence: 30, postponeMargin: 3 })
        .purchase('PO1', 'FG', '2026-03-04', 10)
        .sales('S1', 'FG', '2026-03-20', 4)
        .sales('S2', 'FG', '2026-03-25', 6)
        .build(),
    );

    // PO1 (03-04) first covers S1 on 03-20: 16 days later > 3 → postpone to 03-20, caused
    // by S1 (the first requirement it covers), not S2.
    expect(pegMap(peggingFrom(result, 'PO1'), 'issueId')).toEqual({ S1: 4, S2: 6 });
    expect(result.actions).toEqual([
      {
        kind: 'postpone',
        supplyId: 'PO1',
        item: 'FG',
        warehouse: 'MAIN',
        date: '2026-03-04',
        newDate: '2026-03-20',
        quantity: 10,
        causeId: 'S1',
      },
    ]);
  });

  it('does not postpone within the postpone margin', () => {
    const result = planDataset(
      scenario()
        .item('FG', { actionFence: 30, postponeMargin: 16 })
        .purchase('PO1', 'FG', '2026-03-04', 10)
        .sales('S1', 'FG', '2026-03-20', 10)
        .build(),
    );

    // 16 days is not more than the margin 16 → no action.
    expect(result.actions).toEqual([]);
  });

  it('never postpones on a node with a minimum inventory', () => {
    const result = planDataset(
      scenario()
        .item('FG', { actionFence: 30, postponeMargin: 3, minimumInventory: 5 })
        .onHand('FG', 5)
        .purchase('PO1', 'FG', '2026-03-04', 10)
        .sales('S1', 'FG', '2026-03-20', 10)
        .build(),
    );

    // F = today: stock 5 ≥ 5, no safety order. S1 takes the 5 on hand, then 5 of PO1 →
    // stock 5 = minimum: no order, nothing to decrease. PO1 covers S1 16 days after its
    // date, but the node holds a minimum inventory → no postpone. No action at all.
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 5, PO1: 5 });
    expect(result.actions).toEqual([]);
  });

  it("names a planned order's requirement as the cause", () => {
    const result = planDataset(
      scenario()
        .item('FG')
        .item('RM', { actionFence: 30 })
        .bom('B1', 'FG', 'RM', 1)
        .purchase('PO1', 'RM', '2026-03-04', 3)
        .sales('S1', 'FG', '2026-03-20', 3)
        .build(),
    );

    // PRD-FG-1 (3, lead time 0) starts 03-20 and needs 3 RM then: requirement
    // 'PRD-FG@MAIN-1/B1'. PO1 (03-04) covers it 16 days later → postpone to 03-20, caused
    // by that requirement.
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-1/B1'))).toEqual({ PO1: 3 });
    expect(actionsFor(result, 'PO1')).toEqual([
      {
        kind: 'postpone',
        supplyId: 'PO1',
        item: 'RM',
        warehouse: 'MAIN',
        date: '2026-03-04',
        newDate: '2026-03-20',
        quantity: 3,
        causeId: 'PRD-FG@MAIN-1/B1',
      },
    ]);
  });
});
