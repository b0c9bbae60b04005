/**
 * The synthetic companies plan to the same result in partitions as in a single run, byte
 * for byte (the engine's own property test covers small datasets).
 */
import { compileDataset, runPartitioned, runPlan, toPlanResult } from '@replan/engine';
import { generateDataset } from './generate';

describe('a synthetic company planned in partitions', () => {
  it.each([
    [2, 0],
    [3, 2],
    [8, 2],
  ])('gives the single run’s plan with %i partitions, routes %i', (partitions, routes) => {
    const model = compileDataset(
      generateDataset({ items: 600, seed: 11, depth: 6, routeOperations: routes }),
    );
    const single = JSON.stringify(toPlanResult(runPlan(model)));
    const split = JSON.stringify(toPlanResult(runPartitioned(model, { partitions })));
    expect(split.length).toBe(single.length);
    expect(split === single).toBe(true);
  });
});
