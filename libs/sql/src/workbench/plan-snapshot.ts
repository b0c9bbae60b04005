/**
 * The active version of a plan, read in one snapshot: the planner's workbench reads every
 * page through a PlanSnapshot, and `rows()` is the one place that names the rows of a
 * version. If plan versions come to be stored apart (a table or a partition per version),
 * `rows()` is what changes.
 */
import type { IsoDate } from '@replan/engine';
import type { Knex } from 'knex';

import { rowToObject } from '../mapping';
import { selectList } from '../reader';
import { PLAN_VERSIONS, type TableSpec } from '../schema';
import { inReadSnapshot } from '../snapshot';

/** What a plan's active version is: the head of every workbench answer. */
export interface PlanVersionHead {
  planId: string;
  version: number;
  /** The plan date the version was planned for (unset for versions written before it was stored). */
  planDate?: IsoDate;
  /** The run that wrote it, when the writer was given one. */
  runId?: string;
  /** When it became active (ISO-8601 UTC). */
  activatedAt?: string;
}

export interface PlanSnapshot extends PlanVersionHead {
  /** The transaction every read of this snapshot runs in. */
  readonly db: Knex;
  /**
   * The rows of `table` that belong to this version, as a query to refine (its columns
   * qualified by `alias` when given). Every read of a versioned table starts here.
   */
  rows(table: TableSpec, alias?: string): Knex.QueryBuilder;
  /** The select list of `table` (dates as `YYYY-MM-DD` text), qualified by `alias`. */
  columns(table: TableSpec, alias?: string): (string | Knex.Raw)[];
}

/** A snapshot over version `head.version` of `head.planId`, read through `db`. */
export function planSnapshot(db: Knex, head: PlanVersionHead): PlanSnapshot {
  const { planId, version } = head;
  return {
    ...head,
    db,
    rows(table, alias) {
      if (alias === undefined) {
        return db(table.name).where({ plan_id: planId, plan_version: version });
      }
      return db({ [alias]: table.name })
        .where(`${alias}.plan_id`, planId)
        .andWhere(`${alias}.plan_version`, version);
    },
    columns: (table, alias) => selectList(db, table, alias),
  };
}

/** The active version of every plan that has one, by plan id. */
export async function listPlanVersions(knex: Knex): Promise<PlanVersionHead[]> {
  const rows = (await knex(PLAN_VERSIONS.name)
    .select(selectList(knex, PLAN_VERSIONS))
    .orderBy('plan_id')) as Record<string, unknown>[];
  return rows.map(headOf);
}

function headOf(row: Readonly<Record<string, unknown>>): PlanVersionHead {
  const { planId, activeVersion, runId, activatedAt, planDate } = rowToObject(PLAN_VERSIONS, row);
  const head: PlanVersionHead = { planId: String(planId), version: Number(activeVersion) };
  if (planDate !== undefined) head.planDate = String(planDate);
  if (runId !== undefined) head.runId = String(runId);
  if (activatedAt !== undefined) head.activatedAt = String(activatedAt);
  return head;
}

/**
 * Reads the active version of `planId` in one snapshot (see `inReadSnapshot`): `read` gets
 * the version and its rows as of one moment, whatever runs write and flip meanwhile.
 * Undefined when the plan has no result yet.
 */
export function readActivePlanSnapshot<T>(
  knex: Knex,
  planId: string,
  read: (snapshot: PlanSnapshot) => Promise<T>,
): Promise<T | undefined> {
  return inReadSnapshot(knex, async (db) => {
    const row = (await db(PLAN_VERSIONS.name)
      .select(selectList(db, PLAN_VERSIONS))
      .where({ plan_id: planId })
      .first()) as Record<string, unknown> | undefined;
    if (row === undefined) return undefined;
    return read(planSnapshot(db, headOf(row)));
  });
}
