/**
 * Shrinks a dataset on which the engine and the oracle disagree to a small one on which they
 * still disagree in the same way: rows, items, warehouses and calendars are dropped, optional
 * fields removed, quantities and dates simplified, one change at a time, as long as the
 * disagreement persists and the dataset stays valid.
 */
import { validateDataset } from '../index';
import type { Dataset } from '../model/dataset';
import { dayOf, isoOf } from './days';
import { categoriesOf, explainDisagreement, planBoth } from './differential';
import { PROPOSED_READINGS, type Readings } from './readings';

export interface ShrinkOptions {
  /** The disagreement to keep: a category such as `plannedOrders` (default: the first). */
  category?: string;
  /** Stop after this many plans of both planners. */
  maxAttempts?: number;
  /** The oracle's readings while shrinking. */
  readings?: Readings;
  /** Keep only a disagreement that no alternative reading explains. */
  unexplained?: boolean;
}

export interface ShrinkResult {
  dataset: Dataset;
  category: string;
  attempts: number;
}

type Lists = Exclude<keyof Dataset, 'formatVersion' | 'plan' | 'filter'>;
type AnyRow = Record<string, unknown>;

const LISTS: Lists[] = [
  'demand',
  'forecasts',
  'supply',
  'onHand',
  'bomLines',
  'itemCoverage',
  'coverageGroups',
  'reductionKeys',
  'calendars',
  'items',
  'warehouses',
];

/** Fields that must stay on a row (the rest are optional and may be dropped). */
const REQUIRED: Partial<Record<Lists, string[]>> = {
  demand: ['id', 'type', 'item', 'warehouse', 'date', 'quantity'],
  forecasts: ['id', 'model', 'item', 'warehouse', 'date', 'quantity'],
  supply: ['id', 'type', 'item', 'warehouse', 'date', 'quantity'],
  onHand: ['item', 'warehouse', 'quantity'],
  bomLines: ['id', 'parent', 'component', 'quantity'],
  itemCoverage: ['item'],
  coverageGroups: ['id'],
  reductionKeys: ['id', 'periods'],
  calendars: ['id', 'workingWeekdays'],
  items: ['id'],
  warehouses: ['id'],
};

/** Drops rows and fields that refer to something no longer in the dataset. */
export function withoutDanglingReferences(input: Dataset): Dataset {
  const ds = structuredClone(input);
  const items = new Set(ds.items.map((i) => i.id));
  const warehouses = new Set(ds.warehouses.map((w) => w.id));
  const calendars = new Set((ds.calendars ?? []).map((c) => c.id));
  const groups = new Set((ds.coverageGroups ?? []).map((g) => g.id));
  const keys = new Set((ds.reductionKeys ?? []).map((k) => k.id));
  const atNode = <T extends { item: string; warehouse: string }>(rows: T[] | undefined) =>
    (rows ?? []).filter((r) => items.has(r.item) && warehouses.has(r.warehouse));
  ds.onHand = atNode(ds.onHand);
  ds.demand = atNode(ds.demand);
  ds.forecasts = atNode(ds.forecasts);
  ds.supply = atNode(ds.supply);
  for (const s of ds.supply)
    if (s.fromWarehouse !== undefined && !warehouses.has(s.fromWarehouse)) delete s.fromWarehouse;
  ds.bomLines = (ds.bomLines ?? []).filter((l) => items.has(l.parent) && items.has(l.component));
  for (const l of ds.bomLines)
    if (l.warehouse !== undefined && !warehouses.has(l.warehouse)) delete l.warehouse;
  for (const i of ds.items)
    if (i.coverageGroup !== undefined && !groups.has(i.coverageGroup)) delete i.coverageGroup;
  for (const w of ds.warehouses) {
    if (w.mainWarehouse !== undefined && !warehouses.has(w.mainWarehouse)) delete w.mainWarehouse;
    if (w.calendar !== undefined && !calendars.has(w.calendar)) delete w.calendar;
  }
  ds.itemCoverage = (ds.itemCoverage ?? []).filter(
    (c) => items.has(c.item) && (c.warehouse === undefined || warehouses.has(c.warehouse)),
  );
  for (const settings of [
    ...ds.itemCoverage,
    ...(ds.coverageGroups ?? []),
    ds.plan.defaults ?? {},
  ]) {
    const row = settings as AnyRow;
    if (typeof row.calendar === 'string' && !calendars.has(row.calendar)) delete row.calendar;
    if (typeof row.reductionKey === 'string' && !keys.has(row.reductionKey))
      delete row.reductionKey;
    if (typeof row.mainWarehouse === 'string' && !warehouses.has(row.mainWarehouse))
      delete row.mainWarehouse;
  }
  if (ds.filter !== undefined) {
    ds.filter.items = ds.filter.items.filter((i) => items.has(i));
    if (ds.filter.items.length === 0) delete ds.filter;
  }
  return ds;
}

export function shrinkDataset(input: Dataset, options: ShrinkOptions = {}): ShrinkResult {
  const readings = options.readings ?? PROPOSED_READINGS;
  const first = categoriesOf(planBoth(input, readings).comparison);
  const category = options.category ?? first[0];
  if (category === undefined) throw new Error('shrinkDataset: the planners agree on this dataset');
  const maxAttempts = options.maxAttempts ?? 4000;
  let attempts = 0;
  let current = structuredClone(input);

  /** Keeps the candidate when it is valid and still shows the disagreement. */
  const accept = (candidate: Dataset): boolean => {
    if (attempts >= maxAttempts) return false;
    const cleaned = withoutDanglingReferences(candidate);
    if (!validateDataset(structuredClone(cleaned)).ok) return false;
    attempts += 1;
    if (!categoriesOf(planBoth(cleaned, readings).comparison).includes(category)) return false;
    if (options.unexplained === true && explainDisagreement(cleaned).agrees) return false;
    current = cleaned;
    return true;
  };

  for (let round = 0; round < 6; round += 1) {
    const before = JSON.stringify(current);
    dropRows();
    dropFields();
    simplifyValues();
    if (JSON.stringify(current) === before || attempts >= maxAttempts) break;
  }
  return { dataset: current, category, attempts };

  function dropRows(): void {
    for (const list of LISTS) {
      // Halves first, then smaller chunks, then single rows.
      for (
        let chunk = Math.ceil(((current[list] as unknown[] | undefined)?.length ?? 0) / 2);
        chunk >= 1;
      ) {
        let i = 0;
        while (i < ((current[list] as unknown[] | undefined)?.length ?? 0)) {
          const candidate = structuredClone(current);
          const rows = candidate[list] as unknown[];
          rows.splice(i, chunk);
          if (list === 'warehouses' && rows.length === 0) break;
          if (!accept(candidate)) i += chunk;
        }
        chunk = chunk === 1 ? 0 : Math.ceil(chunk / 2);
      }
    }
    if (current.filter !== undefined) {
      const candidate = structuredClone(current);
      delete candidate.filter;
      accept(candidate);
    }
  }

  /** A row of a list (or the plan, or its defaults) of a dataset. */
  function rowOf(
    ds: Dataset,
    list: Lists | 'plan' | 'defaults',
    index: number,
  ): AnyRow | undefined {
    if (list === 'plan') return ds.plan as unknown as AnyRow;
    if (list === 'defaults') return ds.plan.defaults as AnyRow | undefined;
    return ((ds[list] as AnyRow[] | undefined) ?? [])[index];
  }

  function dropFields(): void {
    const targets: [Lists | 'plan' | 'defaults', number, string[]][] = [
      ['plan', 0, ['id', 'planDate']],
      ['defaults', 0, []],
    ];
    for (const list of LISTS) {
      const count = ((current[list] as unknown[] | undefined) ?? []).length;
      for (let index = 0; index < count; index += 1)
        targets.push([list, index, REQUIRED[list] ?? []]);
    }
    for (const [list, index, required] of targets) {
      for (const field of Object.keys(rowOf(current, list, index) ?? {})) {
        if (required.includes(field)) continue;
        const candidate = structuredClone(current);
        const row = rowOf(candidate, list, index);
        if (row === undefined || !(field in row)) continue;
        delete row[field];
        accept(candidate);
      }
    }
  }

  function simplifyValues(): void {
    const today = dayOf(current.plan.planDate);
    const change = (list: Lists, field: string, makes: ((v: unknown) => unknown)[]) => {
      const count = ((current[list] as unknown[] | undefined) ?? []).length;
      for (let index = 0; index < count; index += 1) {
        for (const make of makes) {
          const candidate = structuredClone(current);
          const row = rowOf(candidate, list, index);
          if (row === undefined || row[field] === undefined) continue;
          const next = make(row[field]);
          if (next === undefined || next === row[field]) continue;
          row[field] = next;
          accept(candidate);
        }
      }
    };
    const numberMakes = [
      (v: unknown) => (typeof v === 'number' ? Math.round(v) : undefined),
      (v: unknown) => (typeof v === 'number' && v > 0 ? 1 : undefined),
      (v: unknown) => (typeof v === 'number' && v > 1 ? Math.ceil(v / 2) : undefined),
    ];
    const dateMakes = [
      (v: unknown) => (typeof v === 'string' ? isoOf(today) : undefined),
      (v: unknown) =>
        typeof v === 'string' ? isoOf(today + Math.round((dayOf(v) - today) / 2)) : undefined,
    ];
    for (const list of ['demand', 'supply', 'onHand', 'forecasts', 'bomLines'] as const) {
      change(list, 'quantity', numberMakes);
    }
    for (const list of ['demand', 'supply', 'forecasts'] as const) change(list, 'date', dateMakes);
  }
}
