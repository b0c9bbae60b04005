/**
 * The snapshot reader: reads the input tables of one plan into a `Dataset`, streaming every
 * table (`.stream()`; on PostgreSQL through pg-query-stream). Input tables are shared by
 * every plan of the database; only `replan_plans` is per plan.
 */
import type {
  BomLine,
  Calendar,
  CalendarException,
  CoverageGroup,
  Dataset,
  DatasetListName,
  DatasetPart,
  DemandLine,
  Forecast,
  Item,
  ItemCoverage,
  OnHand,
  PlanFilter,
  PlanSettings,
  ReductionKey,
  ReductionKeyPeriod,
  Resource,
  ResourceGroup,
  RouteOperation,
  SupplyLine,
  Warehouse,
} from '@replan/engine';
import type { Knex } from 'knex';

import { copyRows } from './bulk/pg-copy-out';
import { dialectOf } from './dialect';
import { readColumn, rowToObject } from './mapping';
import {
  BOM_LINES,
  CALENDAR_EXCEPTIONS,
  CALENDARS,
  COVERAGE_COLUMNS,
  COVERAGE_GROUPS,
  DEFAULT_PREFIX,
  DEMAND_LINES,
  FORECASTS,
  ITEM_COVERAGE,
  ITEMS,
  ON_HAND,
  PLANS,
  REDUCTION_KEY_PERIODS,
  REDUCTION_KEYS,
  RESOURCE_GROUP_MEMBERS,
  RESOURCE_GROUPS,
  RESOURCES,
  ROUTE_OPERATIONS,
  SUPPLY_LINES,
  WAREHOUSES,
  WEEKDAY_COLUMNS,
  type ColumnSpec,
  type TableSpec,
} from './schema';

type DbRow = Record<string, unknown>;

/**
 * The select list of a table (of `columns`, default all), its columns qualified by `alias`
 * when given: DATE columns are formatted in SQL (`YYYY-MM-DD`), so no driver turns them into
 * a Date in some time zone.
 *
 * On PostgreSQL a date is read as its JSON text (`to_json(…) #>> '{}'`): ISO `YYYY-MM-DD`
 * whatever the server's DateStyle, and the very text when an ERP's view delivers the column
 * as text, so that a date that does not exist (`2026-02-30`) reaches the row's own check
 * (which names table, row and column) instead of failing the whole query.
 */
export function selectList(
  knex: Knex,
  spec: TableSpec,
  alias?: string,
  columns: readonly ColumnSpec[] = spec.columns,
): (string | Knex.Raw)[] {
  const dialect = dialectOf(knex);
  return columns.map((column) => {
    const name = alias === undefined ? column.name : `${alias}.${column.name}`;
    if (column.type !== 'date') return alias === undefined ? name : `${name} as ${column.name}`;
    if (dialect === 'postgresql') {
      return knex.raw(`to_json(??) #>> '{}' as ??`, [name, column.name]);
    }
    if (dialect === 'mssql') {
      return knex.raw('convert(char(10), ??, 23) as ??', [name, column.name]);
    }
    return alias === undefined ? name : knex.raw('?? as ??', [name, column.name]);
  });
}

/**
 * Streams the rows of a table (optionally filtered), ordered by `orderBy`: by COPY on
 * PostgreSQL, by the driver's stream elsewhere.
 */
export async function* streamTable(
  knex: Knex,
  spec: TableSpec,
  orderBy: readonly string[],
  where?: Readonly<Record<string, string | number>>,
): AsyncGenerator<DbRow> {
  let query = knex(spec.name).select(selectList(knex, spec));
  if (where) query = query.where(where);
  for (const column of orderBy) query = query.orderBy(column);
  if (dialectOf(knex) === 'postgresql') {
    // COPY TO: the fastest way out of PostgreSQL (values come as text; fromSql reads them).
    yield* copyRows(
      knex,
      query,
      spec.columns.map((column) => column.name),
    );
    return;
  }
  const stream = query.stream() as unknown as AsyncIterable<DbRow> & { destroy(): void };
  try {
    for await (const row of stream) yield row;
  } finally {
    stream.destroy();
  }
}

async function readAll<T>(
  knex: Knex,
  spec: TableSpec,
  orderBy: readonly string[],
  map: (row: DbRow) => T,
): Promise<T[]> {
  const out: T[] = [];
  for await (const row of streamTable(knex, spec, orderBy)) out.push(map(row));
  return out;
}

const DEFAULT_COLUMNS = new Set(COVERAGE_COLUMNS.map(({ column }) => DEFAULT_PREFIX + column.name));

export function planFromRow(row: DbRow): PlanSettings {
  const plan = rowToObject(PLANS, row, DEFAULT_COLUMNS) as unknown as PlanSettings;
  const defaults: Record<string, string | number | boolean> = {};
  for (const { field, column } of COVERAGE_COLUMNS) {
    const value = readColumn(PLANS, row, { ...column, name: DEFAULT_PREFIX + column.name });
    if (value !== undefined) defaults[field] = value;
  }
  if (Object.keys(defaults).length > 0) plan.defaults = defaults;
  return plan;
}

export interface ReadDatasetOptions {
  /** The run's filter, carried into the dataset (it is part of the run request, not a table). */
  filter?: PlanFilter;
  /**
   * Read every table in one read-only transaction of this isolation level, so the snapshot
   * is consistent across tables; `none` reads without a transaction. Default: `repeatable
   * read` on PostgreSQL (an MVCC snapshot, no locks), `none` elsewhere (on SQL Server pass
   * `snapshot` when the database allows snapshot isolation).
   */
  isolationLevel?: Knex.IsolationLevels | 'none';
}

export interface ReadDatasetPartsOptions extends ReadDatasetOptions {
  /** Rows per part (default 5000): at most this many rows of a list in one part. */
  rowsPerPart?: number;
}

/**
 * Reads plan `planId` and the input tables as they stream, a part at a time: a reader
 * never holds more than a part of a table (calendars and reduction keys, small and joined
 * with their exceptions and periods, come whole). On PostgreSQL every table is read in
 * one repeatable-read transaction, so the parts form one consistent snapshot.
 */
export async function* readDatasetParts(
  knex: Knex,
  planId: string,
  options: ReadDatasetPartsOptions = {},
): AsyncGenerator<DatasetPart> {
  const level =
    options.isolationLevel ?? (dialectOf(knex) === 'postgresql' ? 'repeatable read' : 'none');
  const size = options.rowsPerPart ?? 5000;
  if (!Number.isInteger(size) || size < 1) {
    throw new RangeError(`rowsPerPart must be a whole number ≥ 1, got ${size}`);
  }
  if (level === 'none') {
    yield* readParts(knex, planId, size);
    return;
  }
  const trx = await knex.transaction({ isolationLevel: level, readOnly: true });
  try {
    yield* readParts(trx, planId, size);
    await trx.commit();
  } finally {
    // A failed rollback (connection lost) must not hide why the read stopped.
    if (!trx.isCompleted()) await trx.rollback().catch(() => undefined);
  }
}

/** Reads plan `planId` and all input tables into a dataset. */
export async function readDataset(
  knex: Knex,
  planId: string,
  options: ReadDatasetOptions = {},
): Promise<Dataset> {
  let plan: PlanSettings | undefined;
  const lists: Partial<Record<DatasetListName, object[]>> = {};
  for await (const part of readDatasetParts(knex, planId, { ...options, rowsPerPart: 100_000 })) {
    if (part.kind === 'plan') plan = part.plan;
    else if (part.kind === 'rows') {
      const list = (lists[part.list] ??= []);
      for (const row of part.rows) list.push(row);
    } else lists[part.list] ??= [];
  }
  if (plan === undefined) throw new Error(`readDataset: plan ${planId} not found in ${PLANS.name}`);
  const list = <T>(name: DatasetListName): T[] => (lists[name] ?? []) as T[];
  const dataset: Dataset = {
    formatVersion: 1,
    plan,
    items: list<Item>('items'),
    coverageGroups: list<CoverageGroup>('coverageGroups'),
    itemCoverage: list<ItemCoverage>('itemCoverage'),
    warehouses: list<Warehouse>('warehouses'),
    calendars: list<Calendar>('calendars'),
    bomLines: list<BomLine>('bomLines'),
    resources: list<Resource>('resources'),
    resourceGroups: list<ResourceGroup>('resourceGroups'),
    routeOperations: list<RouteOperation>('routeOperations'),
    onHand: list<OnHand>('onHand'),
    supply: list<SupplyLine>('supply'),
    demand: list<DemandLine>('demand'),
    forecasts: list<Forecast>('forecasts'),
    reductionKeys: list<ReductionKey>('reductionKeys'),
  };
  if (options.filter) dataset.filter = options.filter;
  return dataset;
}

/** The rows of a table whose columns map one to one onto a list's fields, as parts. */
async function* entityParts(
  knex: Knex,
  list: DatasetListName,
  spec: TableSpec,
  orderBy: readonly string[],
  size: number,
): AsyncGenerator<DatasetPart> {
  let rows: object[] = [];
  for await (const row of streamTable(knex, spec, orderBy)) {
    rows.push(rowToObject(spec, row));
    if (rows.length >= size) {
      yield { kind: 'rows', list, rows };
      rows = [];
    }
  }
  if (rows.length > 0) yield { kind: 'rows', list, rows };
  yield { kind: 'end', list };
}

function* wholeList(list: DatasetListName, rows: object[], size: number): Generator<DatasetPart> {
  for (let at = 0; at < rows.length; at += size) {
    yield { kind: 'rows', list, rows: rows.slice(at, at + size) };
  }
  yield { kind: 'end', list };
}

async function* readParts(knex: Knex, planId: string, size: number): AsyncGenerator<DatasetPart> {
  let plan: PlanSettings | undefined;
  for await (const row of streamTable(knex, PLANS, ['id'], { id: planId })) plan = planFromRow(row);
  if (!plan) throw new Error(`readDataset: plan ${planId} not found in ${PLANS.name}`);
  yield { kind: 'plan', plan };

  yield* entityParts(knex, 'items', ITEMS, ['id'], size);
  yield* entityParts(knex, 'coverageGroups', COVERAGE_GROUPS, ['id'], size);
  yield* entityParts(knex, 'itemCoverage', ITEM_COVERAGE, ['item', 'warehouse'], size);
  yield* entityParts(knex, 'warehouses', WAREHOUSES, ['id'], size);

  const exceptions = new Map<string, CalendarException[]>();
  for await (const row of streamTable(knex, CALENDAR_EXCEPTIONS, ['calendar_id', 'date'])) {
    const calendarId = readColumn(
      CALENDAR_EXCEPTIONS,
      row,
      CALENDAR_EXCEPTIONS.columns[0]!,
    ) as string;
    const exception = rowToObject(
      CALENDAR_EXCEPTIONS,
      row,
      new Set(['calendar_id']),
    ) as unknown as CalendarException;
    const list = exceptions.get(calendarId) ?? [];
    list.push(exception);
    exceptions.set(calendarId, list);
  }
  const calendars = await readAll(knex, CALENDARS, ['id'], (row): Calendar => {
    const { id } = rowToObject(CALENDARS, row, new Set(WEEKDAY_COLUMNS)) as { id: string };
    const workingWeekdays: number[] = [];
    WEEKDAY_COLUMNS.forEach((day, i) => {
      const column = CALENDARS.columns.find((c) => c.name === day)!;
      if (readColumn(CALENDARS, row, column) === true) workingWeekdays.push(i + 1);
    });
    const calendar: Calendar = { id, workingWeekdays };
    const list = exceptions.get(id);
    if (list) calendar.exceptions = list;
    return calendar;
  });
  yield* wholeList('calendars', calendars, size);

  yield* entityParts(knex, 'bomLines', BOM_LINES, ['id'], size);
  yield* entityParts(knex, 'resources', RESOURCES, ['id'], size);

  const members = new Map<string, string[]>();
  for await (const row of streamTable(knex, RESOURCE_GROUP_MEMBERS, ['group_id', 'resource'])) {
    const group = readColumn(
      RESOURCE_GROUP_MEMBERS,
      row,
      RESOURCE_GROUP_MEMBERS.columns[0]!,
    ) as string;
    const resource = readColumn(
      RESOURCE_GROUP_MEMBERS,
      row,
      RESOURCE_GROUP_MEMBERS.columns[1]!,
    ) as string;
    const list = members.get(group) ?? [];
    list.push(resource);
    members.set(group, list);
  }
  const resourceGroups = await readAll(knex, RESOURCE_GROUPS, ['id'], (row): ResourceGroup => {
    const group = rowToObject(RESOURCE_GROUPS, row) as { id: string; name?: string };
    return { ...group, members: members.get(group.id) ?? [] };
  });
  yield* wholeList('resourceGroups', resourceGroups, size);
  yield* entityParts(knex, 'routeOperations', ROUTE_OPERATIONS, ['id'], size);
  yield* entityParts(knex, 'onHand', ON_HAND, ['item', 'warehouse'], size);
  yield* entityParts(knex, 'supply', SUPPLY_LINES, ['id'], size);
  yield* entityParts(knex, 'demand', DEMAND_LINES, ['id'], size);
  yield* entityParts(knex, 'forecasts', FORECASTS, ['id'], size);

  const periods = new Map<string, ReductionKeyPeriod[]>();
  for await (const row of streamTable(knex, REDUCTION_KEY_PERIODS, [
    'reduction_key_id',
    'from_date',
  ])) {
    const key = readColumn(REDUCTION_KEY_PERIODS, row, REDUCTION_KEY_PERIODS.columns[0]!) as string;
    const period = rowToObject(REDUCTION_KEY_PERIODS, row, new Set(['reduction_key_id']), {
      rename: { from_date: 'from' },
    }) as unknown as ReductionKeyPeriod;
    const list = periods.get(key) ?? [];
    list.push(period);
    periods.set(key, list);
  }
  const reductionKeys = await readAll(knex, REDUCTION_KEYS, ['id'], (row): ReductionKey => {
    const { id } = rowToObject(REDUCTION_KEYS, row) as { id: string };
    return { id, periods: periods.get(id) ?? [] };
  });
  yield* wholeList('reductionKeys', reductionKeys, size);
}
