/**
 * The hand-worked scenario tests (../scenarios/*.test.ts), run against the oracle planner
 * instead of the engine: the oracle must meet every expectation worked out from the docs.
 * The scenario files import `planDataset` from '../index'; here that name is the oracle.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../model/dataset';
import { oraclePlan } from './oracle-plan';

jest.mock('../index', () => {
  const actual = jest.requireActual<Record<string, unknown>>('../index');
  return { ...actual, planDataset: (dataset: Dataset) => oraclePlan(dataset) };
});

/**
 * Scenario files that check the engine itself rather than planning rules, and the routing
 * rules, which the oracle does not model (its generator makes no routes).
 */
const NOT_RULES = new Set(['invariants.test.ts', 'routes.test.ts', 'route-invariants.test.ts']);

const dir = join(__dirname, '..', 'scenarios');
for (const file of readdirSync(dir).sort()) {
  if (!file.endsWith('.test.ts') || NOT_RULES.has(file)) continue;
  describe(`oracle: ${file}`, () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(join(dir, file));
  });
}
