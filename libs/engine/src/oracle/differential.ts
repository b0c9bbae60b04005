/**
 * The differential check: one dataset planned by the engine and by the oracle, compared.
 */
import { planDataset, validateDataset } from '../index';
import type { Dataset } from '../model/dataset';
import type { PlanResult } from '../model/result';
import { compareResults, formatComparison, type Comparison } from './compare';
import { generateDataset } from './generator';
import { oraclePlan } from './oracle-plan';
import { ALTERNATIVE_READINGS, PROPOSED_READINGS, type Readings } from './readings';

export interface DifferentialOutcome {
  comparison: Comparison;
  engine?: PlanResult;
  oracle?: PlanResult;
  /** A planner that threw: its message, as a disagreement of its own. */
  crash?: string;
}

export function planBoth(
  dataset: Dataset,
  readings: Readings = PROPOSED_READINGS,
): DifferentialOutcome {
  let engine: PlanResult | undefined;
  let oracle: PlanResult | undefined;
  const crashes: string[] = [];
  try {
    engine = planDataset(structuredClone(dataset));
  } catch (error) {
    crashes.push(`engine threw: ${String(error)}`);
  }
  try {
    oracle = oraclePlan(structuredClone(dataset), readings);
  } catch (error) {
    crashes.push(`oracle threw: ${String(error)}`);
  }
  if (engine === undefined || oracle === undefined) {
    return {
      comparison: {
        equal: false,
        diffs: [{ section: 'counts', categories: ['crash'], lines: crashes }],
      },
      crash: crashes.join('; '),
    };
  }
  return { comparison: compareResults(engine, oracle), engine, oracle };
}

/** The dataset of a seed, checked against the dataset format. */
export function fuzzDataset(seed: number): Dataset {
  const dataset = generateDataset(seed);
  const validation = validateDataset(dataset);
  if (!validation.ok) {
    const first = validation.errors
      .slice(0, 3)
      .map((e) => e.message)
      .join('; ');
    throw new Error(`generated dataset of seed ${seed} is not valid: ${first}`);
  }
  return dataset;
}

/** Categories of a comparison, for counting: `plannedOrders`, `messages:SHORTAGE`, … */
export function categoriesOf(comparison: Comparison): string[] {
  return [...new Set(comparison.diffs.flatMap((d) => d.categories))].sort();
}

export function describeDisagreement(seed: number, comparison: Comparison): string {
  return `seed ${seed}: engine and oracle disagree\n${formatComparison(comparison)}`;
}

/** The number of lines that differ: how far the oracle is from the engine. */
function distance(dataset: Dataset, readings: Readings): number {
  const { comparison } = planBoth(dataset, readings);
  return comparison.diffs.reduce((sum, d) => sum + d.lines.length, 0);
}

export interface Explanation {
  /** `name=value` of each alternative reading used. */
  alternatives: string[];
  /** The readings with those alternatives. */
  readings: Readings;
  /** True when the oracle then agrees with the engine. */
  agrees: boolean;
}

/**
 * Which alternative readings bring the oracle to the engine: each single one that does;
 * failing that, a set grown one alternative (or pair of them) at a time, taking each time the
 * step that brings the oracle closest. `agrees` false: what is left is not a known reading.
 */
export function explainDisagreement(dataset: Dataset): Explanation {
  const alternatives: [keyof Readings, string][] = [];
  for (const name of Object.keys(ALTERNATIVE_READINGS) as (keyof Readings)[]) {
    for (const value of ALTERNATIVE_READINGS[name]) alternatives.push([name, value]);
  }
  const readingsOf = (chosen: [keyof Readings, string][]) => {
    const readings = { ...PROPOSED_READINGS } as Record<string, string>;
    for (const [name, value] of chosen) readings[name] = value;
    return readings as unknown as Readings;
  };
  const label = ([name, value]: [keyof Readings, string]) => `${name}=${value}`;
  const explanation = (chosen: [keyof Readings, string][], agrees: boolean): Explanation => ({
    alternatives: chosen.map(label),
    readings: readingsOf(chosen),
    agrees,
  });
  const singles = alternatives.filter((a) => distance(dataset, readingsOf([a])) === 0);
  if (singles.length > 0) return explanation(singles.slice(0, 1), true);
  let chosen: [keyof Readings, string][] = [];
  let best = distance(dataset, readingsOf(chosen));
  for (;;) {
    const free = alternatives.filter((a) => !chosen.some(([n]) => n === a[0]));
    let step: [keyof Readings, string][] | undefined;
    for (const a of free) {
      const d = distance(dataset, readingsOf([...chosen, a]));
      if (d < best) [best, step] = [d, [a]];
    }
    if (step === undefined) {
      for (let i = 0; i < free.length; i += 1) {
        for (let j = i + 1; j < free.length; j += 1) {
          const pair = [free[i], free[j]] as [keyof Readings, string][];
          if (pair[0]?.[0] === pair[1]?.[0]) continue;
          const d = distance(dataset, readingsOf([...chosen, ...pair]));
          if (d < best) [best, step] = [d, pair];
        }
      }
    }
    if (step === undefined) return explanation(chosen, false);
    chosen = [...chosen, ...step];
    if (best === 0) return explanation(chosen, true);
  }
}
