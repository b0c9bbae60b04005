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

/** Days a calendar's table covers around the first day it is asked about: about 11 years. */
const TABLE_DAYS = 4096;

/**
 * Open days of a calendar: a weekly pattern with dated exceptions. Counting open days is
 * table look-ups inside a window of days built on first use (open-day ordinals and the
 * open days by ordinal), and a walk day by day outside it.
 */
export class WorkCalendar implements DayCounter {
  private readonly weekdayOpen: boolean[];
  private readonly exceptions: Map<number, boolean>;
  private tableStart = 0;
  /** Open days on or before each day of the window, counted from the window's start. */
  private ordinal: Int32Array | undefined;
  /** The window's open days, by ordinal (from 1). */
  private openDays: Int32Array | undefined;

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

  private table(around: number): { ordinal: Int32Array; openDays: Int32Array } {
    if (this.ordinal === undefined || this.openDays === undefined) {
      this.tableStart = around - TABLE_DAYS / 4;
      const ordinal = new Int32Array(TABLE_DAYS);
      const openDays = new Int32Array(TABLE_DAYS + 1);
      let count = 0;
      for (let i = 0; i < TABLE_DAYS; i++) {
        if (this.isOpen(this.tableStart + i)) openDays[++count] = this.tableStart + i;
        ordinal[i] = count;
      }
      this.ordinal = ordinal;
      this.openDays = openDays;
    }
    return { ordinal: this.ordinal, openDays: this.openDays };
  }

  dueOn(day: number): number {
    const { ordinal, openDays } = this.table(day);
    const i = day - this.tableStart;
    const k = i >= 0 && i < TABLE_DAYS ? (ordinal[i] ?? 0) : 0;
    if (k > 0) return openDays[k] ?? day;
    let d = day;
    while (!this.isOpen(d)) d--;
    return d;
  }

  openFrom(day: number): number {
    const { ordinal, openDays } = this.table(day);
    const i = day - this.tableStart;
    if (i >= 1 && i < TABLE_DAYS) {
      // The first open day after day - 1: ordinal of the day before, plus one.
      const next = openDays[(ordinal[i - 1] ?? 0) + 1];
      if (next !== undefined && next !== 0 && next >= day) return next;
    }
    let d = day;
    while (!this.isOpen(d)) d++;
    return d;
  }

  minus(day: number, n: number): number {
    const due = this.dueOn(day);
    const { ordinal, openDays } = this.table(due);
    const i = due - this.tableStart;
    if (i >= 0 && i < TABLE_DAYS) {
      const k = (ordinal[i] ?? 0) - n;
      if (k >= 1) return openDays[k] ?? due;
    }
    let d = due;
    for (let left = n; left > 0; left--) d = this.dueOnByWalk(d - 1);
    return d;
  }

  plus(day: number, n: number): number {
    const from = this.openFrom(day);
    const { ordinal, openDays } = this.table(from);
    const i = from - this.tableStart;
    if (i >= 0 && i < TABLE_DAYS) {
      const next = openDays[(ordinal[i] ?? 0) + n];
      if (next !== undefined && next !== 0) return next;
    }
    let d = from;
    for (let left = n; left > 0; left--) d = this.openFromByWalk(d + 1);
    return d;
  }

  private dueOnByWalk(day: number): number {
    let d = day;
    while (!this.isOpen(d)) d--;
    return d;
  }

  private openFromByWalk(day: number): number {
    let d = day;
    while (!this.isOpen(d)) d++;
    return d;
  }
}
