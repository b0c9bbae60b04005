/**
 * Differential test: a few hundred seeded datasets (generator.ts), each planned by the engine
 * and by the oracle planner, must give the same result: planned orders, pegging, delays,
 * action messages, forecasts, messages and counts (compare.ts). `npm run fuzz` runs
 * thousands of seeds and says which documented reading each disagreement comes from.
 */
import { formatComparison } from './compare';
import { fuzzDataset, planBoth } from './differential';

const SEEDS = Array.from({ length: 300 }, (_, i) => i + 1);

describe('engine against the oracle planner', () => {
  it.each(SEEDS)('seed %i: same plan', (seed) => {
    const { comparison } = planBoth(fuzzDataset(seed));
    // On failure the message is the diff: `-` engine only, `+` oracle only, `~` engine → oracle.
    expect(formatComparison(comparison)).toBe('');
  });
});
