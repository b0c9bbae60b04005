/**
 * Days as whole numbers: the engine plans in days since 1970-01-01 (UTC), so date
 * arithmetic is integer arithmetic and comparisons are cheap.
 */
import type { IsoDate } from '../model/dataset';

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of an ISO `YYYY-MM-DD` date, or `undefined` when it is not a real calendar date. */
export function parseDay(iso: string): number | undefined {
  const m = ISO_DATE.exec(iso);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return undefined;
  }
  return ms / MS_PER_DAY;
}

/** Day number of a date already known to be valid (validated input). */
export function toDay(iso: IsoDate): number {
  const day = parseDay(iso);
  if (day === undefined) throw new RangeError(`not a valid date: '${iso}' (expected YYYY-MM-DD)`);
  return day;
}

const isoCache = new Map<number, IsoDate>();

/** ISO date of a day number; memoised because a plan reuses a few hundred distinct days. */
export function toIso(day: number): IsoDate {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. Day 0 (1970-01-01) was a Thursday. */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday of the ISO week `day` falls in. */
export function weekStart(day: number): number {
  return day - (isoWeekday(day) - 1);
}

/** ISO week label of a day, `YYYY-Www`: the week belongs to the year of its Thursday. */
export function isoWeek(day: number): string {
  const thursday = weekStart(day) + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const firstDay = Date.UTC(year, 0, 1) / MS_PER_DAY;
  const week = Math.floor((thursday - firstDay) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}
