/**
 * `npm run fuzz`: differential fuzzing of the engine against the oracle planner.
 *
 *   npm run fuzz -- [--count N] [--seed S] [--explain] [--shrink [--max-shrinks K]] [--out DIR]
 *   npm run fuzz -- --seeds 12,39 --verbose
 *
 * Prints a summary (datasets, disagreements by category). With --shrink, the first
 * disagreement of each category is shrunk to a minimal dataset and written to DIR (default
 * libs/engine/src/oracle/regressions) as a regression case. Exit code 1 when any dataset
 * disagrees.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { formatComparison } from './compare';
import { categoriesOf, fuzzDataset, planBoth } from './differential';
import { formatSummary, runFuzz, type Disagreement } from './fuzz';
import { regressionCase } from './regression-case';
import { shrinkDataset } from './shrink';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '1' },
    seeds: { type: 'string' },
    explain: { type: 'boolean', default: false },
    shrink: { type: 'boolean', default: false },
    'max-shrinks': { type: 'string', default: '10' },
    out: { type: 'string', default: join(__dirname, 'regressions') },
    verbose: { type: 'boolean', default: false },
  },
});

function wholeNumber(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n < 0) {
    console.error(`fuzz: --${name} must be a whole number, got '${text}'`);
    process.exit(2);
  }
  return n;
}

function writeCase(
  d: Pick<Disagreement, 'seed' | 'dataset'>,
  category: string,
  dir: string,
): string {
  const { dataset } = shrinkDataset(d.dataset, { category });
  const slug = category.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase();
  const file = join(dir, `seed-${d.seed}-${slug}.json`);
  const diff = formatComparison(planBoth(dataset).comparison);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    file,
    `${JSON.stringify(regressionCase(d.seed, category, diff, dataset), null, 2)}\n`,
  );
  return file;
}

if (values.seeds !== undefined) {
  // A few seeds, with their diffs.
  let disagree = 0;
  for (const text of values.seeds.split(',')) {
    const seed = wholeNumber('seeds', text);
    const dataset = fuzzDataset(seed);
    const { comparison } = planBoth(dataset);
    if (comparison.equal) {
      console.log(`seed ${seed}: engine and oracle agree`);
      continue;
    }
    disagree += 1;
    const categories = categoriesOf(comparison);
    console.log(`seed ${seed}: ${categories.join(', ')}\n${formatComparison(comparison)}`);
    if (values.shrink) {
      // The first category only: one case per seed asked for.
      const category = categories[0] ?? '';
      console.log(`wrote ${writeCase({ seed, dataset }, category, values.out)}`);
    }
  }
  process.exit(disagree > 0 ? 1 : 0);
}

const count = wholeNumber('count', values.count);
const firstSeed = wholeNumber('seed', values.seed);
const maxShrinks = wholeNumber('max-shrinks', values['max-shrinks']);
const shrunk = new Set<string>();
const written: string[] = [];
const summary = runFuzz({
  count,
  firstSeed,
  explain: values.explain,
  onDisagreement: (d) => {
    if (values.verbose) {
      console.log(
        `seed ${d.seed}${d.explanation === undefined ? '' : ` (${d.explanation})`}:\n${d.diff}\n`,
      );
    }
    if (!values.shrink) return;
    for (const category of d.categories) {
      if (shrunk.has(category) || shrunk.size >= maxShrinks) continue;
      shrunk.add(category);
      written.push(writeCase(d, category, values.out));
    }
  },
});
console.log(formatSummary(summary));
for (const file of written) console.log(`wrote ${file}`);
process.exit(summary.disagreements > 0 ? 1 : 0);
