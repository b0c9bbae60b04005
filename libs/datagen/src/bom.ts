/**
 * Bills of materials. Every manufactured item gets 2–6 lines to components on strictly
 * deeper levels, so the structure has no cycles and no path longer than the depth.
 * Every component is first given one parent (one level up where there is room), then the
 * remaining lines are shared parts: popular parts, parts one level down, and parts further
 * down (so some parts are used on two or more levels). A few lines are phantom lines,
 * engineering changes (an ending line paired with its replacement), per-series quantities,
 * scrap and offsets.
 */
import type { BomLine } from '@replan/engine';
import type { Catalog } from './catalog';
import type { DateWindow } from './dates';
import { numberRows } from './ids';
import type { Random } from './random';

const MIN_LINES = 2;
const MAX_LINES = 6;
const POPULAR_PICK = 0.3;
const NEXT_LEVEL_PICK = 0.55;
const ENGINEERING_CHANGE_CHANCE = 0.02;

export interface Boms {
  lines: BomLine[];
  /** Lines of manufactured item i are lines[lineStart[i] .. lineStart[i + 1]). */
  lineStart: Int32Array;
}

/** Round-robin over the parents of one level that still have free BOM slots. */
class SlotPool {
  private readonly active: Int32Array;
  private size: number;
  private cursor = 0;

  constructor(
    parents: Int32Array,
    private readonly target: Uint8Array,
    private readonly used: Uint8Array,
    random: Random,
  ) {
    this.active = Int32Array.from(parents);
    random.shuffle(this.active);
    this.size = this.active.length;
  }

  get length(): number {
    return this.active.length;
  }

  /** A parent with a free slot (taking it), or -1 when every parent is full. */
  take(): number {
    while (this.size > 0) {
      if (this.cursor >= this.size) this.cursor = 0;
      const parent = this.active[this.cursor] ?? 0;
      if ((this.used[parent] ?? 0) < (this.target[parent] ?? 0)) {
        this.used[parent] = (this.used[parent] ?? 0) + 1;
        this.cursor++;
        return parent;
      }
      this.size--;
      this.active[this.cursor] = this.active[this.size] ?? 0;
    }
    return -1;
  }

  /** Any parent of the level, round-robin, ignoring the slot count (-1 when there is none). */
  overflow(): number {
    if (this.active.length === 0) return -1;
    if (this.cursor >= this.active.length) this.cursor = 0;
    const parent = this.active[this.cursor++] ?? 0;
    this.used[parent] = (this.used[parent] ?? 0) + 1;
    return parent;
  }
}

/** First parent of every component, preferring the level right above it. */
function assignPrimaryParents(catalog: Catalog, target: Uint8Array, random: Random): Int32Array {
  const primary = new Int32Array(catalog.count).fill(-1);
  const used = new Uint8Array(catalog.count);
  const pools = catalog.parentsByLevel.map((p) => new SlotPool(p, target, used, random));
  for (let l = 1; l <= catalog.depth; l++) {
    const components = catalog.byLevel[l] ?? new Int32Array(0);
    for (const component of components) {
      let parent = -1;
      for (let up = l - 1; up >= 0 && parent < 0; up--) parent = pools[up]?.take() ?? -1;
      for (let up = l - 1; up >= 0 && parent < 0; up--) parent = pools[up]?.overflow() ?? -1;
      primary[component] = parent;
    }
  }
  return primary;
}

export function generateBoms(catalog: Catalog, dates: DateWindow, random: Random): Boms {
  const { count, depth, endItems, intermediates } = catalog;
  const parentCount = endItems + intermediates;
  const target = new Uint8Array(count);
  for (let p = 0; p < parentCount; p++) target[p] = random.int(MIN_LINES, MAX_LINES);
  const primary = assignPrimaryParents(catalog, target, random);

  // Primary components grouped by parent (counting sort keeps component order).
  const start = new Int32Array(parentCount + 1);
  for (let c = 0; c < count; c++) {
    const p = primary[c] ?? -1;
    if (p >= 0) start[p + 1] = (start[p + 1] ?? 0) + 1;
  }
  for (let p = 0; p < parentCount; p++) start[p + 1] = (start[p + 1] ?? 0) + (start[p] ?? 0);
  const grouped = new Int32Array(start[parentCount] ?? 0);
  const next = start.slice(0, parentCount);
  for (let c = 0; c < count; c++) {
    const p = primary[c] ?? -1;
    if (p < 0) continue;
    const at = next[p] ?? 0;
    grouped[at] = c;
    next[p] = at + 1;
  }

  const lines: BomLine[] = [];
  const lineStart = new Int32Array(count + 1);
  const chosen: number[] = [];
  const none = new Int32Array(0);

  /** A shared component for a parent on level `from`, not yet on its BOM (-1 if none found). */
  const pickShared = (from: number): number => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const r = random.next();
      let pool: Int32Array;
      if (r < POPULAR_PICK) pool = catalog.popular;
      else if (r < POPULAR_PICK + NEXT_LEVEL_PICK) pool = catalog.byLevel[from + 1] ?? none;
      else pool = catalog.byLevel[random.int(from + 1, depth)] ?? none;
      if (pool.length === 0) continue;
      const c = pool[random.index(pool.length)] ?? -1;
      if (c >= 0 && !chosen.includes(c)) return c;
    }
    return -1;
  };

  for (let p = 0; p < parentCount; p++) {
    lineStart[p] = lines.length;
    const from = catalog.level[p] ?? 0;
    chosen.length = 0;
    for (let k = start[p] ?? 0; k < (start[p + 1] ?? 0); k++) chosen.push(grouped[k] ?? 0);
    while (chosen.length < (target[p] ?? 0)) {
      const c = pickShared(from);
      if (c < 0) break;
      chosen.push(c);
    }
    const primaries = chosen.length;
    for (let k = 0; k < primaries; k++) {
      const component = chosen[k] ?? 0;
      if (random.chance(ENGINEERING_CHANGE_CHANCE)) {
        // The line's component replaces an older one from a change date on: past changes
        // leave an expired line, future ones a line that ends before the new one starts.
        const old = pickShared(from);
        if (old >= 0) {
          chosen.push(old);
          const change = random.chance(0.5) ? -random.int(5, 60) : random.int(10, 80);
          const ending = makeLine(catalog, p, old, random);
          ending.validTo = dates.iso(change - 1);
          lines.push(ending);
          const replacement = makeLine(catalog, p, component, random);
          replacement.validFrom = dates.iso(change);
          lines.push(replacement);
          continue;
        }
      }
      lines.push(makeLine(catalog, p, component, random));
    }
  }
  lineStart.fill(lines.length, parentCount);
  numberRows(lines, 'BOM-');
  return { lines, lineStart };
}

function makeLine(catalog: Catalog, parent: number, component: number, random: Random): BomLine {
  const r = random.next();
  const line: BomLine = {
    id: '',
    parent: catalog.ids[parent] ?? '',
    component: catalog.ids[component] ?? '',
    quantity: r < 0.5 ? 1 : r < 0.75 ? 2 : r < 0.87 ? 3 : 4,
  };
  if (random.chance(0.03)) line.perSeries = 10;
  if (random.chance(0.05)) line.scrapPercent = random.int(2, 5);
  if (random.chance(0.02)) line.constantScrap = random.int(1, 3);
  if (catalog.phantom[component] === 1) line.phantom = true;
  if ((catalog.leadTime[parent] ?? 0) >= 2 && random.chance(0.01)) line.offsetDays = 1;
  return line;
}
