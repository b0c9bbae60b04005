/**
 * The column tables read as rows by the validator: each table is a view that fills one
 * reused object with row i's fields, as the snapshot's rows would have them (ids and
 * references as strings, dates as ISO strings, absent fields undefined), so the checks and
 * their messages are those of JSON rows without an object per row.
 */
import { toIso } from '../calendar/day';
import {
  DEMAND_TYPE_CODES,
  optBool,
  PLANNED_ORDER_TYPE_CODES,
  SUPPLY_TYPE_CODES,
  type DatasetColumns,
} from './columns';

/** A table as the validator reads it: row by row, by position (JSON arrays are such tables). */
export interface Rows {
  readonly length: number;
  /** Row `index` (a view over columns reuses one object from row to row). */
  at(index: number): unknown;
}

/** A table of the columns as rows: `at(i)` returns the same object, filled with row i. */
class ColumnRows<V extends object> implements Rows {
  constructor(
    readonly length: number,
    private readonly fill: (index: number) => V,
  ) {}

  at(index: number): V {
    return this.fill(index);
  }
}

/** The row views of a dataset's column tables. */
export function columnRows(dataset: DatasetColumns): {
  items: Rows;
  bomLines: Rows;
  onHand: Rows;
  supply: Rows;
  demand: Rows;
  forecasts: Rows;
} {
  const strings = dataset.strings;
  const isoDays = new Map<number, string>();
  const iso = (day: number): string => {
    let text = isoDays.get(day);
    if (text === undefined) {
      text = toIso(day);
      isoDays.set(day, text);
    }
    return text;
  };
  const optIso = (day: number | undefined): string | undefined =>
    day === undefined || Number.isNaN(day) ? undefined : iso(day);
  const str = (ref: number | undefined): string | undefined =>
    ref === undefined || ref < 0 ? undefined : strings[ref];
  const num = (value: number | undefined): number | undefined =>
    value === undefined || Number.isNaN(value) ? undefined : value;

  const { items, bomLines, onHand, supply, demand, forecasts } = dataset;
  const item = {
    id: '' as string | undefined,
    name: undefined as string | undefined,
    coverageGroup: undefined as string | undefined,
  };
  const bom = {
    id: '' as string | undefined,
    parent: undefined as string | undefined,
    component: undefined as string | undefined,
    quantity: 0 as number | undefined,
    perSeries: undefined as number | undefined,
    scrapPercent: undefined as number | undefined,
    constantScrap: undefined as number | undefined,
    validFrom: undefined as string | undefined,
    validTo: undefined as string | undefined,
    phantom: undefined as boolean | undefined,
    warehouse: undefined as string | undefined,
    offsetDays: undefined as number | undefined,
    operation: undefined as number | undefined,
  };
  const stock = {
    item: undefined as string | undefined,
    warehouse: undefined as string | undefined,
    quantity: 0 as number | undefined,
  };
  const line = {
    id: '' as string | undefined,
    type: undefined as string | undefined,
    item: undefined as string | undefined,
    warehouse: undefined as string | undefined,
    date: undefined as string | undefined,
    quantity: 0 as number | undefined,
    fromWarehouse: undefined as string | undefined,
    orderType: undefined as string | undefined,
    approved: undefined as boolean | undefined,
  };
  const need = {
    id: '' as string | undefined,
    type: undefined as string | undefined,
    item: undefined as string | undefined,
    warehouse: undefined as string | undefined,
    date: undefined as string | undefined,
    quantity: 0 as number | undefined,
  };
  const forecast = {
    id: '' as string | undefined,
    model: undefined as string | undefined,
    item: undefined as string | undefined,
    warehouse: undefined as string | undefined,
    date: undefined as string | undefined,
    quantity: 0 as number | undefined,
  };
  return {
    items: new ColumnRows(items.length, (i) => {
      item.id = str(items.id[i]);
      item.name = items.name[i];
      item.coverageGroup = str(items.coverageGroup[i]);
      return item;
    }),
    bomLines: new ColumnRows(bomLines.length, (i) => {
      bom.id = bomLines.id[i];
      bom.parent = str(bomLines.parent[i]);
      bom.component = str(bomLines.component[i]);
      bom.quantity = bomLines.quantity[i];
      bom.perSeries = num(bomLines.perSeries[i]);
      bom.scrapPercent = num(bomLines.scrapPercent[i]);
      bom.constantScrap = num(bomLines.constantScrap[i]);
      bom.validFrom = optIso(bomLines.validFrom[i]);
      bom.validTo = optIso(bomLines.validTo[i]);
      bom.phantom = optBool(bomLines.phantom[i] ?? 0);
      bom.warehouse = str(bomLines.warehouse[i]);
      bom.offsetDays = num(bomLines.offsetDays[i]);
      bom.operation = num(bomLines.operation[i]);
      return bom;
    }),
    onHand: new ColumnRows(onHand.length, (i) => {
      stock.item = str(onHand.item[i]);
      stock.warehouse = str(onHand.warehouse[i]);
      stock.quantity = onHand.quantity[i];
      return stock;
    }),
    supply: new ColumnRows(supply.length, (i) => {
      line.id = supply.id[i];
      line.type = SUPPLY_TYPE_CODES[(supply.type[i] ?? 0) - 1];
      line.item = str(supply.item[i]);
      line.warehouse = str(supply.warehouse[i]);
      line.date = iso(supply.date[i] ?? 0);
      line.quantity = supply.quantity[i];
      line.fromWarehouse = str(supply.fromWarehouse[i]);
      line.orderType = PLANNED_ORDER_TYPE_CODES[(supply.orderType[i] ?? 0) - 1];
      line.approved = optBool(supply.approved[i] ?? 0);
      return line;
    }),
    demand: new ColumnRows(demand.length, (i) => {
      need.id = demand.id[i];
      need.type = DEMAND_TYPE_CODES[(demand.type[i] ?? 0) - 1];
      need.item = str(demand.item[i]);
      need.warehouse = str(demand.warehouse[i]);
      need.date = iso(demand.date[i] ?? 0);
      need.quantity = demand.quantity[i];
      return need;
    }),
    forecasts: new ColumnRows(forecasts.length, (i) => {
      forecast.id = forecasts.id[i];
      forecast.model = str(forecasts.model[i]);
      forecast.item = str(forecasts.item[i]);
      forecast.warehouse = str(forecasts.warehouse[i]);
      forecast.date = iso(forecasts.date[i] ?? 0);
      forecast.quantity = forecasts.quantity[i];
      return forecast;
    }),
  };
}
