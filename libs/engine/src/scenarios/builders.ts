/**
 * Small datasets for the hand-worked planning scenarios, and finders over a plan result.
 * Every scenario plans on Monday 2026-03-02 in warehouse MAIN unless it says otherwise, so
 * the expected dates in the tests can be read off a calendar.
 */
import type {
  BomLine,
  CalendarException,
  CoverageSettings,
  Dataset,
  DemandType,
  IsoDate,
  ItemCoverage,
  PlanFilter,
  PlanSettings,
  PlannedOrderType,
  ReductionKeyPeriod,
  Resource,
  RouteOperation,
  SupplyType,
  Warehouse,
} from '../model/dataset';
import type {
  ActionKind,
  ActionMessage,
  CapacityLoad,
  Delay,
  ForecastRemaining,
  Pegging,
  PlanResult,
  PlannedOrder,
  RunMessage,
} from '../model/result';

/** Monday. */
export const PLAN_DATE: IsoDate = '2026-03-02';
export const MAIN = 'MAIN';

const MS_PER_DAY = 86_400_000;

/** The ISO date `offset` calendar days after `from` (default: the plan date). */
export function day(offset: number, from: IsoDate = PLAN_DATE): IsoDate {
  const ms = Date.parse(`${from}T00:00:00Z`) + offset * MS_PER_DAY;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to`. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

export interface SupplyOptions {
  type?: SupplyType;
  warehouse?: string;
  fromWarehouse?: string;
  orderType?: PlannedOrderType;
  approved?: boolean;
}

export interface DemandOptions {
  type?: DemandType;
  warehouse?: string;
}

export interface ForecastOptions {
  /** Forecast model; default `FM`, the model `forecastModel('FM')` plans. */
  model?: string;
  warehouse?: string;
}

/** The forecast model the scenarios use unless they say otherwise. */
export const FORECAST_MODEL = 'FM';

export type BomLineOptions = Omit<BomLine, 'id' | 'parent' | 'component' | 'quantity'>;

export type RouteOperationOptions = Omit<RouteOperation, 'id' | 'item' | 'operation'>;

/** Builds a dataset row by row; `build()` hands out a fresh copy each time. */
export class ScenarioBuilder {
  private readonly ds: Dataset & {
    coverageGroups: NonNullable<Dataset['coverageGroups']>;
    itemCoverage: NonNullable<Dataset['itemCoverage']>;
    calendars: NonNullable<Dataset['calendars']>;
    bomLines: NonNullable<Dataset['bomLines']>;
    onHand: NonNullable<Dataset['onHand']>;
    supply: NonNullable<Dataset['supply']>;
    demand: NonNullable<Dataset['demand']>;
  };

  constructor(planDate: IsoDate = PLAN_DATE) {
    this.ds = {
      formatVersion: 1,
      plan: { id: 'TEST', planDate },
      items: [],
      coverageGroups: [],
      itemCoverage: [],
      warehouses: [{ id: MAIN }],
      calendars: [],
      bomLines: [],
      onHand: [],
      supply: [],
      demand: [],
    };
  }

  /** Plan-level settings (fence and negative days override every coverage level). */
  plan(settings: Partial<Omit<PlanSettings, 'id' | 'planDate'>>): this {
    Object.assign(this.ds.plan, settings);
    return this;
  }

  /** Adds a warehouse, or changes one already there (MAIN exists from the start). */
  warehouse(id: string, options: Omit<Warehouse, 'id'> = {}): this {
    const existing = this.ds.warehouses.find((w) => w.id === id);
    if (existing) Object.assign(existing, options);
    else this.ds.warehouses.push({ id, ...options });
    return this;
  }

  calendar(id: string, workingWeekdays: number[], exceptions: CalendarException[] = []): this {
    this.ds.calendars.push({ id, workingWeekdays, exceptions });
    return this;
  }

  coverageGroup(id: string, settings: CoverageSettings): this {
    this.ds.coverageGroups.push({ id, ...settings });
    return this;
  }

  /** Adds an item; `coverage`, when given, becomes its item-level (all warehouses) coverage. */
  item(id: string, coverage?: CoverageSettings, coverageGroup?: string): this {
    this.ds.items.push(coverageGroup === undefined ? { id } : { id, coverageGroup });
    if (coverage !== undefined) this.ds.itemCoverage.push({ item: id, ...coverage });
    return this;
  }

  /** Item coverage for the item at one warehouse. */
  coverage(
    item: string,
    warehouse: string,
    settings: Omit<ItemCoverage, 'item' | 'warehouse'>,
  ): this {
    this.ds.itemCoverage.push({ item, warehouse, ...settings });
    return this;
  }

  bom(
    id: string,
    parent: string,
    component: string,
    quantity: number,
    options: BomLineOptions = {},
  ): this {
    this.ds.bomLines.push({ id, parent, component, quantity, ...options });
    return this;
  }

  /** A resource: 8 hours a day, every day, unless the options say otherwise. */
  resource(id: string, options: Omit<Resource, 'id'> = {}): this {
    (this.ds.resources ??= []).push({ id, ...options });
    return this;
  }

  resourceGroup(id: string, members: string[]): this {
    (this.ds.resourceGroups ??= []).push({ id, members });
    return this;
  }

  /** Operation `operation` of the item's route; its id is `<item>-<operation>`. */
  operation(item: string, operation: number, options: RouteOperationOptions): this {
    const id = `${item}-${operation}${options.validFrom === undefined ? '' : `-${options.validFrom}`}`;
    (this.ds.routeOperations ??= []).push({ id, item, operation, ...options });
    return this;
  }

  onHand(item: string, quantity: number, warehouse: string = MAIN): this {
    this.ds.onHand.push({ item, warehouse, quantity });
    return this;
  }

  supply(
    id: string,
    item: string,
    date: IsoDate,
    quantity: number,
    options: SupplyOptions = {},
  ): this {
    const { type = 'purchase', warehouse = MAIN, ...rest } = options;
    this.ds.supply.push({ id, type, item, warehouse, date, quantity, ...rest });
    return this;
  }

  purchase(id: string, item: string, date: IsoDate, quantity: number, warehouse = MAIN): this {
    return this.supply(id, item, date, quantity, { type: 'purchase', warehouse });
  }

  demand(
    id: string,
    item: string,
    date: IsoDate,
    quantity: number,
    options: DemandOptions = {},
  ): this {
    const { type = 'sales', warehouse = MAIN } = options;
    this.ds.demand.push({ id, type, item, warehouse, date, quantity });
    return this;
  }

  sales(id: string, item: string, date: IsoDate, quantity: number, warehouse = MAIN): this {
    return this.demand(id, item, date, quantity, { type: 'sales', warehouse });
  }

  /** A forecast line (model `FM` unless given). */
  forecast(
    id: string,
    item: string,
    date: IsoDate,
    quantity: number,
    options: ForecastOptions = {},
  ): this {
    const { model = FORECAST_MODEL, warehouse = MAIN } = options;
    (this.ds.forecasts ??= []).push({ id, model, item, warehouse, date, quantity });
    return this;
  }

  reductionKey(id: string, periods: ReductionKeyPeriod[]): this {
    (this.ds.reductionKeys ??= []).push({ id, periods });
    return this;
  }

  /** Plans only these items (and their components down `bomLevels`, when given). */
  filter(items: string[], bomLevels?: PlanFilter['bomLevels']): this {
    this.ds.filter = bomLevels === undefined ? { items } : { items, bomLevels };
    return this;
  }

  build(): Dataset {
    return structuredClone(this.ds);
  }
}

export function scenario(planDate: IsoDate = PLAN_DATE): ScenarioBuilder {
  return new ScenarioBuilder(planDate);
}

// ---------------------------------------------------------------------------------------------
// Finders over a result. None of them depends on the order of rows in the result.

function orderNumber(id: string): number {
  const n = /-(\d+)$/.exec(id);
  return n === null ? Number.MAX_SAFE_INTEGER : Number(n[1]);
}

/** The planned orders of one node, by the counter at the end of their ids. */
export function ordersFor(
  result: PlanResult,
  item: string,
  warehouse: string = MAIN,
): PlannedOrder[] {
  return result.plannedOrders
    .filter((o) => o.item === item && o.warehouse === warehouse)
    .sort((a, b) => orderNumber(a.id) - orderNumber(b.id) || (a.id < b.id ? -1 : 1));
}

export function orderById(result: PlanResult, id: string): PlannedOrder {
  const order = result.plannedOrders.find((o) => o.id === id);
  if (order === undefined) {
    const ids = result.plannedOrders.map((o) => o.id).join(', ');
    throw new Error(`no planned order ${id} (planned: ${ids || 'none'})`);
  }
  return order;
}

/** Pegging rows that allocate something to the issue (demand line id or `<order>/<line>`). */
export function peggingTo(result: PlanResult, issueId: string): Pegging[] {
  return result.pegging.filter((p) => p.issueId === issueId);
}

/** Pegging rows that allocate the receipt (supply id, planned order id or `item@warehouse`). */
export function peggingFrom(result: PlanResult, receiptId: string): Pegging[] {
  return result.pegging.filter((p) => p.receiptId === receiptId);
}

/** Sums pegged quantity by receipt (default) or by issue: an order-free view of pegging rows. */
export function pegMap(
  rows: readonly Pegging[],
  by: 'receiptId' | 'issueId' = 'receiptId',
): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const row of rows) sums[row[by]] = (sums[row[by]] ?? 0) + row.quantity;
  return sums;
}

export function totalPegged(rows: readonly Pegging[]): number {
  return rows.reduce((sum, row) => sum + row.quantity, 0);
}

/** The delay reported for a demand line, if any. */
export function delayFor(result: PlanResult, demandId: string): Delay | undefined {
  return result.delays.find((d) => d.demandId === demandId);
}

/** Action messages about one supply line (or approved planned order), by kind. */
export function actionsFor(result: PlanResult, supplyId: string): ActionMessage[] {
  const rank: Record<ActionKind, number> = {
    advance: 0,
    postpone: 1,
    increase: 2,
    decrease: 3,
    cancel: 4,
  };
  return result.actions
    .filter((a) => a.supplyId === supplyId)
    .sort((a, b) => rank[a.kind] - rank[b.kind]);
}

/** The planned forecast lines, by id. */
export function forecastsById(result: PlanResult): ForecastRemaining[] {
  return [...result.forecasts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** The load rows of one resource, by date. */
export function loadOf(result: PlanResult, resource: string): CapacityLoad[] {
  return result.capacityLoad
    .filter((row) => row.resource === resource)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** Reserved hours per `resource date` (or per `order operation resource date` with `byOrder`). */
export function reservedHours(result: PlanResult, byOrder = false): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const r of result.capacityReservations) {
    const key = byOrder
      ? `${r.orderId} ${r.operation} ${r.resource} ${r.date}`
      : `${r.resource} ${r.date}`;
    sums[key] = Math.round(((sums[key] ?? 0) + r.hours) * 1e6) / 1e6;
  }
  return sums;
}

export function messagesByCode(result: PlanResult, code: string): RunMessage[] {
  return result.messages.filter((m) => m.code === code);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `text` names `word` as a whole token (so `S1` does not match inside `S10`). */
export function mentions(text: string, word: string): boolean {
  return new RegExp(`(^|[^A-Za-z0-9_])${escapeRegExp(word)}($|[^A-Za-z0-9_])`).test(text);
}

/**
 * True when `text` states the number `n` on its own: `3` matches "3" or "3.0", not "13", nor
 * the digits inside an id ("S3", "PUR-FG@MAIN-3") or a date ("2026-03-03").
 */
export function mentionsNumber(text: string, n: number): boolean {
  const withoutDates = text.replace(/\d{4}-\d{2}-\d{2}/g, ' ');
  const numbers = withoutDates.match(/(?<![A-Za-z0-9_.@-])\d+(?:\.\d+)?(?![A-Za-z0-9_@])/g) ?? [];
  return numbers.some((token) => Number(token) === n);
}

/** Messages of a code about an input row: the row is the message's ref or is named in its text. */
export function messagesAbout(result: PlanResult, code: string, ref: string): RunMessage[] {
  return messagesByCode(result, code).filter((m) => m.ref === ref || mentions(m.text, ref));
}

/** Messages of a code about an item (its `item` field, or the item named in the text). */
export function messagesForItem(result: PlanResult, code: string, item: string): RunMessage[] {
  return messagesByCode(result, code).filter((m) => m.item === item || mentions(m.text, item));
}
