/**
 * BOM explosion: low-level codes, shared components netted once at their deepest level,
 * scrap and per series, phantoms, line validity and offsets.
 */
import { planDataset } from '../index';
import { orderById, ordersFor, pegMap, peggingFrom, peggingTo, scenario } from './builders';

describe('multi-level BOM', () => {
  it('two levels with a component used at both: nets its requirements together', () => {
    // FG ─B1 ×2→ SUB ─B3 ×3→ RM
    //  └──B2 ×1→ RM
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 2 })
        .item('SUB', { productionLeadTime: 1 })
        .item('RM', { purchaseLeadTime: 4 })
        .bom('B1', 'FG', 'SUB', 2)
        .bom('B2', 'FG', 'RM', 1)
        .bom('B3', 'SUB', 'RM', 3)
        .onHand('RM', 25)
        .sales('S1', 'FG', '2026-03-16', 10)
        .build(),
    );

    // FG (level 0): PRD 10 due 03-16, start 03-14 → needs SUB 20 and RM 10 on 03-14.
    // SUB (level 1): PRD 20 due 03-14, start 03-13 → needs RM 60 on 03-13.
    // RM (level 2, the deepest): requirements 60 on 03-13 and 10 on 03-14, netted in date
    // order: on-hand 25 goes to the 03-13 one → order 35 due 03-13 (order date 03-09);
    // the 03-14 one → order 10 due 03-14 (order date 03-10).
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PRD-FG@MAIN-1',
        type: 'production',
        quantity: 10,
        requirementDate: '2026-03-16',
        startDate: '2026-03-14',
        orderDate: '2026-03-14',
        bomLevel: 0,
      },
    ]);
    expect(ordersFor(result, 'SUB')).toMatchObject([
      {
        id: 'PRD-SUB@MAIN-1',
        type: 'production',
        quantity: 20,
        requirementDate: '2026-03-14',
        startDate: '2026-03-13',
        bomLevel: 1,
      },
    ]);
    expect(ordersFor(result, 'RM')).toMatchObject([
      {
        id: 'PUR-RM@MAIN-1',
        type: 'purchase',
        quantity: 35,
        requirementDate: '2026-03-13',
        orderDate: '2026-03-09',
        bomLevel: 2,
      },
      {
        id: 'PUR-RM@MAIN-2',
        type: 'purchase',
        quantity: 10,
        requirementDate: '2026-03-14',
        orderDate: '2026-03-10',
        bomLevel: 2,
      },
    ]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PRD-FG@MAIN-1': 10 });
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-1/B1'))).toEqual({ 'PRD-SUB@MAIN-1': 20 });
    expect(pegMap(peggingTo(result, 'PRD-SUB@MAIN-1/B3'))).toEqual({
      'RM@MAIN': 25,
      'PUR-RM@MAIN-1': 35,
    });
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-1/B2'))).toEqual({ 'PUR-RM@MAIN-2': 10 });
    for (const row of peggingTo(result, 'PRD-SUB@MAIN-1/B3')) {
      expect(row).toMatchObject({
        issueKind: 'plannedComponent',
        issueOrderId: 'PRD-SUB@MAIN-1',
        item: 'RM',
        warehouse: 'MAIN',
      });
    }
  });

  it('three levels with a raw material used at the top and the bottom', () => {
    // TOP ─L1 ×2→ MID ─L3 ×1→ SUB ─L4 ×2→ RM
    //   └──L2 ×1→ RM
    const result = planDataset(
      scenario()
        .item('TOP', { productionLeadTime: 1 })
        .item('MID', { productionLeadTime: 1 })
        .item('SUB', { productionLeadTime: 1 })
        .item('RM')
        .bom('L1', 'TOP', 'MID', 2)
        .bom('L2', 'TOP', 'RM', 1)
        .bom('L3', 'MID', 'SUB', 1)
        .bom('L4', 'SUB', 'RM', 2)
        .onHand('RM', 22)
        .sales('S1', 'TOP', '2026-03-20', 5)
        .build(),
    );

    // TOP 5 due 03-20, start 03-19 → MID 10 and RM 5 on 03-19.
    // MID 10 due 03-19, start 03-18 → SUB 10 on 03-18.
    // SUB 10 due 03-18, start 03-17 → RM 20 on 03-17.
    // RM (level 3): 03-17 20 ← on-hand 20; 03-19 5 ← on-hand 2 + order 3 due 03-19.
    expect(orderById(result, 'PRD-TOP@MAIN-1')).toMatchObject({ quantity: 5, bomLevel: 0 });
    expect(ordersFor(result, 'MID')).toMatchObject([
      { id: 'PRD-MID@MAIN-1', quantity: 10, requirementDate: '2026-03-19', bomLevel: 1 },
    ]);
    expect(ordersFor(result, 'SUB')).toMatchObject([
      {
        id: 'PRD-SUB@MAIN-1',
        quantity: 10,
        requirementDate: '2026-03-18',
        startDate: '2026-03-17',
        bomLevel: 2,
      },
    ]);
    expect(ordersFor(result, 'RM')).toMatchObject([
      {
        id: 'PUR-RM@MAIN-1',
        quantity: 3,
        requirementDate: '2026-03-19',
        orderDate: '2026-03-19',
        bomLevel: 3,
      },
    ]);
    expect(pegMap(peggingTo(result, 'PRD-SUB@MAIN-1/L4'))).toEqual({ 'RM@MAIN': 20 });
    expect(pegMap(peggingTo(result, 'PRD-TOP@MAIN-1/L2'))).toEqual({
      'RM@MAIN': 2,
      'PUR-RM@MAIN-1': 3,
    });
  });
});

describe('component quantities', () => {
  it('applies scrap percent and constant scrap', () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 1 })
        .item('RM')
        .bom('B1', 'FG', 'RM', 2, { scrapPercent: 25, constantScrap: 3 })
        .sales('S1', 'FG', '2026-03-10', 10)
        .build(),
    );

    // 10 × 2 / 1 × 1.25 + 3 = 28 of RM on the FG start 03-09.
    expect(ordersFor(result, 'RM')).toMatchObject([
      { id: 'PUR-RM@MAIN-1', quantity: 28, requirementDate: '2026-03-09' },
    ]);
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-1/B1'))).toEqual({ 'PUR-RM@MAIN-1': 28 });
  });

  it('divides by per series', () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 1 })
        .item('RM')
        .item('PK')
        .bom('B1', 'FG', 'RM', 3, { perSeries: 4 })
        .bom('B2', 'FG', 'PK', 3, { perSeries: 4, scrapPercent: 50, constantScrap: 1 })
        .sales('S1', 'FG', '2026-03-10', 8)
        .build(),
    );

    // RM: 8 × 3 / 4 = 6. PK: 8 × 3 / 4 × 1.5 + 1 = 10. Both on 03-09.
    expect(ordersFor(result, 'RM')).toMatchObject([
      { id: 'PUR-RM@MAIN-1', quantity: 6, requirementDate: '2026-03-09' },
    ]);
    expect(ordersFor(result, 'PK')).toMatchObject([
      { id: 'PUR-PK@MAIN-1', quantity: 10, requirementDate: '2026-03-09' },
    ]);
  });

  it('needs a component at start + offset days, at the line warehouse', () => {
    const result = planDataset(
      scenario()
        .warehouse('WH2')
        .item('FG', { productionLeadTime: 4 })
        .item('RM')
        .item('PK')
        .bom('B1', 'FG', 'RM', 1, { offsetDays: 2 })
        .bom('B2', 'FG', 'PK', 1, { warehouse: 'WH2' })
        .sales('S1', 'FG', '2026-03-12', 3)
        .build(),
    );

    // FG start 03-08. RM on 03-08 + 2 = 03-10 at MAIN; PK on 03-08 at WH2.
    expect(ordersFor(result, 'RM')).toMatchObject([
      { id: 'PUR-RM@MAIN-1', quantity: 3, requirementDate: '2026-03-10' },
    ]);
    expect(ordersFor(result, 'PK', 'WH2')).toMatchObject([
      { id: 'PUR-PK@WH2-1', quantity: 3, requirementDate: '2026-03-08' },
    ]);
    expect(ordersFor(result, 'PK')).toEqual([]);
  });
});

describe('phantom lines', () => {
  it("pass through to the phantom's components, ignoring its on-hand and lead time", () => {
    // FG ─B1 ×2 (phantom)→ PH ─B2 ×3→ RM
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 2 })
        .item('PH', { productionLeadTime: 5 })
        .item('RM', { purchaseLeadTime: 1 })
        .bom('B1', 'FG', 'PH', 2, { phantom: true })
        .bom('B2', 'PH', 'RM', 3)
        .onHand('PH', 100)
        .sales('S1', 'FG', '2026-03-16', 4)
        .sales('S2', 'PH', '2026-03-20', 3)
        .build(),
    );

    // FG: PRD 4 due 03-16, start 03-14. B1 is a phantom: PH's own lines are exploded with
    // parent quantity 4 × 2 = 8 → RM 8 × 3 = 24 on 03-14 (same day: PH's lead time 5 is
    // ignored), at MAIN. PH's 100 on hand is not used on that path; no PH order.
    // RM: order 24 due 03-14, order date 03-13. S2, PH's own sales line, is served from PH's
    // on-hand as usual.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PRD-FG@MAIN-1', quantity: 4, startDate: '2026-03-14' },
    ]);
    expect(ordersFor(result, 'PH')).toEqual([]);
    expect(ordersFor(result, 'RM')).toMatchObject([
      {
        id: 'PUR-RM@MAIN-1',
        quantity: 24,
        requirementDate: '2026-03-14',
        orderDate: '2026-03-13',
      },
    ]);
    const rmPegging = peggingFrom(result, 'PUR-RM@MAIN-1');
    expect(rmPegging).toHaveLength(1);
    expect(rmPegging[0]).toMatchObject({
      issueKind: 'plannedComponent',
      issueOrderId: 'PRD-FG@MAIN-1',
      item: 'RM',
      quantity: 24,
    });
    expect(pegMap(peggingFrom(result, 'PH@MAIN'), 'issueId')).toEqual({ S2: 3 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PH@MAIN': 3 });
  });
});

describe('BOM line validity', () => {
  it('uses lines valid on the production start date, both ends inclusive', () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 2 })
        .item('OLD')
        .item('NEW')
        .bom('B1', 'FG', 'OLD', 1, { validTo: '2026-03-10' })
        .bom('B2', 'FG', 'NEW', 1, { validFrom: '2026-03-11' })
        .sales('S1', 'FG', '2026-03-12', 1)
        .sales('S2', 'FG', '2026-03-13', 2)
        .build(),
    );

    // S1 → PRD-FG-1 (1) starts 03-10: B1 valid (validTo inclusive), B2 not yet → OLD 1.
    // S2 → PRD-FG-2 (2) starts 03-11: B2 valid (validFrom inclusive), B1 expired → NEW 2.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PRD-FG@MAIN-1', quantity: 1, startDate: '2026-03-10' },
      { id: 'PRD-FG@MAIN-2', quantity: 2, startDate: '2026-03-11' },
    ]);
    expect(ordersFor(result, 'OLD')).toMatchObject([
      { id: 'PUR-OLD@MAIN-1', quantity: 1, requirementDate: '2026-03-10' },
    ]);
    expect(ordersFor(result, 'NEW')).toMatchObject([
      { id: 'PUR-NEW@MAIN-1', quantity: 2, requirementDate: '2026-03-11' },
    ]);
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-1/B1'))).toEqual({ 'PUR-OLD@MAIN-1': 1 });
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-2/B2'))).toEqual({ 'PUR-NEW@MAIN-1': 2 });
    expect(peggingTo(result, 'PRD-FG@MAIN-1/B2')).toEqual([]);
    expect(peggingTo(result, 'PRD-FG@MAIN-2/B1')).toEqual([]);
  });
});
