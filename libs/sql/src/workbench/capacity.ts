/**
 * The capacity pages: the load of the active version on each resource (hours required by
 * the planned orders' operations against the hours the resource has), resource by resource
 * with the most overloaded first, and for one resource its days and the orders that load it.
 */
import type { CapacityLoad, CapacityReservation, IsoDate } from '@replan/engine';

import { CAPACITY_LOAD, CAPACITY_RESERVATIONS } from '../schema';
import { pageBounds, readPage, resultObject, type Page, type PageRequest } from './paging';
import type { PlanSnapshot } from './plan-snapshot';

/** One resource's load over the whole horizon. */
export interface ResourceLoadSummary {
  resource: string;
  /** Days the resource is loaded or has hours (the rows of its load). */
  days: number;
  requiredHours: number;
  availableHours: number;
  /** Days on which the required hours exceed the available hours. */
  overloadedDays: number;
  /** The hours beyond the available ones, summed over the overloaded days. */
  overloadHours: number;
}

export interface ResourceLoadFilter extends PageRequest {
  /** Only resources with at least one overloaded day. */
  overloaded?: boolean;
}

/**
 * One page of resources, the most overloaded first (overload hours, then required hours,
 * then the resource id), summed in the database.
 */
export async function listResourceLoads(
  snapshot: PlanSnapshot,
  filter: ResourceLoadFilter = {},
): Promise<Page<ResourceLoadSummary>> {
  const over = snapshot.db.raw(
    'sum(case when required_hours > available_hours then required_hours - available_hours else 0 end)',
  );
  const query = snapshot
    .rows(CAPACITY_LOAD)
    .select('resource')
    .count({ days: '*' })
    .sum({ required_hours: 'required_hours', available_hours: 'available_hours' })
    .select({
      overloaded_days: snapshot.db.raw(
        'sum(case when required_hours > available_hours then 1 else 0 end)',
      ),
      overload_hours: over,
    })
    .groupBy('resource');
  if (filter.overloaded === true) query.having(over, '>', 0);
  query.orderBy([
    { column: 'overload_hours', order: 'desc' },
    { column: 'required_hours', order: 'desc' },
    { column: 'resource', order: 'asc' },
  ]);
  return readPage(query, filter, (row) => ({
    resource: String(row.resource),
    days: Number(row.days),
    requiredHours: Number(row.required_hours),
    availableHours: Number(row.available_hours),
    overloadedDays: Number(row.overloaded_days),
    overloadHours: Number(row.overload_hours),
  }));
}

export interface ResourceDaysFilter extends PageRequest {
  from?: IsoDate;
  to?: IsoDate;
  /** Only the days on which the resource is overloaded. */
  overloaded?: boolean;
}

/** One day of a resource, with the operations that load it. */
export interface ResourceDay extends CapacityLoad {
  reservations: CapacityReservation[];
  /** More operations load the day than are listed (at most `MAX_DAY_RESERVATIONS`). */
  moreReservations: boolean;
}

/** Operations listed per day of a resource page. */
export const MAX_DAY_RESERVATIONS = 200;

/**
 * One page of a resource's days in date order, each with the planned orders' operations
 * that load it (in the result's order).
 */
export async function readResourceDays(
  snapshot: PlanSnapshot,
  resource: string,
  filter: ResourceDaysFilter = {},
): Promise<Page<ResourceDay>> {
  pageBounds(filter);
  const days = snapshot
    .rows(CAPACITY_LOAD)
    .select(snapshot.columns(CAPACITY_LOAD))
    .where('resource', resource);
  if (filter.from !== undefined) days.andWhere('date', '>=', filter.from);
  if (filter.to !== undefined) days.andWhere('date', '<=', filter.to);
  if (filter.overloaded === true) days.andWhereRaw('required_hours > available_hours');
  const page = await readPage(
    days.orderBy('date'),
    filter,
    resultObject<CapacityLoad>(CAPACITY_LOAD),
  );
  const first = page.rows[0]?.date;
  const last = page.rows[page.rows.length - 1]?.date;
  const byDay = new Map<string, CapacityReservation[]>();
  if (first !== undefined && last !== undefined) {
    const rows = (await snapshot
      .rows(CAPACITY_RESERVATIONS)
      .select(snapshot.columns(CAPACITY_RESERVATIONS))
      .where('resource', resource)
      .andWhere('date', '>=', first)
      .andWhere('date', '<=', last)
      .orderBy('line_no')) as Record<string, unknown>[];
    const toReservation = resultObject<CapacityReservation>(CAPACITY_RESERVATIONS);
    for (const row of rows) {
      const reservation = toReservation(row);
      const list = byDay.get(reservation.date) ?? [];
      list.push(reservation);
      byDay.set(reservation.date, list);
    }
  }
  return {
    ...page,
    rows: page.rows.map((day) => {
      const all = byDay.get(day.date) ?? [];
      return {
        ...day,
        reservations: all.slice(0, MAX_DAY_RESERVATIONS),
        moreReservations: all.length > MAX_DAY_RESERVATIONS,
      };
    }),
  };
}
