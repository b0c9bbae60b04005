/**
 * A BOM cycle is one BOM_CYCLE error naming its items; those nodes are left unplanned and
 * the rest of the plan still runs.
 */
import { planDataset } from '../index';
import { mentions, messagesByCode, ordersFor, pegMap, peggingTo, scenario } from './builders';

describe('BOM cycle', () => {
  it('reports LOOPA → LOOPB → LOOPA once, leaves both unplanned, plans the rest', () => {
    const result = planDataset(
      scenario()
        .item('LOOPA')
        .item('LOOPB')
        .item('Z', { purchaseLeadTime: 1 })
        .bom('C1', 'LOOPA', 'LOOPB', 1)
        .bom('C2', 'LOOPB', 'LOOPA', 1)
        .sales('S1', 'LOOPA', '2026-03-10', 5)
        .sales('S2', 'Z', '2026-03-10', 3)
        .build(),
    );

    // One error naming both items; no planned orders for either.
    const cycles = messagesByCode(result, 'BOM_CYCLE');
    expect(cycles).toHaveLength(1);
    const [cycle] = cycles;
    expect(cycle?.severity).toBe('error');
    const named = `${cycle?.text ?? ''} ${cycle?.item ?? ''} ${cycle?.ref ?? ''}`;
    expect(mentions(named, 'LOOPA')).toBe(true);
    expect(mentions(named, 'LOOPB')).toBe(true);
    expect(ordersFor(result, 'LOOPA')).toEqual([]);
    expect(ordersFor(result, 'LOOPB')).toEqual([]);

    // Z is unrelated and planned as usual: 3 due 03-10, order date 03-09.
    expect(ordersFor(result, 'Z')).toMatchObject([
      { id: 'PUR-Z@MAIN-1', quantity: 3, requirementDate: '2026-03-10', orderDate: '2026-03-09' },
    ]);
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-Z@MAIN-1': 3 });
  });

  it('reports a refill cycle between warehouses', () => {
    const result = planDataset(
      scenario()
        .warehouse('W1', { mainWarehouse: 'W2' })
        .warehouse('W2', { mainWarehouse: 'W1' })
        .item('X')
        .item('Z')
        .sales('S1', 'X', '2026-03-10', 5, 'W1')
        .sales('S2', 'Z', '2026-03-10', 3)
        .build(),
    );

    // W1 refills from W2 and W2 from W1: X@W1 and X@W2 form a cycle → one BOM_CYCLE error
    // naming X, no transfers for X. Z at MAIN is still planned.
    const cycles = messagesByCode(result, 'BOM_CYCLE');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.severity).toBe('error');
    const named = `${cycles[0]?.text ?? ''} ${cycles[0]?.item ?? ''}`;
    expect(mentions(named, 'X')).toBe(true);
    expect(ordersFor(result, 'X', 'W1')).toEqual([]);
    expect(ordersFor(result, 'X', 'W2')).toEqual([]);
    expect(ordersFor(result, 'Z')).toMatchObject([{ id: 'PUR-Z@MAIN-1', quantity: 3 }]);
  });
});

describe('a cycle of phantom lines', () => {
  it('is a BOM cycle: reported once, its items unplanned, nothing multiplied below it', () => {
    // FG ─phantom→ P1 ─phantom→ P2 ─phantom→ P1, and P2 ─→ RM. P1 and P2 cannot be passed
    // through (each would pass through the other forever), so they are planned as items
    // and their cycle is reported like any BOM cycle: one BOM_CYCLE naming P1 and P2, both
    // left unplanned. FG is still planned: one production order for the sales line's 1.
    // RM only had demand through the cycle, so it gets no planned order at all.
    const result = planDataset(
      scenario()
        .item('FG')
        .item('P1')
        .item('P2')
        .item('RM')
        .bom('B1', 'FG', 'P1', 1, { phantom: true })
        .bom('B2', 'P1', 'P2', 1, { phantom: true })
        .bom('B3', 'P2', 'P1', 1, { phantom: true })
        .bom('B4', 'P2', 'RM', 1)
        .sales('S1', 'FG', '2026-03-10', 1)
        .build(),
    );
    const cycles = messagesByCode(result, 'BOM_CYCLE');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]?.text).toContain("'P1'");
    expect(cycles[0]?.text).toContain("'P2'");
    expect(ordersFor(result, 'FG')).toMatchObject([{ id: 'PRD-FG@MAIN-1', quantity: 1 }]);
    expect(ordersFor(result, 'RM')).toEqual([]);
  });
});
