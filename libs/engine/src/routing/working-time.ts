/**
 * Working time of a resource, in fractional days. A time is a day number plus the hours
 * since the shift start divided by 24: every resource starts its shift at the same hour,
 * and works `hoursPerDay` hours on each open day of its calendar. So day d + 0.25 is six
 * hours into day d's shift, and an operation handed from one resource to the next starts
 * at the same moment on both clocks.
 *
 * Counting hours backward ends (forward starts) at working instants: zero hours before a
 * time is the end of the last shift at or before it, zero hours after it the start of the
 * first shift at or after it (the moment itself when it lies inside a shift).
 */
import type { DayCounter } from '../calendar/day-counter';

/** Tolerance for times (days) and hours compared after arithmetic. */
const EPS = 1e-9;

function isOpen(days: DayCounter, day: number): boolean {
  return days.dueOn(day) === day;
}

/** The day a time that starts something falls on (the shift start of day d is day d). */
export function startDayOf(time: number): number {
  return Math.floor(time + EPS);
}

/** The day a time that ends something falls on (midnight after day d still ends day d). */
export function endDayOf(time: number): number {
  return Math.ceil(time - EPS) - 1;
}

/** The latest time from which `hours` of working time end at `time`. */
export function hoursBefore(
  days: DayCounter,
  hoursPerDay: number,
  time: number,
  hours: number,
): number {
  const day = startDayOf(time);
  // Working hours of `day` that lie before `time`.
  const into = isOpen(days, day) ? Math.min(hoursPerDay, Math.max(0, (time - day) * 24)) : 0;
  if (into > EPS && hours <= into + EPS) return day + Math.max(0, into - hours) / 24;
  const rest = hours - into;
  const previous = days.dueOn(day - 1);
  if (rest <= EPS) return previous + hoursPerDay / 24;
  // Whole shifts back, then part of the earliest one.
  const shifts = Math.max(1, Math.ceil(rest / hoursPerDay - EPS));
  const first = days.minus(previous, shifts - 1);
  const used = rest - (shifts - 1) * hoursPerDay;
  return first + Math.max(0, hoursPerDay - used) / 24;
}

/** The earliest time at which `hours` of working time from `time` are done. */
export function hoursAfter(
  days: DayCounter,
  hoursPerDay: number,
  time: number,
  hours: number,
): number {
  const day = startDayOf(time);
  const into = Math.max(0, (time - day) * 24);
  let rest = hours;
  if (isOpen(days, day) && into < hoursPerDay - EPS) {
    const left = hoursPerDay - into;
    if (hours <= left + EPS) return day + (into + hours) / 24;
    rest = hours - left;
  }
  const next = days.openFrom(day + 1);
  if (rest <= EPS) return next;
  const shifts = Math.max(1, Math.ceil(rest / hoursPerDay - EPS));
  const last = days.plus(next, shifts - 1);
  return last + Math.min(hoursPerDay, rest - (shifts - 1) * hoursPerDay) / 24;
}

/**
 * Working hours of `[from, to]` on each open day, in day order: `visit(day, hours)` once per
 * day with hours, the last day given what the others leave of `hours` so that the parts
 * add up to the whole.
 */
export function splitByDay(
  days: DayCounter,
  hoursPerDay: number,
  from: number,
  to: number,
  hours: number,
  visit: (day: number, hours: number) => void,
): void {
  if (hours <= 0) return;
  const last = endDayOf(to);
  let rest = hours;
  let day = days.openFrom(startDayOf(from));
  for (;;) {
    if (day >= last) break;
    // Hours into the shift where the interval starts; times carry float noise, hours not.
    const into = from > day ? Math.round((from - day) * 24 * 1e9) / 1e9 : 0;
    const part = Math.max(0, hoursPerDay - into);
    if (part >= rest - EPS) break;
    if (part > EPS) {
      visit(day, part);
      rest -= part;
    }
    day = days.openFrom(day + 1);
  }
  visit(day, rest);
}
