/**
 * Loading a JSON dataset into the input tables (tests, demos, benchmarks): the inverse of
 * the snapshot reader.
 */
import type { Dataset } from '@replan/engine';
import type { Knex } from 'knex';

import type { BulkWriter } from './bulk/bulk-writer';
import { chooseBulkWriter } from './bulk/choose';
import { objectToRow } from './mapping';
import {
  BOM_LINES,
  CALENDAR_EXCEPTIONS,
  CALENDARS,
  COVERAGE_COLUMNS,
  COVERAGE_GROUPS,
  DEFAULT_PREFIX,
  DEMAND_LINES,
  FORECASTS,
  INPUT_TABLES,
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
  type TableSpec,
} from './schema';
import type { Row, SqlValue } from './values';

export interface TableRows {
  table: TableSpec;
  rows: Row[];
}

/** The rows of every input table for a dataset, in `INPUT_TABLES` order. */
export function datasetToRows(dataset: Dataset): TableRows[] {
  const { plan } = dataset;
  const defaults: Record<string, SqlValue> = {};
  const planDefaults = (plan.defaults ?? {}) as Record<string, unknown>;
  for (const { field, column } of COVERAGE_COLUMNS) {
    const value = planDefaults[field];
    defaults[DEFAULT_PREFIX + column.name] = value === undefined ? null : (value as SqlValue);
  }
  const calendars = dataset.calendars ?? [];
  const reductionKeys = dataset.reductionKeys ?? [];
  const rows = (table: TableSpec, objects: readonly object[] | undefined): TableRows => ({
    table,
    rows: (objects ?? []).map((o) => objectToRow(table, o)),
  });

  return [
    { table: PLANS, rows: [objectToRow(PLANS, plan, defaults)] },
    rows(ITEMS, dataset.items),
    rows(COVERAGE_GROUPS, dataset.coverageGroups),
    rows(ITEM_COVERAGE, dataset.itemCoverage),
    rows(WAREHOUSES, dataset.warehouses),
    {
      table: CALENDARS,
      rows: calendars.map((calendar) => {
        const open: Record<string, SqlValue> = {};
        WEEKDAY_COLUMNS.forEach((day, i) => {
          open[day] = calendar.workingWeekdays.includes(i + 1);
        });
        return objectToRow(CALENDARS, calendar, open);
      }),
    },
    {
      table: CALENDAR_EXCEPTIONS,
      rows: calendars.flatMap((calendar) =>
        (calendar.exceptions ?? []).map((exception) =>
          objectToRow(CALENDAR_EXCEPTIONS, exception, { calendar_id: calendar.id }),
        ),
      ),
    },
    rows(BOM_LINES, dataset.bomLines),
    rows(RESOURCES, dataset.resources),
    rows(RESOURCE_GROUPS, dataset.resourceGroups),
    {
      table: RESOURCE_GROUP_MEMBERS,
      rows: (dataset.resourceGroups ?? []).flatMap((group) =>
        group.members.map((resource) =>
          objectToRow(RESOURCE_GROUP_MEMBERS, { resource }, { group_id: group.id }),
        ),
      ),
    },
    rows(ROUTE_OPERATIONS, dataset.routeOperations),
    rows(ON_HAND, dataset.onHand),
    rows(SUPPLY_LINES, dataset.supply),
    rows(DEMAND_LINES, dataset.demand),
    rows(FORECASTS, dataset.forecasts),
    rows(REDUCTION_KEYS, reductionKeys),
    {
      table: REDUCTION_KEY_PERIODS,
      rows: reductionKeys.flatMap((key) =>
        key.periods.map((period) =>
          objectToRow(
            REDUCTION_KEY_PERIODS,
            period,
            { reduction_key_id: key.id },
            {
              rename: { from_date: 'from' },
            },
          ),
        ),
      ),
    },
  ];
}

export interface LoadDatasetOptions {
  /**
   * Empty the shared input tables (and this plan's row) first. Input tables are shared by
   * every plan of the database, so this replaces the inputs of all of them.
   */
  replace?: boolean;
  /** How rows are inserted; default: the dialect's fastest (`chooseBulkWriter`). */
  bulkWriter?: BulkWriter;
}

/** Inserts a dataset into the input tables in one transaction; returns rows per table. */
export async function loadDataset(
  knex: Knex,
  dataset: Dataset,
  options: LoadDatasetOptions = {},
): Promise<Record<string, number>> {
  const writer = options.bulkWriter ?? chooseBulkWriter(knex);
  const tables = datasetToRows(dataset);
  const counts: Record<string, number> = {};
  await knex.transaction(async (trx) => {
    if (options.replace) {
      for (const table of [...INPUT_TABLES].reverse()) {
        if (table === PLANS) await trx(PLANS.name).where({ id: dataset.plan.id }).delete();
        else await trx(table.name).delete();
      }
    }
    for (const { table, rows } of tables) {
      counts[table.name] = rows.length === 0 ? 0 : await writer.insert(trx, table, rows);
    }
  });
  return counts;
}
