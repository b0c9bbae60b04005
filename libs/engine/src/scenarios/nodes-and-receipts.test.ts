/**
 * The result's nodes and receipts: each planned node with the settings it was planned with,
 * and every existing receipt on the date the run netted it, so that a node's page shows the
 * plan as it was made, not the ERP's data as it is by the time someone looks.
 */
import { planDataset } from '../index';
import type { PlanningNode, PlanResult } from '../model/result';
import { scenario } from './builders';

const byNode = (result: PlanResult): Record<string, PlanningNode> =>
  Object.fromEntries(result.nodes.map((n) => [`${n.item}@${n.warehouse}`, n]));

describe('nodes', () => {
  it('carries the settings each node was planned with, resolved over the levels', () => {
    // Plan date Monday 2026-03-02, no calendars: lead times in calendar days. The plan sets
    // the fence to 30 days for every node. FG (production lead time 1) is the end item,
    // low-level code 0, F = 03-02 + 1 = 03-03. RM (bought in 5 days, safety stock 4, period
    // coverage) is FG's component, code 1, F = 03-07. PK (bought in 2 days, min/max 10/20)
    // is a component too, code 1, F = 03-04.
    const result = planDataset(
      scenario()
        .plan({ coverageTimeFence: 30 })
        .item('FG', { productionLeadTime: 1 })
        .item('RM', {
          coverageCode: 'period',
          coveragePeriod: 7,
          purchaseLeadTime: 5,
          minimumInventory: 4,
          coverageTimeFence: 90,
        })
        .item('PK', {
          coverageCode: 'minMax',
          purchaseLeadTime: 2,
          minimumInventory: 10,
          maximumInventory: 20,
        })
        .bom('L1', 'FG', 'RM', 1)
        .bom('L2', 'FG', 'PK', 1)
        .sales('S1', 'FG', '2026-03-10', 5)
        .build(),
    );
    expect(result.nodes).toHaveLength(3);
    expect(byNode(result)).toEqual({
      'FG@MAIN': {
        item: 'FG',
        warehouse: 'MAIN',
        lowLevelCode: 0,
        coverageCode: 'requirement',
        minimumInventory: 0,
        maximumInventory: 0,
        fulfilmentDate: '2026-03-03',
        coverageTimeFence: 30,
      },
      'RM@MAIN': {
        item: 'RM',
        warehouse: 'MAIN',
        lowLevelCode: 1,
        coverageCode: 'period',
        minimumInventory: 4,
        maximumInventory: 0,
        fulfilmentDate: '2026-03-07',
        // The plan's fence overrides the item's 90.
        coverageTimeFence: 30,
      },
      'PK@MAIN': {
        item: 'PK',
        warehouse: 'MAIN',
        lowLevelCode: 1,
        coverageCode: 'minMax',
        minimumInventory: 10,
        maximumInventory: 20,
        fulfilmentDate: '2026-03-04',
        coverageTimeFence: 30,
      },
    });
  });

  it('counts working days for the fulfilment date with a calendar', () => {
    // MAIN works Monday to Friday; RM is bought in 5 working days: from Monday 03-02,
    // five open days later is Monday 03-09.
    const result = planDataset(
      scenario()
        .calendar('WEEK', [1, 2, 3, 4, 5])
        .warehouse('MAIN', { calendar: 'WEEK' })
        .item('RM', { purchaseLeadTime: 5, leadTimeUnit: 'workingDays' })
        .sales('S1', 'RM', '2026-03-20', 1)
        .build(),
    );
    expect(result.nodes.map((n) => n.fulfilmentDate)).toEqual(['2026-03-09']);
  });
});

describe('receipts', () => {
  it('lists on-hand and the supply netted, on the dates the run used them', () => {
    // Fence 30 days: up to 2026-04-01. RM at MAIN: on-hand 6 (two rows of 4 and 2, summed);
    // PO1 of 5 was due 02-26, past due: it counts today, 03-02; the approved planned order
    // AP1 of 2 on 03-10; PO2 of 4 on 03-20. Not netted, so not listed: PO3 on 04-10 (beyond
    // the fence), the unapproved planned order UP1 (the run replaces it), PO0 of quantity 0.
    // Node order within RM: on-hand first, then supply by date and id.
    const result = planDataset(
      scenario()
        .plan({ coverageTimeFence: 30 })
        .item('RM', { purchaseLeadTime: 3 })
        .onHand('RM', 4)
        .onHand('RM', 2, 'MAIN')
        .purchase('PO2', 'RM', '2026-03-20', 4)
        .purchase('PO1', 'RM', '2026-02-26', 5)
        .purchase('PO3', 'RM', '2026-04-10', 7)
        .purchase('PO0', 'RM', '2026-03-05', 0)
        .supply('AP1', 'RM', '2026-03-10', 2, {
          type: 'plannedOrder',
          orderType: 'purchase',
          approved: true,
        })
        .supply('UP1', 'RM', '2026-03-11', 9, { type: 'plannedOrder', orderType: 'purchase' })
        .sales('S1', 'RM', '2026-03-25', 30)
        .build(),
    );
    expect(result.receipts).toEqual([
      {
        kind: 'onHand',
        id: 'RM@MAIN',
        item: 'RM',
        warehouse: 'MAIN',
        date: '2026-03-02',
        quantity: 6,
      },
      {
        kind: 'supply',
        id: 'PO1',
        supplyType: 'purchase',
        item: 'RM',
        warehouse: 'MAIN',
        date: '2026-03-02',
        quantity: 5,
      },
      {
        kind: 'supply',
        id: 'AP1',
        supplyType: 'plannedOrder',
        item: 'RM',
        warehouse: 'MAIN',
        date: '2026-03-10',
        quantity: 2,
      },
      {
        kind: 'supply',
        id: 'PO2',
        supplyType: 'purchase',
        item: 'RM',
        warehouse: 'MAIN',
        date: '2026-03-20',
        quantity: 4,
      },
    ]);
    // Each receipt's id is the receipt id of its pegging rows: S1 (30) takes all 17.
    const pegged = result.pegging.filter((p) => p.receiptKind !== 'plannedOrder');
    expect(pegged.map((p) => [p.receiptId, p.quantity])).toEqual([
      ['RM@MAIN', 6],
      ['PO1', 5],
      ['AP1', 2],
      ['PO2', 4],
    ]);
  });

  it('lists no on-hand for a node whose stock is negative', () => {
    // On-hand −3 counts as 0 (with a NEGATIVE_ON_HAND warning): nothing to net.
    const result = planDataset(
      scenario().item('RM').onHand('RM', -3).sales('S1', 'RM', '2026-03-05', 1).build(),
    );
    expect(result.receipts).toEqual([]);
  });
});
