/**
 * What a caller chooses about a generated dataset, the defaults, and the arithmetic that
 * ties the item count to the number of planning nodes, so a benchmark can ask for a node
 * count and get the item count that produces it.
 */
import { toDay } from '@replan/engine';

export interface GenerateOptions {
  /** Number of items (end items + intermediates + purchased parts). */
  items: number;
  seed: number;
  /** Maximum BOM depth (levels below an end item), default 4, 1..10. */
  depth?: number;
  /** Plan date, default '2026-01-05'. */
  planDate?: string;
  /** Number of regional warehouses refilled from the main warehouse, default 2. */
  regionalWarehouses?: number;
  /**
   * Route operations per manufactured item (0, the default: no routes, production lead
   * times only), 0..10, with the resources and resource groups they run on.
   */
  routeOperations?: number;
}

export interface ResolvedOptions {
  items: number;
  seed: number;
  depth: number;
  planDate: string;
  planDay: number;
  regionalWarehouses: number;
  routeOperations: number;
}

export const MAX_ROUTE_OPERATIONS = 10;

export const DEFAULT_DEPTH = 4;
export const DEFAULT_PLAN_DATE = '2026-01-05';
export const DEFAULT_REGIONAL_WAREHOUSES = 2;
export const MIN_ITEMS = 3;
export const MAX_DEPTH = 10;
export const MAX_REGIONAL_WAREHOUSES = 99;

/** Shares of the item master: finished goods and purchased parts; the rest are intermediates. */
export const END_ITEM_SHARE = 0.15;
export const PURCHASED_SHARE = 0.6;

/** Chance that an end item sells at a given regional warehouse (at least one is always chosen). */
export const DC_SELL_CHANCE = 0.8;
/** Chance that an end item also sells at the main warehouse (always when there is no DC). */
export const MAIN_SELL_CHANCE = 0.2;

/** A whole number from 0 to `max`, or a RangeError naming the option. */
function wholeNumber(name: string, value: number, max: number): number {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`${name} must be an integer from 0 to ${max}, got ${value}`);
  }
  return value;
}

export function resolveOptions(options: GenerateOptions): ResolvedOptions {
  const items = options.items;
  if (!Number.isSafeInteger(items) || items < MIN_ITEMS) {
    throw new RangeError(`items must be an integer of at least ${MIN_ITEMS}, got ${items}`);
  }
  if (!Number.isSafeInteger(options.seed)) {
    throw new RangeError(`seed must be a safe integer, got ${options.seed}`);
  }
  const depth = options.depth ?? DEFAULT_DEPTH;
  if (!Number.isInteger(depth) || depth < 1 || depth > MAX_DEPTH) {
    throw new RangeError(`depth must be an integer from 1 to ${MAX_DEPTH}, got ${depth}`);
  }
  const regionalWarehouses = wholeNumber(
    'regionalWarehouses',
    options.regionalWarehouses ?? DEFAULT_REGIONAL_WAREHOUSES,
    MAX_REGIONAL_WAREHOUSES,
  );
  const routeOperations = wholeNumber(
    'routeOperations',
    options.routeOperations ?? 0,
    MAX_ROUTE_OPERATIONS,
  );
  const planDate = options.planDate ?? DEFAULT_PLAN_DATE;
  const planDay = toDay(planDate);
  return {
    items,
    seed: options.seed,
    depth,
    planDate,
    planDay,
    regionalWarehouses,
    routeOperations,
  };
}

export interface ItemMix {
  endItems: number;
  intermediates: number;
  purchased: number;
}

/**
 * How many items of each kind. With depth 1 there is no room for a subassembly level, so
 * the intermediates' share goes to purchased parts.
 */
export function itemMix(items: number, depth: number): ItemMix {
  const endItems = Math.max(1, Math.round(items * END_ITEM_SHARE));
  let purchased = Math.max(1, Math.round(items * PURCHASED_SHARE));
  let intermediates = items - endItems - purchased;
  if (depth < 2 || intermediates < 0) {
    purchased += intermediates;
    intermediates = 0;
  }
  return { endItems, intermediates, purchased };
}

/** Expected number of regional warehouses an end item sells at. */
export function expectedSellingDcs(regionalWarehouses: number): number {
  if (regionalWarehouses === 0) return 0;
  // Each DC independently; when none was drawn, one is forced.
  return regionalWarehouses * DC_SELL_CHANCE + Math.pow(1 - DC_SELL_CHANCE, regionalWarehouses);
}

/**
 * Expected number of planning nodes (item, warehouse): every item has a node at MAIN
 * (components through BOMs, end items as the production site and refill source of the
 * DCs), and each end item adds one node per regional warehouse it sells at. With the
 * defaults (2 DCs) that is items × (1 + 0.15 × 1.64) ≈ 1.246 × items.
 */
export function estimateNodes(options: GenerateOptions): number {
  const resolved = resolveOptions(options);
  const mix = itemMix(resolved.items, resolved.depth);
  return Math.round(
    resolved.items + mix.endItems * expectedSellingDcs(resolved.regionalWarehouses),
  );
}

/** Nodes per item for these options (about 1.246 with the defaults). */
export function nodesPerItem(regionalWarehouses = DEFAULT_REGIONAL_WAREHOUSES): number {
  return 1 + END_ITEM_SHARE * expectedSellingDcs(regionalWarehouses);
}

/** The item count whose dataset has about this many planning nodes. */
export function itemsForNodes(
  nodes: number,
  options: Omit<GenerateOptions, 'items' | 'seed'> = {},
): number {
  const ratio = nodesPerItem(options.regionalWarehouses ?? DEFAULT_REGIONAL_WAREHOUSES);
  return Math.max(MIN_ITEMS, Math.round(nodes / ratio));
}
