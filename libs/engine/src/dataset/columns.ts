/**
 * A dataset as typed columns: the engine's one input shape, validated (validate.ts) and
 * compiled (compile.ts) without an object per row. The row tables that grow with the
 * company (items, BOM lines, on-hand, supply, demand, forecasts) are columns; ids that
 * other rows refer to (items, warehouses, coverage groups, forecast models) are interned
 * once into one string table, and references are indexes into it. Dates are day numbers,
 * absent optional numbers NaN, enumerations their 1-based position in the lists below
 * (0 absent, as on the wire), optional booleans 0 absent, 1 false, 2 true. The small
 * master tables (coverage groups, item coverage, warehouses, calendars, resources, routes,
 * reduction keys) stay rows.
 *
 * Filled by a {@link DatasetColumnBuilder}: from a validated JSON dataset
 * ({@link columnsFromDataset}) or from the snapshot's columnar batches (@replan/contracts).
 */
import { parseDay } from '../calendar/day';
import type {
  Calendar,
  CoverageGroup,
  Dataset,
  DemandType,
  ItemCoverage,
  PlanFilter,
  PlannedOrderType,
  PlanSettings,
  ReductionKey,
  Resource,
  ResourceGroup,
  RouteOperation,
  SupplyType,
  Warehouse,
} from '../model/dataset';

/** Supply types in code order (code = position + 1). */
export const SUPPLY_TYPE_CODES: readonly SupplyType[] = [
  'purchase',
  'production',
  'transfer',
  'plannedOrder',
];
/** Demand types in code order (code = position + 1). */
export const DEMAND_TYPE_CODES: readonly DemandType[] = [
  'sales',
  'productionComponent',
  'transferIssue',
];
/** Planned order types in code order (code = position + 1, 0 absent). */
export const PLANNED_ORDER_TYPE_CODES: readonly PlannedOrderType[] = [
  'purchase',
  'production',
  'transfer',
];

/** No string: an absent optional reference. */
export const NO_REF = -1;

export interface ItemColumns {
  length: number;
  /** String index of the id. */
  id: Int32Array;
  name: (string | undefined)[];
  /** String index, or NO_REF. */
  coverageGroup: Int32Array;
}

export interface BomLineColumns {
  length: number;
  id: string[];
  parent: Int32Array;
  component: Int32Array;
  quantity: Float64Array;
  perSeries: Float64Array;
  scrapPercent: Float64Array;
  constantScrap: Float64Array;
  /** Day numbers; NaN absent. */
  validFrom: Float64Array;
  validTo: Float64Array;
  phantom: Uint8Array;
  /** String index, or NO_REF. */
  warehouse: Int32Array;
  offsetDays: Float64Array;
  operation: Float64Array;
}

export interface OnHandColumns {
  length: number;
  item: Int32Array;
  warehouse: Int32Array;
  quantity: Float64Array;
}

export interface SupplyColumns {
  length: number;
  id: string[];
  /** SUPPLY_TYPE_CODES position + 1. */
  type: Uint8Array;
  item: Int32Array;
  warehouse: Int32Array;
  date: Int32Array;
  quantity: Float64Array;
  /** String index, or NO_REF. */
  fromWarehouse: Int32Array;
  /** PLANNED_ORDER_TYPE_CODES position + 1, 0 absent. */
  orderType: Uint8Array;
  approved: Uint8Array;
}

export interface DemandColumns {
  length: number;
  id: string[];
  /** DEMAND_TYPE_CODES position + 1. */
  type: Uint8Array;
  item: Int32Array;
  warehouse: Int32Array;
  date: Int32Array;
  quantity: Float64Array;
}

export interface ForecastColumns {
  length: number;
  id: string[];
  model: Int32Array;
  item: Int32Array;
  warehouse: Int32Array;
  date: Int32Array;
  quantity: Float64Array;
}

export interface DatasetColumns {
  formatVersion: number;
  plan: PlanSettings;
  filter: PlanFilter | undefined;
  /** The interned strings; references in the columns are indexes into it. */
  strings: readonly string[];
  stringIndex: ReadonlyMap<string, number>;
  items: ItemColumns;
  warehouses: Warehouse[];
  coverageGroups: CoverageGroup[] | undefined;
  itemCoverage: ItemCoverage[] | undefined;
  calendars: Calendar[] | undefined;
  resources: Resource[] | undefined;
  resourceGroups: ResourceGroup[] | undefined;
  routeOperations: RouteOperation[] | undefined;
  reductionKeys: ReductionKey[] | undefined;
  bomLines: BomLineColumns;
  onHand: OnHandColumns;
  supply: SupplyColumns;
  demand: DemandColumns;
  forecasts: ForecastColumns;
}

/** Optional booleans as a column holds them. */
export function optBoolCode(value: boolean | undefined): number {
  return value === undefined ? 0 : value ? 2 : 1;
}

export function optBool(code: number): boolean | undefined {
  return code === 0 ? undefined : code === 2;
}

/**
 * Typed columns that grow by doubling while they are filled, or are sized once by
 * `reserve` (a reader that knows a table's rows allocates each column once: growing large
 * buffers makes V8 count new external memory and collect the whole heap). One class per
 * array type keeps each `push` monomorphic.
 */
class F64Column {
  length = 0;
  data = new Float64Array(0);
  reserve(rows: number): void {
    if (this.length + rows > this.data.length) this.resize(this.length + rows);
  }
  push(value: number): void {
    if (this.length === this.data.length) this.resize(Math.max(16, this.data.length * 2));
    this.data[this.length++] = value;
  }
  private resize(size: number): void {
    const next = new Float64Array(size);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  done(): Float64Array {
    return this.data.length === this.length ? this.data : this.data.slice(0, this.length);
  }
}

class I32Column {
  length = 0;
  data = new Int32Array(0);
  reserve(rows: number): void {
    if (this.length + rows > this.data.length) this.resize(this.length + rows);
  }
  push(value: number): void {
    if (this.length === this.data.length) this.resize(Math.max(16, this.data.length * 2));
    this.data[this.length++] = value;
  }
  private resize(size: number): void {
    const next = new Int32Array(size);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  done(): Int32Array {
    return this.data.length === this.length ? this.data : this.data.slice(0, this.length);
  }
}

class U8Column {
  length = 0;
  data = new Uint8Array(0);
  reserve(rows: number): void {
    if (this.length + rows > this.data.length) this.resize(this.length + rows);
  }
  push(value: number): void {
    if (this.length === this.data.length) this.resize(Math.max(16, this.data.length * 2));
    this.data[this.length++] = value;
  }
  private resize(size: number): void {
    const next = new Uint8Array(size);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }
  done(): Uint8Array {
    return this.data.length === this.length ? this.data : this.data.slice(0, this.length);
  }
}

const f64 = (): F64Column => new F64Column();
const i32 = (): I32Column => new I32Column();
const u8 = (): U8Column => new U8Column();

/** The tables held as columns. */
export type ColumnTableName = 'items' | 'bomLines' | 'onHand' | 'supply' | 'demand' | 'forecasts';

/**
 * Builds the columns table by table, row by row (`push…`), interning referenced strings
 * once. Readers of a columnar format intern a batch's dictionary with {@link intern} and
 * push the indexes.
 */
export class DatasetColumnBuilder {
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();

  private readonly item = { id: i32(), name: [] as (string | undefined)[], coverageGroup: i32() };
  private readonly bom = {
    id: [] as string[],
    parent: i32(),
    component: i32(),
    quantity: f64(),
    perSeries: f64(),
    scrapPercent: f64(),
    constantScrap: f64(),
    validFrom: f64(),
    validTo: f64(),
    phantom: u8(),
    warehouse: i32(),
    offsetDays: f64(),
    operation: f64(),
  };
  private readonly onHand = { item: i32(), warehouse: i32(), quantity: f64() };
  private readonly supply = {
    id: [] as string[],
    type: u8(),
    item: i32(),
    warehouse: i32(),
    date: i32(),
    quantity: f64(),
    fromWarehouse: i32(),
    orderType: u8(),
    approved: u8(),
  };
  private readonly demand = {
    id: [] as string[],
    type: u8(),
    item: i32(),
    warehouse: i32(),
    date: i32(),
    quantity: f64(),
  };
  private readonly forecast = {
    id: [] as string[],
    model: i32(),
    item: i32(),
    warehouse: i32(),
    date: i32(),
    quantity: f64(),
  };

  /** The small tables, as rows. */
  readonly rows: {
    warehouses: Warehouse[] | undefined;
    coverageGroups: CoverageGroup[] | undefined;
    itemCoverage: ItemCoverage[] | undefined;
    calendars: Calendar[] | undefined;
    resources: Resource[] | undefined;
    resourceGroups: ResourceGroup[] | undefined;
    routeOperations: RouteOperation[] | undefined;
    reductionKeys: ReductionKey[] | undefined;
  } = {
    warehouses: undefined,
    coverageGroups: undefined,
    itemCoverage: undefined,
    calendars: undefined,
    resources: undefined,
    resourceGroups: undefined,
    routeOperations: undefined,
    reductionKeys: undefined,
  };

  /** Sizes a table's columns for `rows` more rows, so that they are allocated once. */
  reserve(table: ColumnTableName, rows: number): void {
    const columns =
      table === 'items'
        ? this.item
        : table === 'bomLines'
          ? this.bom
          : table === 'onHand'
            ? this.onHand
            : table === 'supply'
              ? this.supply
              : table === 'demand'
                ? this.demand
                : this.forecast;
    for (const column of Object.values(columns) as unknown[]) {
      if (
        column instanceof F64Column ||
        column instanceof I32Column ||
        column instanceof U8Column
      ) {
        column.reserve(rows);
      }
    }
  }

  /** The index of a string, interned on first sight. */
  intern(value: string): number {
    let index = this.stringIndex.get(value);
    if (index === undefined) {
      index = this.strings.length;
      this.strings.push(value);
      this.stringIndex.set(value, index);
    }
    return index;
  }

  internOpt(value: string | undefined): number {
    return value === undefined ? NO_REF : this.intern(value);
  }

  /** Appends small-table rows (creating the table if it was absent). */
  addRows<K extends keyof DatasetColumnBuilder['rows']>(
    table: K,
    rows: NonNullable<DatasetColumnBuilder['rows'][K]>,
  ): void {
    const list = (this.rows[table] ?? (this.rows[table] = [] as never)) as unknown[];
    for (const row of rows) list.push(row);
    // Referenced ids of the master tables are interned so the columns' references resolve.
    if (table === 'warehouses') for (const w of rows as Warehouse[]) this.intern(w.id);
    if (table === 'coverageGroups') for (const g of rows as CoverageGroup[]) this.intern(g.id);
  }

  pushItem(id: number, name: string | undefined, coverageGroup: number): void {
    this.item.id.push(id);
    this.item.name.push(name);
    this.item.coverageGroup.push(coverageGroup);
  }

  pushBomLine(
    id: string,
    parent: number,
    component: number,
    quantity: number,
    perSeries: number,
    scrapPercent: number,
    constantScrap: number,
    validFrom: number,
    validTo: number,
    phantom: number,
    warehouse: number,
    offsetDays: number,
    operation: number,
  ): void {
    const b = this.bom;
    b.id.push(id);
    b.parent.push(parent);
    b.component.push(component);
    b.quantity.push(quantity);
    b.perSeries.push(perSeries);
    b.scrapPercent.push(scrapPercent);
    b.constantScrap.push(constantScrap);
    b.validFrom.push(validFrom);
    b.validTo.push(validTo);
    b.phantom.push(phantom);
    b.warehouse.push(warehouse);
    b.offsetDays.push(offsetDays);
    b.operation.push(operation);
  }

  pushOnHand(item: number, warehouse: number, quantity: number): void {
    this.onHand.item.push(item);
    this.onHand.warehouse.push(warehouse);
    this.onHand.quantity.push(quantity);
  }

  pushSupply(
    id: string,
    type: number,
    item: number,
    warehouse: number,
    date: number,
    quantity: number,
    fromWarehouse: number,
    orderType: number,
    approved: number,
  ): void {
    const s = this.supply;
    s.id.push(id);
    s.type.push(type);
    s.item.push(item);
    s.warehouse.push(warehouse);
    s.date.push(date);
    s.quantity.push(quantity);
    s.fromWarehouse.push(fromWarehouse);
    s.orderType.push(orderType);
    s.approved.push(approved);
  }

  pushDemand(
    id: string,
    type: number,
    item: number,
    warehouse: number,
    date: number,
    quantity: number,
  ): void {
    const d = this.demand;
    d.id.push(id);
    d.type.push(type);
    d.item.push(item);
    d.warehouse.push(warehouse);
    d.date.push(date);
    d.quantity.push(quantity);
  }

  pushForecast(
    id: string,
    model: number,
    item: number,
    warehouse: number,
    date: number,
    quantity: number,
  ): void {
    const f = this.forecast;
    f.id.push(id);
    f.model.push(model);
    f.item.push(item);
    f.warehouse.push(warehouse);
    f.date.push(date);
    f.quantity.push(quantity);
  }

  /** The columns; the builder is not used afterwards. */
  finish(
    formatVersion: number,
    plan: PlanSettings,
    filter: PlanFilter | undefined,
  ): DatasetColumns {
    const { item, bom, onHand, supply, demand, forecast, rows } = this;
    if (plan.forecastModel !== undefined) this.intern(plan.forecastModel);
    return {
      formatVersion,
      plan,
      filter,
      strings: this.strings,
      stringIndex: this.stringIndex,
      items: {
        length: item.id.length,
        id: item.id.done(),
        name: item.name,
        coverageGroup: item.coverageGroup.done(),
      },
      warehouses: rows.warehouses ?? [],
      coverageGroups: rows.coverageGroups,
      itemCoverage: rows.itemCoverage,
      calendars: rows.calendars,
      resources: rows.resources,
      resourceGroups: rows.resourceGroups,
      routeOperations: rows.routeOperations,
      reductionKeys: rows.reductionKeys,
      bomLines: {
        length: bom.id.length,
        id: bom.id,
        parent: bom.parent.done(),
        component: bom.component.done(),
        quantity: bom.quantity.done(),
        perSeries: bom.perSeries.done(),
        scrapPercent: bom.scrapPercent.done(),
        constantScrap: bom.constantScrap.done(),
        validFrom: bom.validFrom.done(),
        validTo: bom.validTo.done(),
        phantom: bom.phantom.done(),
        warehouse: bom.warehouse.done(),
        offsetDays: bom.offsetDays.done(),
        operation: bom.operation.done(),
      },
      onHand: {
        length: onHand.item.length,
        item: onHand.item.done(),
        warehouse: onHand.warehouse.done(),
        quantity: onHand.quantity.done(),
      },
      supply: {
        length: supply.id.length,
        id: supply.id,
        type: supply.type.done(),
        item: supply.item.done(),
        warehouse: supply.warehouse.done(),
        date: supply.date.done(),
        quantity: supply.quantity.done(),
        fromWarehouse: supply.fromWarehouse.done(),
        orderType: supply.orderType.done(),
        approved: supply.approved.done(),
      },
      demand: {
        length: demand.id.length,
        id: demand.id,
        type: demand.type.done(),
        item: demand.item.done(),
        warehouse: demand.warehouse.done(),
        date: demand.date.done(),
        quantity: demand.quantity.done(),
      },
      forecasts: {
        length: forecast.id.length,
        id: forecast.id,
        model: forecast.model.done(),
        item: forecast.item.done(),
        warehouse: forecast.warehouse.done(),
        date: forecast.date.done(),
        quantity: forecast.quantity.done(),
      },
    };
  }
}

const optNumber = (value: number | undefined): number => (value === undefined ? NaN : value);

/**
 * The columns of a validated dataset (the JSON path: CLI, tests). Dates are parsed once per
 * distinct value.
 */
export function columnsFromDataset(dataset: Dataset): DatasetColumns {
  const b = new DatasetColumnBuilder();
  const days = new Map<string, number>();
  const day = (iso: string): number => {
    let d = days.get(iso);
    if (d === undefined) {
      d = parseDay(iso) ?? NaN;
      days.set(iso, d);
    }
    return d;
  };
  const optDay = (iso: string | undefined): number => (iso === undefined ? NaN : day(iso));
  b.reserve('items', dataset.items.length);
  b.reserve('bomLines', dataset.bomLines?.length ?? 0);
  b.reserve('onHand', dataset.onHand?.length ?? 0);
  b.reserve('supply', dataset.supply?.length ?? 0);
  b.reserve('demand', dataset.demand?.length ?? 0);
  b.reserve('forecasts', dataset.forecasts?.length ?? 0);
  b.addRows('warehouses', dataset.warehouses);
  if (dataset.coverageGroups !== undefined) b.addRows('coverageGroups', dataset.coverageGroups);
  if (dataset.itemCoverage !== undefined) b.addRows('itemCoverage', dataset.itemCoverage);
  if (dataset.calendars !== undefined) b.addRows('calendars', dataset.calendars);
  if (dataset.resources !== undefined) b.addRows('resources', dataset.resources);
  if (dataset.resourceGroups !== undefined) b.addRows('resourceGroups', dataset.resourceGroups);
  if (dataset.routeOperations !== undefined) b.addRows('routeOperations', dataset.routeOperations);
  if (dataset.reductionKeys !== undefined) b.addRows('reductionKeys', dataset.reductionKeys);
  for (const item of dataset.items) {
    b.pushItem(b.intern(item.id), item.name, b.internOpt(item.coverageGroup));
  }
  for (const line of dataset.bomLines ?? []) {
    b.pushBomLine(
      line.id,
      b.intern(line.parent),
      b.intern(line.component),
      line.quantity,
      optNumber(line.perSeries),
      optNumber(line.scrapPercent),
      optNumber(line.constantScrap),
      optDay(line.validFrom),
      optDay(line.validTo),
      optBoolCode(line.phantom),
      b.internOpt(line.warehouse),
      optNumber(line.offsetDays),
      optNumber(line.operation),
    );
  }
  for (const row of dataset.onHand ?? []) {
    b.pushOnHand(b.intern(row.item), b.intern(row.warehouse), row.quantity);
  }
  for (const row of dataset.supply ?? []) {
    b.pushSupply(
      row.id,
      SUPPLY_TYPE_CODES.indexOf(row.type) + 1,
      b.intern(row.item),
      b.intern(row.warehouse),
      day(row.date),
      row.quantity,
      b.internOpt(row.fromWarehouse),
      row.orderType === undefined ? 0 : PLANNED_ORDER_TYPE_CODES.indexOf(row.orderType) + 1,
      optBoolCode(row.approved),
    );
  }
  for (const row of dataset.demand ?? []) {
    b.pushDemand(
      row.id,
      DEMAND_TYPE_CODES.indexOf(row.type) + 1,
      b.intern(row.item),
      b.intern(row.warehouse),
      day(row.date),
      row.quantity,
    );
  }
  for (const row of dataset.forecasts ?? []) {
    b.pushForecast(
      row.id,
      b.intern(row.model),
      b.intern(row.item),
      b.intern(row.warehouse),
      day(row.date),
      row.quantity,
    );
  }
  return b.finish(dataset.formatVersion, dataset.plan, dataset.filter);
}
