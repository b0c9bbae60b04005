/**
 * Rules the differential fuzzing settled where the semantics doc was silent (see
 * docs/planning-semantics.md and docs/fuzzing.md), each with a small example worked by hand.
 * Plan date Monday 2026-03-02 at MAIN unless a test says otherwise.
 */
import { planDataset } from '../index';
import {
  actionsFor,
  messagesByCode,
  ordersFor,
  pegMap,
  peggingTo,
  scenario,
  forecastsById,
  MAIN,
} from './builders';

describe('rules settled by the differential fuzzing', () => {
  it('min/max with no maximum brings stock up to the minimum', () => {
    // Minimum 2, no maximum, on-hand 1, lead time 0 (F = today). At F stock 1 < 2: an
    // order up to max(maximum 0, minimum 2) = 2 − 1 = 1, due today.
    const result = planDataset(
      scenario()
        .item('FG', { coverageCode: 'minMax', minimumInventory: 2 })
        .onHand('FG', 1)
        .build(),
    );
    expect(ordersFor(result, 'FG')).toMatchObject([{ quantity: 1, requirementDate: '2026-03-02' }]);
  });

  it('an action on overdue supply shows the supply line’s own date', () => {
    // PO1 dated 2026-02-26 is available today; no demand, action fence 10: nothing of it is
    // needed → cancel, dated as the ERP holds the line (02-26), not today.
    const result = planDataset(
      scenario().item('FG', { actionFence: 10 }).purchase('PO1', 'FG', '2026-02-26', 5).build(),
    );
    expect(actionsFor(result, 'PO1')).toMatchObject([
      { kind: 'cancel', date: '2026-02-26', quantity: 5 },
    ]);
  });

  it('a SHORTAGE names the forecast line or the planned order as its ref', () => {
    // Manual FG: forecast F1 of 4 on 03-05 and nothing to cover it → SHORTAGE ref F1.
    // Manual component RM of produced P: S1 of 2 P on 03-05 → order PRD-P@MAIN-1 of 2, which
    // needs 2 RM on 03-05 → SHORTAGE of RM with ref PRD-P@MAIN-1.
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .item('FG', { coverageCode: 'manual' })
        .forecast('F1', 'FG', '2026-03-05', 4)
        .item('P')
        .item('RM', { coverageCode: 'manual' })
        .bom('L1', 'P', 'RM', 1)
        .sales('S1', 'P', '2026-03-05', 2)
        .build(),
    );
    const refs = messagesByCode(result, 'SHORTAGE')
      .map((m) => `${m.item}:${m.ref ?? ''}`)
      .sort();
    expect(refs).toEqual(['FG:F1', 'RM:PRD-P@MAIN-1']);
  });

  it('an unapproved planned order makes no planning node', () => {
    // X@W2 has only an unapproved planned order (not read) and a minimum of 5 on its item
    // coverage row for all warehouses: no node there, so no safety-stock order. X@MAIN has
    // the same minimum, an item coverage row of its own and is a node: an order of 5 at F.
    const result = planDataset(
      scenario()
        .warehouse('W2')
        .item('X', { minimumInventory: 5 })
        .coverage('X', MAIN, {})
        .supply('PLD-1', 'X', '2026-03-05', 9, {
          type: 'plannedOrder',
          orderType: 'purchase',
          warehouse: 'W2',
        })
        .build(),
    );
    expect(result.plannedOrders.map((o) => `${o.warehouse}:${o.quantity}`)).toEqual(['MAIN:5']);
    expect(result.counts.nodes).toBe(1);
  });

  it('a manual node suggests an increase beside its shortage', () => {
    // Manual FG, action fence 30: PO1 of 1 today, S1 of 3 today uses it up and misses 2 →
    // SHORTAGE of 2, and increase PO1 by 2, cause S1.
    const result = planDataset(
      scenario()
        .item('FG', { coverageCode: 'manual', actionFence: 30 })
        .purchase('PO1', 'FG', '2026-03-02', 1)
        .sales('S1', 'FG', '2026-03-02', 3)
        .build(),
    );
    expect(actionsFor(result, 'PO1')).toMatchObject([
      { kind: 'increase', quantityChange: 2, causeId: 'S1' },
    ]);
    expect(messagesByCode(result, 'SHORTAGE')).toHaveLength(1);
  });

  it('a sales line beyond the fence does not reduce a forecast', () => {
    // Fence 10 (last day planned 03-12), transactionsDynamicPeriod. F1 of 5 on 03-05 is the
    // last forecast: its span is open-ended. S1 of 3 on 03-20 is beyond the fence and not
    // read, so F1 keeps all 5.
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .item('FG', { coverageTimeFence: 10, forecastReduction: 'transactionsDynamicPeriod' })
        .forecast('F1', 'FG', '2026-03-05', 5)
        .sales('S1', 'FG', '2026-03-20', 3)
        .build(),
    );
    expect(forecastsById(result)).toMatchObject([{ id: 'F1', remaining: 5 }]);
  });

  it('exactly one maximum is a whole maximum, not a remainder raised to the minimum', () => {
    // Maximum 20 on the group, minimum order quantity 22 on the item: S1 of 20 → one order
    // of 20 (a whole maximum); S2 of 5 on a later day → a remainder, raised to 22.
    const result = planDataset(
      scenario()
        .coverageGroup('G', { maxOrderQuantity: 20 })
        .item('FG', { minOrderQuantity: 22 }, 'G')
        .sales('S1', 'FG', '2026-03-05', 20)
        .sales('S2', 'FG', '2026-03-09', 5)
        .build(),
    );
    expect(ordersFor(result, 'FG').map((o) => o.quantity)).toEqual([20, 22]);
  });

  it('a receipt passed over by positive days no longer holds the minimum', () => {
    // Minimum 7, positive days 3, lead time 0 (F = today). On-hand 18, PO1 of 4 today, S1
    // of 15 on 03-06. For S1, 03-06 − 3 = 03-03: PO1 (today) is dated before it and passed
    // over. S1 takes 15 of the 18 on hand, stock 3; PO1 does not count → an order of 4 due
    // 03-06 restores the minimum (it is not pegged).
    const result = planDataset(
      scenario()
        .item('FG', { minimumInventory: 7, positiveDays: 3 })
        .onHand('FG', 18)
        .purchase('PO1', 'FG', '2026-03-02', 4)
        .sales('S1', 'FG', '2026-03-06', 15)
        .build(),
    );
    expect(ordersFor(result, 'FG')).toMatchObject([{ quantity: 4, requirementDate: '2026-03-06' }]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 15 });
  });

  it("a phantom's own lines are those valid on the day the phantom is needed", () => {
    // FG uses PH on a phantom line with offset 3; PH's line to RM is valid from 03-06. S1 of
    // 1 FG on 03-04: the order starts 03-04 (lead time 0) and needs PH on 03-07, when PH's
    // line is valid → 1 RM on 03-07.
    const result = planDataset(
      scenario()
        .item('FG')
        .item('PH')
        .item('RM')
        .bom('L1', 'FG', 'PH', 1, { phantom: true, offsetDays: 3 })
        .bom('L2', 'PH', 'RM', 1, { validFrom: '2026-03-06' })
        .sales('S1', 'FG', '2026-03-04', 1)
        .build(),
    );
    expect(ordersFor(result, 'RM')).toMatchObject([{ quantity: 1, requirementDate: '2026-03-07' }]);
    expect(ordersFor(result, 'PH')).toEqual([]);
  });

  it('a filtered run reports only the cycles that hold an item it plans', () => {
    // LOOPA ↔ LOOPB is a cycle; the filter plans FG only: no BOM_CYCLE. Unfiltered: one.
    const build = (filtered: boolean) => {
      const s = scenario()
        .item('FG')
        .item('LOOPA')
        .item('LOOPB')
        .bom('L1', 'LOOPA', 'LOOPB', 1)
        .bom('L2', 'LOOPB', 'LOOPA', 1)
        .sales('S1', 'FG', '2026-03-05', 1)
        .sales('S2', 'LOOPA', '2026-03-05', 1);
      return (filtered ? s.filter(['FG']) : s).build();
    };
    expect(messagesByCode(planDataset(build(true)), 'BOM_CYCLE')).toHaveLength(0);
    expect(messagesByCode(planDataset(build(false)), 'BOM_CYCLE')).toHaveLength(1);
  });

  it('a node on a cycle gets no messages of its own', () => {
    // LOOPA ↔ LOOPB with negative on-hand and a past-due line at LOOPA: only BOM_CYCLE.
    const result = planDataset(
      scenario()
        .item('LOOPA')
        .item('LOOPB')
        .bom('L1', 'LOOPA', 'LOOPB', 1)
        .bom('L2', 'LOOPB', 'LOOPA', 1)
        .onHand('LOOPA', -3)
        .sales('S1', 'LOOPA', '2026-02-20', 1)
        .build(),
    );
    expect(result.messages.map((m) => m.code)).toEqual(['BOM_CYCLE']);
  });
});
