/**
 * Regression cases: small datasets on which the engine and the oracle planner disagreed,
 * shrunk from fuzz seeds (`npm run fuzz -- --shrink`) or written from a finding. Each is
 * planned by both and must agree. A case fails until the engine (or, where the docs were
 * read wrongly, the oracle) is fixed: see the case's description and `diffWhenFound`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatComparison } from './compare';
import { planBoth } from './differential';
import type { RegressionCase } from './regression-case';

const dir = join(__dirname, 'regressions');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('regression cases', () => {
  it('has some', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s: engine and oracle agree', (file) => {
    const regression = JSON.parse(readFileSync(join(dir, file), 'utf8')) as RegressionCase;
    const { comparison } = planBoth(regression.dataset);
    expect(`${regression.description}\n${formatComparison(comparison)}`).toBe(
      `${regression.description}\n`,
    );
  });
});
