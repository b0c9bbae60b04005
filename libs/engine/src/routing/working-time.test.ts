import { calendarDays } from '../calendar/day-counter';
import { WorkCalendar } from '../calendar/day-counter';
import { toDay } from '../calendar/day';
import { endDayOf, hoursAfter, hoursBefore, splitByDay, startDayOf } from './working-time';

const week = new WorkCalendar('WEEK', [1, 2, 3, 4, 5], new Map());
/** Monday 2026-03-02. */
const MON = toDay('2026-03-02');
const at = (day: number, hours: number): number => day + hours / 24;

describe('working time', () => {
  it('counts back from the end of a day into its shift, and over a weekend', () => {
    // The end of Monday (midnight) lies after Monday's 8-hour shift: 2 hours before it is
    // Mon 6:00; 10 hours before it is Fri 6:00 (Mon 8 h, then 2 h of Friday).
    expect(hoursBefore(week, 8, MON + 1, 2)).toBeCloseTo(at(MON, 6), 9);
    expect(hoursBefore(week, 8, MON + 1, 10)).toBeCloseTo(at(MON - 3, 6), 9);
    // Exactly two shifts back from Mon 0:00: Thursday's shift start.
    expect(hoursBefore(week, 8, MON, 16)).toBeCloseTo(at(MON - 4, 0), 9);
    // Zero hours: the end of the last shift at or before the time.
    expect(hoursBefore(week, 8, MON + 1, 0)).toBeCloseTo(at(MON, 8), 9);
    expect(hoursBefore(week, 8, MON, 0)).toBeCloseTo(at(MON - 3, 8), 9);
  });

  it('counts forward from a time into the next shifts', () => {
    // From Fri 6:00, 4 hours: 2 on Friday, 2 on Monday.
    expect(hoursAfter(week, 8, at(MON + 4, 6), 4)).toBeCloseTo(at(MON + 7, 2), 9);
    // From the end of Friday's shift, 8 hours fill Monday.
    expect(hoursAfter(week, 8, at(MON + 4, 8), 8)).toBeCloseTo(at(MON + 7, 8), 9);
    // Zero hours from outside a shift: the next shift's start.
    expect(hoursAfter(week, 8, at(MON + 4, 8), 0)).toBe(MON + 7);
    expect(hoursAfter(week, 8, at(MON, 3), 0)).toBe(at(MON, 3));
  });

  it('names the day a start or an end falls on', () => {
    expect(startDayOf(MON)).toBe(MON);
    expect(endDayOf(MON + 1)).toBe(MON);
    expect(startDayOf(at(MON, 23.9))).toBe(MON);
    expect(endDayOf(at(MON, 0.5))).toBe(MON);
  });

  it('splits an interval into the hours of each open day, adding up to the whole', () => {
    const parts: [number, number][] = [];
    // Fri 4:00 to Tue 2:00 in 8-hour shifts: Fri 4, Mon 8, Tue 2.
    splitByDay(week, 8, at(MON + 4, 4), at(MON + 8, 2), 14, (day, hours) =>
      parts.push([day - MON, hours]),
    );
    expect(parts).toEqual([
      [4, 4],
      [7, 8],
      [8, 2],
    ]);
    const whole: number[] = [];
    splitByDay(calendarDays, 24, at(MON, 3), at(MON, 4.5), 1.5, (_day, hours) => whole.push(hours));
    expect(whole).toEqual([1.5]);
  });
});
