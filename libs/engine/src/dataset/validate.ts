/**
 * Dataset validation: checks a parsed JSON dataset against the ERP contract before a run
 * plans it, and reports every problem as a sentence naming the row and the field.
 *
 * Validation checks what a single row or a pair of rows can show: types, enumerations,
 * dates, signs, duplicates and references. What needs the whole plan (BOM cycles longer than
 * one line, negative on-hand, past-due demand, calendars with no open day) is reported by the
 * engine as run messages. Each table is checked in one pass against id sets built once, and
 * repeated ids are found by hashing (see duplicates.ts), so ten million demand lines take
 * seconds.
 */
import type { Dataset } from '../model/dataset';
import type { DatasetColumns } from './columns';
import { columnRows, type Rows } from './column-rows';
import { findDuplicates } from './duplicates';
import { choice, FieldChecker, isRow, type IdLookup, type Row } from './field-checker';
import { fieldNames, type FieldNameEntity } from './field-names';
import { describeValue, IssueCollector, quote, type DatasetIssue } from './issues';

export { formatIssue, type DatasetIssue } from './issues';

export type DatasetValidation =
  | { ok: true; dataset: Dataset; warnings: DatasetIssue[] }
  | { ok: false; errors: DatasetIssue[]; warnings: DatasetIssue[] };

export type ColumnsValidation =
  | { ok: true; dataset: DatasetColumns; warnings: DatasetIssue[] }
  | { ok: false; errors: DatasetIssue[]; warnings: DatasetIssue[] };

export type { Rows } from './column-rows';

const COVERAGE_CODES = choice('requirement', 'period', 'minMax', 'manual');
const COVERAGE_ORDER_TYPES = choice('purchase', 'production');
const PLANNED_ORDER_TYPES = choice('purchase', 'production', 'transfer');
const LEAD_TIME_UNITS = choice('calendarDays', 'workingDays');
const FORECAST_REDUCTIONS = choice('none', 'transactionsDynamicPeriod', 'percentReductionKey');
const SUPPLY_TYPES = choice('purchase', 'production', 'transfer', 'plannedOrder');
const DEMAND_TYPES = choice('sales', 'productionComponent', 'transferIssue');

function known(entity: FieldNameEntity): ReadonlySet<string> {
  return new Set(fieldNames(entity));
}

const KNOWN = {
  dataset: known('dataset'),
  plan: known('plan'),
  coverageSettings: known('coverageSettings'),
  items: known('items'),
  coverageGroups: known('coverageGroups'),
  itemCoverage: known('itemCoverage'),
  warehouses: known('warehouses'),
  calendars: known('calendars'),
  calendarExceptions: known('calendarExceptions'),
  bomLines: known('bomLines'),
  resources: known('resources'),
  resourceGroups: known('resourceGroups'),
  routeOperations: known('routeOperations'),
  onHand: known('onHand'),
  supply: known('supply'),
  demand: known('demand'),
  forecasts: known('forecasts'),
  reductionKeys: known('reductionKeys'),
  reductionKeyPeriods: known('reductionKeyPeriods'),
  filter: known('filter'),
};

/** Top-level fields that editors add and the format tolerates without a warning. */
const TOLERATED_TOP_LEVEL = new Set(['$schema']);

/** Largest operation sequence number. */
export const MAX_OPERATION = 1_000_000;
/** Most working hours a resource can have in a day. */
const HOURS_IN_DAY = 24;

/** A JavaScript Set holds at most 2^24 entries; far more items than a plan has nodes. */
const MAX_REFERENCED_ROWS = 2 ** 24 - 1;

/** The ids other rows refer to. */
interface References {
  items: IdLookup;
  warehouses: IdLookup;
  calendars: IdLookup;
  coverageGroups: IdLookup;
  reductionKeys: IdLookup;
  resources: IdLookup;
  resourceGroups: IdLookup;
}

/**
 * Checks a parsed JSON value against the dataset format. On success the same object is
 * returned, typed; otherwise every error found is listed (the first 1000, then a count).
 */
export function validateDataset(input: unknown): DatasetValidation {
  const issues = new IssueCollector();
  const ck = new FieldChecker(issues);
  if (isRow(input)) checkDataset(ck, input);
  else {
    ck.at('dataset', undefined);
    ck.error(undefined, `must be a JSON object, got ${describeValue(input)}`);
  }
  ck.finish();
  issues.finish();
  if (issues.errorCount === 0) {
    return { ok: true, dataset: input as Dataset, warnings: issues.warnings };
  }
  return { ok: false, errors: issues.errors, warnings: issues.warnings };
}

/**
 * Checks dataset columns (a decoded snapshot) with the same checks as JSON rows: each column
 * table is read through one reused row object, so the messages name table, row and field
 * exactly as they would for the rows.
 */
export function validateColumns(dataset: DatasetColumns): ColumnsValidation {
  const issues = new IssueCollector();
  const ck = new FieldChecker(issues);
  ck.at('dataset', undefined);
  if (dataset.formatVersion !== 1) {
    ck.error('formatVersion', `must be 1, got ${describeValue(dataset.formatVersion)}`);
  }
  const views = columnRows(dataset);
  const none: Rows = [];
  checkTables(
    ck,
    {
      ...views,
      warehouses: dataset.warehouses,
      coverageGroups: dataset.coverageGroups ?? none,
      itemCoverage: dataset.itemCoverage ?? none,
      calendars: dataset.calendars ?? none,
      resources: dataset.resources ?? none,
      resourceGroups: dataset.resourceGroups ?? none,
      routeOperations: dataset.routeOperations ?? none,
      reductionKeys: dataset.reductionKeys ?? none,
    },
    dataset.plan as unknown as Row,
    dataset.filter as unknown as Row | undefined,
  );
  ck.finish();
  issues.finish();
  if (issues.errorCount === 0) return { ok: true, dataset, warnings: issues.warnings };
  return { ok: false, errors: issues.errors, warnings: issues.warnings };
}

function checkDataset(ck: FieldChecker, data: Row): void {
  ck.at('dataset', undefined);
  const version = data['formatVersion'];
  if (version === undefined) ck.error('formatVersion', 'is required (1 for this format)');
  else if (version !== 1) ck.error('formatVersion', `must be 1, got ${describeValue(version)}`);
  for (const field in data) {
    if (!KNOWN.dataset.has(field) && !TOLERATED_TOP_LEVEL.has(field)) {
      ck.warning(field, 'is not a known top-level field and is ignored');
    }
  }

  const plan = ck.object(data, 'plan', true);
  const items = ck.array(data, 'items', true) ?? [];
  const warehouses = ck.array(data, 'warehouses', true) ?? [];
  const coverageGroups = ck.array(data, 'coverageGroups', false) ?? [];
  const itemCoverage = ck.array(data, 'itemCoverage', false) ?? [];
  const calendars = ck.array(data, 'calendars', false) ?? [];
  const bomLines = ck.array(data, 'bomLines', false) ?? [];
  const resources = ck.array(data, 'resources', false) ?? [];
  const resourceGroups = ck.array(data, 'resourceGroups', false) ?? [];
  const routeOperations = ck.array(data, 'routeOperations', false) ?? [];
  const onHand = ck.array(data, 'onHand', false) ?? [];
  const supply = ck.array(data, 'supply', false) ?? [];
  const demand = ck.array(data, 'demand', false) ?? [];
  const forecasts = ck.array(data, 'forecasts', false) ?? [];
  const reductionKeys = ck.array(data, 'reductionKeys', false) ?? [];
  const filter = ck.object(data, 'filter', false);
  checkTables(
    ck,
    {
      items,
      warehouses,
      coverageGroups,
      itemCoverage,
      calendars,
      bomLines,
      resources,
      resourceGroups,
      routeOperations,
      onHand,
      supply,
      demand,
      forecasts,
      reductionKeys,
    },
    plan,
    filter,
  );
}

type Tables = Record<
  | 'items'
  | 'warehouses'
  | 'coverageGroups'
  | 'itemCoverage'
  | 'calendars'
  | 'bomLines'
  | 'resources'
  | 'resourceGroups'
  | 'routeOperations'
  | 'onHand'
  | 'supply'
  | 'demand'
  | 'forecasts'
  | 'reductionKeys',
  Rows
>;

/** Every table, the plan and the filter: the checks shared by JSON rows and columns. */
function checkTables(
  ck: FieldChecker,
  tables: Tables,
  plan: Row | undefined,
  filter: Row | undefined,
): void {
  const {
    items,
    warehouses,
    coverageGroups,
    itemCoverage,
    calendars,
    bomLines,
    resources,
    resourceGroups,
    routeOperations,
    onHand,
    supply,
    demand,
    forecasts,
    reductionKeys,
  } = tables;
  // Ids of the tables others refer to come first, so references can be checked in one pass.
  const refs: References = {
    items: collectIds(ck, 'items', items),
    warehouses: collectIds(ck, 'warehouses', warehouses),
    calendars: collectIds(ck, 'calendars', calendars),
    coverageGroups: collectIds(ck, 'coverageGroups', coverageGroups),
    reductionKeys: collectIds(ck, 'reductionKeys', reductionKeys),
    resources: collectIds(ck, 'resources', resources),
    resourceGroups: collectIds(ck, 'resourceGroups', resourceGroups),
  };

  if (plan !== undefined) checkPlan(ck, plan, refs);
  checkItems(ck, items, refs);
  checkCoverageGroups(ck, coverageGroups, refs);
  checkItemCoverage(ck, itemCoverage, refs);
  checkWarehouses(ck, warehouses, refs);
  checkCalendars(ck, calendars);
  const routedOperations = checkRouteOperations(ck, routeOperations, refs);
  checkBomLines(ck, bomLines, refs, routedOperations);
  checkResources(ck, resources, refs);
  checkResourceGroups(ck, resourceGroups, refs);
  checkOnHand(ck, onHand, refs);
  checkSupply(ck, supply, refs);
  checkDemand(ck, demand, refs);
  checkForecasts(ck, forecasts, refs);
  checkReductionKeys(ck, reductionKeys);
  if (filter !== undefined) checkFilter(ck, filter, refs);
}

function notAnObject(ck: FieldChecker, row: unknown): void {
  ck.error(undefined, `must be an object, got ${describeValue(row)}`);
}

/** The id of a row whose id has already been checked, for naming it in messages. */
function idOf(row: Row): string | undefined {
  const id = row['id'];
  return typeof id === 'string' && id.length > 0 ? id : undefined;
}

/** The id of row `index`, when it has a usable one. */
function idAt(rows: Rows, index: number): string | undefined {
  const row = rows.at(index);
  return isRow(row) ? idOf(row) : undefined;
}

/** `item@warehouse`, or the item alone, naming a row that has no id. */
function nodeName(item: unknown, warehouse: unknown): string | undefined {
  if (typeof item !== 'string') return undefined;
  return typeof warehouse === 'string' ? `${item}@${warehouse}` : item;
}

/**
 * The planning node of row `index` as a key: item and warehouse (or the item alone when the
 * row names no warehouse); undefined when either is not a usable string.
 */
function nodeKeyAt(rows: Rows, index: number): string | undefined {
  const row = rows.at(index);
  if (!isRow(row)) return undefined;
  const item = row['item'];
  const warehouse = row['warehouse'];
  if (typeof item !== 'string' || item.length === 0) return undefined;
  if (warehouse === undefined) return `${item}\u0000`;
  if (typeof warehouse !== 'string' || warehouse.length === 0) return undefined;
  return `${item}\u0000${warehouse}`;
}

/** Calls `report(row, first)` for each row whose item and warehouse an earlier row has. */
function findRepeatedNodes(
  ck: FieldChecker,
  entity: string,
  rows: Rows,
  report: (row: Row, first: number) => void,
): void {
  findDuplicates(
    rows.length,
    (index) => nodeKeyAt(rows, index),
    (index, first) => {
      const row = rows.at(index);
      if (!isRow(row)) return;
      ck.at(entity, index);
      ck.loc.id = nodeName(row['item'], row['warehouse']);
      report(row, first);
    },
  );
}

/** Checks the id of the row at the checker's location; repeated ids are found per table. */
function checkId(ck: FieldChecker, row: Row): void {
  ck.loc.id = ck.string(row, 'id', true);
}

/** Reports each row whose id an earlier row of the table already has. */
function checkUniqueIds(ck: FieldChecker, entity: string, rows: Rows): void {
  findDuplicates(
    rows.length,
    (index) => idAt(rows, index),
    (index, first) => {
      ck.at(entity, index);
      ck.loc.id = idAt(rows, index);
      ck.error('id', `repeats the id of row ${first} (ids must be unique within ${entity})`);
    },
  );
}

/** Checks that the rows of a referenced table are objects with unique ids; returns the ids. */
function collectIds(ck: FieldChecker, entity: string, rows: Rows): IdLookup {
  const ids = new Set<string>();
  if (rows.length > MAX_REFERENCED_ROWS) {
    ck.at(entity, undefined);
    ck.error(undefined, `has ${rows.length} rows; at most ${MAX_REFERENCED_ROWS} are supported`);
    return ids;
  }
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    ck.at(entity, i);
    if (!isRow(row)) {
      notAnObject(ck, row);
      continue;
    }
    const id = ck.string(row, 'id', true);
    if (id !== undefined) ids.add(id);
  }
  checkUniqueIds(ck, entity, rows);
  return ids;
}

/** Reports a pair of fields whose lower bound exceeds the upper bound. */
function checkOrder(
  ck: FieldChecker,
  lowField: string,
  low: number | undefined,
  highField: string,
  high: number | undefined,
): void {
  if (low !== undefined && high !== undefined && low > high) {
    ck.error(highField, `must not be less than field '${lowField}' (${low}), got ${high}`);
  }
}

/** The coverage settings shared by coverage groups, item coverage and plan defaults. */
function checkCoverage(ck: FieldChecker, row: Row, refs: References): void {
  ck.choice(row, 'coverageCode', false, COVERAGE_CODES);
  ck.dayCount(row, 'coveragePeriod', false);
  ck.dayCount(row, 'coverageTimeFence', false);
  ck.dayCount(row, 'negativeDays', false);
  ck.dayCount(row, 'positiveDays', false);
  ck.boolean(row, 'dynamicPositiveDays', false);
  const minInventory = ck.quantity(row, 'minimumInventory', false);
  const maxInventory = ck.quantity(row, 'maximumInventory', false);
  checkOrder(ck, 'minimumInventory', minInventory, 'maximumInventory', maxInventory);
  ck.choice(row, 'orderType', false, COVERAGE_ORDER_TYPES);
  ck.dayCount(row, 'purchaseLeadTime', false);
  ck.dayCount(row, 'productionLeadTime', false);
  ck.dayCount(row, 'transferLeadTime', false);
  ck.choice(row, 'leadTimeUnit', false, LEAD_TIME_UNITS);
  const minQuantity = ck.quantity(row, 'minOrderQuantity', false);
  // 0 means no maximum, as in the ERP's default order settings.
  const maxQuantity = ck.quantity(row, 'maxOrderQuantity', false);
  const maxQuantitySet = maxQuantity === 0 ? undefined : maxQuantity;
  checkOrder(ck, 'minOrderQuantity', minQuantity, 'maxOrderQuantity', maxQuantitySet);
  ck.positive(row, 'orderMultiple', false);
  ck.reference(row, 'calendar', false, refs.calendars, 'calendar');
  ck.dayCount(row, 'issueMargin', false);
  ck.dayCount(row, 'receiptMargin', false);
  ck.dayCount(row, 'reorderMargin', false);
  ck.dayCount(row, 'actionFence', false);
  ck.dayCount(row, 'advanceMargin', false);
  ck.dayCount(row, 'postponeMargin', false);
  ck.dayCount(row, 'firmingFence', false);
  ck.choice(row, 'forecastReduction', false, FORECAST_REDUCTIONS);
  ck.reference(row, 'reductionKey', false, refs.reductionKeys, 'reduction key');
}

function checkPlan(ck: FieldChecker, plan: Row, refs: References): void {
  ck.at('plan', undefined);
  ck.loc.id = ck.string(plan, 'id', true);
  ck.date(plan, 'planDate', true);
  ck.dayCount(plan, 'coverageTimeFence', false);
  ck.dayCount(plan, 'negativeDays', false);
  ck.dayCount(plan, 'issueMargin', false);
  ck.dayCount(plan, 'receiptMargin', false);
  ck.dayCount(plan, 'reorderMargin', false);
  ck.string(plan, 'forecastModel', false);
  ck.unknownFields(plan, KNOWN.plan);
  const defaults = ck.object(plan, 'defaults', false);
  if (defaults !== undefined) {
    ck.loc.prefix = 'defaults.';
    checkCoverage(ck, defaults, refs);
    ck.unknownFields(defaults, KNOWN.coverageSettings);
    ck.loc.prefix = '';
  }
}

function checkItems(ck: FieldChecker, rows: Rows, refs: References): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    if (!isRow(row)) continue; // reported with the ids
    ck.at('items', i);
    ck.loc.id = idOf(row);
    ck.text(row, 'name');
    ck.reference(row, 'coverageGroup', false, refs.coverageGroups, 'coverage group');
    ck.unknownFields(row, KNOWN.items);
  }
}

function checkCoverageGroups(ck: FieldChecker, rows: Rows, refs: References): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    if (!isRow(row)) continue; // reported with the ids
    ck.at('coverageGroups', i);
    ck.loc.id = idOf(row);
    ck.text(row, 'name');
    checkCoverage(ck, row, refs);
    ck.unknownFields(row, KNOWN.coverageGroups);
  }
}

function checkItemCoverage(ck: FieldChecker, rows: Rows, refs: References): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    ck.at('itemCoverage', i);
    if (!isRow(row)) {
      notAnObject(ck, row);
      continue;
    }
    ck.loc.id = nodeName(row['item'], row['warehouse']);
    ck.reference(row, 'item', true, refs.items, 'item');
    const warehouse = ck.reference(row, 'warehouse', false, refs.warehouses, 'warehouse');
    const main = ck.reference(row, 'mainWarehouse', false, refs.warehouses, 'warehouse');
    if (main !== undefined && main === warehouse) {
      ck.error(
        'mainWarehouse',
        `is the row's own warehouse; a warehouse cannot refill from itself`,
      );
    }
    checkCoverage(ck, row, refs);
    ck.unknownFields(row, KNOWN.itemCoverage);
  }
  findRepeatedNodes(ck, 'itemCoverage', rows, (row, first) => {
    const what =
      row['warehouse'] === undefined
        ? 'the item without a warehouse'
        : 'the item at this warehouse';
    ck.error(
      undefined,
      `repeats the coverage of row ${first} for ${what} (one row per item and warehouse)`,
    );
  });
}

function checkWarehouses(ck: FieldChecker, rows: Rows, refs: References): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    if (!isRow(row)) continue; // reported with the ids
    ck.at('warehouses', i);
    const id = idOf(row);
    ck.loc.id = id;
    ck.text(row, 'name');
    const main = ck.reference(row, 'mainWarehouse', false, refs.warehouses, 'warehouse');
    if (main !== undefined && main === id) {
      ck.error('mainWarehouse', 'is the warehouse itself; a warehouse cannot refill from itself');
    }
    ck.reference(row, 'calendar', false, refs.calendars, 'calendar');
    ck.boolean(row, 'manual', false);
    ck.unknownFields(row, KNOWN.warehouses);
  }
}

function checkCalendars(ck: FieldChecker, rows: Rows): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    if (!isRow(row)) continue; // reported with the ids
    ck.at('calendars', i);
    ck.loc.id = idOf(row);
    ck.unknownFields(row, KNOWN.calendars);
    const weekdays = ck.array(row, 'workingWeekdays', true);
    if (weekdays !== undefined) checkWeekdays(ck, weekdays);
    const exceptions = ck.array(row, 'exceptions', false);
    if (exceptions !== undefined) checkCalendarExceptions(ck, exceptions);
  }
}

function checkWeekdays(ck: FieldChecker, weekdays: unknown[]): void {
  let seen = 0;
  for (let k = 0; k < weekdays.length; k++) {
    const day = weekdays[k];
    const field = `workingWeekdays[${k}]`;
    if (typeof day !== 'number' || !Number.isInteger(day) || day < 1 || day > 7) {
      ck.error(
        field,
        `must be an ISO weekday number from 1 (Monday) to 7 (Sunday), got ${describeValue(day)}`,
      );
    } else if ((seen & (1 << day)) !== 0) {
      ck.error(field, `repeats weekday ${day}`);
    } else {
      seen |= 1 << day;
    }
  }
}

function checkCalendarExceptions(ck: FieldChecker, exceptions: unknown[]): void {
  const byDay = new Map<number, { index: number; open: boolean | undefined }>();
  for (let k = 0; k < exceptions.length; k++) {
    const exception = exceptions[k];
    if (!isRow(exception)) {
      notAnObjectField(ck, `exceptions[${k}]`, exception);
      continue;
    }
    ck.loc.prefix = `exceptions[${k}].`;
    const day = ck.date(exception, 'date', true);
    const open = ck.boolean(exception, 'open', true);
    ck.unknownFields(exception, KNOWN.calendarExceptions);
    if (day === undefined) {
      ck.loc.prefix = '';
      continue;
    }
    const earlier = byDay.get(day);
    if (earlier === undefined) {
      byDay.set(day, { index: k, open });
    } else if (earlier.open !== open) {
      ck.error('date', `is also in exceptions[${earlier.index}] with a different 'open' value`);
    } else {
      ck.warning('date', `repeats exceptions[${earlier.index}]`);
    }
    ck.loc.prefix = '';
  }
}

function notAnObjectField(ck: FieldChecker, field: string, value: unknown): void {
  ck.error(field, `must be an object, got ${describeValue(value)}`);
}

function checkBomLines(
  ck: FieldChecker,
  rows: Rows,
  refs: References,
  operationsOf: ReadonlyMap<string, ReadonlySet<number>>,
): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    ck.at('bomLines', i);
    if (!isRow(row)) {
      notAnObject(ck, row);
      continue;
    }
    checkId(ck, row);
    const parent = ck.reference(row, 'parent', true, refs.items, 'item');
    const component = ck.reference(row, 'component', true, refs.items, 'item');
    if (parent !== undefined && parent === component) {
      ck.error(
        'component',
        `is the parent item ${quote(parent)} itself; an item cannot be its own component`,
      );
    }
    ck.quantity(row, 'quantity', true);
    ck.positive(row, 'perSeries', false);
    ck.quantity(row, 'scrapPercent', false);
    ck.quantity(row, 'constantScrap', false);
    const from = ck.date(row, 'validFrom', false);
    const to = ck.date(row, 'validTo', false);
    if (from !== undefined && to !== undefined && from > to) {
      ck.error(
        'validTo',
        `must not be before field 'validFrom' (${String(row['validFrom'])}), got ${String(row['validTo'])}`,
      );
    }
    ck.boolean(row, 'phantom', false);
    ck.reference(row, 'warehouse', false, refs.warehouses, 'warehouse');
    ck.dayCount(row, 'offsetDays', false);
    const operation = ck.wholeNumber(row, 'operation', false, MAX_OPERATION);
    const operations = parent === undefined ? undefined : operationsOf.get(parent);
    if (operation !== undefined && operations !== undefined && !operations.has(operation)) {
      ck.error(
        'operation',
        `names operation ${operation}, which no route operation of item ${quote(parent ?? '')} has`,
      );
    }
    ck.unknownFields(row, KNOWN.bomLines);
  }
  checkUniqueIds(ck, 'bomLines', rows);
}

function checkResources(ck: FieldChecker, rows: Rows, refs: References): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    if (!isRow(row)) continue; // reported with the ids
    ck.at('resources', i);
    ck.loc.id = idOf(row);
    ck.text(row, 'name');
    ck.reference(row, 'calendar', false, refs.calendars, 'calendar');
    const hours = ck.positive(row, 'hoursPerDay', false);
    if (hours !== undefined && hours > HOURS_IN_DAY) {
      ck.error('hoursPerDay', `must be at most ${HOURS_IN_DAY} hours, got ${hours}`);
    }
    ck.positive(row, 'capacity', false);
    ck.positive(row, 'efficiencyPercent', false);
    ck.unknownFields(row, KNOWN.resources);
  }
}

function checkResourceGroups(ck: FieldChecker, rows: Rows, refs: References): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    if (!isRow(row)) continue; // reported with the ids
    ck.at('resourceGroups', i);
    ck.loc.id = idOf(row);
    ck.text(row, 'name');
    ck.unknownFields(row, KNOWN.resourceGroups);
    const members = ck.array(row, 'members', true);
    if (members === undefined) continue;
    if (members.length === 0) ck.error('members', 'must list at least one resource');
    const seen = new Map<string, number>();
    for (let k = 0; k < members.length; k++) {
      const member = ck.referenceValue(members[k], `members[${k}]`, refs.resources, 'resource');
      if (member === undefined) continue;
      const earlier = seen.get(member);
      if (earlier === undefined) seen.set(member, k);
      else ck.error(`members[${k}]`, `repeats members[${earlier}] ${quote(member)}`);
    }
  }
}

/**
 * Route operations: one resource or resource group each, times not negative, scrap below
 * 100 %, and no two operations of an item with the same number valid on the same day.
 * Returns the operation numbers of each item, for the BOM lines that name one.
 */
function checkRouteOperations(
  ck: FieldChecker,
  rows: Rows,
  refs: References,
): Map<string, Set<number>> {
  const operationsOf = new Map<string, Set<number>>();
  /** Validity of each (item, operation): [from, to, row]. */
  const spans = new Map<string, [number, number, number][]>();
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    ck.at('routeOperations', i);
    if (!isRow(row)) {
      notAnObject(ck, row);
      continue;
    }
    checkId(ck, row);
    const item = ck.reference(row, 'item', true, refs.items, 'item');
    const operation = ck.wholeNumber(row, 'operation', true, MAX_OPERATION);
    const resource = ck.reference(row, 'resource', false, refs.resources, 'resource');
    const group = ck.reference(row, 'resourceGroup', false, refs.resourceGroups, 'resource group');
    if (row['resource'] === undefined && row['resourceGroup'] === undefined) {
      ck.error('resource', `is required when field 'resourceGroup' is not set`);
    } else if (resource !== undefined && group !== undefined) {
      ck.error('resourceGroup', `must not be set together with field 'resource'`);
    }
    ck.quantity(row, 'setupHours', false);
    ck.quantity(row, 'runHours', false);
    ck.positive(row, 'perSeries', false);
    ck.quantity(row, 'queueHours', false);
    ck.quantity(row, 'transitHours', false);
    const scrap = ck.quantity(row, 'scrapPercent', false);
    if (scrap !== undefined && scrap >= 100) {
      ck.error('scrapPercent', `must be below 100 (every unit would be lost), got ${scrap}`);
    }
    const from = ck.date(row, 'validFrom', false);
    const to = ck.date(row, 'validTo', false);
    if (from !== undefined && to !== undefined && from > to) {
      ck.error(
        'validTo',
        `must not be before field 'validFrom' (${String(row['validFrom'])}), got ${String(row['validTo'])}`,
      );
    }
    ck.unknownFields(row, KNOWN.routeOperations);
    if (item === undefined || operation === undefined) continue;
    let numbers = operationsOf.get(item);
    if (numbers === undefined) operationsOf.set(item, (numbers = new Set()));
    numbers.add(operation);
    const key = `${item}\u0000${operation}`;
    let list = spans.get(key);
    if (list === undefined) spans.set(key, (list = []));
    list.push([from ?? -Infinity, to ?? Infinity, i]);
  }
  for (const list of spans.values()) {
    if (list.length < 2) continue;
    list.sort((a, b) => a[0] - b[0] || a[2] - b[2]);
    // The row reaching furthest so far: any later-starting row that begins by its end overlaps it.
    let [, reach, earlier] = list[0]!;
    for (let k = 1; k < list.length; k++) {
      const [from, to, index] = list[k]!;
      if (from > reach) {
        reach = to;
        earlier = index;
        continue;
      }
      ck.at('routeOperations', index);
      ck.loc.id = idAt(rows, index);
      ck.error(
        'operation',
        `is valid on the same days as row ${earlier}, with the same item and operation number`,
      );
      if (to > reach) {
        reach = to;
        earlier = index;
      }
    }
  }
  checkUniqueIds(ck, 'routeOperations', rows);
  return operationsOf;
}

function checkOnHand(ck: FieldChecker, rows: Rows, refs: References): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    ck.at('onHand', i);
    if (!isRow(row)) {
      notAnObject(ck, row);
      continue;
    }
    ck.loc.id = nodeName(row['item'], row['warehouse']);
    ck.reference(row, 'item', true, refs.items, 'item');
    ck.reference(row, 'warehouse', true, refs.warehouses, 'warehouse');
    // Negative on-hand is valid input: the engine counts it as 0 and says so in the run.
    ck.signedQuantity(row, 'quantity', true);
    ck.unknownFields(row, KNOWN.onHand);
  }
  findRepeatedNodes(ck, 'onHand', rows, (_row, first) => {
    ck.warning(
      undefined,
      `repeats the item and warehouse of row ${first}; the quantities are summed`,
    );
  });
}

function checkSupply(ck: FieldChecker, rows: Rows, refs: References): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    ck.at('supply', i);
    if (!isRow(row)) {
      notAnObject(ck, row);
      continue;
    }
    checkId(ck, row);
    ck.choice(row, 'type', true, SUPPLY_TYPES);
    ck.reference(row, 'item', true, refs.items, 'item');
    ck.reference(row, 'warehouse', true, refs.warehouses, 'warehouse');
    ck.date(row, 'date', true);
    ck.quantity(row, 'quantity', true);
    ck.reference(row, 'fromWarehouse', false, refs.warehouses, 'warehouse');
    ck.choice(row, 'orderType', false, PLANNED_ORDER_TYPES);
    ck.boolean(row, 'approved', false);
    ck.unknownFields(row, KNOWN.supply);
  }
  checkUniqueIds(ck, 'supply', rows);
}

function checkDemand(ck: FieldChecker, rows: Rows, refs: References): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    ck.at('demand', i);
    if (!isRow(row)) {
      notAnObject(ck, row);
      continue;
    }
    checkId(ck, row);
    ck.choice(row, 'type', true, DEMAND_TYPES);
    ck.reference(row, 'item', true, refs.items, 'item');
    ck.reference(row, 'warehouse', true, refs.warehouses, 'warehouse');
    ck.date(row, 'date', true);
    ck.quantity(row, 'quantity', true);
    ck.unknownFields(row, KNOWN.demand);
  }
  checkUniqueIds(ck, 'demand', rows);
}

function checkForecasts(ck: FieldChecker, rows: Rows, refs: References): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    ck.at('forecasts', i);
    if (!isRow(row)) {
      notAnObject(ck, row);
      continue;
    }
    checkId(ck, row);
    ck.string(row, 'model', true);
    ck.reference(row, 'item', true, refs.items, 'item');
    ck.reference(row, 'warehouse', true, refs.warehouses, 'warehouse');
    ck.date(row, 'date', true);
    ck.quantity(row, 'quantity', true);
    ck.unknownFields(row, KNOWN.forecasts);
  }
  checkUniqueIds(ck, 'forecasts', rows);
}

function checkReductionKeys(ck: FieldChecker, rows: Rows): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows.at(i);
    if (!isRow(row)) continue; // reported with the ids
    ck.at('reductionKeys', i);
    ck.loc.id = idOf(row);
    ck.unknownFields(row, KNOWN.reductionKeys);
    const periods = ck.array(row, 'periods', true);
    if (periods === undefined) continue;
    const starts = new Map<number, number>();
    for (let k = 0; k < periods.length; k++) {
      const period = periods[k];
      if (!isRow(period)) {
        notAnObjectField(ck, `periods[${k}]`, period);
        continue;
      }
      ck.loc.prefix = `periods[${k}].`;
      const from = ck.date(period, 'from', true);
      ck.between(period, 'percent', true, 0, 100);
      ck.unknownFields(period, KNOWN.reductionKeyPeriods);
      if (from !== undefined) {
        const earlier = starts.get(from);
        if (earlier === undefined) starts.set(from, k);
        else ck.error('from', `repeats the start of periods[${earlier}]`);
      }
      ck.loc.prefix = '';
    }
  }
}

function checkFilter(ck: FieldChecker, filter: Row, refs: References): void {
  ck.at('filter', undefined);
  ck.unknownFields(filter, KNOWN.filter);
  const items = ck.array(filter, 'items', true);
  if (items !== undefined) {
    for (let k = 0; k < items.length; k++) {
      ck.referenceValue(items[k], `items[${k}]`, refs.items, 'item');
    }
  }
  const levels = filter['bomLevels'];
  if (
    levels !== undefined &&
    levels !== 'all' &&
    !(typeof levels === 'number' && Number.isInteger(levels) && levels >= 0)
  ) {
    ck.error(
      'bomLevels',
      `must be 'all' or a whole number of BOM levels (0 or more), got ${describeValue(levels)}`,
    );
  }
}
