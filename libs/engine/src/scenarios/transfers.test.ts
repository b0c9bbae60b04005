/**
 * Transfers: a node refilled from a main warehouse gets planned transfers; the ship date
 * (delivery − transfer lead time) is a requirement on the source node. Two echelons:
 * DC ← REGION ← MAIN, MAIN purchases.
 */
import { planDataset } from '../index';
import { ordersFor, pegMap, peggingTo, scenario } from './builders';

describe('transfers over two echelons', () => {
  function twoEchelons() {
    return scenario()
      .warehouse('REGION', { mainWarehouse: 'MAIN' })
      .warehouse('DC', { mainWarehouse: 'REGION' })
      .item('X', { purchaseLeadTime: 4 })
      .coverage('X', 'DC', { transferLeadTime: 2 })
      .coverage('X', 'REGION', { transferLeadTime: 3 });
  }

  it('chains transfer and purchase lead times, and nets the source nodes', () => {
    const result = planDataset(
      twoEchelons()
        .onHand('X', 4, 'REGION')
        .sales('S1', 'X', '2026-03-20', 10, 'DC')
        .sales('S2', 'X', '2026-03-15', 1, 'MAIN')
        .build(),
    );

    // DC (level 0): S1 10 on 03-20 → TRF-X@DC-1 10 from REGION, due 03-20, ships 03-18.
    // REGION (level 1): requirement 10 on 03-18; on-hand 4 → TRF-X@REGION-1 6 from MAIN,
    // due 03-18, ships 03-15.
    // MAIN (level 2): on 03-15 the sales line S2 (independent) comes before the transfer
    // requirement (dependent): PUR-X@MAIN-1 1 for S2, then PUR-X@MAIN-2 6, both due 03-15,
    // order date 03-11.
    expect(ordersFor(result, 'X', 'DC')).toMatchObject([
      {
        id: 'TRF-X@DC-1',
        type: 'transfer',
        fromWarehouse: 'REGION',
        quantity: 10,
        requirementDate: '2026-03-20',
        receiptDate: '2026-03-20',
        deliveryDate: '2026-03-20',
        startDate: '2026-03-18',
        orderDate: '2026-03-18',
        delayDays: 0,
        bomLevel: 0,
      },
    ]);
    expect(ordersFor(result, 'X', 'REGION')).toMatchObject([
      {
        id: 'TRF-X@REGION-1',
        type: 'transfer',
        fromWarehouse: 'MAIN',
        quantity: 6,
        requirementDate: '2026-03-18',
        receiptDate: '2026-03-18',
        startDate: '2026-03-15',
        orderDate: '2026-03-15',
        bomLevel: 1,
      },
    ]);
    expect(ordersFor(result, 'X', 'MAIN')).toMatchObject([
      {
        id: 'PUR-X@MAIN-1',
        type: 'purchase',
        quantity: 1,
        requirementDate: '2026-03-15',
        orderDate: '2026-03-11',
        bomLevel: 2,
      },
      {
        id: 'PUR-X@MAIN-2',
        type: 'purchase',
        quantity: 6,
        requirementDate: '2026-03-15',
        orderDate: '2026-03-11',
        bomLevel: 2,
      },
    ]);

    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'TRF-X@DC-1': 10 });
    expect(pegMap(peggingTo(result, 'TRF-X@DC-1/transfer'))).toEqual({
      'X@REGION': 4,
      'TRF-X@REGION-1': 6,
    });
    for (const row of peggingTo(result, 'TRF-X@DC-1/transfer')) {
      expect(row).toMatchObject({
        issueKind: 'plannedTransfer',
        issueOrderId: 'TRF-X@DC-1',
        item: 'X',
        warehouse: 'REGION',
      });
    }
    expect(pegMap(peggingTo(result, 'TRF-X@REGION-1/transfer'))).toEqual({ 'PUR-X@MAIN-2': 6 });
    expect(pegMap(peggingTo(result, 'S2'))).toEqual({ 'PUR-X@MAIN-1': 1 });
  });

  it('reads open transfer receipts as supply and transfer issues as demand', () => {
    const result = planDataset(
      scenario()
        .warehouse('DC', { mainWarehouse: 'MAIN' })
        .item('X', { purchaseLeadTime: 1 })
        .coverage('X', 'DC', { transferLeadTime: 2 })
        .supply('T1-IN', 'X', '2026-03-06', 4, {
          type: 'transfer',
          warehouse: 'DC',
          fromWarehouse: 'MAIN',
        })
        .demand('T1-OUT', 'X', '2026-03-04', 4, { type: 'transferIssue', warehouse: 'MAIN' })
        .sales('S1', 'X', '2026-03-09', 6, 'DC')
        .build(),
    );

    // DC: S1 (03-09, 6) ← T1-IN 4; 2 missing → TRF-X@DC-1 2 due 03-09, ships 03-07.
    // MAIN: T1-OUT (03-04, 4) → PUR-X@MAIN-1 4 due 03-04; the planned transfer's requirement
    // (03-07, 2) → PUR-X@MAIN-2 2 due 03-07.
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'T1-IN': 4, 'TRF-X@DC-1': 2 });
    expect(ordersFor(result, 'X', 'DC')).toMatchObject([
      { id: 'TRF-X@DC-1', quantity: 2, startDate: '2026-03-07', fromWarehouse: 'MAIN' },
    ]);
    expect(ordersFor(result, 'X', 'MAIN')).toMatchObject([
      { id: 'PUR-X@MAIN-1', quantity: 4, requirementDate: '2026-03-04', orderDate: '2026-03-03' },
      { id: 'PUR-X@MAIN-2', quantity: 2, requirementDate: '2026-03-07', orderDate: '2026-03-06' },
    ]);
    expect(pegMap(peggingTo(result, 'T1-OUT'))).toEqual({ 'PUR-X@MAIN-1': 4 });
    expect(pegMap(peggingTo(result, 'TRF-X@DC-1/transfer'))).toEqual({ 'PUR-X@MAIN-2': 2 });
  });

  it('takes the refill warehouse from item coverage over the warehouse setting', () => {
    const result = planDataset(
      scenario()
        .warehouse('REGION', { mainWarehouse: 'MAIN' })
        .warehouse('DC', { mainWarehouse: 'REGION' })
        .item('X')
        .coverage('X', 'DC', { mainWarehouse: 'MAIN', transferLeadTime: 1 })
        .sales('S1', 'X', '2026-03-20', 5, 'DC')
        .build(),
    );

    // X@DC refills straight from MAIN (item coverage wins): TRF 5 from MAIN shipping 03-19,
    // MAIN buys 5 due 03-19. REGION is not involved.
    expect(ordersFor(result, 'X', 'DC')).toMatchObject([
      { id: 'TRF-X@DC-1', fromWarehouse: 'MAIN', quantity: 5, startDate: '2026-03-19' },
    ]);
    expect(ordersFor(result, 'X', 'MAIN')).toMatchObject([
      { id: 'PUR-X@MAIN-1', quantity: 5, requirementDate: '2026-03-19' },
    ]);
    expect(ordersFor(result, 'X', 'REGION')).toEqual([]);
  });
});
