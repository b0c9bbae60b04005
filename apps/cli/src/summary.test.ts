import type { PlannedOrder, PlanResult } from '@replan/engine';
import {
  actionsByKind,
  delayedDemandOf,
  formatCapacityLoad,
  formatSummary,
  lateOrdersOf,
  messagesBySeverity,
  ordersByType,
  resourceLoads,
} from './summary';

function order(id: string, type: PlannedOrder['type'], delayDays = 0): PlannedOrder {
  return {
    id,
    type,
    item: 'X',
    warehouse: 'MAIN',
    quantity: 1,
    orderDate: '2026-03-02',
    startDate: '2026-03-02',
    deliveryDate: '2026-03-05',
    receiptDate: '2026-03-05',
    requirementDate: '2026-03-05',
    delayDays,
    bomLevel: 0,
    futuresDate: '2026-03-05',
    toFirm: false,
  };
}

function result(): PlanResult {
  return {
    formatVersion: 1,
    plan: 'MASTER',
    planDate: '2026-03-02',
    counts: {
      nodes: 12,
      plannedNodes: 10,
      requirements: 40,
      receipts: 30,
      plannedOrders: 6,
      pegging: 3,
      requirementEvents: 70,
    },
    scope: { filtered: false, items: ['A', 'B', 'C'] },
    plannedOrders: [
      order('PUR-A@MAIN-1', 'purchase', 4),
      order('PUR-A@MAIN-2', 'purchase'),
      order('PUR-B@MAIN-1', 'purchase', 2),
      order('PRD-C@MAIN-1', 'production'),
      order('PRD-C@MAIN-2', 'production', 1),
      order('TRF-C@SHOP-1', 'transfer'),
    ],
    nodes: [],
    requirements: [],
    receipts: [],
    pegging: [
      {
        receiptKind: 'onHand',
        receiptId: 'A@MAIN',
        issueKind: 'demand',
        issueId: 'SO-1',
        item: 'A',
        warehouse: 'MAIN',
        quantity: 1,
      },
      {
        receiptKind: 'supply',
        receiptId: 'PO-1',
        issueKind: 'demand',
        issueId: 'SO-2',
        item: 'A',
        warehouse: 'MAIN',
        quantity: 1,
      },
      {
        receiptKind: 'plannedOrder',
        receiptId: 'PUR-A@MAIN-1',
        issueKind: 'demand',
        issueId: 'SO-3',
        item: 'A',
        warehouse: 'MAIN',
        quantity: 1,
      },
    ],
    delays: [
      {
        demandId: 'SO-1',
        demandType: 'sales',
        item: 'C',
        warehouse: 'SHOP',
        requirementDate: '2026-03-05',
        futuresDate: '2026-03-09',
        delayDays: 4,
      },
      {
        demandId: 'SO-2',
        demandType: 'sales',
        item: 'C',
        warehouse: 'SHOP',
        requirementDate: '2026-03-06',
        futuresDate: '2026-03-07',
        delayDays: 1,
      },
    ],
    actions: [
      {
        kind: 'postpone',
        supplyId: 'PO-1',
        item: 'A',
        warehouse: 'MAIN',
        date: '2026-03-03',
        newDate: '2026-03-10',
        quantity: 5,
      },
      {
        kind: 'cancel',
        supplyId: 'PO-2',
        item: 'A',
        warehouse: 'MAIN',
        date: '2026-03-04',
        quantity: 5,
        quantityChange: 5,
      },
      {
        kind: 'postpone',
        supplyId: 'PO-3',
        item: 'B',
        warehouse: 'MAIN',
        date: '2026-03-04',
        newDate: '2026-03-06',
        quantity: 1,
      },
    ],
    forecasts: [],
    capacityLoad: [],
    capacityReservations: [],
    messages: [
      {
        severity: 'error',
        code: 'BOM_CYCLE',
        text: "items 'P', 'Q' form a cycle; they are left unplanned",
      },
      { severity: 'warning', code: 'W1', text: 'first warning' },
      { severity: 'warning', code: 'W2', text: 'second warning' },
      { severity: 'warning', code: 'W3', text: 'third warning' },
      { severity: 'info', code: 'BEYOND_TIME_FENCE', text: '3 lines lie beyond the fence' },
    ],
  };
}

describe('summary', () => {
  it('counts planned orders by type', () => {
    expect(ordersByType(result())).toEqual({ purchase: 3, production: 2, transfer: 1 });
  });

  it('counts late orders with their total and largest delay', () => {
    expect(lateOrdersOf(result())).toEqual({ count: 3, totalDelayDays: 7, maxDelayDays: 4 });
  });

  it('counts delayed demand lines and action messages', () => {
    expect(delayedDemandOf(result())).toEqual({ count: 2, maxDelayDays: 4 });
    expect(actionsByKind(result())).toEqual({
      advance: 0,
      postpone: 2,
      increase: 0,
      decrease: 0,
      cancel: 1,
    });
  });

  it('counts messages by severity', () => {
    expect(messagesBySeverity(result().messages)).toEqual({ error: 1, warning: 3, info: 1 });
  });

  it('formats the whole summary', () => {
    const text = formatSummary(result(), {
      timings: { readMs: 12, planMs: 1500, writeMs: 250 },
      outFile: 'out.json',
      listedMessages: 2,
    });
    expect(text).toBe(
      [
        'Plan MASTER, plan date 2026-03-02',
        '  nodes planned   10 of 12',
        '  planned orders  6 (3 purchase, 2 production, 1 transfer)',
        '  late orders     3, 7 days late in total, 4 days at most',
        '  delayed demand  2 lines, 4 days late at most',
        '    SO-1 (sales, C@SHOP) due 2026-03-05, can ship 2026-03-09: 4 days late',
        '    SO-2 (sales, C@SHOP) due 2026-03-06, can ship 2026-03-07: 1 day late',
        '  pegging rows    3',
        '  action messages 3 (2 postpone, 1 cancel)',
        '    postpone PO-1 (A@MAIN, 5 on 2026-03-03) to 2026-03-10',
        '    cancel PO-2 (A@MAIN, 5 on 2026-03-04)',
        '    … and 1 more action',
        '  messages        1 error, 3 warnings, 1 info',
        '    by code: 1 error BOM_CYCLE, 1 warning W1, 1 warning W2, 1 warning W3, 1 info BEYOND_TIME_FENCE',
        "    error BOM_CYCLE: items 'P', 'Q' form a cycle; they are left unplanned",
        '    warning W1: first warning',
        '    warning W2: second warning',
        '    … and 1 more warning',
        '  time            1.76 s (read 0.012 s, plan 1.50 s, write 0.250 s)',
        '  result          out.json',
        '',
      ].join('\n'),
    );
  });

  it('says none when nothing is late and leaves out what it was not given', () => {
    const r = result();
    r.plannedOrders = r.plannedOrders.map((o) => ({ ...o, delayDays: 0 }));
    r.messages = [];
    r.delays = [];
    r.actions = [];
    const text = formatSummary(r);
    expect(text).toContain('  late orders     none\n');
    expect(text).toContain('  delayed demand  none\n');
    expect(text).toContain('  action messages none\n');
    expect(text).toContain('  messages        0 errors, 0 warnings, 0 info\n');
    expect(text).not.toContain('time');
    expect(text).not.toContain('result');
  });

  it('lists the longest delays first, whatever their order in the result', () => {
    const r = result();
    r.delays = [...r.delays].reverse(); // SO-2 (1 day) before SO-1 (4 days)
    const text = formatSummary(r);
    expect(text.indexOf('SO-1 (sales')).toBeLessThan(text.indexOf('SO-2 (sales'));
  });

  it('groups thousands', () => {
    const r = result();
    r.counts.nodes = 1_234_567;
    r.counts.plannedNodes = 1_234_000;
    expect(formatSummary(r)).toContain('  nodes planned   1,234,000 of 1,234,567\n');
  });
});

describe('the capacity load in the summary', () => {
  function loaded(): PlanResult {
    const load = (resource: string, date: string, required: number, available: number) => ({
      resource,
      date,
      requiredHours: required,
      availableHours: available,
    });
    return {
      ...result(),
      capacityLoad: [
        // SAW: 12 of 16 hours (75 %), busiest Tuesday at 10 of 8 hours (125 %).
        load('SAW', '2026-03-02', 2, 8),
        load('SAW', '2026-03-03', 10, 8),
        // WELD: 4 of 16 hours (25 %). PAINT: 15 of 16 (94 %). LATHE: 1 of 8 (13 %).
        load('WELD', '2026-03-02', 4, 8),
        load('WELD', '2026-03-03', 0, 8),
        load('PAINT', '2026-03-02', 7, 8),
        load('PAINT', '2026-03-03', 8, 8),
        load('LATHE', '2026-03-02', 1, 8),
      ],
      messages: [
        { severity: 'warning', code: 'CAPACITY_OVERLOAD', ref: 'SAW', text: 'SAW week 10' },
      ],
    };
  }

  it('names the three most loaded resources, the most loaded first', () => {
    const text = formatCapacityLoad(loaded());
    expect(text.split('\n')).toEqual([
      '  capacity load   4 resources, 1 overloaded week; the 3 most loaded:',
      '    PAINT   94 % of 16.0 hours, busiest 2026-03-03 (100 %)',
      '    SAW     75 % of 16.0 hours, busiest 2026-03-03 (125 %), overloaded in 1 week',
      '    WELD    25 % of 16.0 hours, busiest 2026-03-02 (50 %)',
      '',
    ]);
    expect(formatSummary(loaded())).toContain(text);
  });

  it('says nothing without routes', () => {
    expect(formatCapacityLoad(result())).toBe('');
    expect(resourceLoads(result())).toEqual([]);
  });
});
