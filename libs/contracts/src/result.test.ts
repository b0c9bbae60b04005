import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from '@replan/datagen';
import {
  compileDataset,
  planDataset,
  planResultParts,
  runPlan,
  toPlanResult,
  validateDataset,
  type Dataset,
  type PlanResult,
} from '@replan/engine';
import {
  ContractError,
  decodeResultBatches,
  encodeResultBatches,
  encodeResultParts,
  readResultBatchHeader,
  type ResultEntityName,
} from './index';

function bikeShop(): Dataset {
  const path = join(__dirname, '../../../examples/bike-shop.json');
  const validation = validateDataset(JSON.parse(readFileSync(path, 'utf8')));
  if (!validation.ok) throw new Error('bike-shop.json does not validate');
  return validation.dataset;
}

/** A hand-made result that sets every optional field somewhere and leaves it out elsewhere. */
function everyField(): PlanResult {
  return {
    formatVersion: 1,
    plan: 'P',
    planDate: '2026-01-05',
    counts: {
      nodes: 3,
      plannedNodes: 2,
      requirements: 10,
      receipts: 4,
      plannedOrders: 2,
      pegging: 2,
      requirementEvents: 14,
    },
    scope: { filtered: true, items: ['A', 'B'] },
    nodes: [
      {
        item: 'A',
        warehouse: 'W2',
        lowLevelCode: 0,
        coverageCode: 'minMax',
        minimumInventory: 2.5,
        maximumInventory: 10,
        fulfilmentDate: '2026-01-07',
        coverageTimeFence: 30,
      },
      {
        item: 'B',
        warehouse: 'W1',
        lowLevelCode: 1,
        coverageCode: 'manual',
        minimumInventory: 0,
        maximumInventory: 0,
        fulfilmentDate: '2026-01-05',
        coverageTimeFence: 100,
      },
    ],
    plannedOrders: [
      {
        id: 'T-A@W2-1',
        type: 'transfer',
        item: 'A',
        warehouse: 'W2',
        fromWarehouse: 'W1',
        quantity: 2.5,
        orderDate: '2026-01-05',
        startDate: '2026-01-05',
        deliveryDate: '2026-01-06',
        receiptDate: '2026-01-08',
        requirementDate: '2026-01-07',
        delayDays: 1,
        bomLevel: 0,
        futuresDate: '2026-01-09',
        toFirm: true,
      },
      {
        id: 'P-B@W1-1',
        type: 'purchase',
        item: 'B',
        warehouse: 'W1',
        quantity: 10,
        orderDate: '2026-01-01',
        startDate: '2026-01-02',
        deliveryDate: '2026-01-03',
        receiptDate: '2026-01-04',
        requirementDate: '2026-01-04',
        delayDays: 0,
        bomLevel: 2,
        futuresDate: '2026-01-04',
        toFirm: false,
      },
    ],
    requirements: [
      {
        kind: 'plannedComponent',
        id: 'P-A@W1-1/L1',
        orderId: 'P-A@W1-1',
        item: 'B',
        warehouse: 'W1',
        date: '2026-01-03',
        quantity: 4.25,
      },
      { kind: 'forecast', id: 'F1', item: 'A', warehouse: 'W2', date: '2026-01-06', quantity: 0 },
    ],
    receipts: [
      { kind: 'onHand', id: 'B@W1', item: 'B', warehouse: 'W1', date: '2026-01-05', quantity: 3 },
      {
        kind: 'supply',
        id: 'PO-1',
        supplyType: 'plannedOrder',
        item: 'B',
        warehouse: 'W1',
        date: '2026-01-09',
        quantity: 1.75,
      },
    ],
    pegging: [
      {
        receiptKind: 'plannedOrder',
        receiptId: 'P-B@W1-1',
        issueKind: 'plannedComponent',
        issueId: 'P-A@W1-1/L1',
        issueOrderId: 'P-A@W1-1',
        item: 'B',
        warehouse: 'W1',
        quantity: 4,
      },
      {
        receiptKind: 'onHand',
        receiptId: 'A@W2',
        issueKind: 'demand',
        issueId: 'D1',
        item: 'A',
        warehouse: 'W2',
        quantity: 1,
      },
    ],
    delays: [
      {
        demandId: 'D1',
        demandType: 'sales',
        item: 'A',
        warehouse: 'W2',
        requirementDate: '2026-01-07',
        futuresDate: '2026-01-09',
        delayDays: 2,
      },
    ],
    actions: [
      {
        kind: 'postpone',
        supplyId: 'S1',
        item: 'B',
        warehouse: 'W1',
        date: '2026-01-10',
        newDate: '2026-01-20',
        quantity: 5,
        causeId: 'D2',
      },
      {
        kind: 'decrease',
        supplyId: 'S2',
        item: 'B',
        warehouse: 'W1',
        date: '2026-01-11',
        quantity: 5,
        quantityChange: 2,
      },
      {
        kind: 'cancel',
        supplyId: 'S3',
        item: 'A',
        warehouse: 'W1',
        date: '2026-01-12',
        quantity: 1,
      },
    ],
    forecasts: [
      {
        id: 'F1',
        item: 'A',
        warehouse: 'W2',
        date: '2026-02-01',
        quantity: 100,
        remaining: 93,
      },
    ],
    capacityLoad: [
      { resource: 'SAW', date: '2026-01-05', requiredHours: 12.5, availableHours: 8 },
      { resource: 'SAW', date: '2026-01-10', requiredHours: 0, availableHours: 0 },
    ],
    capacityReservations: [
      {
        resource: 'SAW',
        date: '2026-01-05',
        orderId: 'P-A@W1-1',
        operation: 10,
        item: 'A',
        warehouse: 'W1',
        hours: 12.5,
        availableHours: 8,
      },
    ],
    messages: [
      { severity: 'error', code: 'bom-cycle', item: 'A', text: 'BOM cycle: A → B → A' },
      {
        severity: 'warning',
        code: 'negative-on-hand',
        item: 'A',
        warehouse: 'W1',
        ref: 'onHand[0]',
        text: 'x',
      },
      { severity: 'info', code: 'run', text: '' },
    ],
  };
}

/**
 * The result as it is persisted: the engine may leave optional fields as present-but-undefined
 * keys, which no wire or JSON form keeps; the codec leaves them out.
 */
function persisted(result: PlanResult): PlanResult {
  return JSON.parse(JSON.stringify(result)) as PlanResult;
}

function roundTrip(result: PlanResult, rowsPerBatch?: number): PlanResult {
  return decodeResultBatches(encodeResultBatches(result, rowsPerBatch));
}

describe('result batches', () => {
  it('round-trips every optional field, present and absent', () => {
    const result = everyField();
    for (const size of [1, 2, 5000]) expect(roundTrip(result, size)).toStrictEqual(result);
  });

  it('round-trips the plan of the bike shop example', () => {
    const result = persisted(planDataset(bikeShop()));
    expect(result.plannedOrders.length).toBeGreaterThan(0);
    expect(roundTrip(result)).toStrictEqual(result);
    expect(roundTrip(result, 2)).toStrictEqual(result);
  });

  it('round-trips the plan of a generated dataset in bounded batches', () => {
    const result = persisted(planDataset(generateDataset({ items: 5000, seed: 3 })));
    const rowsPerBatch = 1000;
    const batches = encodeResultBatches(result, rowsPerBatch);
    const lists: Exclude<ResultEntityName, 'summary'>[] = [
      'plannedOrders',
      'pegging',
      'delays',
      'actions',
      'forecasts',
      'capacityLoad',
      'capacityReservations',
      'messages',
    ];
    const headers = batches.map(readResultBatchHeader);
    for (const h of headers) expect(h.rows).toBeLessThanOrEqual(rowsPerBatch);
    for (const list of lists) {
      const listHeaders = headers.filter((h) => h.entity === list);
      expect(listHeaders).toHaveLength(Math.max(1, Math.ceil(result[list].length / rowsPerBatch)));
      expect(listHeaders.reduce((sum, h) => sum + h.rows, 0)).toBe(result[list].length);
    }
    const decoded = decodeResultBatches(batches);
    for (const list of lists) expect(decoded[list]).toHaveLength(result[list].length);
    expect(decoded).toStrictEqual(result);
  });

  it('rejects a result without one of its lists', () => {
    const batches = encodeResultBatches(everyField(), 1);
    const noDelays = batches.filter((b) => readResultBatchHeader(b).entity !== 'delays');
    expect(() => decodeResultBatches(noDelays)).toThrow(ContractError);
    const shuffled = [...batches].reverse();
    expect(decodeResultBatches(shuffled)).toStrictEqual(everyField());
  });
});

describe('encodeResultParts', () => {
  const dataset = generateDataset({ items: 300, seed: 11 });
  const run = runPlan(compileDataset(dataset));
  const whole = toPlanResult(run);

  it('encodes a result made slice by slice as the whole result', () => {
    // Slices of 7 rows cut into batches of at most 5: batch edges fall inside slices.
    const batches = [...encodeResultParts(planResultParts(run, 7), 5)];
    expect(decodeResultBatches(batches)).toEqual(whole);
    // Every batch holds at most 5 rows.
    expect(batches.map(readResultBatchHeader).every((h) => h.rows <= 5)).toBe(true);
  });

  it('makes the same bytes as encodeResultBatches when slices are batch-sized', () => {
    const parts = [...encodeResultParts(planResultParts(run, 50), 50)];
    expect(parts).toEqual(encodeResultBatches(whole, 50));
  });

  it('sends one empty batch for each list with no rows, the last marked', () => {
    // A result with no rows at all: the summary, then one empty batch per list.
    const empty = {
      ...whole,
      nodes: [],
      plannedOrders: [],
      requirements: [],
      receipts: [],
      pegging: [],
      delays: [],
      actions: [],
    };
    const headers = encodeResultBatches({
      ...empty,
      forecasts: [],
      capacityLoad: [],
      capacityReservations: [],
      messages: [],
    }).map(readResultBatchHeader);
    expect(headers.map((h) => [h.entity, h.sequence, h.last, h.rows])).toEqual([
      ['summary', 0, true, 1],
      ['nodes', 0, true, 0],
      ['plannedOrders', 0, true, 0],
      ['requirements', 0, true, 0],
      ['receipts', 0, true, 0],
      ['pegging', 0, true, 0],
      ['delays', 0, true, 0],
      ['actions', 0, true, 0],
      ['forecasts', 0, true, 0],
      ['capacityLoad', 0, true, 0],
      ['capacityReservations', 0, true, 0],
      ['messages', 0, true, 0],
    ]);
  });
});
