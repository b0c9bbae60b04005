/**
 * Dates of planned orders and the fulfilment day F (docs/planning-semantics.md, "Dates of a
 * planned order" and "Fulfilment day").
 */
import type { Day } from './days';
import type { OracleSettings } from './settings';

export interface OrderDates {
  orderDate: Day;
  startDate: Day;
  deliveryDate: Day;
  receiptDate: Day;
  /** Placed today and scheduled forward because the order date fell before today. */
  forward: boolean;
}

/** Lead times and receipt/reorder margins count open days of the calendar in working days. */
function inWorkingDays(s: OracleSettings): boolean {
  return s.leadTimeUnit === 'workingDays' && s.calendar !== undefined;
}

function back(s: OracleSettings, day: Day, n: number): Day {
  return inWorkingDays(s) && s.calendar !== undefined ? s.calendar.back(day, n) : day - n;
}

function forward(s: OracleSettings, day: Day, n: number): Day {
  return inWorkingDays(s) && s.calendar !== undefined ? s.calendar.forward(day, n) : day + n;
}

/**
 * "F = the earliest day an order placed today can be received: today + reorder margin +
 * lead time + receipt margin (in working days of the node's calendar when the lead-time unit
 * is working days)."
 */
export function fulfilmentDay(s: OracleSettings, today: Day): Day {
  return forward(s, forward(s, forward(s, today, s.reorderMargin), s.leadTime), s.receiptMargin);
}

/**
 * "For a requirement on day d: with a calendar, the due date is the last open day on or
 * before d, else d. Delivery = due − receipt margin; start = delivery − lead time; order date
 * = start − reorder margin … If the order date falls before today, the order is placed today
 * and scheduled forward: start = today + reorder margin, delivery = start + lead time,
 * receipt = delivery + receipt margin."
 */
export function dueDay(s: OracleSettings, requirementDay: Day): Day {
  return s.calendar !== undefined ? s.calendar.lastOpenOnOrBefore(requirementDay) : requirementDay;
}

/**
 * The day forward scheduling counts from: today.
 * READING closedPlanDate (doc silent): when lead times count working days and today is a
 * closed day, counting starts on the first open day after it, which is also when a late order
 * is placed (Planning Optimization: "a past requested date becomes the first open day on or
 * after today").
 */
export function forwardBase(s: OracleSettings, today: Day, firstOpenDay: boolean): Day {
  return firstOpenDay && inWorkingDays(s) && s.calendar !== undefined
    ? s.calendar.firstOpenOnOrAfter(today)
    : today;
}

export function scheduleOrder(
  s: OracleSettings,
  today: Day,
  requirementDay: Day,
  base: Day = today,
): OrderDates {
  const due = dueDay(s, requirementDay);
  const deliveryDate = back(s, due, s.receiptMargin);
  const startDate = back(s, deliveryDate, s.leadTime);
  const orderDate = back(s, startDate, s.reorderMargin);
  if (orderDate >= today) {
    return { orderDate, startDate, deliveryDate, receiptDate: due, forward: false };
  }
  const start = forward(s, base, s.reorderMargin);
  const delivery = forward(s, start, s.leadTime);
  return {
    orderDate: base,
    startDate: start,
    deliveryDate: delivery,
    receiptDate: forward(s, delivery, s.receiptMargin),
    forward: true,
  };
}

/**
 * "An approved production order still needs its components (exploded at its receipt date −
 * production lead time, not before today) and an approved transfer still ships from its
 * refill warehouse" (at receipt − transfer lead time: "5 into DC received 2026-03-10,
 * transfer lead time 2 → it ships 2026-03-08").
 * READING approvedStart (doc silent on margins and calendars): the start is the one a planned
 * order due on the receipt date would have: from the last open day on or before it, back
 * through the receipt margin and the lead time (in working days when the node counts them),
 * and not before today.
 */
export function approvedStart(
  s: OracleSettings,
  today: Day,
  receiptDay: Day,
  leadTime: number,
  reading: 'asPlannedOrder' | 'receiptMarginAndLeadTime' | 'leadTime',
): Day {
  const due = reading === 'asPlannedOrder' ? dueDay(s, receiptDay) : receiptDay;
  const delivery = reading === 'leadTime' ? due : back(s, due, s.receiptMargin);
  return Math.max(today, back(s, delivery, leadTime));
}
