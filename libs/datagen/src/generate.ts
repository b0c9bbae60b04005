/**
 * generateDataset: a seeded, realistic dataset of a manufacturer with one plant and
 * central warehouse (MAIN) and regional distribution centres (DC01…) refilled from it,
 * large enough for benchmarks (a million planning nodes in memory in seconds).
 */
import type { Calendar, CoverageGroup, Dataset, Warehouse } from '@replan/engine';
import { generateBoms } from './bom';
import { COVERAGE_GROUPS, generateCatalog } from './catalog';
import { DateWindow, weekday, weekdayOnOrAfter } from './dates';
import type { GenerateOptions } from './options';
import { resolveOptions } from './options';
import { Random } from './random';
import { generateRoutes } from './routes';
import { MAIN, generateTransactions } from './transactions';

/** The plan id of every generated dataset. */
export const GENERATED_PLAN_ID = 'MASTER';
const PLAN_ID = GENERATED_PLAN_ID;
export const CALENDAR_ID = 'WORKWEEK';

/** Days before and after the plan date whose ISO strings are shared by all rows. */
const DAYS_BEFORE = 90;
const DAYS_AFTER = 200;

function coverageGroups(): CoverageGroup[] {
  return [
    { id: COVERAGE_GROUPS.requirement, name: 'Requirement', coverageCode: 'requirement' },
    {
      id: COVERAGE_GROUPS.period,
      name: 'Weekly period',
      coverageCode: 'period',
      coveragePeriod: 7,
    },
    { id: COVERAGE_GROUPS.minMax, name: 'Min/max', coverageCode: 'minMax' },
    { id: COVERAGE_GROUPS.manual, name: 'Manual', coverageCode: 'manual' },
  ];
}

/** Monday to Friday, two company holidays and one extra Saturday shift ahead of the plan date. */
function workweek(dates: DateWindow): Calendar {
  let saturday = 38;
  while (weekday(dates.planDay + saturday) !== 6) saturday++;
  return {
    id: CALENDAR_ID,
    workingWeekdays: [1, 2, 3, 4, 5],
    exceptions: [
      { date: dates.iso(weekdayOnOrAfter(dates.planDay, 24)), open: false },
      { date: dates.iso(saturday), open: true },
      { date: dates.iso(weekdayOnOrAfter(dates.planDay, 52)), open: false },
    ],
  };
}

function warehouses(dcs: readonly string[]): Warehouse[] {
  return [
    { id: MAIN, name: 'Main plant and central warehouse', calendar: CALENDAR_ID },
    ...dcs.map((id) => ({ id, name: `Regional distribution centre ${id}`, mainWarehouse: MAIN })),
  ];
}

export function generateDataset(options: GenerateOptions): Dataset {
  const resolved = resolveOptions(options);
  const random = new Random(resolved.seed);
  const dates = new DateWindow(resolved.planDay, DAYS_BEFORE, DAYS_AFTER);
  const dcs = Array.from(
    { length: resolved.regionalWarehouses },
    (_, i) => `DC${String(i + 1).padStart(2, '0')}`,
  );

  const { catalog, items, itemCoverage } = generateCatalog(resolved, random);
  const boms = generateBoms(catalog, dates, random);
  const transactions = generateTransactions(catalog, boms, dcs, dates, random);
  for (const row of transactions.itemCoverage) itemCoverage.push(row);
  const routes =
    resolved.routeOperations > 0
      ? generateRoutes(catalog, boms.lines, resolved.routeOperations, CALENDAR_ID, resolved.seed)
      : undefined;

  return {
    formatVersion: 1,
    plan: { id: PLAN_ID, planDate: resolved.planDate },
    items,
    coverageGroups: coverageGroups(),
    itemCoverage,
    warehouses: warehouses(dcs),
    calendars: [workweek(dates)],
    bomLines: boms.lines,
    ...routes,
    onHand: transactions.onHand,
    supply: transactions.supply,
    demand: transactions.demand,
    forecasts: [],
  };
}
