/**
 * The integration tables, described once: the migrations create them from these specs, the
 * reader and loader map rows with them, and the bulk writers take their column lists and
 * types from them. Column order here is the order of the CREATE TABLE and of COPY/BulkLoad.
 */

export type ColumnType = 'string' | 'text' | 'integer' | 'float' | 'boolean' | 'date';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable: boolean;
  /** `string` columns: the maximum length (nvarchar/varchar length). */
  length?: number;
  /** The migration that added the column to an existing table (default: the table's). */
  since?: number;
}

export interface IndexSpec {
  name: string;
  columns: string[];
  /** The migration that added the index to an existing table (default: the table's). */
  since?: number;
}

export interface TableSpec {
  name: string;
  columns: ColumnSpec[];
  primaryKey?: string[];
  indexes?: IndexSpec[];
  /** The migration that creates the table: 1 (the first) unless set. */
  since?: number;
  /**
   * Set on a table created in the writing transaction and not yet seen by any reader: a
   * PostgreSQL COPY into it loads the rows frozen (`COPY … WITH (FREEZE)`).
   */
  createdInTransaction?: boolean;
  /** Set on a plan version's own table: the result table it stores rows of (named in errors). */
  versionOf?: string;
}

/** Migration 3: routes, resources and the capacity load. */
export const ROUTES_MIGRATION = 3;

/**
 * Migration 4: every (plan, version) of a result table in a table of its own (PostgreSQL: a
 * partition; SQLite, SQL Server: a member table of a view), so a version is replaced
 * without deleting rows.
 */
export const VERSION_TABLES_MIGRATION = 4;

/** Length of id columns of the inputs (items, warehouses, lines, plans, runs). */
export const ID_LENGTH = 100;
/** Planned order ids: `<type prefix>-<item>@<warehouse>-<n>`. */
export const ORDER_ID_LENGTH = 2 * ID_LENGTH + 20;
/** References that may name a planned order's requirement: `<planned order id>/<bom line id>`. */
export const REF_LENGTH = ORDER_ID_LENGTH + 1 + ID_LENGTH;

const id = (name: string, nullable = false): ColumnSpec => ({
  name,
  type: 'string',
  nullable,
  length: ID_LENGTH,
});
const str = (name: string, length: number, nullable = true): ColumnSpec => ({
  name,
  type: 'string',
  nullable,
  length,
});
const int = (name: string, nullable = true): ColumnSpec => ({ name, type: 'integer', nullable });
const num = (name: string, nullable = true): ColumnSpec => ({ name, type: 'float', nullable });
const bool = (name: string, nullable = true): ColumnSpec => ({ name, type: 'boolean', nullable });
const date = (name: string, nullable = true): ColumnSpec => ({ name, type: 'date', nullable });
const text = (name: string, nullable = true): ColumnSpec => ({ name, type: 'text', nullable });

/**
 * The coverage settings (`CoverageSettings`), in column order. Each entry maps a dataset
 * field to its column; every one is nullable (null: not set on this level).
 */
export const COVERAGE_COLUMNS = [
  { field: 'coverageCode', column: str('coverage_code', 20) },
  { field: 'coveragePeriod', column: int('coverage_period') },
  { field: 'coverageTimeFence', column: int('coverage_time_fence') },
  { field: 'negativeDays', column: int('negative_days') },
  { field: 'positiveDays', column: int('positive_days') },
  { field: 'dynamicPositiveDays', column: bool('dynamic_positive_days') },
  { field: 'minimumInventory', column: num('minimum_inventory') },
  { field: 'maximumInventory', column: num('maximum_inventory') },
  { field: 'orderType', column: str('order_type', 20) },
  { field: 'purchaseLeadTime', column: int('purchase_lead_time') },
  { field: 'productionLeadTime', column: int('production_lead_time') },
  { field: 'transferLeadTime', column: int('transfer_lead_time') },
  { field: 'leadTimeUnit', column: str('lead_time_unit', 20) },
  { field: 'minOrderQuantity', column: num('min_order_quantity') },
  { field: 'maxOrderQuantity', column: num('max_order_quantity') },
  { field: 'orderMultiple', column: num('order_multiple') },
  { field: 'calendar', column: id('calendar', true) },
  { field: 'issueMargin', column: int('issue_margin') },
  { field: 'receiptMargin', column: int('receipt_margin') },
  { field: 'reorderMargin', column: int('reorder_margin') },
  { field: 'actionFence', column: int('action_fence') },
  { field: 'advanceMargin', column: int('advance_margin') },
  { field: 'postponeMargin', column: int('postpone_margin') },
  { field: 'firmingFence', column: int('firming_fence') },
  { field: 'forecastReduction', column: str('forecast_reduction', 30) },
  { field: 'reductionKey', column: id('reduction_key', true) },
] as const;

/** The plan defaults are stored on `replan_plans` with this prefix. */
export const DEFAULT_PREFIX = 'default_';

const coverage = (prefix = ''): ColumnSpec[] =>
  COVERAGE_COLUMNS.map(({ column }) => ({ ...column, name: prefix + column.name }));

/** Weekday columns of `replan_calendars`, ISO weekday 1 (Monday) … 7 (Sunday). */
export const WEEKDAY_COLUMNS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

// ---------------------------------------------------------------------------------------
// Inputs: written by the ERP (or views onto its own tables), read by the snapshot reader.
// ---------------------------------------------------------------------------------------

export const PLANS: TableSpec = {
  name: 'replan_plans',
  columns: [
    id('id'),
    date('plan_date', false),
    int('coverage_time_fence'),
    int('negative_days'),
    int('issue_margin'),
    int('receipt_margin'),
    int('reorder_margin'),
    id('forecast_model', true),
    ...coverage(DEFAULT_PREFIX),
  ],
  primaryKey: ['id'],
};

export const ITEMS: TableSpec = {
  name: 'replan_items',
  columns: [id('id'), str('name', 200), id('coverage_group', true)],
  primaryKey: ['id'],
};

export const COVERAGE_GROUPS: TableSpec = {
  name: 'replan_coverage_groups',
  columns: [id('id'), str('name', 200), ...coverage()],
  primaryKey: ['id'],
};

export const ITEM_COVERAGE: TableSpec = {
  name: 'replan_item_coverage',
  columns: [id('item'), id('warehouse', true), id('main_warehouse', true), ...coverage()],
  indexes: [{ name: 'replan_item_coverage_item_warehouse', columns: ['item', 'warehouse'] }],
};

export const WAREHOUSES: TableSpec = {
  name: 'replan_warehouses',
  columns: [
    id('id'),
    str('name', 200),
    id('main_warehouse', true),
    id('calendar', true),
    bool('manual'),
  ],
  primaryKey: ['id'],
};

export const CALENDARS: TableSpec = {
  name: 'replan_calendars',
  columns: [id('id'), ...WEEKDAY_COLUMNS.map((day) => bool(day, false))],
  primaryKey: ['id'],
};

export const CALENDAR_EXCEPTIONS: TableSpec = {
  name: 'replan_calendar_exceptions',
  columns: [id('calendar_id'), date('date', false), bool('open', false)],
  primaryKey: ['calendar_id', 'date'],
};

export const BOM_LINES: TableSpec = {
  name: 'replan_bom_lines',
  columns: [
    id('id'),
    id('parent'),
    id('component'),
    num('quantity', false),
    num('per_series'),
    num('scrap_percent'),
    num('constant_scrap'),
    date('valid_from'),
    date('valid_to'),
    bool('phantom'),
    id('warehouse', true),
    int('offset_days'),
    { ...int('operation'), since: ROUTES_MIGRATION },
  ],
  primaryKey: ['id'],
  indexes: [{ name: 'replan_bom_lines_parent', columns: ['parent'] }],
};

export const RESOURCES: TableSpec = {
  name: 'replan_resources',
  columns: [
    id('id'),
    str('name', 200),
    id('calendar', true),
    num('hours_per_day'),
    num('capacity'),
    num('efficiency_percent'),
  ],
  primaryKey: ['id'],
  since: ROUTES_MIGRATION,
};

export const RESOURCE_GROUPS: TableSpec = {
  name: 'replan_resource_groups',
  columns: [id('id'), str('name', 200)],
  primaryKey: ['id'],
  since: ROUTES_MIGRATION,
};

export const RESOURCE_GROUP_MEMBERS: TableSpec = {
  name: 'replan_resource_group_members',
  columns: [id('group_id'), id('resource')],
  primaryKey: ['group_id', 'resource'],
  since: ROUTES_MIGRATION,
};

export const ROUTE_OPERATIONS: TableSpec = {
  name: 'replan_route_operations',
  columns: [
    id('id'),
    id('item'),
    int('operation', false),
    id('resource', true),
    id('resource_group', true),
    num('setup_hours'),
    num('run_hours'),
    num('per_series'),
    num('queue_hours'),
    num('transit_hours'),
    num('scrap_percent'),
    date('valid_from'),
    date('valid_to'),
  ],
  primaryKey: ['id'],
  indexes: [{ name: 'replan_route_operations_item', columns: ['item'] }],
  since: ROUTES_MIGRATION,
};

export const ON_HAND: TableSpec = {
  name: 'replan_on_hand',
  columns: [id('item'), id('warehouse'), num('quantity', false)],
  indexes: [{ name: 'replan_on_hand_item_warehouse', columns: ['item', 'warehouse'] }],
};

export const SUPPLY_LINES: TableSpec = {
  name: 'replan_supply_lines',
  columns: [
    id('id'),
    str('type', 20, false),
    id('item'),
    id('warehouse'),
    date('date', false),
    num('quantity', false),
    id('from_warehouse', true),
    str('order_type', 20),
    bool('approved'),
  ],
  primaryKey: ['id'],
  indexes: [{ name: 'replan_supply_lines_item_warehouse', columns: ['item', 'warehouse'] }],
};

export const DEMAND_LINES: TableSpec = {
  name: 'replan_demand_lines',
  columns: [
    id('id'),
    str('type', 30, false),
    id('item'),
    id('warehouse'),
    date('date', false),
    num('quantity', false),
  ],
  primaryKey: ['id'],
  indexes: [{ name: 'replan_demand_lines_item_warehouse', columns: ['item', 'warehouse'] }],
};

export const FORECASTS: TableSpec = {
  name: 'replan_forecasts',
  columns: [
    id('id'),
    id('model'),
    id('item'),
    id('warehouse'),
    date('date', false),
    num('quantity', false),
  ],
  primaryKey: ['id'],
  indexes: [{ name: 'replan_forecasts_model', columns: ['model'] }],
};

export const REDUCTION_KEYS: TableSpec = {
  name: 'replan_reduction_keys',
  columns: [id('id')],
  primaryKey: ['id'],
};

export const REDUCTION_KEY_PERIODS: TableSpec = {
  name: 'replan_reduction_key_periods',
  columns: [id('reduction_key_id'), date('from_date', false), num('percent', false)],
  primaryKey: ['reduction_key_id', 'from_date'],
};

export const INPUT_TABLES: readonly TableSpec[] = [
  PLANS,
  ITEMS,
  COVERAGE_GROUPS,
  ITEM_COVERAGE,
  WAREHOUSES,
  CALENDARS,
  CALENDAR_EXCEPTIONS,
  BOM_LINES,
  RESOURCES,
  RESOURCE_GROUPS,
  RESOURCE_GROUP_MEMBERS,
  ROUTE_OPERATIONS,
  ON_HAND,
  SUPPLY_LINES,
  DEMAND_LINES,
  FORECASTS,
  REDUCTION_KEYS,
  REDUCTION_KEY_PERIODS,
];

// ---------------------------------------------------------------------------------------
// Outputs: written by the result writer per plan version, read by the ERP.
// ---------------------------------------------------------------------------------------

const versioned = [id('plan_id'), int('plan_version', false)];
const versionIndex = (table: string, column: string | string[], since?: number): IndexSpec => {
  const columns = typeof column === 'string' ? [column] : column;
  const index: IndexSpec = {
    name: `${table}_${columns.join('_')}`,
    columns: ['plan_id', 'plan_version', ...columns],
  };
  if (since !== undefined) index.since = since;
  return index;
};

/**
 * The migration of the planner's workbench: requirements, existing receipts and nodes as
 * netted, the version's plan date, indexes.
 */
export const WORKBENCH_MIGRATION = 2;

export const PLANNED_ORDERS: TableSpec = {
  name: 'replan_planned_orders',
  columns: [
    ...versioned,
    str('id', ORDER_ID_LENGTH, false),
    str('type', 20, false),
    id('item'),
    id('warehouse'),
    id('from_warehouse', true),
    num('quantity', false),
    date('order_date', false),
    date('start_date', false),
    date('delivery_date', false),
    date('receipt_date', false),
    date('requirement_date', false),
    int('delay_days', false),
    int('bom_level', false),
    date('futures_date', false),
    bool('to_firm', false),
  ],
  primaryKey: ['plan_id', 'plan_version', 'id'],
  indexes: [
    versionIndex('replan_planned_orders', 'item'),
    // The workbench's lists: late orders first, and orders by date.
    versionIndex('replan_planned_orders', 'delay_days', WORKBENCH_MIGRATION),
    versionIndex('replan_planned_orders', 'receipt_date', WORKBENCH_MIGRATION),
  ],
};

export const REQUIREMENTS: TableSpec = {
  name: 'replan_requirements',
  columns: [
    ...versioned,
    int('line_no', false),
    str('kind', 20, false),
    str('id', REF_LENGTH, false),
    str('order_id', ORDER_ID_LENGTH),
    id('item'),
    id('warehouse'),
    date('date', false),
    num('quantity', false),
  ],
  primaryKey: ['plan_id', 'plan_version', 'line_no'],
  indexes: [
    versionIndex('replan_requirements', ['item', 'warehouse', 'date']),
    versionIndex('replan_requirements', 'order_id'),
    versionIndex('replan_requirements', 'id'),
  ],
  since: WORKBENCH_MIGRATION,
};

export const NODES: TableSpec = {
  name: 'replan_nodes',
  columns: [
    ...versioned,
    int('line_no', false),
    id('item'),
    id('warehouse'),
    int('low_level_code', false),
    str('coverage_code', 20, false),
    num('minimum_inventory', false),
    num('maximum_inventory', false),
    date('fulfilment_date', false),
    int('coverage_time_fence', false),
  ],
  primaryKey: ['plan_id', 'plan_version', 'line_no'],
  indexes: [versionIndex('replan_nodes', ['item', 'warehouse'])],
  since: WORKBENCH_MIGRATION,
};

export const RECEIPTS: TableSpec = {
  name: 'replan_receipts',
  columns: [
    ...versioned,
    int('line_no', false),
    str('kind', 20, false),
    str('id', ORDER_ID_LENGTH, false),
    str('supply_type', 20),
    id('item'),
    id('warehouse'),
    date('date', false),
    num('quantity', false),
  ],
  primaryKey: ['plan_id', 'plan_version', 'line_no'],
  indexes: [
    versionIndex('replan_receipts', ['item', 'warehouse', 'date']),
    versionIndex('replan_receipts', 'id'),
  ],
  since: WORKBENCH_MIGRATION,
};

export const PEGGING: TableSpec = {
  name: 'replan_pegging',
  columns: [
    ...versioned,
    int('line_no', false),
    str('receipt_kind', 20, false),
    str('receipt_id', ORDER_ID_LENGTH, false),
    str('issue_kind', 20, false),
    str('issue_id', REF_LENGTH, false),
    str('issue_order_id', ORDER_ID_LENGTH),
    id('item'),
    id('warehouse'),
    num('quantity', false),
  ],
  primaryKey: ['plan_id', 'plan_version', 'line_no'],
  indexes: [
    versionIndex('replan_pegging', 'receipt_id'),
    versionIndex('replan_pegging', 'issue_id'),
  ],
};

export const DELAYS: TableSpec = {
  name: 'replan_delays',
  columns: [
    ...versioned,
    int('line_no', false),
    str('demand_id', REF_LENGTH, false),
    str('demand_type', 30, false),
    id('item'),
    id('warehouse'),
    date('requirement_date', false),
    date('futures_date', false),
    int('delay_days', false),
  ],
  primaryKey: ['plan_id', 'plan_version', 'line_no'],
  indexes: [
    versionIndex('replan_delays', 'demand_id'),
    versionIndex('replan_delays', 'delay_days', WORKBENCH_MIGRATION),
  ],
};

export const ACTION_MESSAGES: TableSpec = {
  name: 'replan_action_messages',
  columns: [
    ...versioned,
    int('line_no', false),
    str('kind', 20, false),
    str('supply_id', ORDER_ID_LENGTH, false),
    id('item'),
    id('warehouse'),
    date('date', false),
    date('new_date'),
    num('quantity', false),
    num('quantity_change'),
    str('cause_id', REF_LENGTH),
  ],
  primaryKey: ['plan_id', 'plan_version', 'line_no'],
  indexes: [versionIndex('replan_action_messages', 'supply_id')],
};

export const FORECAST_REMAINING: TableSpec = {
  name: 'replan_forecast_remaining',
  columns: [
    ...versioned,
    id('id'),
    id('item'),
    id('warehouse'),
    date('date', false),
    num('quantity', false),
    num('remaining', false),
  ],
  primaryKey: ['plan_id', 'plan_version', 'id'],
};

export const CAPACITY_LOAD: TableSpec = {
  name: 'replan_capacity_load',
  columns: [
    ...versioned,
    id('resource'),
    date('date', false),
    num('required_hours', false),
    num('available_hours', false),
  ],
  primaryKey: ['plan_id', 'plan_version', 'resource', 'date'],
  since: ROUTES_MIGRATION,
};

export const CAPACITY_RESERVATIONS: TableSpec = {
  name: 'replan_capacity_reservations',
  columns: [
    ...versioned,
    int('line_no', false),
    id('resource'),
    date('date', false),
    str('order_id', ORDER_ID_LENGTH, false),
    int('operation', false),
    id('item'),
    id('warehouse'),
    num('hours', false),
    num('available_hours', false),
  ],
  primaryKey: ['plan_id', 'plan_version', 'line_no'],
  indexes: [
    versionIndex('replan_capacity_reservations', 'resource'),
    versionIndex('replan_capacity_reservations', 'order_id'),
  ],
  since: ROUTES_MIGRATION,
};

export const RUN_MESSAGES: TableSpec = {
  name: 'replan_run_messages',
  columns: [
    ...versioned,
    int('line_no', false),
    str('severity', 10, false),
    str('code', 100, false),
    id('item', true),
    id('warehouse', true),
    str('ref', REF_LENGTH),
    text('text', false),
  ],
  primaryKey: ['plan_id', 'plan_version', 'line_no'],
};

export const PLAN_VERSIONS: TableSpec = {
  name: 'replan_plan_versions',
  columns: [
    id('plan_id'),
    int('active_version', false),
    id('run_id', true),
    str('activated_at', 30),
    { ...date('plan_date'), since: WORKBENCH_MIGRATION },
  ],
  primaryKey: ['plan_id'],
};

export const RUN_HISTORY: TableSpec = {
  name: 'replan_run_history',
  columns: [
    id('run_id'),
    id('plan_id'),
    str('status', 20, false),
    int('plan_version'),
    str('requested_at', 30),
    str('started_at', 30),
    str('finished_at', 30),
    text('counts'),
    int('error_count'),
    int('warning_count'),
    int('info_count'),
    text('error'),
  ],
  primaryKey: ['run_id'],
  indexes: [{ name: 'replan_run_history_plan_id', columns: ['plan_id'] }],
};

/** The versioned result tables, in the order the writer fills them. */
export const RESULT_TABLES: readonly TableSpec[] = [
  NODES,
  PLANNED_ORDERS,
  REQUIREMENTS,
  RECEIPTS,
  PEGGING,
  DELAYS,
  ACTION_MESSAGES,
  FORECAST_REMAINING,
  CAPACITY_LOAD,
  CAPACITY_RESERVATIONS,
  RUN_MESSAGES,
];

export const OUTPUT_TABLES: readonly TableSpec[] = [...RESULT_TABLES, PLAN_VERSIONS, RUN_HISTORY];

export const ALL_TABLES: readonly TableSpec[] = [...INPUT_TABLES, ...OUTPUT_TABLES];
