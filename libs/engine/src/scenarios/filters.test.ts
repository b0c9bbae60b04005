/**
 * Plan filters: only the filter's items are planned, with their components down `bomLevels`
 * BOM levels (default 'all'; 0: only the items), at every warehouse. Requirements on items
 * out of scope are not planned. The result's scope lists the items (sorted) and says
 * whether the run was filtered.
 */
import { planDataset } from '../index';
import type { ScenarioBuilder } from './builders';
import { ordersFor, pegMap, peggingTo, scenario } from './builders';

/** FG ─B1 ×2→ SUB ─B2 ×3→ RM, and an unrelated item OTHER, each with a sales line. */
function chain(): ScenarioBuilder {
  return scenario()
    .warehouse('W2')
    .item('FG')
    .item('SUB')
    .item('RM')
    .item('OTHER')
    .bom('B1', 'FG', 'SUB', 2)
    .bom('B2', 'SUB', 'RM', 3)
    .sales('S1', 'FG', '2026-03-10', 5)
    .sales('S2', 'FG', '2026-03-11', 1, 'W2')
    .sales('S3', 'OTHER', '2026-03-10', 4);
}

describe('plan filters', () => {
  it("plans FG and all its components with bomLevels 'all', not an unrelated item", () => {
    const result = planDataset(chain().filter(['FG'], 'all').build());

    // Lead times 0. FG@MAIN: PRD 5 (03-10) → SUB@MAIN 10 → RM@MAIN 30.
    // FG@W2 (all warehouses of an item in scope): PRD 1 (03-11) → SUB@W2 2 → RM@W2 6.
    // OTHER is out of scope: S3 is not planned.
    expect(ordersFor(result, 'FG')).toMatchObject([{ id: 'PRD-FG@MAIN-1', quantity: 5 }]);
    expect(ordersFor(result, 'FG', 'W2')).toMatchObject([{ id: 'PRD-FG@W2-1', quantity: 1 }]);
    expect(ordersFor(result, 'SUB')).toMatchObject([{ id: 'PRD-SUB@MAIN-1', quantity: 10 }]);
    expect(ordersFor(result, 'SUB', 'W2')).toMatchObject([{ id: 'PRD-SUB@W2-1', quantity: 2 }]);
    expect(ordersFor(result, 'RM')).toMatchObject([{ id: 'PUR-RM@MAIN-1', quantity: 30 }]);
    expect(ordersFor(result, 'RM', 'W2')).toMatchObject([{ id: 'PUR-RM@W2-1', quantity: 6 }]);
    expect(ordersFor(result, 'OTHER')).toEqual([]);
    expect(peggingTo(result, 'S3')).toEqual([]);
    expect(result.plannedOrders).toHaveLength(6);
    expect(result.scope).toEqual({ filtered: true, items: ['FG', 'RM', 'SUB'] });
  });

  it("defaults bomLevels to 'all'", () => {
    const result = planDataset(chain().filter(['FG']).build());

    expect(ordersFor(result, 'RM')).toMatchObject([{ id: 'PUR-RM@MAIN-1', quantity: 30 }]);
    expect(result.scope).toEqual({ filtered: true, items: ['FG', 'RM', 'SUB'] });
  });

  it('plans FG only with bomLevels 0: its components get no planned orders', () => {
    const result = planDataset(chain().filter(['FG'], 0).build());

    // Only FG is in scope. Its orders are planned as usual; the requirements they create on
    // SUB are out of scope and not planned: no SUB, no RM orders.
    expect(ordersFor(result, 'FG')).toMatchObject([{ id: 'PRD-FG@MAIN-1', quantity: 5 }]);
    expect(ordersFor(result, 'FG', 'W2')).toMatchObject([{ id: 'PRD-FG@W2-1', quantity: 1 }]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'PRD-FG@MAIN-1': 5 });
    expect(ordersFor(result, 'SUB')).toEqual([]);
    expect(ordersFor(result, 'RM')).toEqual([]);
    expect(peggingTo(result, 'PRD-FG@MAIN-1/B1')).toEqual([]);
    expect(result.plannedOrders).toHaveLength(2);
    expect(result.scope).toEqual({ filtered: true, items: ['FG'] });
  });

  it('stops one BOM level down with bomLevels 1', () => {
    const result = planDataset(chain().filter(['FG'], 1).build());

    // FG and SUB are planned; RM (two levels down) is not.
    expect(ordersFor(result, 'SUB')).toMatchObject([{ id: 'PRD-SUB@MAIN-1', quantity: 10 }]);
    expect(ordersFor(result, 'RM')).toEqual([]);
    expect(result.scope).toEqual({ filtered: true, items: ['FG', 'SUB'] });
  });

  it('lists the filter items sorted, whatever their order in the filter', () => {
    const result = planDataset(chain().filter(['OTHER', 'FG'], 0).build());

    // OTHER and FG, sorted; S3 is now planned.
    expect(result.scope).toEqual({ filtered: true, items: ['FG', 'OTHER'] });
    expect(ordersFor(result, 'OTHER')).toMatchObject([{ id: 'PUR-OTHER@MAIN-1', quantity: 4 }]);
    expect(ordersFor(result, 'SUB')).toEqual([]);
  });

  it('says filtered: false without a filter, and plans everything', () => {
    const result = planDataset(chain().build());

    // No filter: the whole plan is replaced; OTHER and the full FG chain are planned.
    expect(result.scope.filtered).toBe(false);
    expect(ordersFor(result, 'OTHER')).toMatchObject([{ id: 'PUR-OTHER@MAIN-1', quantity: 4 }]);
    expect(ordersFor(result, 'RM')).toMatchObject([{ id: 'PUR-RM@MAIN-1', quantity: 30 }]);
  });
});

describe('a phantom in a filtered run', () => {
  it('is not a BOM level of its own', () => {
    // FG ─B1 phantom→ PH ─B2 ×2→ RM, filter [FG] with bomLevels 1. The phantom is passed
    // through, so RM counts on PH's level (1) and is in scope. S1: 4 FG on 03-10 → PRD-FG 4
    // (lead time 0) → through PH: 4 × 1 × 2 = 8 RM on 03-10 → PUR-RM@MAIN-1 for 8.
    const result = planDataset(
      scenario()
        .item('FG')
        .item('PH')
        .item('RM')
        .bom('B1', 'FG', 'PH', 1, { phantom: true })
        .bom('B2', 'PH', 'RM', 2)
        .sales('S1', 'FG', '2026-03-10', 4)
        .filter(['FG'], 1)
        .build(),
    );
    expect(result.scope).toEqual({ filtered: true, items: ['FG', 'PH', 'RM'] });
    expect(ordersFor(result, 'RM')).toMatchObject([{ id: 'PUR-RM@MAIN-1', quantity: 8 }]);
  });
});

describe('messages in a filtered run', () => {
  it('speak only of the items the run plans', () => {
    // OTHER is outside the filter: its past-due sales line and negative on-hand are not
    // planned, so they get no DEMAND_PAST_DUE or NEGATIVE_ON_HAND; FG's past-due line does.
    const result = planDataset(
      scenario()
        .item('FG')
        .item('OTHER')
        .sales('S1', 'FG', '2026-02-27', 1)
        .sales('S2', 'OTHER', '2026-02-27', 1)
        .onHand('OTHER', -3)
        .filter(['FG'])
        .build(),
    );
    expect(result.messages.map((m) => `${m.code} ${m.item ?? ''}`)).toEqual(['DEMAND_PAST_DUE FG']);
  });
});
