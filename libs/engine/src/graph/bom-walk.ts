/**
 * Walking a BOM in explosion order. Ordinary lines are leaves; a phantom line descends into
 * the phantom item's own lines, with the phantom quantity as their parent quantity (a
 * phantom on a cycle of phantoms is walked as an ordinary component instead). The
 * node graph and the explosion both walk through here, so their orders always agree.
 *
 * A routed production order consumes each component at the start of the operation its
 * line names, out of the quantity entering that operation: a line schedule gives the
 * parent quantity and the day of each of the item's own lines (phantom lines pass theirs
 * on to the phantom's lines). Validity is still judged on the order's start day.
 */
import { hasBom, type CompiledBom } from './bom';

export interface LeafVisitor {
  /**
   * A component requirement: line `line` of the BOM, drawn from `warehouse`, `quantity` on
   * `day`. `active` is false when the line (or a phantom above it) is not valid on the day:
   * the walk still visits it so that callers can keep positions aligned.
   */
  leaf(line: number, warehouse: number, quantity: number, day: number, active: boolean): void;
}

/** Per line of an item's BOM (from its first line): the parent quantity and the day it is consumed. */
export interface LineSchedule {
  quantity: Float64Array;
  day: Int32Array;
}

export function walkBom(
  bom: CompiledBom,
  item: number,
  warehouse: number,
  quantity: number,
  day: number,
  active: boolean,
  visitor: LeafVisitor,
  lines?: LineSchedule,
): void {
  const first = bom.lineStart[item] ?? 0;
  const end = bom.lineStart[item + 1] ?? 0;
  for (let k = first; k < end; k++) {
    const lineWarehouse = bom.warehouse[k] ?? -1;
    const wh = lineWarehouse >= 0 ? lineWarehouse : warehouse;
    const parentQuantity = lines === undefined ? quantity : (lines.quantity[k - first] ?? 0);
    const consumed = lines === undefined ? day : (lines.day[k - first] ?? day);
    const lineDay = consumed + (bom.offsetDays[k] ?? 0);
    const valid = active && (bom.validFrom[k] ?? 0) <= day && day <= (bom.validTo[k] ?? 0);
    const qty = parentQuantity * (bom.factor[k] ?? 0) + (bom.constantScrap[k] ?? 0);
    const component = bom.component[k] ?? 0;
    if (bom.phantom[k] === 1 && hasBom(bom, component) && bom.phantomCycle[component] !== 1) {
      walkBom(bom, component, wh, qty, lineDay, valid, visitor);
    } else {
      visitor.leaf(k, wh, qty, lineDay, valid);
    }
  }
}
