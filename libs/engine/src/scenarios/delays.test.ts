/**
 * Delays (futures): every planned order has a futuresDate — its receipt date (forward
 * scheduled when late), moved later by as many days as the latest of its own requirements is
 * covered late. A requirement is covered late by a receipt whose futures date (existing
 * supply: its date; on-hand: today) is after the requirement date. A demand line's futures
 * date is the latest futures date of the supply pegged to it; lines delivered late are
 * listed in `delays`.
 */
import { planDataset } from '../index';
import {
  delayFor,
  messagesByCode,
  messagesForItem,
  orderById,
  ordersFor,
  pegMap,
  peggingTo,
  scenario,
} from './builders';

describe('futures dates and delays', () => {
  it('passes a late raw material up three levels to the sales line', () => {
    // FG ─L1 ×1→ SUB ─L2 ×2→ RM; RM has a long purchase lead time.
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 1 })
        .item('SUB', { productionLeadTime: 2 })
        .item('RM', { purchaseLeadTime: 10 })
        .bom('L1', 'FG', 'SUB', 1)
        .bom('L2', 'SUB', 'RM', 2)
        .sales('S1', 'FG', '2026-03-12', 5)
        .build(),
    );

    // FG: 5 due 03-12, start 03-11 → SUB 5 needed 03-11.
    // SUB: 5 due 03-11, start 03-09 → RM 10 needed 03-09.
    // RM: 10 due 03-09, lead time 10 → ordered today, received 03-12: 3 days late
    //   (delayDays 3); it needs nothing → futuresDate = receipt 03-12.
    // SUB: its requirement (RM on 03-09) is covered by PUR-RM-1 with futures 03-12 →
    //   3 days late → futuresDate 03-11 + 3 = 03-14. Its own schedule is on time.
    // FG: its requirement (SUB on 03-11) is covered by PRD-SUB-1 with futures 03-14 →
    //   3 days late → futuresDate 03-12 + 3 = 03-15.
    // S1 (03-12) is pegged to PRD-FG-1 (futures 03-15) → 3 days late.
    expect(ordersFor(result, 'RM')).toMatchObject([
      {
        id: 'PUR-RM@MAIN-1',
        quantity: 10,
        requirementDate: '2026-03-09',
        orderDate: '2026-03-02',
        receiptDate: '2026-03-12',
        delayDays: 3,
        futuresDate: '2026-03-12',
      },
    ]);
    expect(ordersFor(result, 'SUB')).toMatchObject([
      {
        id: 'PRD-SUB@MAIN-1',
        quantity: 5,
        startDate: '2026-03-09',
        receiptDate: '2026-03-11',
        delayDays: 0,
        futuresDate: '2026-03-14',
      },
    ]);
    expect(ordersFor(result, 'FG')).toMatchObject([
      {
        id: 'PRD-FG@MAIN-1',
        quantity: 5,
        startDate: '2026-03-11',
        receiptDate: '2026-03-12',
        delayDays: 0,
        futuresDate: '2026-03-15',
      },
    ]);
    expect(result.delays).toEqual([
      {
        demandId: 'S1',
        demandType: 'sales',
        item: 'FG',
        warehouse: 'MAIN',
        requirementDate: '2026-03-12',
        futuresDate: '2026-03-15',
        delayDays: 3,
      },
    ]);
    // Only RM's own order is late as planned.
    expect(messagesByCode(result, 'LATE_ORDER')).toHaveLength(1);
    expect(messagesForItem(result, 'LATE_ORDER', 'RM')).toHaveLength(1);
  });

  it('adds an intermediate order’s own lateness to the delay it receives', () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 1 })
        .item('SUB', { productionLeadTime: 5 })
        .item('RM', { purchaseLeadTime: 2 })
        .bom('L1', 'FG', 'SUB', 1)
        .bom('L2', 'SUB', 'RM', 1)
        .sales('S1', 'FG', '2026-03-05', 4)
        .build(),
    );

    // FG: due 03-05, start 03-04 (on time) → SUB needed 03-04.
    // SUB: due 03-04, lead time 5 → ordered today, start 03-02, receipt 03-07: 3 days late.
    //   Its components are needed at its real start, 03-02.
    // RM: due 03-02, lead time 2 → received 03-04: 2 days late; futures 03-04.
    // SUB futures: receipt 03-07 + 2 days (RM covers 03-02 on 03-04) = 03-09.
    // FG futures: receipt 03-05 + (03-09 − 03-04 = 5) = 03-10. S1: 5 days late.
    expect(orderById(result, 'PUR-RM@MAIN-1')).toMatchObject({
      requirementDate: '2026-03-02',
      receiptDate: '2026-03-04',
      delayDays: 2,
      futuresDate: '2026-03-04',
    });
    expect(orderById(result, 'PRD-SUB@MAIN-1')).toMatchObject({
      requirementDate: '2026-03-04',
      startDate: '2026-03-02',
      receiptDate: '2026-03-07',
      delayDays: 3,
      futuresDate: '2026-03-09',
    });
    expect(orderById(result, 'PRD-FG@MAIN-1')).toMatchObject({
      requirementDate: '2026-03-05',
      receiptDate: '2026-03-05',
      delayDays: 0,
      futuresDate: '2026-03-10',
    });
    expect(delayFor(result, 'S1')).toEqual({
      demandId: 'S1',
      demandType: 'sales',
      item: 'FG',
      warehouse: 'MAIN',
      requirementDate: '2026-03-05',
      futuresDate: '2026-03-10',
      delayDays: 5,
    });
  });

  it('the documented example: component received day 5, production finishes day 6', () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 1 })
        .item('RM', { purchaseLeadTime: 5 })
        .bom('B1', 'FG', 'RM', 1)
        .sales('S1', 'FG', '2026-03-05', 2)
        .build(),
    );

    // S1 on day 3 (03-05) → FG starts day 2 (03-04) → RM needed day 2, ordered today,
    // received day 5 (03-07): 3 days late. FG futures: day 3 + 3 = day 6 (03-08).
    expect(orderById(result, 'PUR-RM@MAIN-1')).toMatchObject({
      receiptDate: '2026-03-07',
      delayDays: 3,
      futuresDate: '2026-03-07',
    });
    expect(orderById(result, 'PRD-FG@MAIN-1')).toMatchObject({
      startDate: '2026-03-04',
      receiptDate: '2026-03-05',
      delayDays: 0,
      futuresDate: '2026-03-08',
    });
    expect(delayFor(result, 'S1')).toMatchObject({
      requirementDate: '2026-03-05',
      futuresDate: '2026-03-08',
      delayDays: 3,
    });
  });

  it('delays a sales line covered by a late planned order directly', () => {
    const result = planDataset(
      scenario().item('FG', { purchaseLeadTime: 10 }).sales('S1', 'FG', '2026-03-02', 10).build(),
    );

    // Order for S1 (today) placed today, received 03-12: futures 03-12, S1 10 days late.
    expect(ordersFor(result, 'FG')).toMatchObject([
      { id: 'PUR-FG@MAIN-1', receiptDate: '2026-03-12', delayDays: 10, futuresDate: '2026-03-12' },
    ]);
    expect(result.delays).toEqual([
      {
        demandId: 'S1',
        demandType: 'sales',
        item: 'FG',
        warehouse: 'MAIN',
        requirementDate: '2026-03-02',
        futuresDate: '2026-03-12',
        delayDays: 10,
      },
    ]);
  });

  it('delays a sales line covered late by an existing receipt (negative days)', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 10, negativeDays: 2 })
        .purchase('PO1', 'FG', '2026-03-14', 10)
        .sales('S1', 'FG', '2026-03-02', 10)
        .build(),
    );

    // As in negative-days.test.ts: PO1 (03-14) covers S1 (today), no order. The futures
    // date of existing supply is its date → S1 is 12 days late.
    expect(result.plannedOrders).toEqual([]);
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ PO1: 10 });
    expect(result.delays).toEqual([
      {
        demandId: 'S1',
        demandType: 'sales',
        item: 'FG',
        warehouse: 'MAIN',
        requirementDate: '2026-03-02',
        futuresDate: '2026-03-14',
        delayDays: 12,
      },
    ]);
  });

  it('passes up the lateness of an existing receipt covering a component', () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 1 })
        .item('RM', { purchaseLeadTime: 10 })
        .bom('B1', 'FG', 'RM', 1)
        .purchase('PO1', 'RM', '2026-03-07', 2)
        .sales('S1', 'FG', '2026-03-05', 2)
        .build(),
    );

    // FG: due 03-05, start 03-04 → RM 2 needed 03-04. RM's F = 03-12; PO1 (03-07) ≤
    // max(03-12, 03-04) → PO1 covers it, 3 days late (its futures date is its date).
    // FG futures 03-05 + 3 = 03-08; S1 3 days late. No RM order.
    expect(ordersFor(result, 'RM')).toEqual([]);
    expect(pegMap(peggingTo(result, 'PRD-FG@MAIN-1/B1'))).toEqual({ PO1: 2 });
    expect(orderById(result, 'PRD-FG@MAIN-1')).toMatchObject({
      receiptDate: '2026-03-05',
      delayDays: 0,
      futuresDate: '2026-03-08',
    });
    expect(result.delays).toEqual([
      {
        demandId: 'S1',
        demandType: 'sales',
        item: 'FG',
        warehouse: 'MAIN',
        requirementDate: '2026-03-05',
        futuresDate: '2026-03-08',
        delayDays: 3,
      },
    ]);
  });

  it('takes the latest of the supply pegged to a line', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 5 })
        .onHand('FG', 4)
        .sales('S1', 'FG', '2026-03-03', 10)
        .build(),
    );

    // S1 (03-03): 4 on hand (futures today, on time) + order of 6 placed today, received
    // 03-07 (4 days late). Latest futures 03-07 → S1 4 days late.
    expect(pegMap(peggingTo(result, 'S1'))).toEqual({ 'FG@MAIN': 4, 'PUR-FG@MAIN-1': 6 });
    expect(delayFor(result, 'S1')).toMatchObject({
      requirementDate: '2026-03-03',
      futuresDate: '2026-03-07',
      delayDays: 4,
    });
  });

  it('lists no delay for lines covered in time, and futures = receipt for on-time orders', () => {
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 2 })
        .item('RM', { purchaseLeadTime: 3 })
        .bom('B1', 'FG', 'RM', 1)
        .onHand('FG', 2)
        .sales('S1', 'FG', '2026-03-03', 2)
        .sales('S2', 'FG', '2026-03-20', 5)
        .build(),
    );

    // S1 from on-hand (today ≤ 03-03). S2: FG due 03-20, start 03-18 → RM due 03-18,
    // ordered 03-15. Nothing is late: each futures date is its receipt date; no delays.
    expect(orderById(result, 'PRD-FG@MAIN-1')).toMatchObject({
      receiptDate: '2026-03-20',
      futuresDate: '2026-03-20',
    });
    expect(orderById(result, 'PUR-RM@MAIN-1')).toMatchObject({
      receiptDate: '2026-03-18',
      futuresDate: '2026-03-18',
    });
    expect(result.delays).toEqual([]);
  });

  it('ships a transfer late when its source is late', () => {
    const result = planDataset(
      scenario()
        .warehouse('DC', { mainWarehouse: 'MAIN' })
        .item('X', { purchaseLeadTime: 5 })
        .coverage('X', 'DC', { transferLeadTime: 1 })
        .sales('S1', 'X', '2026-03-05', 3, 'DC')
        .build(),
    );

    // DC: TRF 3 due 03-05, ships 03-04 → requirement 3 on X@MAIN on 03-04.
    // MAIN: order placed today, received 03-07: 3 days late; futures 03-07.
    // TRF futures: 03-05 + 3 = 03-08. S1 3 days late.
    expect(orderById(result, 'PUR-X@MAIN-1')).toMatchObject({
      requirementDate: '2026-03-04',
      receiptDate: '2026-03-07',
      delayDays: 3,
      futuresDate: '2026-03-07',
    });
    expect(orderById(result, 'TRF-X@DC-1')).toMatchObject({
      startDate: '2026-03-04',
      receiptDate: '2026-03-05',
      delayDays: 0,
      futuresDate: '2026-03-08',
    });
    expect(delayFor(result, 'S1')).toEqual({
      demandId: 'S1',
      demandType: 'sales',
      item: 'X',
      warehouse: 'DC',
      requirementDate: '2026-03-05',
      futuresDate: '2026-03-08',
      delayDays: 3,
    });
  });

  it('counts a delay from the requirement date (date − issue margin), for any demand type', () => {
    const result = planDataset(
      scenario()
        .item('FG', { purchaseLeadTime: 10, issueMargin: 2 })
        .sales('S1', 'FG', '2026-03-08', 5)
        .demand('D1', 'FG', '2026-03-09', 1, { type: 'productionComponent' })
        .build(),
    );

    // S1: requirement 03-08 − 2 = 03-06; D1: 03-07. Each gets an order placed today and
    // received 03-12 (lead time 10) → S1 6 days late, D1 5 days late.
    expect(delayFor(result, 'S1')).toEqual({
      demandId: 'S1',
      demandType: 'sales',
      item: 'FG',
      warehouse: 'MAIN',
      requirementDate: '2026-03-06',
      futuresDate: '2026-03-12',
      delayDays: 6,
    });
    expect(delayFor(result, 'D1')).toEqual({
      demandId: 'D1',
      demandType: 'productionComponent',
      item: 'FG',
      warehouse: 'MAIN',
      requirementDate: '2026-03-07',
      futuresDate: '2026-03-12',
      delayDays: 5,
    });
    expect(result.delays).toHaveLength(2);
  });
});

describe('an approved production order of an earlier run', () => {
  it('passes the lateness of its own components up to what it pegs', () => {
    // APO: approved planned production of 2 FG received 03-06, production lead time 2 →
    // it starts 03-04 and needs 2 RM then. RM, purchase lead time 10, would be ordered
    // 02-22: before today, so it is ordered 03-02 and received 03-12, 8 days late. APO can
    // then only be received 03-06 + 8 = 03-14, and S1 (2 FG on 03-06, pegged to APO) is
    // 8 days late.
    const result = planDataset(
      scenario()
        .item('FG', { productionLeadTime: 2 })
        .item('RM', { purchaseLeadTime: 10 })
        .bom('B1', 'FG', 'RM', 1)
        .supply('APO', 'FG', '2026-03-06', 2, {
          type: 'plannedOrder',
          orderType: 'production',
          approved: true,
        })
        .sales('S1', 'FG', '2026-03-06', 2)
        .build(),
    );
    expect(ordersFor(result, 'RM')).toMatchObject([
      { id: 'PUR-RM@MAIN-1', receiptDate: '2026-03-12', delayDays: 8 },
    ]);
    expect(delayFor(result, 'S1')).toMatchObject({ futuresDate: '2026-03-14', delayDays: 8 });
  });
});
