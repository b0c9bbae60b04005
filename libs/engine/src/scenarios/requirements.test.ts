/**
 * The result's requirements: every requirement netted, on its node and date, as the run saw
 * it, so that a node's net requirements can be read back without re-deriving any rule.
 */
import { planDataset } from '../index';
import type { PlanResult, Requirement } from '../model/result';
import { scenario } from './builders';

const ofItem = (result: PlanResult, item: string): Requirement[] =>
  result.requirements.filter((r) => r.item === item);

describe('requirements', () => {
  it('lists the sales line and the requirements each planned order creates below it', () => {
    // FG ─L1 ×2→ SUB ─L2 ×3→ RM; production lead time 1, RM bought in 2 days. S1 of 5 FG on
    // 03-10: PRD-FG@MAIN-1 starts 03-09 and needs 10 SUB that day; PRD-SUB@MAIN-1 (10, due
    // 03-09) starts 03-08 and needs 30 RM that day.
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 1 })
        .item('SUB', { productionLeadTime: 1 })
        .item('RM', { purchaseLeadTime: 2 })
        .bom('L1', 'FG', 'SUB', 2)
        .bom('L2', 'SUB', 'RM', 3)
        .sales('S1', 'FG', '2026-03-10', 5)
        .build(),
    );
    expect(ofItem(result, 'FG')).toEqual([
      { kind: 'demand', id: 'S1', item: 'FG', warehouse: 'MAIN', date: '2026-03-10', quantity: 5 },
    ]);
    expect(ofItem(result, 'SUB')).toEqual([
      {
        kind: 'plannedComponent',
        id: 'PRD-FG@MAIN-1/L1',
        orderId: 'PRD-FG@MAIN-1',
        item: 'SUB',
        warehouse: 'MAIN',
        date: '2026-03-09',
        quantity: 10,
      },
    ]);
    expect(ofItem(result, 'RM')).toEqual([
      {
        kind: 'plannedComponent',
        id: 'PRD-SUB@MAIN-1/L2',
        orderId: 'PRD-SUB@MAIN-1',
        item: 'RM',
        warehouse: 'MAIN',
        date: '2026-03-08',
        quantity: 30,
      },
    ]);
    // Each requirement's id is the issue id its pegging rows carry.
    const issues = new Set(result.pegging.map((p) => p.issueId));
    for (const requirement of result.requirements) expect(issues.has(requirement.id)).toBe(true);
  });

  it('carries the requirement dates after issue margin and past due, and forecasts as reduced', () => {
    // Issue margin 2: S1 on 03-13 is required 03-11. S0 dated 02-25 is past due: today,
    // 03-02. Forecast F1 of 10 on 03-09 is the node's last, so its span is open-ended: sales
    // dated from 03-09 on reduce it, S2 (4, 03-10) and S1 (3, 03-13): 3 left, required 03-07.
    const result = planDataset(
      scenario()
        .item('FG', { issueMargin: 2, forecastReduction: 'transactionsDynamicPeriod' })
        .plan({ forecastModel: 'FM' })
        .sales('S1', 'FG', '2026-03-13', 3)
        .sales('S0', 'FG', '2026-02-25', 1)
        .sales('S2', 'FG', '2026-03-10', 4)
        .forecast('F1', 'FG', '2026-03-09', 10)
        .build(),
    );
    expect(ofItem(result, 'FG').map((r) => [r.kind, r.id, r.date, r.quantity])).toEqual([
      ['demand', 'S0', '2026-03-02', 1],
      ['forecast', 'F1', '2026-03-07', 3],
      ['demand', 'S2', '2026-03-08', 4],
      ['demand', 'S1', '2026-03-11', 3],
    ]);
  });

  it('leaves out the nodes a filtered run does not plan', () => {
    // Filter FG with bomLevels 0: FG's order creates a requirement on SUB, which is not
    // planned and so not listed.
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 1 })
        .item('SUB')
        .bom('L1', 'FG', 'SUB', 2)
        .sales('S1', 'FG', '2026-03-10', 5)
        .filter(['FG'], 0)
        .build(),
    );
    expect(result.requirements.map((r) => r.id)).toEqual(['S1']);
  });
});
