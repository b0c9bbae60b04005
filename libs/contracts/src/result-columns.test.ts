/**
 * The column path of the result codec gives the same result batches, decoded, as the row
 * path: the same lists, rows, order and batch framing, for synthetic companies (with and
 * without routes, filtered) and the demo company.
 */
import { demoCompany, generateDataset } from '@replan/datagen';
import {
  compileDataset,
  planResultColumns,
  planResultParts,
  runPlan,
  toPlanResult,
  type Dataset,
  type PlanRun,
} from '@replan/engine';
import {
  decodeResultBatches,
  encodeResultColumnParts,
  encodeResultParts,
  readResultBatchHeader,
} from './index';

function planned(dataset: Dataset): PlanRun {
  return runPlan(compileDataset(dataset));
}

function columnBatches(run: PlanRun, rows: number): Uint8Array[] {
  return [...encodeResultColumnParts(planResultColumns(run, rows), rows)];
}

describe('result batches encoded from the run’s columns', () => {
  const companies: [string, () => Dataset][] = [
    ['a synthetic company', () => generateDataset({ items: 200, seed: 3, depth: 6 })],
    [
      'a synthetic company with routes',
      () => generateDataset({ items: 300, seed: 5, depth: 4, routeOperations: 2 }),
    ],
    ['the demo company', () => demoCompany()],
    [
      'a filtered run',
      () => {
        const dataset = generateDataset({ items: 300, seed: 7, depth: 4 });
        const items = dataset.items.slice(0, 40).map((item) => item.id);
        return { ...dataset, filter: { items } };
      },
    ],
  ];

  it.each(companies)('decode to the row path’s result for %s', (_name, make) => {
    const run = planned(make());
    const expected = toPlanResult(run);
    // Small batches, so dictionaries and framing are exercised across many batches.
    for (const rows of [7, 5000]) {
      const batches = columnBatches(run, rows);
      expect(decodeResultBatches(batches)).toEqual(expected);
      const rowPath = [...encodeResultParts(planResultParts(run, rows), rows)];
      expect(batches.map(readResultBatchHeader)).toEqual(rowPath.map(readResultBatchHeader));
    }
  });

  it('refuses a column slice larger than a batch', () => {
    const run = planned(generateDataset({ items: 100, seed: 1 }));
    expect(() => [...encodeResultColumnParts(planResultColumns(run, 50), 10)]).toThrow(
      /slice of 50 rows is over 10/,
    );
  });
});
