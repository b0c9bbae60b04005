/**
 * Days and working calendars for the oracle planner, written plainly: a day is a whole
 * number of days since 1970-01-01 (UTC), and a calendar answers "is this day open?".
 * Nothing here is shared with the engine, so that the oracle checks it independently.
 */
import type { Calendar } from '../model/dataset';

export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(iso: string): Day {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY);
}

export function isoOf(day: Day): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: Day): number {
  const jsDay = new Date(day * MS_PER_DAY).getUTCDay(); // 0 = Sunday
  return jsDay === 0 ? 7 : jsDay;
}

/** Far enough to find an open day in any real calendar, short enough to stop on a bad one. */
const SEARCH_LIMIT = 3660;

/**
 * A working calendar with at least one working weekday. (A calendar with none is reported
 * as NO_WORKING_DAYS and the node plans in calendar days instead: see `usableCalendar`.)
 */
export class WorkCalendar {
  private readonly weekdays: Set<number>;
  private readonly exceptions = new Map<Day, boolean>();

  constructor(readonly calendar: Calendar) {
    this.weekdays = new Set(calendar.workingWeekdays);
    for (const e of calendar.exceptions ?? []) this.exceptions.set(dayOf(e.date), e.open);
  }

  /** An exception date decides; otherwise the weekday does. */
  isOpen(day: Day): boolean {
    return this.exceptions.get(day) ?? this.weekdays.has(weekdayOf(day));
  }

  /** "With a calendar, the due date is the last open day on or before d." */
  lastOpenOnOrBefore(day: Day): Day {
    let d = day;
    for (let i = 0; i < SEARCH_LIMIT && !this.isOpen(d); i += 1) d -= 1;
    return d;
  }

  /** The first open day on or after the day. */
  firstOpenOnOrAfter(day: Day): Day {
    let d = day;
    for (let i = 0; i < SEARCH_LIMIT && !this.isOpen(d); i += 1) d += 1;
    return d;
  }

  /** n open days back: each step goes to the previous open day (0 steps: the day itself). */
  back(day: Day, n: number): Day {
    let d = day;
    for (let step = 0; step < n; step += 1) {
      d -= 1;
      for (let i = 0; i < SEARCH_LIMIT && !this.isOpen(d); i += 1) d -= 1;
    }
    return d;
  }

  /** n open days forward: "F is five open days after Monday 2026-03-02: Monday 2026-03-09". */
  forward(day: Day, n: number): Day {
    let d = day;
    for (let step = 0; step < n; step += 1) {
      d += 1;
      for (let i = 0; i < SEARCH_LIMIT && !this.isOpen(d); i += 1) d += 1;
    }
    return d;
  }
}

/** messages.md, NO_WORKING_DAYS: a calendar with no working weekday is not used at all. */
export function usableCalendar(calendar: Calendar | undefined): WorkCalendar | undefined {
  if (calendar === undefined || calendar.workingWeekdays.length === 0) return undefined;
  return new WorkCalendar(calendar);
}
