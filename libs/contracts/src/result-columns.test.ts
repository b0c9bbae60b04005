/**
 * The column path of the result codec gives the same result batches, decoded, as the row
 * path: the same lists, rows, order and batch framing, for synthetic companies (with and
 * without routes, filtered) and the demo company.
 */
import { demoCompany, generateDataset } from '@replan/datagen';
import {
  batchRangeOf,
  compileDataset,
  keepRange,
  planResultColumns,
  resultBatchLayout,
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

  it.each(companies)(
    'gives the whole stream, byte for byte, from ranges encoded apart, for %s',
    (_name, make) => {
      const run = planned(make());
      // 11 rows a batch: many batches, lists cut mid-way, some lists of one short batch.
      const rows = 11;
      const whole = columnBatches(run, rows);
      const layout = resultBatchLayout(run, rows);
      expect(layout.total).toBe(whole.length);
      for (const parts of [1, 2, 3, 5]) {
        const pieces: Uint8Array[] = [];
        const ranges = [];
        for (let p = 0; p < parts; p++) {
          const range = batchRangeOf(layout, p, parts);
          ranges.push(range);
          const columns = planResultColumns(run, rows, keepRange(layout, range));
          pieces.push(...encodeResultColumnParts(columns, rows, range));
        }
        // The ranges are contiguous, cover the stream and share its rows out.
        expect(ranges[0]?.from).toBe(0);
        expect(ranges[parts - 1]?.to).toBe(whole.length);
        for (let p = 1; p < parts; p++) expect(ranges[p]?.from).toBe(ranges[p - 1]?.to);
        if (parts > 1) expect(ranges.every((r) => r.to > r.from)).toBe(true);
        expect(Buffer.concat(pieces).equals(Buffer.concat(whole))).toBe(true);
        expect(pieces.length).toBe(whole.length);
      }
    },
  );

  it('refuses a column slice larger than a batch', () => {
    const run = planned(generateDataset({ items: 100, seed: 1 }));
    expect(() => [...encodeResultColumnParts(planResultColumns(run, 50), 10)]).toThrow(
      /slice of 50 rows is over 10/,
    );
  });
});
