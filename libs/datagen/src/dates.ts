/**
 * The dates a generated dataset uses, as shared ISO strings: a million rows dated inside
 * a few hundred days need only a few hundred date strings.
 */
import type { IsoDate } from '@replan/engine';
import { toIso } from '@replan/engine';

export class DateWindow {
  private readonly isos: IsoDate[] = [];

  /** Days [planDay - before, planDay + after] are precomputed. */
  constructor(
    readonly planDay: number,
    private readonly before: number,
    after: number,
  ) {
    for (let offset = -before; offset <= after; offset++) this.isos.push(toIso(planDay + offset));
  }

  /** ISO date of planDay + offset. */
  iso(offset: number): IsoDate {
    return this.isos[offset + this.before] ?? toIso(this.planDay + offset);
  }
}

/** ISO weekday: 1 = Monday … 7 = Sunday (day 0, 1970-01-01, was a Thursday). */
export function weekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Offset of the first Monday–Friday on or after planDay + offset. */
export function weekdayOnOrAfter(planDay: number, offset: number): number {
  let o = offset;
  while (weekday(planDay + o) > 5) o++;
  return o;
}
