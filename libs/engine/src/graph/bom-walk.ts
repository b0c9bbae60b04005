/**
 * Walking a BOM in explosion order. Ordinary lines are leaves; a phantom line descends into
 * the phantom item's own lines, with the phantom quantity as their parent quantity (a
 * phantom on a cycle of phantoms is walked as an ordinary component instead). The
 * node graph and the explosion both walk through here, so their orders always agree.
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

export function walkBom(
  bom: CompiledBom,
  item: number,
  warehouse: number,
  quantity: number,
  day: number,
  active: boolean,
  visitor: LeafVisitor,
): void {
  const end = bom.lineStart[item + 1] ?? 0;
  for (let k = bom.lineStart[item] ?? 0; k < end; k++) {
    const lineWarehouse = bom.warehouse[k] ?? -1;
    const wh = lineWarehouse >= 0 ? lineWarehouse : warehouse;
    const lineDay = day + (bom.offsetDays[k] ?? 0);
    const valid = active && (bom.validFrom[k] ?? 0) <= day && day <= (bom.validTo[k] ?? 0);
    const qty = quantity * (bom.factor[k] ?? 0) + (bom.constantScrap[k] ?? 0);
    const component = bom.component[k] ?? 0;
    if (bom.phantom[k] === 1 && hasBom(bom, component) && bom.phantomCycle[component] !== 1) {
      walkBom(bom, component, wh, qty, lineDay, valid, visitor);
    } else {
      visitor.leaf(k, wh, qty, lineDay, valid);
    }
  }
}
