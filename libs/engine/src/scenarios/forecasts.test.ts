/**
 * Forecasts: lines of the plan's forecast model are independent requirements, netted like
 * demand lines of the same date in id order. Forecasts dated today or earlier, beyond the
 * coverage time fence, of another model, or of a plan without a forecast model are not
 * planned. Reduction per coverage group: none, transactionsDynamicPeriod, percentReductionKey.
 */
import { planDataset } from '../index';
import {
  forecastsById,
  mentionsNumber,
  messagesByCode,
  ordersFor,
  pegMap,
  peggingFrom,
  peggingTo,
  scenario,
  totalPegged,
} from './builders';

describe('forecasts', () => {
  it('transactionsDynamicPeriod: 100/100 with sales 30 and 120 leave 70 and 0', () => {
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .coverageGroup('CG', { forecastReduction: 'transactionsDynamicPeriod' })
        .item('FG', undefined, 'CG')
        .forecast('F1', 'FG', '2026-03-09', 100)
        .forecast('F2', 'FG', '2026-03-16', 100)
        .sales('S1', 'FG', '2026-03-10', 30)
        .sales('S2', 'FG', '2026-03-17', 120)
        .build(),
    );

    // F1 spans [03-09, 03-16): S1 (30) reduces it to 70. F2 spans 03-16 onwards (the last
    // line, open-ended): S2 (120) exceeds it → 0, the 20 over is not carried anywhere.
    expect(forecastsById(result)).toEqual([
      { id: 'F1', item: 'FG', warehouse: 'MAIN', date: '2026-03-09', quantity: 100, remaining: 70 },
      { id: 'F2', item: 'FG', warehouse: 'MAIN', date: '2026-03-16', quantity: 100, remaining: 0 },
    ]);

    // Requirements in date order (lead time 0, no stock): F1 70 on 03-09, S1 30 on 03-10,
    // F2 0 on 03-16 (nothing to cover), S2 120 on 03-17 → three orders, 220 in all =
    // forecast remaining (70 + 0) + sales (30 + 120).
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 70, requirementDate: '2026-03-09' },
      { id: 'PUR-FG@MAIN-2', quantity: 30, requirementDate: '2026-03-10' },
      { id: 'PUR-FG@MAIN-3', quantity: 120, requirementDate: '2026-03-17' },
    ]);
    expect(result.plannedOrders).toHaveLength(3);
    expect(peggingTo(result, 'F1')).toMatchObject([
      { receiptId: 'PUR-FG@MAIN-1', issueKind: 'forecast', issueId: 'F1', quantity: 70 },
    ]);
    expect(peggingTo(result, 'F2')).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-2': 30 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-FG@MAIN-3': 120 });
  });

  it('transactionsDynamicPeriod: a span starts on its own date and the last one is open-ended', () => {
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .coverageGroup('CG', { forecastReduction: 'transactionsDynamicPeriod' })
        .item('FG', undefined, 'CG')
        .forecast('F1', 'FG', '2026-03-09', 50)
        .forecast('F2', 'FG', '2026-03-16', 50)
        .sales('S0', 'FG', '2026-03-05', 20)
        .sales('S1', 'FG', '2026-03-16', 10)
        .sales('S2', 'FG', '2026-04-20', 25)
        .build(),
    );

    // S0 (03-05) is before the first forecast date: it reduces nothing. S1 on 03-16 is the
    // first day of F2's span, not F1's. S2 (04-20) is in F2's open-ended span.
    // F1: 50 left; F2: 50 − 10 − 25 = 15 left.
    expect(forecastsById(result).map((f) => [f.id, f.remaining])).toEqual([
      ['F1', 50],
      ['F2', 15],
    ]);

    // Requirements: S0 20 (03-05), F1 50 (03-09), on 03-16 F2 15 then S1 10 (id order),
    // S2 25 (04-20) → five orders, 120 in all.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 20, requirementDate: '2026-03-05' },
      { id: 'PUR-FG@MAIN-2', quantity: 50, requirementDate: '2026-03-09' },
      { id: 'PUR-FG@MAIN-3', quantity: 15, requirementDate: '2026-03-16' },
      { id: 'PUR-FG@MAIN-4', quantity: 10, requirementDate: '2026-03-16' },
      { id: 'PUR-FG@MAIN-5', quantity: 25, requirementDate: '2026-04-20' },
    ]);
    expect(pegMap(peggingTo(result, 'F2'))).toEqual({ 'PUR-FG@MAIN-3': 15 });
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-4': 10 });
  });

  it('transactionsDynamicPeriod: only sales lines reduce a forecast', () => {
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .coverageGroup('CG', { forecastReduction: 'transactionsDynamicPeriod' })
        .item('FG', undefined, 'CG')
        .forecast('F1', 'FG', '2026-03-09', 50)
        .demand('D1', 'FG', '2026-03-10', 20, { type: 'productionComponent' })
        .build(),
    );

    // D1 is a production component line, not a sales line: F1 keeps 50. Orders 50 + 20.
    expect(forecastsById(result).map((f) => [f.id, f.remaining])).toEqual([['F1', 50]]);
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 50, requirementDate: '2026-03-09' },
      { id: 'PUR-FG@MAIN-2', quantity: 20, requirementDate: '2026-03-10' },
    ]);
  });

  it('none (the default): plans the forecast on top of sales, after on-hand', () => {
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .item('FG')
        .onHand('FG', 10)
        .forecast('F1', 'FG', '2026-03-09', 50)
        .sales('S1', 'FG', '2026-03-10', 20)
        .build(),
    );

    // No reduction: F1 keeps 50. F1 (03-09) takes the 10 on hand and needs 40 more; S1
    // (03-10) needs 20 → orders 40 and 20: 60 = 50 + 20 − 10 on hand.
    expect(forecastsById(result).map((f) => [f.id, f.remaining])).toEqual([['F1', 50]]);
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 40, requirementDate: '2026-03-09' },
      { id: 'PUR-FG@MAIN-2', quantity: 20, requirementDate: '2026-03-10' },
    ]);
    expect(pegMap(peggingTo(result, 'F1'))).toEqual({ 'FG@MAIN': 10, 'PUR-FG@MAIN-1': 40 });
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PUR-FG@MAIN-2': 20 });
  });

  it('nets a forecast and a sales line of the same date in id order', () => {
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .item('FG')
        .onHand('FG', 30)
        .forecast('A1', 'FG', '2026-03-09', 20)
        .sales('B1', 'FG', '2026-03-09', 20)
        .build(),
    );

    // Both on 03-09; id order: A1 (forecast) before B1 (sales). A1 takes 20 of the 30 on
    // hand; B1 takes the other 10 and needs 10 more → one order of 10, pegged to B1.
    expect(pegMap(peggingTo(result, 'A1'))).toEqual({ 'FG@MAIN': 20 });
    expect(pegMap(peggingTo(result, 'B1'))).toEqual({ 'FG@MAIN': 10, 'PUR-FG@MAIN-1': 10 });
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 10, requirementDate: '2026-03-09' },
    ]);
  });

  it('does not plan forecasts dated today or earlier, beyond the fence, or of another model', () => {
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM', coverageTimeFence: 10 })
        .item('FG')
        // An item coverage row at MAIN makes FG@MAIN a planning node (it has no other data).
        .coverage('FG', 'MAIN', { coverageCode: 'requirement' })
        .forecast('FPAST', 'FG', '2026-02-25', 10)
        .forecast('FTODAY', 'FG', '2026-03-02', 10)
        .forecast('FOTHER', 'FG', '2026-03-05', 10, { model: 'OTHER' })
        .forecast('FA', 'FG', '2026-03-05', 4)
        .forecast('FEDGE', 'FG', '2026-03-12', 5)
        .forecast('FBEYOND', 'FG', '2026-03-13', 6)
        .build(),
    );

    // FPAST and FTODAY: not after today. FOTHER: model OTHER, the plan reads FM. Fence 10 →
    // 03-12 is the last day planned: FEDGE is planned, FBEYOND (03-13) is not.
    // Planned: FA 4 on 03-05 and FEDGE 5 on 03-12, one order each.
    expect(forecastsById(result)).toEqual([
      { id: 'FA', item: 'FG', warehouse: 'MAIN', date: '2026-03-05', quantity: 4, remaining: 4 },
      {
        id: 'FEDGE',
        item: 'FG',
        warehouse: 'MAIN',
        date: '2026-03-12',
        quantity: 5,
        remaining: 5,
      },
    ]);
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 4, requirementDate: '2026-03-05' },
      { id: 'PUR-FG@MAIN-2', quantity: 5, requirementDate: '2026-03-12' },
    ]);
    expect(result.plannedOrders).toHaveLength(2);
    for (const id of ['FPAST', 'FTODAY', 'FOTHER', 'FBEYOND']) {
      expect(peggingTo(result, id)).toEqual([]);
    }
    // Of the input lines, only FBEYOND lies beyond the fence.
    const info = messagesByCode(result, 'BEYOND_TIME_FENCE');
    expect(info).toHaveLength(1);
    expect(info.some((m) => mentionsNumber(m.text, 1))).toBe(true);
  });

  it('plans no forecast when the plan names no forecast model', () => {
    const result = planDataset(
      scenario()
        .item('FG')
        .onHand('FG', 5)
        .forecast('F1', 'FG', '2026-03-09', 50)
        .forecast('F2', 'FG', '2026-03-16', 50, { model: 'OTHER' })
        .sales('S1', 'FG', '2026-03-10', 8)
        .build(),
    );

    // No forecastModel on the plan → no forecast is a requirement. Only S1 is planned: the
    // 5 on hand, then one order of 3.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 3, requirementDate: '2026-03-10' },
    ]);
    expect(result.plannedOrders).toHaveLength(1);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 5, 'PUR-FG@MAIN-1': 3 });
    expect(result.forecasts).toEqual([]);
    expect(peggingTo(result, 'F1')).toEqual([]);
  });

  it('percentReductionKey: 100 % in March, 50 % from April', () => {
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .reductionKey('RK', [
          { from: '2026-03-01', percent: 100 },
          { from: '2026-04-01', percent: 50 },
        ])
        .coverageGroup('CG', { forecastReduction: 'percentReductionKey', reductionKey: 'RK' })
        .item('FG', undefined, 'CG')
        .forecast('F1', 'FG', '2026-03-16', 80)
        .forecast('F2', 'FG', '2026-04-06', 80)
        .sales('S1', 'FG', '2026-03-20', 10)
        .build(),
    );

    // F1 (March, 100 %) → 0 left. F2 (April, 50 %) → 40 left. Sales are not a reduction
    // here: S1 is planned on top. Orders: S1 10 on 03-20, F2 40 on 04-06 (50 in all).
    expect(forecastsById(result).map((f) => [f.id, f.remaining])).toEqual([
      ['F1', 0],
      ['F2', 40],
    ]);
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 10, requirementDate: '2026-03-20' },
      { id: 'PUR-FG@MAIN-2', quantity: 40, requirementDate: '2026-04-06' },
    ]);
    expect(result.plannedOrders).toHaveLength(2);
    expect(peggingTo(result, 'F1')).toEqual([]);
    expect(totalPegged(peggingFrom(result, 'PUR-FG@MAIN-2'))).toBe(40);
  });

  it('percentReductionKey: no reduction before the first period; the last one is open-ended', () => {
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .reductionKey('RK', [{ from: '2026-03-09', percent: 100 }])
        .coverageGroup('CG', { forecastReduction: 'percentReductionKey', reductionKey: 'RK' })
        .item('FG', undefined, 'CG')
        // An item coverage row at MAIN makes FG@MAIN a planning node (it has no other data).
        .coverage('FG', 'MAIN', { coverageCode: 'requirement' })
        .forecast('F0', 'FG', '2026-03-05', 30)
        .forecast('F1', 'FG', '2026-03-09', 30)
        .forecast('F2', 'FG', '2026-05-01', 30)
        .build(),
    );

    // F0 (03-05) is before the key's first period → not reduced: 30. F1 on the period's
    // first day (inclusive) and F2 two months later (the period lasts until a next one,
    // and there is none) → 100 % off: 0. One order of 30 for F0.
    expect(forecastsById(result).map((f) => [f.id, f.remaining])).toEqual([
      ['F0', 30],
      ['F1', 0],
      ['F2', 0],
    ]);
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 30, requirementDate: '2026-03-05' },
    ]);
    expect(result.plannedOrders).toHaveLength(1);
  });

  it('explodes a forecast on a produced item like any independent requirement', () => {
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .item('FG', { productionLeadTime: 1 })
        .item('RM')
        .bom('B1', 'FG', 'RM', 2)
        .coverage('FG', 'MAIN', { coverageCode: 'requirement' })
        .forecast('F1', 'FG', '2026-03-09', 5)
        .build(),
    );

    // F1: PRD-FG 5 due 03-09, start 03-08 → RM 5 × 2 = 10 needed 03-08 → PUR-RM 10.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PRD-FG@MAIN-1', quantity: 5, requirementDate: '2026-03-09', startDate: '2026-03-08' },
    ]);
    expect(ordersFor(result, 'RM')).toMatchObject([
      { id: 'PUR-RM@MAIN-1', quantity: 10, requirementDate: '2026-03-08' },
    ]);
    expect(pegMap(peggingTo(result, 'F1'))).toEqual({ 'PRD-FG@MAIN-1': 5 });
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-1/B1'))).toEqual({ 'PUR-RM@MAIN-1': 10 });
  });
});

describe('a forecast on a node with no other data', () => {
  it('makes the node and is planned like a demand line', () => {
    // FG has only an item-level coverage row (no warehouse) and one forecast line at MAIN:
    // the forecast alone makes FG@MAIN a planning node. 50 due 03-09, purchase lead time 1
    // → PUR-FG@MAIN-1 for 50 ordered 03-08, received 03-09. Nothing is beyond the fence.
    const result = planDataset(
      scenario()
        .plan({ forecastModel: 'FM' })
        .item('FG', { purchaseLeadTime: 1 })
        .forecast('F1', 'FG', '2026-03-09', 50)
        .build(),
    );
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', quantity: 50, orderDate: '2026-03-08', receiptDate: '2026-03-09' },
    ]);
    expect(result.forecasts).toMatchObject([{ id: 'F1', quantity: 50, remaining: 50 }]);
    expect(messagesByCode(result, 'BEYOND_TIME_FENCE')).toEqual([]);
  });
});
