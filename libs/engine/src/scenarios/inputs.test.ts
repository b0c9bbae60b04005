/**
 * Reading the inputs: approved planned orders of an earlier run are fixed supply (kept with
 * their ids), unapproved ones are replaced; negative on-hand counts as zero.
 */
import { planDataset } from '../index';
import {
  messagesForItem,
  ordersFor,
  pegMap,
  peggingFrom,
  peggingTo,
  scenario,
  totalPegged,
} from './builders';

describe('planned orders of an earlier run', () => {
  it('keeps an approved planned order as supply and ignores an unapproved one', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 1 })
        .supply('APPROVED-7', 'FG', '2026-03-05', 6, {
          type: 'plannedOrder',
          orderType: 'purchase',
          approved: true,
        })
        .supply('UNAPPROVED-8', 'FG', '2026-03-05', 50, {
          type: 'plannedOrder',
          orderType: 'purchase',
          approved: false,
        })
        .sales('S1', 'FG', '2026-03-06', 10)
        .build(),
    );

    // S1 (03-06, 10): the approved order (03-05, 6) covers 6; the unapproved 50 is not read.
    // 4 uncovered → a new order of 4 due 03-06, order date 03-05.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 4, requirementDate: '2026-03-06', orderDate: '2026-03-05' },
    ]);
    expect(result.plannedOrders).toHaveLength(1);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'APPROVED-7': 6, 'PUR-FG@MAIN-1': 4 });
    expect(peggingFrom(result, 'APPROVED-7')).toMatchObject([
      { receiptKind: 'supply', receiptId: 'APPROVED-7', issueId: 'S1', quantity: 6 },
    ]);
    expect(peggingFrom(result, 'UNAPPROVED-8')).toEqual([]);
  });

  it('explodes an approved production order at receipt − production lead time', () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 2 })
        .item('RM')
        .bom('B1', 'FG', 'RM', 2)
        .supply('APPROVED-PRD', 'FG', '2026-03-10', 3, {
          type: 'plannedOrder',
          orderType: 'production',
          approved: true,
        })
        .sales('S1', 'FG', '2026-03-10', 3)
        .build(),
    );

    // FG: S1 covered by the approved order, no new FG order. Its components: RM 3 × 2 = 6
    // on 03-10 − 2 = 03-08 → RM order 6 due 03-08 (lead time 0).
    expect(ordersFor(result, 'FG')).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'APPROVED-PRD': 3 });
    expect(ordersFor(result, 'RM')).toMatchObject([
      { id: 'PUR-RM@MAIN-1', quantity: 6, requirementDate: '2026-03-08' },
    ]);
    const rm = peggingFrom(result, 'PUR-RM@MAIN-1');
    expect(totalPegged(rm)).toBe(6);
    for (const row of rm) expect(row.issueId.startsWith('APPROVED-PRD')).toBe(true);
  });
});

describe('approved planned orders that create demand', () => {
  it('explodes an approved production order no earlier than today', () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 3 })
        .item('RM')
        .bom('B1', 'FG', 'RM', 2)
        .supply('APPROVED-PRD', 'FG', '2026-03-03', 3, {
          type: 'plannedOrder',
          orderType: 'production',
          approved: true,
        })
        .build(),
    );

    // Receipt 03-03 − lead time 3 = 02-28, before today → components needed today 03-02:
    // RM 3 × 2 = 6 → order 6 due 03-02.
    expect(ordersFor(result, 'RM')).toMatchObject([
      { id: 'PUR-RM@MAIN-1', quantity: 6, requirementDate: '2026-03-02', orderDate: '2026-03-02' },
    ]);
  });

  it('ships an approved transfer from its refill warehouse', () => {
    const result = planDataset(
      scenario()
        .warehouse('DC', { mainWarehouse: 'MAIN' })
        .item('X', { purchaseLeadTime: 1 })
        .coverage('X', 'DC', { transferLeadTime: 2 })
        .supply('APPROVED-TRF', 'X', '2026-03-10', 5, {
          type: 'plannedOrder',
          orderType: 'transfer',
          warehouse: 'DC',
          fromWarehouse: 'MAIN',
          approved: true,
        })
        .sales('S1', 'X', '2026-03-10', 5, 'DC')
        .build(),
    );

    // DC: S1 is covered by the approved transfer, no new transfer. The transfer ships on
    // 03-10 − 2 = 03-08: a requirement of 5 on X@MAIN → PUR-X@MAIN-1 5 due 03-08 (order 03-07).
    expect(ordersFor(result, 'X', 'DC')).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'APPROVED-TRF': 5 });
    expect(ordersFor(result, 'X', 'MAIN')).toMatchObject([
      { id: 'PUR-X@MAIN-1', quantity: 5, requirementDate: '2026-03-08', orderDate: '2026-03-07' },
    ]);
    const main = peggingFrom(result, 'PUR-X@MAIN-1');
    expect(totalPegged(main)).toBe(5);
    for (const row of main) expect(row.issueId.startsWith('APPROVED-TRF')).toBe(true);
  });
});

describe('on-hand', () => {
  it('counts negative on-hand as zero and warns', () => {
    const result = planDataset(
      scenario().item('FG').onHand('FG', -5).sales('S1', 'FG', '2026-03-05', 3).build(),
    );

    // On-hand −5 → 0: S1 needs a full order of 3 (not 8), nothing pegged from on-hand.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 3, requirementDate: '2026-03-05' },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 3 });
    expect(peggingFrom(result, 'FG@MAIN')).toEqual([]);
    const warnings = messagesForItem(result, 'NEGATIVE_ON_HAND', 'FG');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.severity).toBe('warning');
  });
});
