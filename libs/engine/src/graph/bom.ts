/**
 * BOM lines compiled per parent item into columns, in line-id order, with dates as day
 * numbers and the quantity formula's factors precomputed.
 */
import { toDay } from '../calendar/day';
import type { BomLine } from '../model/dataset';
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

export function compileBom(
  lines: readonly BomLine[],
  itemIndex: ReadonlyMap<string, number>,
  warehouseIndex: ReadonlyMap<string, number>,
  itemCount: number,
): CompiledBom {
  const rows = lines
    .map((line, row) => ({ line, row, parent: itemIndex.get(line.parent) ?? -1 }))
    .filter((r) => r.parent >= 0 && itemIndex.has(r.line.component))
    .sort(
      (a, b) => a.parent - b.parent || (a.line.id < b.line.id ? -1 : a.line.id > b.line.id ? 1 : 0),
    );
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
  rows.forEach(({ line, parent }, k) => {
    bom.lineStart[parent + 1] = (bom.lineStart[parent + 1] ?? 0) + 1;
    bom.component[k] = itemIndex.get(line.component) ?? -1;
    bom.warehouse[k] =
      line.warehouse === undefined ? -1 : (warehouseIndex.get(line.warehouse) ?? -1);
    bom.factor[k] = (line.quantity / (line.perSeries ?? 1)) * (1 + (line.scrapPercent ?? 0) / 100);
    bom.constantScrap[k] = line.constantScrap ?? 0;
    bom.validFrom[k] = line.validFrom === undefined ? -Infinity : toDay(line.validFrom);
    bom.validTo[k] = line.validTo === undefined ? Infinity : toDay(line.validTo);
    bom.phantom[k] = line.phantom === true ? 1 : 0;
    bom.offsetDays[k] = line.offsetDays ?? 0;
    bom.operation[k] = line.operation ?? -1;
    bom.lineId[k] = line.id;
  });
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
