/**
 * Planning in partitions gives the plan of a single run, byte for byte, over the
 * differential fuzzing's generated datasets, for 1 to 8 partitions (larger companies, with
 * routes: libs/datagen/src/partitioned-plan.test.ts).
 */
import { compileDataset } from '../compile';
import type { Dataset } from '../model/dataset';
import { generateDataset as generateSmall } from '../oracle/generator';
import { toPlanResult } from '../output/to-result';
import { runPlan } from '../plan';
import { runPartitioned } from './partitioned-run';

function bothWays(dataset: Dataset, partitions: number): { single: string; split: string } {
  const model = compileDataset(dataset);
  const single = JSON.stringify(toPlanResult(runPlan(model)));
  const split = JSON.stringify(toPlanResult(runPartitioned(model, { partitions })));
  return { single, split };
}

describe('planning in partitions', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'gives the single run’s plan on 60 small generated datasets, %i partitions',
    (partitions) => {
      const differ: number[] = [];
      for (let seed = 1; seed <= 60; seed++) {
        const { single, split } = bothWays(generateSmall(seed), partitions);
        if (single !== split) differ.push(seed);
      }
      expect(differ).toEqual([]);
    },
  );

  it('refuses a partition count that is not a whole number ≥ 1', () => {
    const model = compileDataset(generateSmall(1));
    expect(() => runPartitioned(model, { partitions: 0 })).toThrow(/partitions must be/);
  });
});
