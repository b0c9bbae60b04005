/**
 * Order quantity modifiers: split at the maximum (the largest multiple ≤ max), whole maxima
 * first, then the remainder raised to the minimum and rounded up to the multiple. Surplus
 * stays available to later requirements.
 */
import { planDataset } from '../index';
import { ordersFor, pegMap, peggingFrom, peggingTo, scenario, totalPegged } from './builders';

describe('order quantity', () => {
  it('450 with max 100 → 4 × 100 + 50, all due the same day', () => {
    const result = planDataset(
      scenario()
        .item('FG', { maxOrderQuantity: 100, purchaseLeadTime: 1 })
        .sales('S1', 'FG', '2026-03-06', 450)
        .build(),
    );

    // One requirement of 450 → four whole maxima then the remainder 50; each due 03-06,
    // order date 03-05; S1 pegged to all five.
    const same = {
      requirementDate: '2026-03-06',
      receiptDate: '2026-03-06',
      orderDate: '2026-03-05',
    };
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 100, ...same },
      { id: 'PUR-FG@MAIN-2', quantity: 100, ...same },
      { id: 'PUR-FG@MAIN-3', quantity: 100, ...same },
      { id: 'PUR-FG@MAIN-4', quantity: 100, ...same },
      { id: 'PUR-FG@MAIN-5', quantity: 50, ...same },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({
      'PUR-FG@MAIN-1': 100,
      'PUR-FG@MAIN-2': 100,
      'PUR-FG@MAIN-3': 100,
      'PUR-FG@MAIN-4': 100,
      'PUR-FG@MAIN-5': 50,
    });
  });

  it('140 with min 50, max 100 → 100 + 50, and the surplus covers a later line', () => {
    const result = planDataset(
      scenario()
        .item('FG', { minOrderQuantity: 50, maxOrderQuantity: 100 })
        .sales('S1', 'FG', '2026-03-06', 140)
        .sales('S2', 'FG', '2026-03-13', 10)
        .build(),
    );

    // S1 140 → 100 + remainder 40 raised to the minimum 50: orders 100 and 50 due 03-06.
    // 150 − 140 = 10 surplus on the second order covers S2 (03-13, 10): no third order,
    // S2 pegged to PUR-FG@MAIN-2.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 100, requirementDate: '2026-03-06' },
      { id: 'PUR-FG@MAIN-2', quantity: 50, requirementDate: '2026-03-06' },
    ]);
    expect(result.plannedOrders).toHaveLength(2);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 100, 'PUR-FG@MAIN-2': 40 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-2': 10 });
    expect(totalPegged(peggingFrom(result, 'PUR-FG@MAIN-2'))).toBe(50);
  });

  it('rounds up to the multiple and splits at the largest multiple ≤ max', () => {
    const result = planDataset(
      scenario()
        .item('FG', { orderMultiple: 12, maxOrderQuantity: 100 })
        .sales('S1', 'FG', '2026-03-06', 250)
        .build(),
    );

    // Largest multiple of 12 ≤ 100 is 96: 250 = 96 + 96 + 58, 58 rounded up to 60.
    // Orders 96, 96, 60 (total 252; 2 surplus unpegged).
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 96 },
      { id: 'PUR-FG@MAIN-2', quantity: 96 },
      { id: 'PUR-FG@MAIN-3', quantity: 60 },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({
      'PUR-FG@MAIN-1': 96,
      'PUR-FG@MAIN-2': 96,
      'PUR-FG@MAIN-3': 58,
    });
  });

  it('raises to the minimum and uses the surplus until it runs out', () => {
    const result = planDataset(
      scenario()
        .item('FG', { minOrderQuantity: 20, orderMultiple: 5 })
        .sales('S1', 'FG', '2026-03-05', 7)
        .sales('S2', 'FG', '2026-03-09', 13)
        .sales('S3', 'FG', '2026-03-12', 1)
        .build(),
    );

    // S1 7 → raised to 20 (already a multiple of 5), surplus 13 covers S2 (13) exactly.
    // S3 (1) finds nothing left → a new order: 1 → 20.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 20, requirementDate: '2026-03-05' },
      { id: 'PUR-FG@MAIN-2', quantity: 20, requirementDate: '2026-03-12' },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-1': 7 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-1': 13 });
    expect(pegMap(peggingTo(result, 'S3'))).toEqual({ 'PUR-FG@MAIN-2': 1 });
  });

  it('rounds a multiple-only order up (25 with multiple 10 → 30)', () => {
    const result = planDataset(
      scenario().item('FG', { orderMultiple: 10 }).sales('S1', 'FG', '2026-03-05', 25).build(),
    );

    expect(ordersFor(result, 'FG')).toMatchObject([{ id: 'PUR-FG@MAIN-1', quantity: 30 }]);
  });
});

describe('a maximum order quantity of 0', () => {
  it('means no maximum, and overrides a maximum set on the coverage group', () => {
    // The group splits at 100; the item's coverage sets 0, the ERP's "no maximum", and the
    // item's level wins. 450 on 03-10 → one order of 450, not 4 × 100 + 50.
    const result = planDataset(
      scenario()
        .coverageGroup('G', { maxOrderQuantity: 100 })
        .item('A', { maxOrderQuantity: 0 }, 'G')
        .sales('S1', 'A', '2026-03-10', 450)
        .build(),
    );
    expect(ordersFor(result, 'A')).toMatchObject([{ id: 'PUR-A@MAIN-1', quantity: 450 }]);
  });
});
