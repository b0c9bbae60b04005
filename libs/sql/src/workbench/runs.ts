/**
 * Run history and run messages: the runs of a plan (newest first) from
 * `replan_run_history`, and the messages of the run that wrote the active version.
 */
import type { RunMessage, Severity } from '@replan/engine';
import type { Knex } from 'knex';

import { rowToObject } from '../mapping';
import { selectList } from '../reader';
import { RUN_HISTORY, RUN_MESSAGES } from '../schema';
import type { RunHistoryEntry } from '../writer';
import { readPage, resultObject, type Page, type PageRequest } from './paging';
import type { PlanSnapshot } from './plan-snapshot';

export function runHistoryQuery(db: Knex, planId: string) {
  return db(RUN_HISTORY.name)
    .select(selectList(db, RUN_HISTORY))
    .where({ plan_id: planId })
    .orderBy('requested_at', 'desc')
    .orderBy('run_id', 'desc');
}

/** One page of a plan's runs, the newest first. */
export function listRuns(
  db: Knex,
  planId: string,
  request: PageRequest = {},
): Promise<Page<RunHistoryEntry>> {
  return readPage(
    runHistoryQuery(db, planId),
    request,
    (row) => rowToObject(RUN_HISTORY, row) as unknown as RunHistoryEntry,
  );
}

export interface MessageFilter extends PageRequest {
  severity?: Severity;
  code?: string;
}

export function runMessagesQuery(snapshot: PlanSnapshot, filter: MessageFilter = {}) {
  const query = snapshot.rows(RUN_MESSAGES).select(snapshot.columns(RUN_MESSAGES));
  if (filter.severity !== undefined) query.andWhere('severity', filter.severity);
  if (filter.code !== undefined) query.andWhere('code', filter.code);
  return query.orderBy('line_no');
}

/** One page of the messages of the run that wrote the active version. */
export function listRunMessages(
  snapshot: PlanSnapshot,
  filter: MessageFilter = {},
): Promise<Page<RunMessage>> {
  return readPage(
    runMessagesQuery(snapshot, filter),
    filter,
    resultObject<RunMessage>(RUN_MESSAGES),
  );
}
