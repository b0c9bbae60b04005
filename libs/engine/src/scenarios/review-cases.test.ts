/**
 * Cases found in review: each was planned wrongly once. The expectations are worked out
 * from docs/planning-semantics.md, with the reasoning above each.
 */
import { planDataset } from '../index';
import { messagesByCode, ordersFor, peggingFrom, peggingTo, scenario } from './builders';

const DYNAMIC = { forecastReduction: 'transactionsDynamicPeriod' } as const;

describe('forecast reduction spans', () => {
  it('end at the next forecast even when that one lies beyond the fence', () => {
    // Fence 10 (up to 03-12). F1 100 on 03-09 spans up to F2's date 03-16, although F2 is
    // not planned; S1 on 03-17 is outside F1's span, so F1 keeps 100: one order of 100.
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .item('FG', { ...DYNAMIC, coverageTimeFence: 10 })
        .forecast('F1', 'FG', '2026-03-09', 100)
        .forecast('F2', 'FG', '2026-03-16', 100)
        .sales('S1', 'FG', '2026-03-17', 120)
        .build(),
    );
    expect(result.forecasts).toMatchObject([{ id: 'F1', remaining: 100 }]);
    expect(ordersFor(result, 'FG')).toMatchObject([{ quantity: 100 }]);
  });

  it('are reduced in id order on one date, whatever the order of the input rows', () => {
    // F1 and F2, 50 each on 03-09, share one span; S1 30 reduces F1 first: F1 20, F2 50.
    for (const ids of [
      ['F1', 'F2'],
      ['F2', 'F1'],
    ]) {
      const builder = scenario().plan({ forecastModel: 'FM' }).item('FG', DYNAMIC);
      for (const id of ids) builder.forecast(id, 'FG', '2026-03-09', 50);
      const result = planDataset(builder.sales('S1', 'FG', '2026-03-10', 30).build());
      expect(result.forecasts).toMatchObject([
        { id: 'F1', remaining: 20 },
        { id: 'F2', remaining: 50 },
      ]);
    }
  });
});

describe('a filtered run', () => {
  it('passes through a phantom also reached by an ordinary line, in any filter order', () => {
    // FG ─phantom→ PH ─×2→ RM; G2 ─ordinary→ PH. Filter [G2, FG], one BOM level: PH is
    // reached from G2 first, but FG's phantom line still passes through to RM, so RM is in
    // scope. S1 4 FG → PRD-FG 4 → 4 × 2 = 8 RM.
    const result = planDataset(
      scenario()
        .item('FG')
        .item('G2')
        .item('PH')
        .item('RM')
        .bom('B1', 'FG', 'PH', 1, { phantom: true })
        .bom('B2', 'G2', 'PH', 1)
        .bom('B3', 'PH', 'RM', 2)
        .sales('S1', 'FG', '2026-03-10', 4)
        .filter(['G2', 'FG'], 1)
        .build(),
    );
    expect(result.scope.items).toEqual(['FG', 'G2', 'PH', 'RM']);
    expect(ordersFor(result, 'RM')).toMatchObject([{ quantity: 8 }]);
  });

  it('lists only the forecasts of the items it plans', () => {
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .item('FG')
        .item('OTHER')
        .forecast('F1', 'FG', '2026-03-09', 5)
        .forecast('F2', 'OTHER', '2026-03-09', 5)
        .filter(['FG'])
        .build(),
    );
    expect(result.forecasts.map((f) => f.id)).toEqual(['F1']);
  });
});

describe('period coverage with positive days', () => {
  it('does not count a receipt the period will pass over, and plans one order', () => {
    // Period 7 from S1 on 03-02: S1 5 + S2 10 (03-08) = 15. PO1 (10 on 03-03) is more than
    // 2 positive days before S2, the period's last requirement, so it does not count:
    // one order of 15 due 03-02, covering S1 and S2; PO1 stays unused.
    const result = planDataset(
      scenario()
        .item('A', { coverageCode: 'period', coveragePeriod: 7, positiveDays: 2 })
        .purchase('PO1', 'A', '2026-03-03', 10)
        .sales('S1', 'A', '2026-03-02', 5)
        .sales('S2', 'A', '2026-03-08', 10)
        .build(),
    );
    expect(ordersFor(result, 'A')).toMatchObject([{ id: 'PUR-A@MAIN-1', quantity: 15 }]);
    expect(peggingFrom(result, 'PO1')).toEqual([]);
  });
});

describe('an approved planned order whose node is now replenished another way', () => {
  it('is kept as supply and not exploded by a type it does not have', () => {
    // FG is produced (it has a BOM), but an approved transfer order of an earlier run
    // comes back. It covers S1 as plain supply; it is not exploded into RM components.
    const result = planDataset(
      scenario()
        .item('FG')
        .item('RM')
        .bom('L1', 'FG', 'RM', 2)
        .supply('TRF-FG@MAIN-3', 'FG', '2026-03-06', 5, {
          type: 'plannedOrder',
          orderType: 'transfer',
          approved: true,
        })
        .sales('S1', 'FG', '2026-03-06', 5)
        .build(),
    );
    expect(peggingTo(result, 'S1')).toMatchObject([{ receiptId: 'TRF-FG@MAIN-3', quantity: 5 }]);
    expect(ordersFor(result, 'RM')).toEqual([]);
  });
});

describe('planned order numbering', () => {
  it('follows an approved order even when ids contain @', () => {
    // Warehouse 'B@C'. Approved PUR-A@B@C-2 covers 1 of S1's 5; the new order for 4 is -3.
    const result = planDataset(
      scenario()
        .warehouse('B@C')
        .item('A')
        .supply('PUR-A@B@C-2', 'A', '2026-03-05', 1, {
          type: 'plannedOrder',
          orderType: 'purchase',
          approved: true,
          warehouse: 'B@C',
        })
        .sales('S1', 'A', '2026-03-06', 5, 'B@C')
        .build(),
    );
    expect(ordersFor(result, 'A', 'B@C')).toMatchObject([{ id: 'PUR-A@B@C-3', quantity: 4 }]);
  });
});

describe('a sliver of a requirement with an order multiple', () => {
  it('still gets one whole multiple', () => {
    // 0.00005 needed, multiple 1000: one order of 1000, and the line is covered (no shortage).
    const result = planDataset(
      scenario().item('A', { orderMultiple: 1000 }).sales('S1', 'A', '2026-03-06', 0.00005).build(),
    );
    expect(ordersFor(result, 'A')).toMatchObject([{ quantity: 1000 }]);
    expect(messagesByCode(result, 'SHORTAGE')).toEqual([]);
  });
});
