/**
 * Transactional data of a generated manufacturer: sales lines on end items at the
 * warehouses that sell them, on-hand, open purchase, production and transfer orders with
 * the demand they cause (production component lines, transfer issues), and planned orders
 * of an earlier run. Quantities loosely follow each item's typical sales quantity.
 */
import type { DemandLine, ItemCoverage, OnHand, SupplyLine } from '@replan/engine';
import type { Boms } from './bom';
import type { Catalog } from './catalog';
import { isEndItem, isPurchased } from './catalog';
import type { DateWindow } from './dates';
import { weekday } from './dates';
import { formatId, idWidth, numberRows } from './ids';
import { DC_SELL_CHANCE, MAIN_SELL_CHANCE } from './options';
import type { Random } from './random';

export const MAIN = 'MAIN';
/** Sales lines are dated inside the next this many days (a few are past due). */
export const SALES_HORIZON = 90;

const ON_HAND_CHANCE = 0.6;
const NEGATIVE_ON_HAND_CHANCE = 0.001;
const PURCHASE_ORDER_CHANCE = 0.2;
const PRODUCTION_ORDER_CHANCE = 0.1;
const TRANSFER_CHANCE = 0.05;

export interface Transactions {
  itemCoverage: ItemCoverage[];
  onHand: OnHand[];
  supply: SupplyLine[];
  demand: DemandLine[];
}

/** Number of sales lines of one selling node: slow, regular and fast movers, about 6 on average. */
function salesLineCount(random: Random): number {
  const r = random.next();
  if (r < 0.2) return random.int(0, 3);
  if (r < 0.9) return random.int(3, 10);
  return random.int(8, 16);
}

/** Start of production for a receipt date, counting back working days (Mon–Fri). */
function productionStart(dates: DateWindow, receipt: number, leadTime: number): number {
  let offset = receipt;
  let left = leadTime;
  while (left > 0) {
    offset--;
    if (weekday(dates.planDay + offset) <= 5) left--;
  }
  return offset;
}

function roundToOrder(catalog: Catalog, item: number, quantity: number): number {
  const multiple = catalog.multiple[item] ?? 0;
  let q = Math.max(quantity, catalog.minOrder[item] ?? 0, 1);
  if (multiple > 0) q = Math.ceil(q / multiple) * multiple;
  return q;
}

export function generateTransactions(
  catalog: Catalog,
  boms: Boms,
  dcs: readonly string[],
  dates: DateWindow,
  random: Random,
): Transactions {
  const itemCoverage: ItemCoverage[] = [];
  const onHand: OnHand[] = [];
  const supply: SupplyLine[] = [];
  const demand: DemandLine[] = [];
  const { ids } = catalog;

  const addOnHand = (item: string, warehouse: string, typical: number): void => {
    if (!random.chance(ON_HAND_CHANCE)) return;
    const quantity = random.chance(NEGATIVE_ON_HAND_CHANCE)
      ? -random.int(1, 10)
      : random.int(1, typical);
    onHand.push({ item, warehouse, quantity });
  };

  const addSales = (item: number, warehouse: string): void => {
    const id = ids[item] ?? '';
    const typical = catalog.salesQuantity[item] ?? 1;
    let previous: number | undefined;
    for (let n = salesLineCount(random); n > 0; n--) {
      const r = random.next();
      // A few past due, some on the same day as the line before, the rest spread out.
      const offset =
        r < 0.02
          ? -random.int(1, 14)
          : r < 0.1 && previous !== undefined
            ? previous
            : random.int(0, SALES_HORIZON - 1);
      previous = offset;
      const quantity = Math.max(1, Math.round(typical * (0.5 + random.next())));
      demand.push({
        id: '',
        type: 'sales',
        item: id,
        warehouse,
        date: dates.iso(offset),
        quantity,
      });
    }
  };

  // End items at the warehouses that sell them.
  const transferWidth = idWidth(catalog.endItems * dcs.length);
  let transfers = 0;
  const selling: string[] = [];
  for (let item = 0; item < catalog.endItems; item++) {
    const id = ids[item] ?? '';
    selling.length = 0;
    for (const dc of dcs) if (random.chance(DC_SELL_CHANCE)) selling.push(dc);
    if (selling.length === 0 && dcs.length > 0) selling.push(dcs[random.index(dcs.length)] ?? '');
    const typical = catalog.salesQuantity[item] ?? 1;
    for (const dc of selling) {
      const r = random.next();
      if (r < 0.1) {
        itemCoverage.push({
          item: id,
          warehouse: dc,
          minimumInventory: typical * random.int(2, 6),
        });
      } else if (r < 0.13) {
        itemCoverage.push({ item: id, warehouse: dc, transferLeadTime: random.int(2, 5) });
      }
      addSales(item, dc);
      addOnHand(id, dc, typical * 8);
      if (random.chance(TRANSFER_CHANCE)) {
        const transferId = formatId('TRF-', ++transfers, transferWidth);
        const quantity = typical * random.int(2, 8);
        const receipt = random.int(0, 10);
        supply.push({
          id: transferId,
          type: 'transfer',
          item: id,
          warehouse: dc,
          date: dates.iso(receipt),
          quantity,
          fromWarehouse: MAIN,
        });
        // Not yet shipped: the issue from MAIN is open demand; shipped ones are in transit.
        const ship = receipt - (catalog.transferLeadTime[item] ?? 1);
        if (ship >= 0) {
          demand.push({
            id: `${transferId}-01`,
            type: 'transferIssue',
            item: id,
            warehouse: MAIN,
            date: dates.iso(ship),
            quantity,
          });
        }
      }
    }
    if (dcs.length === 0 || random.chance(MAIN_SELL_CHANCE)) addSales(item, MAIN);
  }

  // Every item at MAIN: on-hand, open purchase and production orders.
  const purchaseWidth = idWidth(catalog.purchased * 3);
  const productionWidth = idWidth(catalog.endItems + catalog.intermediates);
  let purchases = 0;
  let productions = 0;
  for (let item = 0; item < catalog.count; item++) {
    const id = ids[item] ?? '';
    const end = isEndItem(catalog, item);
    const typical = end ? (catalog.salesQuantity[item] ?? 1) * 20 : 400;
    addOnHand(id, MAIN, typical);
    if (isPurchased(catalog, item)) {
      if (!random.chance(PURCHASE_ORDER_CHANCE)) continue;
      for (let n = random.int(1, 3); n > 0; n--) {
        const date = random.chance(0.05) ? -random.int(1, 7) : random.int(0, 45);
        supply.push({
          id: formatId('PUR-', ++purchases, purchaseWidth),
          type: 'purchase',
          item: id,
          warehouse: MAIN,
          date: dates.iso(date),
          quantity: roundToOrder(catalog, item, random.int(1, 50) * 10),
        });
      }
    } else if (catalog.phantom[item] !== 1 && random.chance(PRODUCTION_ORDER_CHANCE)) {
      const orderId = formatId('PRD-', ++productions, productionWidth);
      const quantity = roundToOrder(
        catalog,
        item,
        end ? (catalog.salesQuantity[item] ?? 1) * random.int(5, 20) : random.int(10, 200),
      );
      const receipt = random.chance(0.05) ? -random.int(1, 3) : random.int(0, 30);
      supply.push({
        id: orderId,
        type: 'production',
        item: id,
        warehouse: MAIN,
        date: dates.iso(receipt),
        quantity,
      });
      addComponentLines(catalog, boms, dates, random, demand, item, orderId, quantity, receipt);
    }
  }

  // Planned orders of an earlier run: a few approved (firm supply) and a few to be replaced.
  const plannedCount = 3 + Math.floor(catalog.purchased / 4000);
  const plannedWidth = idWidth(plannedCount * 2);
  const firstPurchased = catalog.endItems + catalog.intermediates;
  for (let n = 1; n <= plannedCount * 2; n++) {
    const item = firstPurchased + random.index(catalog.purchased);
    supply.push({
      id: formatId('PLN-', n, plannedWidth),
      type: 'plannedOrder',
      item: ids[item] ?? '',
      warehouse: MAIN,
      date: dates.iso(random.int(3, 40)),
      quantity: roundToOrder(catalog, item, random.int(1, 50) * 10),
      orderType: 'purchase',
      approved: n <= plannedCount,
    });
  }

  const sales = demand.filter((line) => line.type === 'sales');
  numberRows(sales, 'SO-');
  return { itemCoverage, onHand, supply, demand };
}

/** Open component demand of a production order: its valid, non-phantom BOM lines, mostly not yet issued. */
function addComponentLines(
  catalog: Catalog,
  boms: Boms,
  dates: DateWindow,
  random: Random,
  demand: DemandLine[],
  item: number,
  orderId: string,
  quantity: number,
  receipt: number,
): void {
  const start = productionStart(dates, receipt, catalog.leadTime[item] ?? 1);
  const startIso = dates.iso(start);
  let lineNo = 0;
  for (let k = boms.lineStart[item] ?? 0; k < (boms.lineStart[item + 1] ?? 0); k++) {
    const line = boms.lines[k];
    if (line === undefined || line.phantom === true) continue;
    if (line.validFrom !== undefined && line.validFrom > startIso) continue;
    if (line.validTo !== undefined && line.validTo < startIso) continue;
    lineNo++;
    if (random.chance(0.1)) continue; // already issued
    const need =
      ((quantity * line.quantity) / (line.perSeries ?? 1)) * (1 + (line.scrapPercent ?? 0) / 100) +
      (line.constantScrap ?? 0);
    demand.push({
      id: `${orderId}-${String(lineNo).padStart(2, '0')}`,
      type: 'productionComponent',
      item: line.component,
      warehouse: MAIN,
      date: dates.iso(start + (line.offsetDays ?? 0)),
      quantity: Math.ceil(need - 1e-9),
    });
  }
}
