/**
 * The capacity load of a run: for each resource that routed orders use, every day from
 * today to the end (Sunday) of the last week it is loaded in, the hours its reservations require against the
 * hours it has (hoursPerDay × capacity on an open day). Infinite capacity: a day may need
 * more than it has; each resource and ISO week with such a day gets a CAPACITY_OVERLOAD
 * warning (worded when the result is written).
 *
 * Two passes over the reservations give the load, in time linear in the rows; their order
 * for output (by resource and day) is a counting sort made when the result is written.
 */
import { isoWeek, toIso, weekStart } from '../calendar/day';
import type { PlanModel } from '../model/plan-model';
import type { RunMessage } from '../model/result';
import { Float64Column, Int32Column } from '../netting/columns';
import type { CapacityReservations } from './capacity-reservations';

export interface CapacityLoadRows {
  count: number;
  resource: Int32Array;
  day: Int32Array;
  required: Float64Array;
  available: Float64Array;
  /** Where each loaded resource's days start among the day buckets (today first). */
  bucketBase: Int32Array;
  /** Resource weeks with an overloaded day, for the CAPACITY_OVERLOAD messages. */
  overloads: OverloadedWeeks;
}

/**
 * Resource weeks with an overloaded day, in columns: the messages are worded when the
 * result is written, not while planning (thousands of them on a large plan).
 */
export class OverloadedWeeks {
  count = 0;
  readonly resource = new Int32Column(64);
  readonly monday = new Int32Column(64);
  readonly required = new Float64Column(64);
  readonly available = new Float64Column(64);
  readonly days = new Int32Column(64);

  add(resource: number, monday: number, required: number, available: number, days: number): void {
    const k = this.count++;
    this.resource.ensure(this.count);
    this.monday.ensure(this.count);
    this.required.ensure(this.count);
    this.available.ensure(this.count);
    this.days.ensure(this.count);
    this.resource.data[k] = resource;
    this.monday.data[k] = monday;
    this.required.data[k] = required;
    this.available.data[k] = available;
    this.days.data[k] = days;
  }
}

/** The CAPACITY_OVERLOAD warnings of a run's overloaded resource weeks. */
export function overloadMessages(model: PlanModel, load: CapacityLoadRows): RunMessage[] {
  const weeks = load.overloads;
  const messages = new Array<RunMessage>(weeks.count);
  for (let k = 0; k < weeks.count; k++) {
    const id = model.routes.resourceIds[weeks.resource.data[k] ?? 0] ?? '';
    const monday = weeks.monday.data[k] ?? 0;
    const over = weeks.days.data[k] ?? 0;
    messages[k] = {
      severity: 'warning',
      code: 'CAPACITY_OVERLOAD',
      ref: id,
      text:
        `resource '${id}' is overloaded in week ${isoWeek(monday)} ` +
        `(${toIso(monday)} to ${toIso(monday + 6)}): ${hours(weeks.required.data[k] ?? 0)} ` +
        `required, ${hours(weeks.available.data[k] ?? 0)} available; ` +
        `${over === 1 ? '1 day' : `${over} days`} over`,
    };
  }
  return messages;
}

/** Hours above what a day has that count as an overload (float noise is not one). */
const OVERLOAD_TOLERANCE = 1e-6;

/** The hours resource r has on `day`. */
export function availableHours(model: PlanModel, r: number, day: number): number {
  const routes = model.routes;
  const days = routes.resourceDays[r];
  return days !== undefined && days.dueOn(day) === day ? (routes.availablePerDay[r] ?? 0) : 0;
}

export function computeCapacityLoad(
  model: PlanModel,
  reservations: CapacityReservations,
): CapacityLoadRows {
  const today = model.today;
  const R = model.routes.resourceIds.length;
  const n = reservations.count;
  const resourceOf = reservations.resource.data;
  const dayOf = reservations.day.data;
  const hoursOf = reservations.hours.data;

  // The days of each loaded resource, today to the end of its last loaded week, one
  // bucket each: whole weeks, so that weekly totals can be read off the rows.
  const lastDay = new Int32Array(R).fill(-1);
  for (let k = 0; k < n; k++) {
    const r = resourceOf[k] ?? 0;
    const day = dayOf[k] ?? 0;
    if (day > (lastDay[r] ?? -1)) lastDay[r] = day;
  }
  for (let r = 0; r < R; r++) {
    const last = lastDay[r] ?? -1;
    if (last >= 0) lastDay[r] = weekStart(last) + 6;
  }
  const base = new Int32Array(R + 1);
  for (let r = 0; r < R; r++) {
    const last = lastDay[r] ?? -1;
    base[r + 1] = (base[r] ?? 0) + (last >= today ? last - today + 1 : 0);
  }
  const buckets = base[R] ?? 0;
  const required = new Float64Array(buckets);
  for (let k = 0; k < n; k++) {
    const bucket = (base[resourceOf[k] ?? 0] ?? 0) + Math.max(0, (dayOf[k] ?? 0) - today);
    required[bucket] = (required[bucket] ?? 0) + (hoursOf[k] ?? 0);
  }

  // Rows: open days, and any day with load; weekly overload messages on the way.
  const rows: CapacityLoadRows = {
    count: 0,
    resource: new Int32Array(buckets),
    day: new Int32Array(buckets),
    required: new Float64Array(buckets),
    available: new Float64Array(buckets),
    bucketBase: base,
    overloads: new OverloadedWeeks(),
  };
  const week = new WeekTotals(rows.overloads);
  const routes = model.routes;
  for (let r = 0; r < R; r++) {
    const first = base[r] ?? 0;
    const last = base[r + 1] ?? 0;
    if (last === first) continue;
    const days = routes.resourceDays[r];
    const perDay = routes.availablePerDay[r] ?? 0;
    for (let b = first; b < last; b++) {
      const day = today + b - first;
      const need = required[b] ?? 0;
      const has = days !== undefined && days.dueOn(day) === day ? perDay : 0;
      if (need <= 0 && has <= 0) continue;
      week.add(r, day, need, has);
      const k = rows.count++;
      rows.resource[k] = r;
      rows.day[k] = day;
      rows.required[k] = need;
      rows.available[k] = has;
    }
    week.flush();
  }
  return rows;
}

/** Totals of one resource's ISO week, reported when a day of it is overloaded. */
class WeekTotals {
  private resource = -1;
  private monday = 0;
  private required = 0;
  private available = 0;
  private overloadedDays = 0;

  constructor(private readonly overloads: OverloadedWeeks) {}

  add(r: number, day: number, required: number, available: number): void {
    if (r !== this.resource || day > this.monday + 6) {
      this.flush();
      this.resource = r;
      this.monday = weekStart(day);
    }
    this.required += required;
    this.available += available;
    if (required > available + OVERLOAD_TOLERANCE) this.overloadedDays++;
  }

  flush(): void {
    if (this.resource >= 0 && this.overloadedDays > 0) {
      this.overloads.add(
        this.resource,
        this.monday,
        this.required,
        this.available,
        this.overloadedDays,
      );
    }
    this.resource = -1;
    this.required = 0;
    this.available = 0;
    this.overloadedDays = 0;
  }
}

/**
 * The reservations in output order: by resource (id order), day, then as they were made;
 * a counting sort over the load's day buckets.
 */
export function reservationOrder(
  model: PlanModel,
  reservations: CapacityReservations,
  load: CapacityLoadRows,
): Int32Array {
  const n = reservations.count;
  const base = load.bucketBase;
  const buckets = base[base.length - 1] ?? 0;
  const start = new Int32Array(buckets + 1);
  const bucketOf = (k: number): number =>
    (base[reservations.resource.data[k] ?? 0] ?? 0) +
    Math.max(0, (reservations.day.data[k] ?? 0) - model.today);
  for (let k = 0; k < n; k++) {
    const b = bucketOf(k);
    start[b + 1] = (start[b + 1] ?? 0) + 1;
  }
  for (let b = 0; b < buckets; b++) start[b + 1] = (start[b + 1] ?? 0) + (start[b] ?? 0);
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const b = bucketOf(k);
    const at = start[b] ?? 0;
    order[at] = k;
    start[b] = at + 1;
  }
  return order;
}

function hours(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  return rounded === 1 ? '1 hour' : `${rounded} hours`;
}
