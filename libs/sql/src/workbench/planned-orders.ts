/**
 * The planned orders page: the active version's planned orders, filtered and sorted on the
 * columns the result tables are indexed by, a page at a time.
 */
import type { IsoDate, PlannedOrder, PlannedOrderType } from '@replan/engine';
import type { Knex } from 'knex';

import { PLANNED_ORDERS } from '../schema';
import { readPage, resultObject, type Page, type PageRequest } from './paging';
import type { PlanSnapshot } from './plan-snapshot';

/** What the list can be sorted by (each backed by an index, so a page is cheap at any size). */
export const PLANNED_ORDER_SORTS = ['id', 'receiptDate', 'delayDays', 'item'] as const;
export type PlannedOrderSort = (typeof PLANNED_ORDER_SORTS)[number];

export interface PlannedOrderFilter extends PageRequest {
  item?: string;
  warehouse?: string;
  type?: PlannedOrderType;
  /** true: late orders only (delay > 0 or received after their requirement by futures). */
  late?: boolean;
  /** Receipt date on or after. */
  from?: IsoDate;
  /** Receipt date on or before. */
  to?: IsoDate;
  /** Default `id`; `delayDays` sorts the latest first unless `descending` is false. */
  sort?: PlannedOrderSort;
  descending?: boolean;
}

const SORT_COLUMNS: Record<PlannedOrderSort, string> = {
  id: 'id',
  receiptDate: 'receipt_date',
  delayDays: 'delay_days',
  item: 'item',
};

/** The query of a planned orders page, before offset and limit. */
export function plannedOrdersQuery(
  snapshot: PlanSnapshot,
  filter: PlannedOrderFilter = {},
): Knex.QueryBuilder {
  const query = snapshot.rows(PLANNED_ORDERS).select(snapshot.columns(PLANNED_ORDERS));
  if (filter.item !== undefined) query.andWhere('item', filter.item);
  if (filter.warehouse !== undefined) query.andWhere('warehouse', filter.warehouse);
  if (filter.type !== undefined) query.andWhere('type', filter.type);
  if (filter.late === true) query.andWhere('delay_days', '>', 0);
  if (filter.late === false) query.andWhere('delay_days', 0);
  if (filter.from !== undefined) query.andWhere('receipt_date', '>=', filter.from);
  if (filter.to !== undefined) query.andWhere('receipt_date', '<=', filter.to);
  const sort = filter.sort ?? 'id';
  const descending = filter.descending ?? sort === 'delayDays';
  query.orderBy(SORT_COLUMNS[sort], descending ? 'desc' : 'asc');
  if (sort !== 'id') query.orderBy('id');
  return query;
}

/** One page of the active version's planned orders. */
export function listPlannedOrders(
  snapshot: PlanSnapshot,
  filter: PlannedOrderFilter = {},
): Promise<Page<PlannedOrder>> {
  return readPage(
    plannedOrdersQuery(snapshot, filter),
    filter,
    resultObject<PlannedOrder>(PLANNED_ORDERS),
  );
}
