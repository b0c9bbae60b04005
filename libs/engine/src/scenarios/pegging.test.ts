/**
 * Pegging: every receipt → issue allocation is a row; following rows from a purchase order
 * upward through `issueOrderId` reaches the sales line.
 */
import { planDataset } from '../index';
import type { PlanResult } from '../model/result';
import { ordersFor, peggingFrom, scenario } from './builders';

/** Follows single pegging rows upward from a receipt until a demand line: the ids passed. */
function traceUp(result: PlanResult, receiptId: string): string[] {
  const path = [receiptId];
  let current = receiptId;
  for (let guard = 0; guard < 20; guard += 1) {
    const rows = peggingFrom(result, current);
    if (rows.length !== 1) throw new Error(`${current}: ${rows.length} pegging rows, expected 1`);
    const [row] = rows;
    if (row === undefined) break;
    if (row.issueKind === 'demand') {
      path.push(row.issueId);
      return path;
    }
    if (row.issueOrderId === undefined) throw new Error(`${row.issueId} has no issueOrderId`);
    current = row.issueOrderId;
    path.push(current);
  }
  throw new Error(`no demand line above ${receiptId}: ${path.join(' → ')}`);
}

describe('pegging chain', () => {
  it('traces a raw material purchase through two production orders to the sales line', () => {
    // FG ─L1 ×2→ SUB ─L2 ×3→ RM
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

    // FG 5 due 03-10, start 03-09 → SUB 10 on 03-09, start 03-08 → RM 30 on 03-08, order
    // date 03-06.
    expect(ordersFor(result, 'RM')).toMatchObject([
      { id: 'PUR-RM@MAIN-1', quantity: 30, requirementDate: '2026-03-08', orderDate: '2026-03-06' },
    ]);

    // Row by row, each carrying the whole quantity of its order.
    expect(peggingFrom(result, 'PUR-RM@MAIN-1')).toEqual([
      {
        receiptKind: 'plannedOrder',
        receiptId: 'PUR-RM@MAIN-1',
        issueKind: 'plannedComponent',
        issueId: 'PRD-SUB@MAIN-1/L2',
        issueOrderId: 'PRD-SUB@MAIN-1',
        item: 'RM',
        warehouse: 'MAIN',
        quantity: 30,
      },
    ]);
    expect(peggingFrom(result, 'PRD-SUB@MAIN-1')).toEqual([
      {
        receiptKind: 'plannedOrder',
        receiptId: 'PRD-SUB@MAIN-1',
        issueKind: 'plannedComponent',
        issueId: 'PRD-FG@MAIN-1/L1',
        issueOrderId: 'PRD-FG@MAIN-1',
        item: 'SUB',
        warehouse: 'MAIN',
        quantity: 10,
      },
    ]);
    expect(peggingFrom(result, 'PRD-FG@MAIN-1')).toMatchObject([
      {
        receiptKind: 'plannedOrder',
        receiptId: 'PRD-FG@MAIN-1',
        issueKind: 'demand',
        issueId: 'S1',
        item: 'FG',
        warehouse: 'MAIN',
        quantity: 5,
      },
    ]);

    expect(traceUp(result, 'PUR-RM@MAIN-1')).toEqual([
      'PUR-RM@MAIN-1',
      'PRD-SUB@MAIN-1',
      'PRD-FG@MAIN-1',
      'S1',
    ]);
  });

  it('traces an existing purchase line through a transfer to the sales line', () => {
    const result = planDataset(
      scenario()
        .warehouse('DC', { mainWarehouse: 'MAIN' })
        .item('X')
        .coverage('X', 'DC', { transferLeadTime: 1 })
        .purchase('PO1', 'X', '2026-03-05', 7)
        .sales('S1', 'X', '2026-03-09', 7, 'DC')
        .build(),
    );

    // DC: TRF 7 due 03-09 ships 03-08 → requirement on MAIN 03-08, covered by PO1 (03-05).
    expect(peggingFrom(result, 'PO1')).toMatchObject([
      {
        receiptKind: 'supply',
        issueKind: 'plannedTransfer',
        issueId: 'TRF-X@DC-1/transfer',
        issueOrderId: 'TRF-X@DC-1',
        quantity: 7,
      },
    ]);
    expect(traceUp(result, 'PO1')).toEqual(['PO1', 'TRF-X@DC-1', 'S1']);
    expect(ordersFor(result, 'X', 'MAIN')).toEqual([]);
  });
});
