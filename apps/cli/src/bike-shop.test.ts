/**
 * The example dataset examples/bike-shop.json, planned end to end, against facts worked out
 * by hand. Plan date Monday 2026-03-02. MAIN works Monday to Friday (WORKWEEK) and its lead
 * times count working days; SHOP has no calendar, so its transfer lead time of 1 counts
 * calendar days.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataset, type PlannedOrder, type PlanResult } from '@replan/engine';
import { runPlanCommand } from './commands/plan';
import { ExitCode } from './exit-codes';
import { bufferedIo } from './io';

const EXAMPLE = join(__dirname, '..', '..', '..', 'examples', 'bike-shop.json');

let dir: string;
let result: PlanResult;
let stdout: string;
let exitCode: ExitCode;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'replan-bike-shop-'));
  const out = join(dir, 'result.json');
  const buffered = bufferedIo();
  exitCode = await runPlanCommand({ dataset: EXAMPLE, out }, buffered.io);
  stdout = buffered.stdout();
  result = JSON.parse(readFileSync(out, 'utf8')) as PlanResult;
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function order(id: string): PlannedOrder {
  const found = result.plannedOrders.find((o) => o.id === id);
  if (found === undefined) throw new Error(`no planned order ${id}`);
  return found;
}

describe('examples/bike-shop.json', () => {
  it('validates without errors or warnings', () => {
    const validation = validateDataset(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    expect(validation.ok).toBe(true);
    expect(validation.warnings).toEqual([]);
  });

  it('plans without error messages', () => {
    expect(exitCode).toBe(ExitCode.Ok);
    expect(result.messages.filter((m) => m.severity === 'error')).toEqual([]);
    expect(stdout).toContain('Plan BIKE-SHOP, plan date 2026-03-02\n');
  });

  it('reports the past-due sales line', () => {
    expect(result.messages).toContainEqual(
      expect.objectContaining({ severity: 'warning', code: 'DEMAND_PAST_DUE', ref: 'SO-1001' }),
    );
  });

  it('refills the shop with a first transfer of 2 bikes shipped on Thursday 2026-03-05', () => {
    // BIKE@SHOP has 3 on hand. SO-1001 (2, due 02-26) is past due and planned as due today,
    // 03-02: on-hand covers it, 1 is left. SO-1002 needs 3 on Friday 03-06: 1 from on-hand,
    // 2 uncovered, so one transfer of 2 received 03-06 and shipped a day earlier, 03-05.
    expect(order('TRF-BIKE@SHOP-1')).toMatchObject({
      type: 'transfer',
      fromWarehouse: 'MAIN',
      quantity: 2,
      orderDate: '2026-03-05',
      startDate: '2026-03-05',
      receiptDate: '2026-03-06',
      delayDays: 0,
    });
    // Each later sales line is a transfer of its full quantity.
    expect(
      result.plannedOrders.filter((o) => o.type === 'transfer').map((o) => o.quantity),
    ).toEqual([2, 4, 2, 5, 3]);
  });

  it('builds at MAIN what the shop ships, two working days ahead', () => {
    // The first transfer ships 2 on 03-05 from MAIN, which has 1 bike on hand: a production
    // order of 1 due Thursday 03-05; 2 working days earlier is Tuesday 03-03.
    expect(order('PRD-BIKE@MAIN-1')).toMatchObject({
      quantity: 1,
      startDate: '2026-03-03',
      receiptDate: '2026-03-05',
    });
  });

  it('passes the phantom kit through to seats and pedals', () => {
    // KIT is a phantom: no KIT orders; its SEAT and PEDALS lines are requirements of the bike order.
    expect(result.plannedOrders.some((o) => o.item === 'KIT')).toBe(false);
    expect(result.pegging).toContainEqual(
      expect.objectContaining({
        item: 'SEAT',
        issueId: 'PRD-BIKE@MAIN-1/KIT-10',
        issueOrderId: 'PRD-BIKE@MAIN-1',
        quantity: 1,
      }),
    );
  });

  it('orders pedals late: none on hand and a 5-working-day lead time', () => {
    // The first bike order needs 1 pair of pedals at its start, Tuesday 03-03. Ordered today,
    // Monday 03-02, they arrive 5 working days later, Monday 03-09: 6 days late.
    expect(order('PUR-PEDALS@MAIN-1')).toMatchObject({
      quantity: 1,
      orderDate: '2026-03-02',
      receiptDate: '2026-03-09',
      requirementDate: '2026-03-03',
      delayDays: 6,
    });
  });

  it('passes the pedal delay up to the sales line it pegs to', () => {
    // The pedals come Monday 03-09, so the first bike order can start then and finishes 2
    // working days later, Wednesday 03-11; the transfer it feeds ships 03-11 and reaches the
    // shop Thursday 03-12. SO-1002 (due Friday 03-06) is served 6 days late. The orders keep
    // their own dates; the futures dates carry the delay.
    expect(order('PRD-BIKE@MAIN-1').futuresDate).toBe('2026-03-11');
    expect(order('TRF-BIKE@SHOP-1').futuresDate).toBe('2026-03-12');
    expect(result.delays).toEqual([
      expect.objectContaining({
        demandId: 'SO-1002',
        requirementDate: '2026-03-06',
        futuresDate: '2026-03-12',
        delayDays: 6,
      }),
    ]);
  });

  it('keeps the frame safety stock of 5 with a top-up on the last bike order', () => {
    // Frames: 8 on hand and PO-501 of 10 on 03-10 (18) against 1 + 4 + 2 + 5 + 3 = 15 for
    // the five bike orders. The last requirement (3 on 03-31) leaves 3, below the minimum of
    // 5: its order buys the 2 missing, due 03-31, ordered 10 working days earlier on 03-17.
    expect(result.plannedOrders.filter((o) => o.item === 'FRAME')).toEqual([
      expect.objectContaining({
        id: 'PUR-FRAME@MAIN-1',
        quantity: 2,
        orderDate: '2026-03-17',
        receiptDate: '2026-03-31',
      }),
    ]);
  });

  it('refills spokes to the maximum in multiples of 100', () => {
    // Wheels need 36 spokes + 2 % scrap = 36.72 each. The first wheel order (6 wheels, start
    // Monday 03-09) needs 220.32 of the 600 on hand: 379.68 left, below the minimum of 500.
    // Up to the maximum of 2000 is 1620.32; the largest multiple of 100 within it is 1600,
    // due 03-09 and ordered 3 working days earlier, Wednesday 03-04.
    expect(result.plannedOrders.filter((o) => o.item === 'SPOKE')).toEqual([
      expect.objectContaining({
        quantity: 1600,
        orderDate: '2026-03-04',
        receiptDate: '2026-03-09',
      }),
    ]);
    expect(order('PRD-WHEEL@MAIN-1')).toMatchObject({ quantity: 6, startDate: '2026-03-09' });
  });

  it('prints the order counts by type', () => {
    expect(stdout).toContain('  planned orders  24 (10 purchase, 9 production, 5 transfer)\n');
    expect(stdout).toContain('  late orders     1, 6 days late in total, 6 days at most\n');
    expect(stdout).toContain('  delayed demand  1 line, 6 days late at most\n');
  });
});
