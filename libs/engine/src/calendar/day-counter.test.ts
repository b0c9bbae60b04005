import { toDay } from './day';
import { calendarDays, WorkCalendar } from './day-counter';

// Mon–Fri with a closed Monday (Easter Monday 2026-04-06), an open Saturday (2026-04-11)
// and a closed day far outside the first table window (2030-12-25).
function workweek(): WorkCalendar {
  const exceptions = new Map<number, boolean>([
    [toDay('2026-04-06'), false],
    [toDay('2026-04-11'), true],
    [toDay('2030-12-25'), false],
  ]);
  return new WorkCalendar('WORKWEEK', [1, 2, 3, 4, 5], exceptions);
}

describe('WorkCalendar', () => {
  it('counts working days backward and forward across weekends and exceptions', () => {
    const cal = workweek();
    // Thu 2026-04-09 − 3 working days: Wed 08, Tue 07, (Mon 06 closed) Fri 03.
    expect(cal.minus(toDay('2026-04-09'), 3)).toBe(toDay('2026-04-03'));
    // Fri 2026-04-10 + 1: the open Saturday 04-11; + 2: Monday 04-13.
    expect(cal.plus(toDay('2026-04-10'), 1)).toBe(toDay('2026-04-11'));
    expect(cal.plus(toDay('2026-04-10'), 2)).toBe(toDay('2026-04-13'));
    // A requirement on Sunday 2026-03-08 is due on Friday 03-06; work starts Monday 03-09.
    expect(cal.dueOn(toDay('2026-03-08'))).toBe(toDay('2026-03-06'));
    expect(cal.openFrom(toDay('2026-03-08'))).toBe(toDay('2026-03-09'));
  });

  it('agrees with counting day by day, inside and outside its table window', () => {
    const cal = workweek();
    const dueRef = (day: number): number => {
      let d = day;
      while (!cal.isOpen(d)) d--;
      return d;
    };
    const fromRef = (day: number): number => {
      let d = day;
      while (!cal.isOpen(d)) d++;
      return d;
    };
    const base = toDay('2026-03-02');
    cal.dueOn(base); // the table window is laid around the first day asked about
    let mismatches = 0;
    for (let day = base - 3000; day < base + 6000; day += 7) {
      for (const n of [0, 1, 4, 25]) {
        let minus = dueRef(day);
        for (let left = n; left > 0; left--) minus = dueRef(minus - 1);
        let plus = fromRef(day);
        for (let left = n; left > 0; left--) plus = fromRef(plus + 1);
        if (cal.minus(day, n) !== minus || cal.plus(day, n) !== plus) mismatches++;
        if (cal.dueOn(day) !== dueRef(day) || cal.openFrom(day) !== fromRef(day)) mismatches++;
      }
    }
    expect(mismatches).toBe(0);
  });

  it('calendar days count every day', () => {
    expect(calendarDays.minus(100, 7)).toBe(93);
    expect(calendarDays.plus(100, 7)).toBe(107);
  });
});
