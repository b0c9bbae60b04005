/**
 * BOM lines compiled per parent item into columns, in line-id order, with dates as day
 * numbers and the quantity formula's factors precomputed.
 */
import type { BomLineColumns } from '../dataset/columns';
import { findCycles } from './low-level-codes';
import { countsToOffsets } from './offsets';

export interface CompiledBom {
  /** Lines of item i are `lineStart[i] .. lineStart[i + 1]`. */
  lineStart: Int32Array;
  component: Int32Array;
  /** Component warehouse index, or -1 for the parent order's warehouse. */
  warehouse: Int32Array;
  /** quantity / perSeries × (1 + scrap % / 100). */
  factor: Float64Array;
  constantScrap: Float64Array;
  validFrom: Float64Array;
  validTo: Float64Array;
  phantom: Uint8Array;
  offsetDays: Int32Array;
  /** The parent route's operation that consumes the component, or -1 (at the order's start). */
  operation: Int32Array;
  lineId: string[];
  /**
   * 1 for items on a cycle of phantom lines. A phantom line to such an item is exploded as
   * an ordinary component, so the cycle shows in the node graph and is reported there.
   */
  phantomCycle: Uint8Array;
}

/**
 * Compiles the BOM line columns; `itemOf` and `warehouseOf` map a string index to the
 * item or warehouse index (-1 when it names none).
 */
export function compileBom(
  lines: BomLineColumns,
  itemOf: Int32Array,
  warehouseOf: Int32Array,
  itemCount: number,
): CompiledBom {
  const ids = lines.id;
  const parentOf = (r: number): number => itemOf[lines.parent[r] ?? 0] ?? -1;
  const kept: number[] = [];
  for (let r = 0; r < lines.length; r++) {
    if (parentOf(r) >= 0 && (itemOf[lines.component[r] ?? 0] ?? -1) >= 0) kept.push(r);
  }
  const rows = Int32Array.from(kept).sort((a, b) => {
    const byParent = parentOf(a) - parentOf(b);
    if (byParent !== 0) return byParent;
    const ia = ids[a] ?? '';
    const ib = ids[b] ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : a - b;
  });
  const n = rows.length;
  const bom: CompiledBom = {
    lineStart: new Int32Array(itemCount + 1),
    component: new Int32Array(n),
    warehouse: new Int32Array(n),
    factor: new Float64Array(n),
    constantScrap: new Float64Array(n),
    validFrom: new Float64Array(n),
    validTo: new Float64Array(n),
    phantom: new Uint8Array(n),
    offsetDays: new Int32Array(n),
    operation: new Int32Array(n),
    lineId: new Array<string>(n),
    phantomCycle: new Uint8Array(itemCount),
  };
  const or = (value: number | undefined, absent: number): number =>
    value === undefined || Number.isNaN(value) ? absent : value;
  for (let k = 0; k < n; k++) {
    const r = rows[k] ?? 0;
    const parent = parentOf(r);
    bom.lineStart[parent + 1] = (bom.lineStart[parent + 1] ?? 0) + 1;
    bom.component[k] = itemOf[lines.component[r] ?? 0] ?? -1;
    const warehouse = lines.warehouse[r] ?? -1;
    bom.warehouse[k] = warehouse < 0 ? -1 : (warehouseOf[warehouse] ?? -1);
    bom.factor[k] =
      ((lines.quantity[r] ?? 0) / or(lines.perSeries[r], 1)) *
      (1 + or(lines.scrapPercent[r], 0) / 100);
    bom.constantScrap[k] = or(lines.constantScrap[r], 0);
    bom.validFrom[k] = or(lines.validFrom[r], -Infinity);
    bom.validTo[k] = or(lines.validTo[r], Infinity);
    bom.phantom[k] = lines.phantom[r] === 2 ? 1 : 0;
    bom.offsetDays[k] = or(lines.offsetDays[r], 0);
    bom.operation[k] = or(lines.operation[r], -1);
    bom.lineId[k] = ids[r] ?? '';
  }
  countsToOffsets(bom.lineStart);
  markPhantomCycles(bom, itemCount);
  return bom;
}

function markPhantomCycles(bom: CompiledBom, itemCount: number): void {
  const edgeStart = new Int32Array(itemCount + 1);
  const targets: number[] = [];
  for (let item = 0; item < itemCount; item++) {
    for (let k = bom.lineStart[item] ?? 0; k < (bom.lineStart[item + 1] ?? 0); k++) {
      if (bom.phantom[k] === 1) targets.push(bom.component[k] ?? 0);
    }
    edgeStart[item + 1] = targets.length;
  }
  if (targets.length === 0) return;
  for (const cycle of findCycles(itemCount, edgeStart, Int32Array.from(targets))) {
    for (const item of cycle) bom.phantomCycle[item] = 1;
  }
}

export function hasBom(bom: CompiledBom, item: number): boolean {
  return (bom.lineStart[item + 1] ?? 0) > (bom.lineStart[item] ?? 0);
}
