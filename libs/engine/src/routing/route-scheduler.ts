/**
 * Scheduling planned production orders through their routes, at infinite capacity.
 *
 * The route of an order is its item's operations valid on the order's delivery date, in
 * sequence order. Backward from the end of the delivery day, each operation from the last
 * to the first: transit time after it, its setup and run time (standard time × 100 /
 * efficiency of its resource), the queue time before it, all in the working time of its
 * resource; an operation on a resource group takes the member that lets it start latest.
 * The order starts with its first operation's queue. When that would put the order date
 * before today, the order is scheduled forward from today (its start after the reorder
 * margin) instead, the member that finishes first taking each grouped operation, and is
 * late by the days its receipt comes after the requirement.
 *
 * Scrap accumulates backward over the operations: an operation losing s % needs output ÷
 * (1 − s %) units, so 10 % on each of three operations makes 100 units need 137 entering
 * the first. Components are needed at the start of the operation their BOM line names (the
 * quantity entering it), other components at the order's start (the quantity entering the
 * first operation).
 *
 * Nothing here allocates per order: the route, its times and the line schedule live in
 * scratch arrays reused from one order to the next.
 */
import { calendarDays, type DayCounter } from '../calendar/day-counter';
import { hasBom } from '../graph/bom';
import type { LineSchedule } from '../graph/bom-walk';
import { Replenishment } from '../graph/node-graph';
import type { PlanModel } from '../model/plan-model';
import type { NodeSettings } from '../model/settings';
import type { PlannedOrderDates } from '../netting/plan-state';
import { CapacityReservations } from './capacity-reservations';
import { hasRouteOperations } from './compile-routes';
import { endDayOf, hoursAfter, hoursBefore, splitByDay, startDayOf } from './working-time';

const EPS = 1e-9;

export class RouteScheduler {
  /** The hours every scheduled operation takes of its resource, per day. */
  readonly reservations: CapacityReservations;
  /** Parent quantity and day of each BOM line of the order scheduled last, for the explosion. */
  readonly lines: LineSchedule = { quantity: new Float64Array(16), day: new Int32Array(16) };

  /** The route chosen by `prepare`: operation rows in sequence order. */
  private route = new Int32Array(16);
  private steps = 0;
  // Per operation of the order scheduled last.
  private resource = new Int32Array(16);
  /** Units entering the operation (scrap of it and the operations after it included). */
  private entering = new Float64Array(16);
  /** Hours it takes on its resource. */
  private hours = new Float64Array(16);
  /** When it starts (its queue), and when its setup and run start and end. */
  private start = new Float64Array(16);
  private processStart = new Float64Array(16);
  private processEnd = new Float64Array(16);

  // The order being scheduled.
  private node = 0;
  private item = 0;
  private requirementDay = 0;
  private dueDay = 0;
  private deliveryDay = 0;
  private settings: NodeSettings | undefined;

  // The operation being reserved, for the day visitor.
  private reservedResource = 0;
  private reservedOrder = 0;
  private reservedOperation = 0;
  private readonly reserveDay = (day: number, hours: number): void => {
    this.reservations.add(
      this.reservedResource,
      day,
      this.reservedOrder,
      this.node,
      this.reservedOperation,
      hours,
    );
  };

  constructor(
    private readonly model: PlanModel,
    reservations: CapacityReservations = new CapacityReservations(),
  ) {
    this.reservations = reservations;
  }

  /**
   * Chooses the route of a production order of `node` covering a requirement on `day`:
   * the item's operations valid on the delivery date. False when the node is not produced
   * or its item has no operation valid then (the production lead time applies).
   */
  prepare(node: number, day: number, settings: NodeSettings): boolean {
    const model = this.model;
    if (model.graph.replenishment[node] !== Replenishment.Production) return false;
    const item = model.graph.nodeItem[node] ?? 0;
    const routes = model.routes;
    if (!hasRouteOperations(routes, item)) return false;
    const due = settings.dueDays.dueOn(day);
    const delivery = settings.leadTimeDays.minus(due, settings.receiptMargin);
    const first = routes.opStart[item] ?? 0;
    const end = routes.opStart[item + 1] ?? 0;
    this.ensureSteps(end - first);
    let steps = 0;
    for (let k = first; k < end; k++) {
      if ((routes.opValidFrom[k] ?? 0) <= delivery && delivery <= (routes.opValidTo[k] ?? 0)) {
        this.route[steps++] = k;
      }
    }
    if (steps === 0) return false;
    this.steps = steps;
    this.node = node;
    this.item = item;
    this.requirementDay = day;
    this.dueDay = due;
    this.deliveryDay = delivery;
    this.settings = settings;
    return true;
  }

  /** Dates of an order of `quantity` on the prepared route; fills the line schedule. */
  scheduleOrder(quantity: number, dates: PlannedOrderDates): void {
    const settings = this.settings;
    if (settings === undefined) throw new Error('scheduleOrder: no route prepared');
    const days: DayCounter = settings.leadTimeDays;
    const today = this.model.today;
    this.quantities(quantity);
    const start = this.backward(this.deliveryDay + 1);
    dates.requirementDay = this.requirementDay;
    dates.startDay = startDayOf(start);
    dates.orderDay = days.minus(dates.startDay, settings.reorderMargin);
    dates.deliveryDay = this.deliveryDay;
    dates.receiptDay = this.dueDay;
    dates.delayDays = 0;
    if (dates.orderDay < today) {
      dates.orderDay = days.openFrom(today);
      const end = this.forward(days.plus(dates.orderDay, settings.reorderMargin));
      dates.startDay = startDayOf(this.start[0] ?? 0);
      dates.deliveryDay = endDayOf(end);
      dates.receiptDay = days.plus(dates.deliveryDay, settings.receiptMargin);
      dates.delayDays = Math.max(0, dates.receiptDay - this.requirementDay);
    }
    this.fillLines(dates.startDay);
  }

  /**
   * An approved planned order of an earlier run, received on the prepared day: its
   * operations backward from its delivery, forward from today when that would start in
   * the past. Returns its start day; fills the line schedule.
   */
  scheduleApproved(quantity: number): number {
    const today = this.model.today;
    this.quantities(quantity);
    if (startDayOf(this.backward(this.deliveryDay + 1)) < today) this.forward(today);
    const startDay = startDayOf(this.start[0] ?? 0);
    this.fillLines(startDay);
    return startDay;
  }

  /** Records the hours of the order scheduled last on its resources, day by day. */
  reserve(order: number): void {
    const routes = this.model.routes;
    this.reservedOrder = order;
    for (let i = 0; i < this.steps; i++) {
      const hours = this.hours[i] ?? 0;
      if (hours <= 0) continue;
      const r = this.resource[i] ?? 0;
      this.reservedResource = r;
      this.reservedOperation = routes.opNumber[this.route[i] ?? 0] ?? 0;
      splitByDay(
        routes.resourceDays[r] ?? calendarDays,
        routes.hoursPerDay[r] ?? 0,
        this.processStart[i] ?? 0,
        this.processEnd[i] ?? 0,
        hours,
        this.reserveDay,
      );
    }
  }

  /**
   * Working days the longest operation of an order of `quantity` on the prepared route
   * needs of its resource (its setup and run hours over the resource's hours a day; on a
   * group, the quickest member's), at least: as many capacity reservation rows as it will
   * make, and the days scheduling it counts through the calendar. Cheap (no dates), so an
   * absurd order is caught before it is scheduled.
   */
  longestOperationDays(quantity: number): number {
    const routes = this.model.routes;
    this.quantities(quantity);
    let longest = 0;
    for (let i = 0; i < this.steps; i++) {
      const op = this.route[i] ?? 0;
      const resource = routes.opResource[op] ?? -1;
      let days = Number.POSITIVE_INFINITY;
      const consider = (r: number): void => {
        const perDay = routes.hoursPerDay[r] ?? 0;
        if (perDay > 0) days = Math.min(days, this.hoursOf(i, r) / perDay);
      };
      if (resource >= 0) consider(resource);
      else {
        const g = routes.opGroup[op] ?? 0;
        for (let m = routes.groupStart[g] ?? 0; m < (routes.groupStart[g + 1] ?? 0); m++) {
          consider(routes.groupMember[m] ?? 0);
        }
      }
      if (days !== Number.POSITIVE_INFINITY && days > longest) longest = days;
    }
    return longest;
  }

  /** Units entering each operation: the output raised by the scrap of it and all after it. */
  private quantities(quantity: number): void {
    const routes = this.model.routes;
    let units = quantity;
    for (let i = this.steps - 1; i >= 0; i--) {
      units /= routes.opYield[this.route[i] ?? 0] ?? 1;
      this.entering[i] = units;
    }
  }

  /** Schedules the operations backward so that the last ends by `end`; returns the first's start. */
  private backward(end: number): number {
    let time = end;
    for (let i = this.steps - 1; i >= 0; i--) time = this.place(i, time, true);
    return time;
  }

  /** Schedules the operations forward from `from`; returns when the last ends. */
  private forward(from: number): number {
    let time = from;
    for (let i = 0; i < this.steps; i++) time = this.place(i, time, false);
    return time;
  }

  /**
   * Operation i ending by `time` (backward: returns its start) or starting at it (forward:
   * returns its end), on its resource or on the group member that lets it start latest
   * backward, or end first forward.
   */
  private place(i: number, time: number, backward: boolean): number {
    const routes = this.model.routes;
    const op = this.route[i] ?? 0;
    let r = routes.opResource[op] ?? -1;
    if (r < 0) {
      const g = routes.opGroup[op] ?? 0;
      let best = backward ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
      for (let m = routes.groupStart[g] ?? 0; m < (routes.groupStart[g + 1] ?? 0); m++) {
        const member = routes.groupMember[m] ?? 0;
        const at = backward
          ? this.timesBackward(i, member, time)
          : this.timesForward(i, member, time);
        if (backward ? at > best + EPS : at < best - EPS) {
          best = at;
          r = member;
        }
      }
    }
    this.resource[i] = r;
    return backward ? this.timesBackward(i, r, time) : this.timesForward(i, r, time);
  }

  /** Times of operation i on resource r ending (with its transit) at `end`; returns its start. */
  private timesBackward(i: number, r: number, end: number): number {
    const routes = this.model.routes;
    const op = this.route[i] ?? 0;
    const days = routes.resourceDays[r] ?? calendarDays;
    const perDay = routes.hoursPerDay[r] ?? 0;
    const hours = this.hoursOf(i, r);
    const transit = routes.opTransit[op] ?? 0;
    const queue = routes.opQueue[op] ?? 0;
    const processEnd = transit > 0 ? hoursBefore(days, perDay, end, transit) : end;
    const processStart = hours > 0 ? hoursBefore(days, perDay, processEnd, hours) : processEnd;
    // With nothing to do, the operation sits at the end of the last shift before it.
    const start =
      queue > 0 || hours <= 0 ? hoursBefore(days, perDay, processStart, queue) : processStart;
    this.hours[i] = hours;
    this.processStart[i] = processStart;
    this.processEnd[i] = processEnd;
    this.start[i] = start;
    return start;
  }

  /** Times of operation i on resource r starting at `from`; returns when its transit ends. */
  private timesForward(i: number, r: number, from: number): number {
    const routes = this.model.routes;
    const op = this.route[i] ?? 0;
    const days = routes.resourceDays[r] ?? calendarDays;
    const perDay = routes.hoursPerDay[r] ?? 0;
    const hours = this.hoursOf(i, r);
    const transit = routes.opTransit[op] ?? 0;
    const start = hoursAfter(days, perDay, from, 0);
    const processStart = hoursAfter(days, perDay, start, routes.opQueue[op] ?? 0);
    const processEnd = hours > 0 ? hoursAfter(days, perDay, processStart, hours) : processStart;
    this.hours[i] = hours;
    this.processStart[i] = processStart;
    this.processEnd[i] = processEnd;
    this.start[i] = start;
    return transit > 0 ? hoursAfter(days, perDay, processEnd, transit) : processEnd;
  }

  /** Setup and run hours of operation i on resource r. */
  private hoursOf(i: number, r: number): number {
    const routes = this.model.routes;
    const op = this.route[i] ?? 0;
    const standard =
      (routes.opSetup[op] ?? 0) + (routes.opRunPerUnit[op] ?? 0) * (this.entering[i] ?? 0);
    return standard * (routes.timeFactor[r] ?? 1);
  }

  /** Each BOM line of the item: at the start of the operation it names, or of the order. */
  private fillLines(startDay: number): void {
    const model = this.model;
    const bom = model.bom;
    const routes = model.routes;
    const item = this.item;
    if (!hasBom(bom, item)) return;
    const first = bom.lineStart[item] ?? 0;
    const count = (bom.lineStart[item + 1] ?? 0) - first;
    if (this.lines.quantity.length < count) {
      this.lines.quantity = new Float64Array(count * 2);
      this.lines.day = new Int32Array(count * 2);
    }
    for (let k = 0; k < count; k++) {
      const operation = bom.operation[first + k] ?? -1;
      let step = 0;
      if (operation >= 0) {
        while (step < this.steps && routes.opNumber[this.route[step] ?? 0] !== operation) step++;
        if (step === this.steps) step = -1;
      }
      if (step < 0) {
        this.lines.quantity[k] = this.entering[0] ?? 0;
        this.lines.day[k] = startDay;
      } else {
        this.lines.quantity[k] = this.entering[step] ?? 0;
        this.lines.day[k] = step === 0 ? startDay : startDayOf(this.start[step] ?? 0);
      }
    }
  }

  private ensureSteps(count: number): void {
    if (this.route.length >= count) return;
    const size = count * 2;
    this.route = new Int32Array(size);
    this.resource = new Int32Array(size);
    this.entering = new Float64Array(size);
    this.hours = new Float64Array(size);
    this.start = new Float64Array(size);
    this.processStart = new Float64Array(size);
    this.processEnd = new Float64Array(size);
  }
}
