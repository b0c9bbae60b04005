/**
 * The result writer: persists one plan's result atomically, per plan version. It writes
 * the plan's inactive version (1 or 2) into new tables of its own (a partition per version
 * on PostgreSQL, a member table of the result view on SQLite and SQL Server), indexes them,
 * puts them in place of that version's old tables, drops those and flips
 * `replan_plan_versions.active_version` to it, all in one transaction: a reader sees the old
 * plan or the new one, never a mix, and replacing a version deletes no row.
 */
import {
  RESULT_LISTS,
  resultSlices,
  type ActionMessage,
  type CapacityLoad,
  type CapacityReservation,
  type Delay,
  type ExistingReceipt,
  type ForecastRemaining,
  type Pegging,
  type PlannedOrder,
  type PlanningNode,
  type PlanResult,
  type Requirement,
  type ResultHead,
  type ResultListName,
  type ResultColumnBatch,
  type ResultSlice,
  type RunMessage,
} from '@replan/engine';
import type { Knex } from 'knex';

import type { BulkMethod, BulkWriter, WriterSlice } from './bulk/bulk-writer';
import { columnSliceRows, isColumnSlice } from './bulk/column-slice';
import { chooseBulkWriter } from './bulk/choose';
import { PlanSummaryTally } from './plan-summary';
import { objectToRow, rowToObject } from './mapping';
import { streamTable } from './reader';
import { inReadSnapshot } from './snapshot';
import { beginVersionLoad, type VersionLoad } from './versions/version-tables';
import {
  ACTION_MESSAGES,
  CAPACITY_LOAD,
  CAPACITY_RESERVATIONS,
  DELAYS,
  FORECAST_REMAINING,
  NODES,
  PEGGING,
  PLAN_VERSIONS,
  PLANNED_ORDERS,
  RECEIPTS,
  REQUIREMENTS,
  RESULT_TABLES,
  RUN_HISTORY,
  RUN_MESSAGES,
  type TableSpec,
} from './schema';
import type { Row, SqlValue } from './values';

/** The two versions a plan's results alternate between. */
export const PLAN_VERSION_NUMBERS = [1, 2] as const;

export type RunStatus = 'requested' | 'running' | 'succeeded' | 'failed' | 'cancelled';

/** One row of `replan_run_history`. Times are ISO-8601 UTC strings. */
export interface RunHistoryEntry {
  runId: string;
  planId: string;
  status: RunStatus;
  planVersion?: number;
  requestedAt?: string;
  startedAt?: string;
  finishedAt?: string;
  /** JSON text of the run's `ResultCounts`. */
  counts?: string;
  errorCount?: number;
  warningCount?: number;
  infoCount?: number;
  error?: string;
}

export interface WriteResultOptions {
  /** The plan to write; default `result.plan`. */
  planId?: string;
  /** How rows are inserted; default: the dialect's fastest (`chooseBulkWriter`). */
  bulkWriter?: BulkWriter;
  /** Record the run as succeeded in `replan_run_history`, in the same transaction. */
  run?: { runId: string; requestedAt?: string; startedAt?: string };
  /** Clock for `activated_at` / `finished_at`; default now. */
  now?: () => Date;
  /**
   * Called after the rows are written, just before the version flips, inside the
   * transaction: throwing here (e.g. because the run was cancelled) rolls everything back.
   */
  beforeFlip?: () => Promise<void>;
  /**
   * Called as the write passes its steps, for timing: every row written (`rows`), the
   * version's tables indexed (`indexed`).
   */
  onStep?: (step: 'rows' | 'indexed') => void;
}

export interface WriteResultSummary {
  planId: string;
  /** The version written and made active. */
  version: number;
  /** The version active before, if any. */
  previousVersion: number | undefined;
  method: BulkMethod;
  /** Rows written per table (for a filtered result: the new rows only). */
  rows: Record<string, number>;
  /**
   * True when the plan's active version had already been written by this same run (a
   * retried write after a crash): nothing was written again and the version did not flip.
   */
  alreadyWritten: boolean;
}

type Context = { plan_id: string; plan_version: number };

/** The table of each result list; `numbered` tables get a `line_no` per plan version. */
const LIST_TABLES: Readonly<Record<ResultListName, { table: TableSpec; numbered: boolean }>> = {
  nodes: { table: NODES, numbered: true },
  plannedOrders: { table: PLANNED_ORDERS, numbered: false },
  requirements: { table: REQUIREMENTS, numbered: true },
  receipts: { table: RECEIPTS, numbered: true },
  pegging: { table: PEGGING, numbered: true },
  delays: { table: DELAYS, numbered: true },
  actions: { table: ACTION_MESSAGES, numbered: true },
  forecasts: { table: FORECAST_REMAINING, numbered: false },
  capacityLoad: { table: CAPACITY_LOAD, numbered: false },
  capacityReservations: { table: CAPACITY_RESERVATIONS, numbered: true },
  messages: { table: RUN_MESSAGES, numbered: true },
};

function* chunkRows(
  table: TableSpec,
  objects: readonly object[],
  context: Readonly<Record<string, SqlValue>>,
  firstLine: number | undefined,
): Generator<Row> {
  if (firstLine === undefined) {
    for (const object of objects) yield objectToRow(table, object, context);
    return;
  }
  let line = firstLine;
  for (const object of objects) yield objectToRow(table, object, { ...context, line_no: line++ });
}

function toAsyncIterator<T>(source: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in source) return source[Symbol.asyncIterator]();
  const iterator = source[Symbol.iterator]();
  return { next: () => Promise.resolve(iterator.next()) };
}

const hasLineNo = (table: TableSpec): boolean => table.columns.some((c) => c.name === 'line_no');
const hasItem = (table: TableSpec): boolean => table.columns.some((c) => c.name === 'item');

/**
 * A filtered result replaces only its items: the active version's rows of other items are
 * copied into the target version's new tables first (the filtered items' rows are then
 * taken out of those new tables again), and the new rows are numbered after them.
 */
async function carryOverUnfiltered(
  trx: Knex.Transaction,
  load: VersionLoad,
  planId: string,
  from: number,
  to: number,
  items: readonly string[],
): Promise<Record<string, number>> {
  const firstLine: Record<string, number> = {};
  for (const table of RESULT_TABLES) {
    // Rows without an item (the capacity load) are rebuilt once the version is written.
    if (!hasItem(table)) continue;
    const target = load.target(table).name;
    const columns = table.columns.map((c) => c.name);
    const select = columns.map((c) =>
      c === 'plan_version' ? trx.raw(`${to} as plan_version`) : c,
    );
    await trx(target).insert(
      trx(table.name)
        .select(select)
        .where({ plan_id: planId, plan_version: from })
        .whereNotNull('item'),
    );
    for (let i = 0; i < items.length; i += 1000) {
      await trx(target)
        .where({ plan_id: planId, plan_version: to })
        .whereIn('item', items.slice(i, i + 1000))
        .delete();
    }
    if (hasLineNo(table)) {
      const max: unknown = await trx(target)
        .where({ plan_id: planId, plan_version: to })
        .max({ max: 'line_no' })
        .first();
      const value = (max as { max?: unknown } | undefined)?.max;
      firstLine[table.name] = value === null || value === undefined ? 0 : Number(value) + 1;
    }
  }
  return firstLine;
}

/**
 * The capacity load of a version, rebuilt from its reservations: after a filtered write
 * the reservations are those of the filtered items' new orders and of the other items'
 * kept ones, and the load is theirs together (days without any reservation are not listed).
 */
async function rebuildCapacityLoad(
  trx: Knex.Transaction,
  load: VersionLoad,
  context: Context,
): Promise<number> {
  const into = load.target(CAPACITY_LOAD).name;
  const from = load.target(CAPACITY_RESERVATIONS).name;
  // The version's new load table holds the filtered run's own load rows: replaced by the sums.
  await trx(into).where(context).delete();
  await capacityLoadFromReservations(trx, context, { into, from });
  const count: unknown = await trx(into).where(context).count({ n: '*' }).first();
  return Number((count as { n?: unknown } | undefined)?.n ?? 0);
}

/**
 * The INSERT … SELECT that sums a version's reservations into its load rows (by default
 * between the result tables; the writer names the version's own tables).
 */
export function capacityLoadFromReservations(
  db: Knex,
  context: { plan_id: string; plan_version: number },
  tables: { into: string; from: string } = {
    into: CAPACITY_LOAD.name,
    from: CAPACITY_RESERVATIONS.name,
  },
): Knex.QueryBuilder {
  return db(tables.into).insert(
    db(tables.from)
      .select(
        'plan_id',
        'plan_version',
        'resource',
        'date',
        db.raw('sum(??) as ??', ['hours', 'required_hours']),
        db.raw('max(??) as ??', ['available_hours', 'available_hours']),
      )
      .where(context)
      .groupBy('plan_id', 'plan_version', 'resource', 'date'),
  );
}

/** Writes `result` as the new active version of its plan, atomically. */
export function writeResult(
  knex: Knex,
  result: PlanResult,
  options: WriteResultOptions = {},
): Promise<WriteResultSummary> {
  return writeResultSlices(knex, result, resultSlices(result), options);
}

/** A slice of a result list as the writer takes it: rows, or a decoded batch of columns. */
export type ResultWriteSlice = ResultSlice | ResultColumnBatch;

/**
 * Writes a result given as its head and its lists' slices (in RESULT_LISTS order: nodes,
 * planned orders, requirements, receipts, pegging, delays, actions, forecasts, capacity load
 * and reservations, messages; a list may come in many slices or none), as the new active
 * version of its plan, atomically: the streaming form of `writeResult`, for a result read
 * batch by batch. Slices are read as they are written, so only one is held at a time; a list
 * out of order throws and rolls everything back. When the version was already written by
 * this run (`alreadyWritten`) the slices are not read.
 */
export async function writeResultSlices(
  knex: Knex,
  head: ResultHead,
  slices: Iterable<ResultWriteSlice> | AsyncIterable<ResultWriteSlice>,
  options: WriteResultOptions = {},
): Promise<WriteResultSummary> {
  const result = head;
  const planId = options.planId ?? result.plan;
  const writer = options.bulkWriter ?? chooseBulkWriter(knex);
  const now = options.now ?? (() => new Date());

  return knex.transaction(async (trx) => {
    // An UPDATE locks the plan's version row on every dialect: two writers of one plan queue.
    await trx(PLAN_VERSIONS.name)
      .where({ plan_id: planId })
      .update({ active_version: trx.ref('active_version') });
    const current = (await trx(PLAN_VERSIONS.name)
      .select('active_version', 'run_id')
      .where({ plan_id: planId })
      .first()) as { active_version?: unknown; run_id?: unknown } | undefined;
    const previousVersion =
      current?.active_version === undefined ? undefined : Number(current.active_version);
    if (
      previousVersion !== undefined &&
      options.run !== undefined &&
      current?.run_id === options.run.runId
    ) {
      return {
        planId,
        version: previousVersion,
        previousVersion,
        method: writer.method,
        rows: {},
        alreadyWritten: true,
      };
    }
    const version = previousVersion === 1 ? 2 : 1;
    const context: Context = { plan_id: planId, plan_version: version };

    // The version's rows go into new tables; its old ones are dropped at the flip.
    const load = await beginVersionLoad(trx, planId, version);
    const firstLine =
      result.scope.filtered && previousVersion !== undefined
        ? await carryOverUnfiltered(trx, load, planId, previousVersion, version, result.scope.items)
        : {};

    const rows: Record<string, number> = {};
    const nextLine: Record<string, number> = {};
    for (const { table, numbered } of Object.values(LIST_TABLES)) {
      rows[table.name] = 0;
      if (numbered) nextLine[table.name] = firstLine[table.name] ?? 0;
    }
    const severities = { error: 0, warning: 0, info: 0 };
    const summary = new PlanSummaryTally();
    // Slices read from a stream go into one bulk statement per table where the writer
    // allows it; a result held whole is written with one insert per table.
    const streamed = Symbol.asyncIterator in slices;
    const source = toAsyncIterator(slices);
    let next = await source.next();
    for (const list of RESULT_LISTS) {
      const { table: spec, numbered } = LIST_TABLES[list];
      const table = load.target(spec);
      // The slices of this list, up to the first of a later list.
      async function* objectSlices(): AsyncGenerator<WriterSlice> {
        while (next.done !== true && next.value.list === list) {
          const chunk = next.value;
          const size = 'columns' in chunk ? chunk.size : chunk.rows.length;
          if (!('columns' in chunk) && chunk.list === 'messages') {
            for (const message of chunk.rows) severities[message.severity] += 1;
          }
          summary.add(chunk);
          const first = numbered ? nextLine[spec.name] : undefined;
          if (first !== undefined) nextLine[spec.name] = first + size;
          if (size > 0) {
            const slice: WriterSlice =
              'columns' in chunk ? { batch: chunk, context } : { objects: chunk.rows, context };
            if (first !== undefined) slice.firstLine = first;
            yield slice;
          }
          next = await source.next();
        }
      }
      async function* rowSlices(): AsyncGenerator<Iterable<Row>> {
        for await (const slice of objectSlices()) {
          yield isColumnSlice(slice)
            ? columnSliceRows(table, slice)
            : chunkRows(table, slice.objects, slice.context, slice.firstLine);
        }
      }
      if (next.done === true || next.value.list !== list) continue;
      if (streamed && writer.insertObjectSlices !== undefined) {
        // Straight from objects to the writer's own format (COPY text), no rows between.
        rows[spec.name] = await writer.insertObjectSlices(trx, table, objectSlices());
      } else if (streamed && writer.insertSlices !== undefined) {
        rows[spec.name] = await writer.insertSlices(trx, table, rowSlices());
      } else {
        let count = 0;
        for await (const slice of rowSlices()) count += await writer.insert(trx, table, slice);
        rows[spec.name] = count;
      }
    }
    if (result.scope.filtered && previousVersion !== undefined) {
      rows[CAPACITY_LOAD.name] = await rebuildCapacityLoad(trx, load, context);
    }
    if (next.done !== true) {
      throw new Error(
        `writeResult: result list ${String(next.value.list)} out of order (the lists are ` +
          `${RESULT_LISTS.join(', ')})`,
      );
    }

    options.onStep?.('rows');
    await load.index();
    options.onStep?.('indexed');
    await options.beforeFlip?.();
    await load.swap();
    const stamp = now().toISOString();
    const flip = {
      active_version: version,
      run_id: options.run?.runId ?? null,
      activated_at: stamp,
      plan_date: result.planDate,
    };
    if (previousVersion === undefined) {
      await trx(PLAN_VERSIONS.name).insert({ plan_id: planId, ...flip });
    } else {
      await trx(PLAN_VERSIONS.name).where({ plan_id: planId }).update(flip);
    }

    if (options.run) {
      await putRunHistory(trx, {
        runId: options.run.runId,
        planId,
        status: 'succeeded',
        planVersion: version,
        requestedAt: options.run.requestedAt,
        startedAt: options.run.startedAt,
        finishedAt: stamp,
        // A filtered run's version also holds rows carried over from the one before, which
        // the tally has not seen: its overview counts are read from the rows instead.
        counts: JSON.stringify(
          result.scope.filtered ? result.counts : { ...result.counts, ...summary.counts() },
        ),
        errorCount: severities.error,
        warningCount: severities.warning,
        infoCount: severities.info,
      });
    }
    return { planId, version, previousVersion, method: writer.method, rows, alreadyWritten: false };
  });
}

async function putRunHistory(db: Knex | Knex.Transaction, entry: RunHistoryEntry): Promise<void> {
  const row = objectToRow(RUN_HISTORY, entry);
  await db(RUN_HISTORY.name).where({ run_id: entry.runId }).delete();
  await db(RUN_HISTORY.name).insert(row);
}

/**
 * Records (inserts or replaces) a run in `replan_run_history`, e.g. when it is requested,
 * started or failed. A successful write records itself through `writeResult`'s `run` option,
 * in the flip's transaction, and that record is final: a `succeeded` row is never replaced
 * by another status. Returns false when the row was left as it was for that reason.
 */
export async function recordRun(knex: Knex, entry: RunHistoryEntry): Promise<boolean> {
  return knex.transaction(async (trx) => {
    if (entry.status !== 'succeeded') {
      const row = (await trx(RUN_HISTORY.name)
        .select('status')
        .where({ run_id: entry.runId })
        .first()) as { status?: unknown } | undefined;
      if (row?.status === 'succeeded') return false;
    }
    await putRunHistory(trx, entry);
    return true;
  });
}

/** The run history row of `runId`, if any. */
export async function readRun(knex: Knex, runId: string): Promise<RunHistoryEntry | undefined> {
  for await (const row of streamTable(knex, RUN_HISTORY, ['run_id'], { run_id: runId })) {
    return rowToObject(RUN_HISTORY, row) as unknown as RunHistoryEntry;
  }
  return undefined;
}

/** The active version of a plan, or undefined if it has none yet. */
export async function readActiveVersion(knex: Knex, planId: string): Promise<number | undefined> {
  const row = (await knex(PLAN_VERSIONS.name)
    .select('active_version')
    .where({ plan_id: planId })
    .first()) as { active_version?: unknown } | undefined;
  return row?.active_version === undefined ? undefined : Number(row.active_version);
}

export interface PlanVersionRows {
  planId: string;
  version: number;
  nodes: PlanningNode[];
  plannedOrders: PlannedOrder[];
  requirements: Requirement[];
  receipts: ExistingReceipt[];
  pegging: Pegging[];
  delays: Delay[];
  actions: ActionMessage[];
  forecasts: ForecastRemaining[];
  capacityLoad: CapacityLoad[];
  capacityReservations: CapacityReservation[];
  messages: RunMessage[];
}

const CONTEXT_COLUMNS = new Set(['plan_id', 'plan_version', 'line_no']);

async function readVersionTable<T>(
  knex: Knex,
  table: TableSpec,
  planId: string,
  version: number,
): Promise<T[]> {
  // By line, or by the key within the version (id; resource and date).
  const orderBy = hasLineNo(table)
    ? ['line_no']
    : (table.primaryKey ?? []).filter((column) => !CONTEXT_COLUMNS.has(column));
  const out: T[] = [];
  const where = { plan_id: planId, plan_version: version };
  for await (const row of streamTable(knex, table, orderBy, where)) {
    out.push(rowToObject(table, row, CONTEXT_COLUMNS) as unknown as T);
  }
  return out;
}

/** All result rows of one version of a plan, in id / line order. */
export async function readPlanVersion(
  knex: Knex,
  planId: string,
  version: number,
): Promise<PlanVersionRows> {
  return {
    planId,
    version,
    nodes: await readVersionTable<PlanningNode>(knex, NODES, planId, version),
    plannedOrders: await readVersionTable<PlannedOrder>(knex, PLANNED_ORDERS, planId, version),
    requirements: await readVersionTable<Requirement>(knex, REQUIREMENTS, planId, version),
    receipts: await readVersionTable<ExistingReceipt>(knex, RECEIPTS, planId, version),
    pegging: await readVersionTable<Pegging>(knex, PEGGING, planId, version),
    delays: await readVersionTable<Delay>(knex, DELAYS, planId, version),
    actions: await readVersionTable<ActionMessage>(knex, ACTION_MESSAGES, planId, version),
    forecasts: await readVersionTable<ForecastRemaining>(knex, FORECAST_REMAINING, planId, version),
    capacityLoad: await readVersionTable<CapacityLoad>(knex, CAPACITY_LOAD, planId, version),
    capacityReservations: await readVersionTable<CapacityReservation>(
      knex,
      CAPACITY_RESERVATIONS,
      planId,
      version,
    ),
    messages: await readVersionTable<RunMessage>(knex, RUN_MESSAGES, planId, version),
  };
}

/**
 * The active version's results of a plan (planned orders, pegging and the rest), or
 * undefined if no result was written yet. Read in one read-only transaction (`repeatable
 * read` on PostgreSQL, an MVCC snapshot): the version and its rows come from one moment,
 * so a reader sees the plan before a write or after it, never a mix, even while later
 * runs write and flip. Given a transaction, it reads in that one.
 */
export async function readActivePlan(
  knex: Knex,
  planId: string,
): Promise<PlanVersionRows | undefined> {
  return inReadSnapshot(knex, async (db) => {
    const version = await readActiveVersion(db, planId);
    return version === undefined ? undefined : readPlanVersion(db, planId, version);
  });
}
