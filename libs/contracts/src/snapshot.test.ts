import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from '@replan/datagen';
import { DATASET_LISTS, validateDataset, type Dataset, type DatasetPart } from '@replan/engine';
import {
  ContractError,
  decodeDatasetBatches,
  encodeDatasetBatches,
  readSnapshotBatchHeader,
  encodeSnapshotParts,
} from './index';

const EXAMPLES = join(__dirname, '../../../examples');

function bikeShop(): Dataset {
  const json: unknown = JSON.parse(readFileSync(join(EXAMPLES, 'bike-shop.json'), 'utf8'));
  const validation = validateDataset(json);
  if (!validation.ok) throw new Error('bike-shop.json does not validate');
  return validation.dataset;
}

/** A small dataset that sets every optional field somewhere and leaves it out elsewhere. */
function everyField(): Dataset {
  return {
    formatVersion: 1,
    plan: {
      id: 'P',
      planDate: '2026-01-05',
      coverageTimeFence: 120,
      negativeDays: 2,
      issueMargin: 1,
      receiptMargin: 0,
      reorderMargin: 3,
      forecastModel: 'FC',
      defaults: { coverageCode: 'period', coveragePeriod: 7, leadTimeUnit: 'workingDays' },
    },
    items: [{ id: 'A', name: 'Item A', coverageGroup: 'G1' }, { id: 'B' }, { id: '', name: '' }],
    coverageGroups: [
      {
        id: 'G1',
        name: 'Everything',
        coverageCode: 'minMax',
        coveragePeriod: 14,
        coverageTimeFence: 90,
        negativeDays: 3,
        positiveDays: 30,
        dynamicPositiveDays: false,
        minimumInventory: 5.5,
        maximumInventory: 50,
        orderType: 'production',
        purchaseLeadTime: 4,
        productionLeadTime: 2,
        transferLeadTime: 1,
        leadTimeUnit: 'calendarDays',
        minOrderQuantity: 10,
        maxOrderQuantity: 100,
        orderMultiple: 0.25,
        calendar: 'CAL',
        issueMargin: 1,
        receiptMargin: 2,
        reorderMargin: 3,
        actionFence: 0,
        advanceMargin: 1,
        postponeMargin: 2,
        firmingFence: 5,
        forecastReduction: 'percentReductionKey',
        reductionKey: 'RK',
      },
      { id: 'G2', dynamicPositiveDays: true, forecastReduction: 'none' },
    ],
    itemCoverage: [
      { item: 'A', warehouse: 'W2', mainWarehouse: 'W1', orderType: 'purchase' },
      { item: 'B', coverageCode: 'manual', minimumInventory: -0 },
    ],
    warehouses: [
      { id: 'W1', name: 'Main', calendar: 'CAL', manual: false },
      { id: 'W2', mainWarehouse: 'W1' },
      { id: 'W3', manual: true },
    ],
    calendars: [
      {
        id: 'CAL',
        workingWeekdays: [1, 2, 3, 4, 5],
        exceptions: [
          { date: '2026-04-03', open: false },
          { date: '2026-04-04', open: true },
        ],
      },
      { id: 'ALL', workingWeekdays: [1, 2, 3, 4, 5, 6, 7], exceptions: [] },
      { id: 'NONE', workingWeekdays: [] },
    ],
    bomLines: [
      {
        id: 'L1',
        parent: 'A',
        component: 'B',
        quantity: 2,
        perSeries: 10,
        scrapPercent: 1.5,
        constantScrap: 0.1,
        validFrom: '1969-12-31',
        validTo: '2099-12-31',
        phantom: true,
        warehouse: 'W1',
        offsetDays: -1,
      },
      { id: 'L2', parent: 'A', component: 'B', quantity: 1 / 3, operation: 20 },
    ],
    resources: [
      {
        id: 'SAW',
        name: 'Saw',
        calendar: 'CAL',
        hoursPerDay: 7.5,
        capacity: 2,
        efficiencyPercent: 120,
      },
      { id: 'WELD' },
    ],
    resourceGroups: [
      { id: 'ALL-R', name: 'Everything', members: ['WELD', 'SAW'] },
      { id: 'ONE', members: ['SAW'] },
    ],
    routeOperations: [
      {
        id: 'A-10',
        item: 'A',
        operation: 10,
        resource: 'SAW',
        setupHours: 0.5,
        runHours: 2,
        perSeries: 10,
        queueHours: 1,
        transitHours: 4,
        scrapPercent: 2.5,
        validFrom: '2026-01-01',
        validTo: '2026-12-31',
      },
      { id: 'A-20', item: 'A', operation: 20, resourceGroup: 'ALL-R' },
    ],
    onHand: [{ item: 'A', warehouse: 'W1', quantity: -4 }],
    supply: [
      { id: 'S1', type: 'purchase', item: 'B', warehouse: 'W1', date: '2026-01-10', quantity: 5 },
      {
        id: 'S2',
        type: 'plannedOrder',
        item: 'A',
        warehouse: 'W2',
        date: '2026-02-01',
        quantity: 3,
        fromWarehouse: 'W1',
        orderType: 'transfer',
        approved: true,
      },
      {
        id: 'S3',
        type: 'transfer',
        item: 'A',
        warehouse: 'W2',
        date: '2026-02-02',
        quantity: 1e-9,
        approved: false,
      },
    ],
    demand: [
      { id: 'D1', type: 'sales', item: 'A', warehouse: 'W2', date: '2026-01-20', quantity: 7 },
      {
        id: 'D2',
        type: 'productionComponent',
        item: 'B',
        warehouse: 'W1',
        date: '2025-12-01',
        quantity: 1,
      },
      {
        id: 'D3',
        type: 'transferIssue',
        item: 'A',
        warehouse: 'W1',
        date: '2026-03-01',
        quantity: 2,
      },
    ],
    forecasts: [
      { id: 'F1', model: 'FC', item: 'A', warehouse: 'W2', date: '2026-02-01', quantity: 100 },
    ],
    reductionKeys: [
      {
        id: 'RK',
        periods: [
          { from: '2026-01-01', percent: 100 },
          { from: '2026-02-01', percent: 50 },
        ],
      },
      { id: 'EMPTY', periods: [] },
    ],
    filter: { items: ['A'], bomLevels: 2 },
  };
}

function roundTrip(dataset: Dataset, rowsPerBatch?: number): Dataset {
  return decodeDatasetBatches(encodeDatasetBatches(dataset, rowsPerBatch));
}

describe('snapshot batches', () => {
  it('round-trips the bike shop example', () => {
    const dataset = bikeShop();
    expect(roundTrip(dataset)).toStrictEqual(dataset);
    expect(roundTrip(dataset, 1)).toStrictEqual(dataset);
    expect(roundTrip(dataset, 3)).toStrictEqual(dataset);
  });

  it('round-trips every optional field, present and absent', () => {
    const dataset = everyField();
    for (const size of [1, 2, 5000]) expect(roundTrip(dataset, size)).toStrictEqual(dataset);
    const decoded = roundTrip(dataset);
    expect(Object.is(decoded.itemCoverage?.[1]?.minimumInventory, -0)).toBe(true);
    expect(decoded.calendars?.[2]).not.toHaveProperty('exceptions');
    expect(decoded.items[1]).toStrictEqual({ id: 'B' });
  });

  it('keeps absent lists absent and empty lists empty', () => {
    const minimal: Dataset = {
      formatVersion: 1,
      plan: { id: 'P', planDate: '2026-01-05' },
      items: [],
      warehouses: [],
      demand: [],
    };
    const decoded = roundTrip(minimal);
    expect(decoded).toStrictEqual(minimal);
    expect(decoded).not.toHaveProperty('supply');
    expect(decoded).not.toHaveProperty('filter');
    expect(decoded.plan).not.toHaveProperty('defaults');
  });

  it('round-trips filters with all BOM levels and without levels', () => {
    const all = { ...everyField(), filter: { items: ['A', 'B'], bomLevels: 'all' as const } };
    expect(roundTrip(all)).toStrictEqual(all);
    const bare = { ...everyField(), filter: { items: [] } };
    expect(roundTrip(bare)).toStrictEqual(bare);
  });

  it('round-trips a generated dataset in bounded batches', () => {
    const dataset = generateDataset({ items: 5000, seed: 3 });
    const rowsPerBatch = 1000;
    const batches = encodeDatasetBatches(dataset, rowsPerBatch);
    const headers = batches.map(readSnapshotBatchHeader);
    for (const h of headers) expect(h.rows).toBeLessThanOrEqual(rowsPerBatch);
    const demandBatches = headers.filter((h) => h.entity === 'demand');
    expect(demandBatches.length).toBe(Math.ceil((dataset.demand?.length ?? 0) / rowsPerBatch));
    expect(demandBatches.map((h) => h.sequence)).toEqual(demandBatches.map((_, i) => i));
    expect(demandBatches.filter((h) => h.last)).toHaveLength(1);
    expect(decodeDatasetBatches(batches)).toStrictEqual(dataset);
  });

  it('decodes batches in any order across and within entities', () => {
    const dataset = everyField();
    const batches = encodeDatasetBatches(dataset, 1).reverse();
    expect(decodeDatasetBatches(batches)).toStrictEqual(dataset);
  });

  it('rejects incomplete or duplicated batches', () => {
    const batches = encodeDatasetBatches(everyField(), 1);
    const demandIndex = batches.findIndex((b) => readSnapshotBatchHeader(b).entity === 'demand');
    const missing = batches.filter((_, i) => i !== demandIndex + 1);
    expect(() => decodeDatasetBatches(missing)).toThrow(ContractError);
    const duplicated = [...batches, batches[demandIndex] ?? new Uint8Array()];
    expect(() => decodeDatasetBatches(duplicated)).toThrow(/demand/);
    const noPlan = batches.filter((b) => readSnapshotBatchHeader(b).entity !== 'plan');
    expect(() => decodeDatasetBatches(noPlan)).toThrow(/plan batch/);
  });

  it('rejects a bad batch size and an invalid date', () => {
    expect(() => encodeDatasetBatches(everyField(), 0)).toThrow(RangeError);
    const bad = everyField();
    bad.plan.planDate = '2026-02-30';
    expect(() => encodeDatasetBatches(bad)).toThrow(/not a valid date/);
  });
});

describe('encodeSnapshotParts', () => {
  // A reader streams every list, absent or not: the dataset with each list present.
  const generated = generateDataset({ items: 400, seed: 5 });
  const dataset: Dataset = {
    ...generated,
    coverageGroups: generated.coverageGroups ?? [],
    itemCoverage: generated.itemCoverage ?? [],
    calendars: generated.calendars ?? [],
    bomLines: generated.bomLines ?? [],
    resources: generated.resources ?? [],
    resourceGroups: generated.resourceGroups ?? [],
    routeOperations: generated.routeOperations ?? [],
    onHand: generated.onHand ?? [],
    supply: generated.supply ?? [],
    demand: generated.demand ?? [],
    forecasts: generated.forecasts ?? [],
    reductionKeys: generated.reductionKeys ?? [],
  };

  /** The dataset as a reader streams it: each list in parts of `size` rows, then its end. */
  function* partsOf(size: number): Generator<DatasetPart> {
    yield { kind: 'plan', plan: dataset.plan };
    for (const list of DATASET_LISTS) {
      const rows: object[] = dataset[list] ?? [];
      for (let at = 0; at < rows.length; at += size) {
        yield { kind: 'rows', list, rows: rows.slice(at, at + size) };
      }
      yield { kind: 'end', list };
    }
  }

  async function collect(parts: AsyncIterable<Uint8Array>): Promise<Uint8Array[]> {
    const out: Uint8Array[] = [];
    for await (const batch of parts) out.push(batch);
    return out;
  }

  it('encodes a streamed dataset as the whole dataset, whatever the part size', async () => {
    // Parts of 7 rows cut into batches of at most 5: batch edges fall inside parts.
    const batches = await collect(encodeSnapshotParts(partsOf(7), undefined, 5));
    expect(decodeDatasetBatches(batches)).toEqual(
      decodeDatasetBatches(encodeDatasetBatches(dataset)),
    );
  });

  it('makes the same bytes as encodeDatasetBatches when parts are batch-sized', async () => {
    const batches = await collect(encodeSnapshotParts(partsOf(50), undefined, 50));
    expect(batches).toEqual(encodeDatasetBatches(dataset, 50));
  });
});
