/**
 * Counting days forward and backward for lead times and margins: plain calendar days, or
 * the open days of a work calendar. A requirement that falls on a closed day is due on the
 * open day before it.
 */
import { isoWeekday } from './day';

export interface DayCounter {
  /** The day an order due on `day` must be available: the last open day on or before it. */
  dueOn(day: number): number;
  /** The first open day on or after `day` (where an order placed on `day` can start). */
  openFrom(day: number): number;
  /** `n` counted days before `day`. */
  minus(day: number, n: number): number;
  /** `n` counted days after `day`. */
  plus(day: number, n: number): number;
}

export const calendarDays: DayCounter = {
  dueOn: (day) => day,
  openFrom: (day) => day,
  minus: (day, n) => day - n,
  plus: (day, n) => day + n,
};

/** Open days of a calendar: a weekly pattern with dated exceptions. */
export class WorkCalendar implements DayCounter {
  private readonly weekdayOpen: boolean[];
  private readonly exceptions: Map<number, boolean>;

  constructor(
    readonly id: string,
    workingWeekdays: readonly number[],
    exceptions: ReadonlyMap<number, boolean>,
  ) {
    this.weekdayOpen = [false, false, false, false, false, false, false, false];
    for (const weekday of workingWeekdays) this.weekdayOpen[weekday] = true;
    this.exceptions = new Map(exceptions);
  }

  /** True when the calendar has at least one open weekday (exceptions alone are not enough to plan on). */
  hasOpenWeekdays(): boolean {
    return this.weekdayOpen.some((open) => open);
  }

  isOpen(day: number): boolean {
    const exception = this.exceptions.get(day);
    if (exception !== undefined) return exception;
    return this.weekdayOpen[isoWeekday(day)] === true;
  }

  dueOn(day: number): number {
    let d = day;
    while (!this.isOpen(d)) d--;
    return d;
  }

  openFrom(day: number): number {
    let d = day;
    while (!this.isOpen(d)) d++;
    return d;
  }

  minus(day: number, n: number): number {
    let d = this.dueOn(day);
    for (let left = n; left > 0; left--) d = this.dueOn(d - 1);
    return d;
  }

  plus(day: number, n: number): number {
    let d = this.openFrom(day);
    for (let left = n; left > 0; left--) d = this.openFrom(d + 1);
    return d;
  }
}
