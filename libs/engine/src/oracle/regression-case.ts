/**
 * A regression case: a small dataset on which the engine and the oracle once disagreed, kept
 * under `regressions/` and planned by both in `regressions.test.ts`.
 */
import type { Dataset } from '../model/dataset';

export interface RegressionCase {
  /** What the case shows, for people (and the finding it belongs to, when triaged). */
  description: string;
  finding?: string;
  /** The fuzz seed it was shrunk from. */
  seed?: number;
  /** The disagreement it was shrunk for, e.g. `plannedOrders`. */
  category: string;
  /** The diff when it was written: `-` engine only, `+` oracle only, `~` engine → oracle. */
  diffWhenFound: string[];
  dataset: Dataset;
}

export function regressionCase(
  seed: number,
  category: string,
  diff: string,
  dataset: Dataset,
): RegressionCase {
  return {
    description: `shrunk from fuzz seed ${seed} for '${category}'`,
    seed,
    category,
    diffWhenFound: diff.split('\n'),
    dataset,
  };
}
