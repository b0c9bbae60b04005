import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoCompany, generateDataset } from '@replan/datagen';
import {
  columnsFromDataset,
  compileColumns,
  planDataset,
  runPlan,
  toPlanResult,
  validateColumns,
  validateDataset,
  type Dataset,
} from '@replan/engine';
import {
  ContractError,
  decodeDatasetBatches,
  decodeSnapshotColumns,
  encodeDatasetBatches,
} from './index';

const EXAMPLES = join(__dirname, '../../../examples');

function bikeShop(): Dataset {
  const json: unknown = JSON.parse(readFileSync(join(EXAMPLES, 'bike-shop.json'), 'utf8'));
  const validation = validateDataset(json);
  if (!validation.ok) throw new Error('bike-shop.json does not validate');
  return validation.dataset;
}

const DATASETS: [string, () => Dataset][] = [
  ['the bike shop example', bikeShop],
  ['the demo company (forecasts, routes)', () => demoCompany()],
  ['a generated company', () => generateDataset({ items: 400, seed: 3, depth: 5 })],
  [
    'a generated company with routes',
    () => generateDataset({ items: 300, seed: 4, depth: 4, routeOperations: 2 }),
  ],
  ['a filtered run', () => ({ ...bikeShop(), filter: { items: ['BIKE'], bomLevels: 1 } })],
];

describe('decodeSnapshotColumns', () => {
  it.each(DATASETS)('reads %s into the columns the JSON path builds', (_name, make) => {
    const dataset = make();
    const batches = encodeDatasetBatches(dataset, 7);
    expect(decodeSnapshotColumns(batches)).toEqual(
      columnsFromDataset(decodeDatasetBatches(batches)),
    );
  });

  it.each(DATASETS)('plans %s as planDataset does', (_name, make) => {
    const dataset = make();
    const columns = decodeSnapshotColumns(encodeDatasetBatches(dataset, 11));
    const validation = validateColumns(columns);
    expect(validation.ok).toBe(true);
    expect(toPlanResult(runPlan(compileColumns(columns)))).toEqual(planDataset(dataset));
  });

  it('reports the same issues, with the same rows and fields, as validating the rows', () => {
    const shop = bikeShop();
    // Each line below breaks one rule a snapshot's columns can carry.
    const hostile: Dataset = {
      ...shop,
      items: [...shop.items, { id: 'GADGET', coverageGroup: 'NO-SUCH-GROUP' }, { id: 'BIKE' }],
      bomLines: [
        ...(shop.bomLines ?? []),
        { id: 'SELF', parent: 'GADGET', component: 'GADGET', quantity: -1 },
        {
          id: 'BIKE-10',
          parent: 'BIKE',
          component: 'GHOST',
          quantity: 1,
          validFrom: '2026-05-01',
          validTo: '2026-04-01',
          offsetDays: 1.5,
          operation: 10,
        },
      ],
      onHand: [
        ...(shop.onHand ?? []),
        { item: 'BIKE', warehouse: 'SHOP', quantity: 1e13 },
        { item: 'BIKE', warehouse: 'NOWHERE', quantity: 1 },
      ],
      supply: [
        ...(shop.supply ?? []),
        {
          id: 'PO-501',
          type: 'transfer',
          item: 'FRAME',
          warehouse: 'SHOP',
          fromWarehouse: 'ATLANTIS',
          date: '2026-03-10',
          quantity: 0.1234567,
        },
      ],
      demand: [
        ...(shop.demand ?? []),
        {
          id: 'SO-X',
          type: 'sales',
          item: 'NOPE',
          warehouse: 'SHOP',
          date: '2026-03-01',
          quantity: -2,
        },
        { id: '', type: 'sales', item: 'BIKE', warehouse: 'SHOP', date: '9999-12-31', quantity: 1 },
      ],
      forecasts: [
        { id: 'F1', model: 'M', item: 'BIKE', warehouse: 'SHOP', date: '2026-04-01', quantity: 5 },
        { id: 'F1', model: 'M', item: 'BIKE', warehouse: 'LIMBO', date: '2026-04-01', quantity: 5 },
      ],
    };
    const batches = encodeDatasetBatches(hostile, 3);
    const fromRows = validateDataset(decodeDatasetBatches(batches));
    const fromColumns = validateColumns(decodeSnapshotColumns(batches));
    expect(fromRows.ok).toBe(false);
    if (fromRows.ok || fromColumns.ok) throw new Error('both must fail');
    // Fourteen errors at least: the lines above each break one rule, some two.
    expect(fromRows.errors.length).toBeGreaterThanOrEqual(14);
    expect(fromColumns.errors).toEqual(fromRows.errors);
    expect(fromColumns.warnings).toEqual(fromRows.warnings);
    expect(fromColumns.errors.map((e) => e.message)).toContain(
      "demand 'SO-X' (row 6): field 'item' refers to unknown item 'NOPE'",
    );
  });

  it('rejects a snapshot without its plan or items batch, or with a truncated batch', () => {
    const batches = encodeDatasetBatches(bikeShop());
    expect(() => decodeSnapshotColumns(batches.slice(1))).toThrow(ContractError);
    expect(() => decodeSnapshotColumns(batches.filter((_, i) => i !== 1))).toThrow(
      /no items batch/,
    );
    const truncated = batches.map((b, i) => (i === batches.length - 1 ? b.subarray(0, 5) : b));
    expect(() => decodeSnapshotColumns(truncated)).toThrow();
  });
});
