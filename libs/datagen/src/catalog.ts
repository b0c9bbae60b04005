/**
 * The item master of a generated manufacturer: finished goods (FG-), subassemblies (SA-)
 * and purchased parts (RM-), each on a BOM level, with its coverage group and item
 * coverage. Per-item facts that later steps need are kept in typed arrays indexed by item
 * number (FG first, then SA, then RM), not in per-item objects.
 */
import type { Item, ItemCoverage } from '@replan/engine';
import { formatId, idWidth } from './ids';
import type { ItemMix, ResolvedOptions } from './options';
import { itemMix } from './options';
import type { Random } from './random';

export const COVERAGE_GROUPS = {
  requirement: 'REQ',
  period: 'PERIOD7',
  minMax: 'MINMAX',
  manual: 'MANUAL',
} as const;

/** Typical number of BOM lines of a manufactured item (2–6), used to size the levels. */
export const AVERAGE_BOM_LINES = 4;
/** Purchased parts used all over the product range (fasteners, labels), on the deepest level. */
const POPULAR_SHARE = 0.01;
/** Subassemblies that are phantoms: their BOM lines are phantom lines. */
const PHANTOM_SHARE = 0.12;

export interface Catalog extends ItemMix {
  readonly count: number;
  readonly depth: number;
  readonly ids: string[];
  readonly level: Uint8Array;
  /** Items on each level 0..depth (level 0: the end items). */
  readonly byLevel: Int32Array[];
  /** Manufactured items on each level 0..depth-1. */
  readonly parentsByLevel: Int32Array[];
  /** Purchased parts that many parents share, all on the deepest level. */
  readonly popular: Int32Array;
  readonly phantom: Uint8Array;
  /** Purchase lead time of purchased parts, production lead time of manufactured items. */
  readonly leadTime: Uint8Array;
  /** Transfer lead time of end items (MAIN → DC). */
  readonly transferLeadTime: Uint8Array;
  /** Order quantity settings, 0 when unset. */
  readonly minOrder: Uint16Array;
  readonly multiple: Uint16Array;
  /** End items: the typical quantity of a sales line. */
  readonly salesQuantity: Uint16Array;
}

export function isEndItem(catalog: Catalog, item: number): boolean {
  return item < catalog.endItems;
}

export function isPurchased(catalog: Catalog, item: number): boolean {
  return item >= catalog.endItems + catalog.intermediates;
}

/** Largest-remainder split of total into parts proportional to weights. */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  if (sum <= 0 || weights.length === 0) {
    return weights.map((_, i) => (i === weights.length - 1 ? total : 0));
  }
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map((x) => Math.floor(x));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  const order = exact
    .map((x, i) => ({ i, r: x - Math.floor(x) }))
    .sort((p, q) => q.r - p.r || p.i - q.i);
  for (const { i } of order) {
    if (rest <= 0) break;
    counts[i] = (counts[i] ?? 0) + 1;
    rest--;
  }
  return counts;
}

/**
 * BOM levels. Subassemblies spread over levels 1..depth-1, more of them near the top.
 * Purchased parts go where there are BOM slots left over after the subassemblies, so every
 * component finds a parent one level up and parents keep room for shared parts.
 */
function assignLevels(mix: ItemMix, depth: number, random: Random): Uint8Array {
  const count = mix.endItems + mix.intermediates + mix.purchased;
  const level = new Uint8Array(count);
  const subWeights: number[] = [];
  for (let l = 1; l < depth; l++) subWeights.push(depth - l);
  const subCounts = mix.intermediates > 0 ? apportion(mix.intermediates, subWeights) : [];

  const slots: number[] = [AVERAGE_BOM_LINES * mix.endItems];
  for (let l = 1; l < depth; l++) slots.push(AVERAGE_BOM_LINES * (subCounts[l - 1] ?? 0));
  const partWeights: number[] = [];
  for (let l = 1; l <= depth; l++) {
    partWeights.push(Math.max(0, (slots[l - 1] ?? 0) - (subCounts[l - 1] ?? 0)));
  }
  const popularCount = Math.max(1, Math.round(mix.purchased * POPULAR_SHARE));
  const partCounts = apportion(mix.purchased - popularCount, partWeights);
  partCounts[depth - 1] = (partCounts[depth - 1] ?? 0) + popularCount;

  const fill = (start: number, counts: readonly number[]): void => {
    let i = start;
    counts.forEach((n, l) => {
      level.fill(l + 1, i, i + n);
      i += n;
    });
    random.shuffle(level.subarray(start, i));
  };
  fill(mix.endItems, subCounts);
  fill(mix.endItems + mix.intermediates, partCounts);
  return level;
}

function groupByLevel(level: Uint8Array, depth: number, from: number, to: number): Int32Array[] {
  const sizes = new Int32Array(depth + 1);
  for (let i = from; i < to; i++) {
    const l = level[i] ?? 0;
    sizes[l] = (sizes[l] ?? 0) + 1;
  }
  const groups = Array.from(sizes, (n) => new Int32Array(n));
  const filled = new Int32Array(depth + 1);
  for (let i = from; i < to; i++) {
    const l = level[i] ?? 0;
    const at = filled[l] ?? 0;
    const group = groups[l];
    if (group !== undefined) group[at] = i;
    filled[l] = at + 1;
  }
  return groups;
}

const SALES_QUANTITIES = [1, 1, 2, 2, 3, 5, 5, 8, 10, 10, 20, 50] as const;
const PART_MIN_ORDERS = [10, 20, 25, 50, 100, 250] as const;
const PART_MULTIPLES = [5, 10, 12, 24, 50, 100] as const;
const MADE_MIN_ORDERS = [5, 10, 20, 50] as const;
const MADE_MULTIPLES = [2, 5, 10] as const;

export interface CatalogRows {
  catalog: Catalog;
  items: Item[];
  itemCoverage: ItemCoverage[];
}

export function generateCatalog(options: ResolvedOptions, random: Random): CatalogRows {
  const { depth } = options;
  const mix = itemMix(options.items, depth);
  const count = options.items;
  const level = assignLevels(mix, depth, random);
  const firstPurchased = mix.endItems + mix.intermediates;
  const byLevel = groupByLevel(level, depth, 0, count);
  const parentsByLevel = groupByLevel(level, depth, 0, firstPurchased).slice(0, depth);
  const deepest = byLevel[depth] ?? new Int32Array(0);
  const popularCount = Math.max(1, Math.round(mix.purchased * POPULAR_SHARE));
  const popular = deepest.filter((i) => i >= firstPurchased).slice(0, popularCount);
  const popularFlag = new Uint8Array(count);
  for (const i of popular) popularFlag[i] = 1;

  const catalog: Catalog = {
    ...mix,
    count,
    depth,
    ids: new Array<string>(count),
    level,
    byLevel,
    parentsByLevel,
    popular,
    phantom: new Uint8Array(count),
    leadTime: new Uint8Array(count),
    transferLeadTime: new Uint8Array(count),
    minOrder: new Uint16Array(count),
    multiple: new Uint16Array(count),
    salesQuantity: new Uint16Array(count),
  };

  const items: Item[] = new Array<Item>(count);
  const itemCoverage: ItemCoverage[] = new Array<ItemCoverage>(count);
  const fgWidth = idWidth(mix.endItems);
  const saWidth = idWidth(mix.intermediates);
  const rmWidth = idWidth(mix.purchased);

  for (let i = 0; i < count; i++) {
    const end = i < mix.endItems;
    const purchased = i >= firstPurchased;
    const id = end
      ? formatId('FG-', i + 1, fgWidth)
      : purchased
        ? formatId('RM-', i - firstPurchased + 1, rmWidth)
        : formatId('SA-', i - mix.endItems + 1, saWidth);
    catalog.ids[i] = id;

    let group: string = COVERAGE_GROUPS.requirement;
    const coverage: ItemCoverage = { item: id };
    if (purchased) {
      const isPopular = popularFlag[i] === 1;
      const r = random.next();
      if (r < 0.01) group = COVERAGE_GROUPS.manual;
      else if (isPopular ? r < 0.5 : r < 0.05) group = COVERAGE_GROUPS.minMax;
      else if (r < (isPopular ? 0.6 : 0.15)) group = COVERAGE_GROUPS.period;
      const leadTime = random.int(3, 20);
      catalog.leadTime[i] = leadTime;
      coverage.orderType = 'purchase';
      coverage.purchaseLeadTime = leadTime;
      sizeOrders(catalog, coverage, i, random, PART_MIN_ORDERS, PART_MULTIPLES, 0.3, 0.25);
      if (group === COVERAGE_GROUPS.minMax) {
        const min = random.int(2, 20) * 10;
        coverage.minimumInventory = min;
        coverage.maximumInventory = min * random.int(2, 4);
      } else if (random.chance(0.1)) {
        coverage.minimumInventory = random.int(5, 100);
      }
    } else {
      if (random.chance(end ? 0.1 : 0.2)) group = COVERAGE_GROUPS.period;
      const leadTime = random.int(1, 5);
      catalog.leadTime[i] = leadTime;
      coverage.orderType = 'production';
      coverage.productionLeadTime = leadTime;
      coverage.leadTimeUnit = 'workingDays';
      if (end) {
        const transfer = random.int(1, 3);
        catalog.transferLeadTime[i] = transfer;
        catalog.salesQuantity[i] = random.pick(SALES_QUANTITIES);
        coverage.transferLeadTime = transfer;
      } else if (random.chance(PHANTOM_SHARE)) {
        catalog.phantom[i] = 1;
        group = COVERAGE_GROUPS.requirement;
      }
      sizeOrders(catalog, coverage, i, random, MADE_MIN_ORDERS, MADE_MULTIPLES, 0.1, 0.1);
      if (random.chance(end ? 0.05 : 0.1)) {
        coverage.minimumInventory = end
          ? (catalog.salesQuantity[i] ?? 1) * random.int(2, 5)
          : random.int(5, 50);
      }
    }
    items[i] = { id, coverageGroup: group };
    itemCoverage[i] = coverage;
  }
  return { catalog, items, itemCoverage };
}

function sizeOrders(
  catalog: Catalog,
  coverage: ItemCoverage,
  item: number,
  random: Random,
  minOrders: readonly [number, ...number[]],
  multiples: readonly [number, ...number[]],
  minChance: number,
  multipleChance: number,
): void {
  let min = 0;
  let multiple = 0;
  if (random.chance(minChance)) {
    min = random.pick(minOrders);
    coverage.minOrderQuantity = min;
    catalog.minOrder[item] = min;
  }
  if (random.chance(multipleChance)) {
    multiple = random.pick(multiples);
    coverage.orderMultiple = multiple;
    catalog.multiple[item] = multiple;
  }
  if (random.chance(0.05)) {
    const base = Math.max(min, multiple, 10) * random.int(4, 20);
    coverage.maxOrderQuantity = multiple > 0 ? Math.ceil(base / multiple) * multiple : base;
  }
}
