/** The action messages page: suggested changes to existing supply, in the result's order. */
import type { ActionKind, ActionMessage } from '@replan/engine';

import { ACTION_MESSAGES } from '../schema';
import { readPage, resultObject, type Page, type PageRequest } from './paging';
import type { PlanSnapshot } from './plan-snapshot';

export interface ActionFilter extends PageRequest {
  kind?: ActionKind;
  item?: string;
  warehouse?: string;
}

export function actionsQuery(snapshot: PlanSnapshot, filter: ActionFilter = {}) {
  const query = snapshot.rows(ACTION_MESSAGES).select(snapshot.columns(ACTION_MESSAGES));
  if (filter.kind !== undefined) query.andWhere('kind', filter.kind);
  if (filter.item !== undefined) query.andWhere('item', filter.item);
  if (filter.warehouse !== undefined) query.andWhere('warehouse', filter.warehouse);
  return query.orderBy('line_no');
}

export function listActions(
  snapshot: PlanSnapshot,
  filter: ActionFilter = {},
): Promise<Page<ActionMessage>> {
  return readPage(
    actionsQuery(snapshot, filter),
    filter,
    resultObject<ActionMessage>(ACTION_MESSAGES),
  );
}
