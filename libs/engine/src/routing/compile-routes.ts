/**
 * Resources, resource groups and route operations compiled into columns: resources in id
 * order with their calendars and hours, group members in resource order, and each item's
 * operations in sequence order (then by the day they become valid).
 */
import { calendarDays, type DayCounter } from '../calendar/day-counter';
import { toDay } from '../calendar/day';
import type { Dataset } from '../model/dataset';
import { countsToOffsets } from '../graph/offsets';

export const DEFAULT_HOURS_PER_DAY = 8;

export interface CompiledRoutes {
  resourceIds: readonly string[];
  /** Open days of each resource (calendar days without a calendar). */
  resourceDays: readonly DayCounter[];
  /** Working hours per open day, from the shift start. */
  hoursPerDay: Float64Array;
  /** Hours available per open day: hoursPerDay × capacity. */
  availablePerDay: Float64Array;
  /** 100 / efficiency %: standard hours × this are the hours an operation takes on it. */
  timeFactor: Float64Array;
  /** Members of group g: `groupMember[groupStart[g] .. groupStart[g + 1]]`, in resource order. */
  groupStart: Int32Array;
  groupMember: Int32Array;
  /** Operations of item i: `opStart[i] .. opStart[i + 1]`, by number, then by valid from. */
  opStart: Int32Array;
  opNumber: Int32Array;
  /** The resource, or -1 when the operation runs on a group. */
  opResource: Int32Array;
  /** The resource group, or -1. */
  opGroup: Int32Array;
  opSetup: Float64Array;
  /** Run hours per unit: runHours / perSeries. */
  opRunPerUnit: Float64Array;
  opQueue: Float64Array;
  opTransit: Float64Array;
  /** Share of the entering units that leave the operation: 1 − scrap % / 100. */
  opYield: Float64Array;
  opValidFrom: Float64Array;
  opValidTo: Float64Array;
}

function sortedIndex(ids: readonly string[]): Map<string, number> {
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(sorted.map((id, i) => [id, i]));
}

/** Compiles the routing tables of a validated dataset; `calendars` are the compiled calendars. */
export function compileRoutes(
  dataset: Pick<Dataset, 'resources' | 'resourceGroups' | 'routeOperations'>,
  itemIndex: { get(id: string): number | undefined },
  calendars: ReadonlyMap<string, DayCounter>,
  itemCount: number,
): CompiledRoutes {
  const resources = dataset.resources ?? [];
  const resourceIndex = sortedIndex(resources.map((r) => r.id));
  const R = resourceIndex.size;
  const resourceIds = new Array<string>(R);
  const resourceDays = new Array<DayCounter>(R).fill(calendarDays);
  const hoursPerDay = new Float64Array(R);
  const availablePerDay = new Float64Array(R);
  const timeFactor = new Float64Array(R);
  for (const resource of resources) {
    const r = resourceIndex.get(resource.id) ?? 0;
    resourceIds[r] = resource.id;
    const calendar = resource.calendar === undefined ? undefined : calendars.get(resource.calendar);
    resourceDays[r] = calendar ?? calendarDays;
    const hours = resource.hoursPerDay ?? DEFAULT_HOURS_PER_DAY;
    hoursPerDay[r] = hours;
    availablePerDay[r] = hours * (resource.capacity ?? 1);
    timeFactor[r] = 100 / (resource.efficiencyPercent ?? 100);
  }

  const groups = dataset.resourceGroups ?? [];
  const groupIndex = sortedIndex(groups.map((g) => g.id));
  const groupStart = new Int32Array(groupIndex.size + 1);
  const membersOf = new Array<number[]>(groupIndex.size);
  for (const group of groups) {
    const g = groupIndex.get(group.id) ?? 0;
    // Ties between members go to the first in resource (id) order.
    const members = [...new Set(group.members.map((m) => resourceIndex.get(m) ?? -1))]
      .filter((r) => r >= 0)
      .sort((a, b) => a - b);
    membersOf[g] = members;
    groupStart[g + 1] = members.length;
  }
  countsToOffsets(groupStart);
  const groupMember = new Int32Array(groupStart[groupIndex.size] ?? 0);
  membersOf.forEach((members, g) => groupMember.set(members, groupStart[g] ?? 0));

  const rows = (dataset.routeOperations ?? [])
    .map((op) => ({ op, item: itemIndex.get(op.item) ?? -1 }))
    .filter((r) => r.item >= 0)
    .map((r) => ({
      ...r,
      from: r.op.validFrom === undefined ? -Infinity : toDay(r.op.validFrom),
      to: r.op.validTo === undefined ? Infinity : toDay(r.op.validTo),
    }))
    .sort(
      (a, b) =>
        a.item - b.item ||
        a.op.operation - b.op.operation ||
        (a.from === b.from ? 0 : a.from < b.from ? -1 : 1) ||
        (a.op.id < b.op.id ? -1 : a.op.id > b.op.id ? 1 : 0),
    );
  const n = rows.length;
  const routes: CompiledRoutes = {
    resourceIds,
    resourceDays,
    hoursPerDay,
    availablePerDay,
    timeFactor,
    groupStart,
    groupMember,
    opStart: new Int32Array(itemCount + 1),
    opNumber: new Int32Array(n),
    opResource: new Int32Array(n),
    opGroup: new Int32Array(n),
    opSetup: new Float64Array(n),
    opRunPerUnit: new Float64Array(n),
    opQueue: new Float64Array(n),
    opTransit: new Float64Array(n),
    opYield: new Float64Array(n),
    opValidFrom: new Float64Array(n),
    opValidTo: new Float64Array(n),
  };
  rows.forEach(({ op, item, from, to }, k) => {
    routes.opStart[item + 1] = (routes.opStart[item + 1] ?? 0) + 1;
    routes.opNumber[k] = op.operation;
    routes.opResource[k] = op.resource === undefined ? -1 : (resourceIndex.get(op.resource) ?? -1);
    routes.opGroup[k] =
      op.resourceGroup === undefined ? -1 : (groupIndex.get(op.resourceGroup) ?? -1);
    routes.opSetup[k] = op.setupHours ?? 0;
    routes.opRunPerUnit[k] = (op.runHours ?? 0) / (op.perSeries ?? 1);
    routes.opQueue[k] = op.queueHours ?? 0;
    routes.opTransit[k] = op.transitHours ?? 0;
    routes.opYield[k] = 1 - (op.scrapPercent ?? 0) / 100;
    routes.opValidFrom[k] = from;
    routes.opValidTo[k] = to;
  });
  countsToOffsets(routes.opStart);
  return routes;
}

/** True when item `item` has route operations (valid on some day). */
export function hasRouteOperations(routes: CompiledRoutes, item: number): boolean {
  return (routes.opStart[item + 1] ?? 0) > (routes.opStart[item] ?? 0);
}
