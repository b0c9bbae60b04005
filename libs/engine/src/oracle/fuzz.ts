/**
 * Differential fuzzing over seeds: each seed's dataset planned by the engine and the oracle,
 * the disagreements counted by category and, on request, by the readings that explain them.
 */
import type { Dataset } from '../model/dataset';
import { formatComparison } from './compare';
import { categoriesOf, explainDisagreement, fuzzDataset, planBoth } from './differential';

export interface FuzzOptions {
  count: number;
  firstSeed: number;
  /** Also find which alternative readings explain each disagreement (slower). */
  explain?: boolean;
  /** Called for every seed on which the planners disagree. */
  onDisagreement?: (disagreement: Disagreement) => void;
}

export interface Disagreement {
  seed: number;
  dataset: Dataset;
  categories: string[];
  /** The alternative readings that explain it (with `explain`); `unexplained` when none do. */
  explanation?: string;
  diff: string;
}

export interface FuzzSummary {
  datasets: number;
  disagreements: number;
  byCategory: Map<string, number>;
  byExplanation: Map<string, number>;
  /** The first seeds of each category, to look at. */
  seedsByCategory: Map<string, number[]>;
  milliseconds: number;
}

export function runFuzz(options: FuzzOptions): FuzzSummary {
  const started = Date.now();
  const summary: FuzzSummary = {
    datasets: 0,
    disagreements: 0,
    byCategory: new Map(),
    byExplanation: new Map(),
    seedsByCategory: new Map(),
    milliseconds: 0,
  };
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (let seed = options.firstSeed; seed < options.firstSeed + options.count; seed += 1) {
    const dataset = fuzzDataset(seed);
    summary.datasets += 1;
    const { comparison } = planBoth(dataset);
    if (comparison.equal) continue;
    summary.disagreements += 1;
    const categories = categoriesOf(comparison);
    for (const category of categories) {
      add(summary.byCategory, category);
      const seeds = summary.seedsByCategory.get(category) ?? [];
      if (seeds.length < 5) seeds.push(seed);
      summary.seedsByCategory.set(category, seeds);
    }
    let explanation: string | undefined;
    if (options.explain === true) {
      const found = explainDisagreement(dataset);
      explanation = found.agrees ? found.alternatives.join(' + ') : 'unexplained';
      for (const one of found.agrees ? found.alternatives : ['unexplained']) {
        add(summary.byExplanation, one);
      }
    }
    const disagreement: Disagreement = {
      seed,
      dataset,
      categories,
      diff: formatComparison(comparison),
    };
    if (explanation !== undefined) disagreement.explanation = explanation;
    options.onDisagreement?.(disagreement);
  }
  summary.milliseconds = Date.now() - started;
  return summary;
}

export function formatSummary(summary: FuzzSummary): string {
  const sorted = (map: Map<string, number>) =>
    [...map].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const lines = [
    `${summary.datasets} datasets, ${summary.disagreements} with disagreements (${(
      summary.milliseconds / 1000
    ).toFixed(1)} s)`,
  ];
  if (summary.byCategory.size > 0) {
    lines.push('disagreements by category (a dataset counts once in each of its categories):');
    for (const [category, n] of sorted(summary.byCategory)) {
      const seeds = summary.seedsByCategory.get(category) ?? [];
      lines.push(`  ${String(n).padStart(6)}  ${category}  (seeds ${seeds.join(', ')})`);
    }
  }
  if (summary.byExplanation.size > 0) {
    lines.push(
      'disagreements by the alternative reading that explains them (see readings.ts; a dataset counts once for each one it needs):',
    );
    for (const [explanation, n] of sorted(summary.byExplanation)) {
      lines.push(`  ${String(n).padStart(6)}  ${explanation}`);
    }
  }
  return lines.join('\n');
}
