/**
 * Routes for a generated manufacturer: a shop of resources on the plant's calendar (one
 * per about 50 manufactured items, some on two shifts, some faster or slower than
 * standard, pairs of them as resource groups), and for every manufactured item that is
 * not a phantom a route of `operations` operations with setup and run times, some queue
 * and transit times and scrap. A third of the BOM lines are consumed at the last
 * operation instead of at the start. Drawn from a random stream of their own, so the rest
 * of the dataset is the same with routes or without.
 */
import type { BomLine, Resource, ResourceGroup, RouteOperation } from '@replan/engine';
import type { Catalog } from './catalog';
import { formatId, idWidth } from './ids';
import { Random } from './random';

/** Manufactured items per resource. */
const ITEMS_PER_RESOURCE = 50;
const MIN_RESOURCES = 2;
/** Share of operations that run on a resource group rather than one resource. */
const GROUP_SHARE = 0.2;
const LAST_OPERATION_LINE_SHARE = 0.33;
/** Seed offset of the routes' random stream. */
const ROUTE_SEED = 0x726f757465;

export interface Routes {
  resources: Resource[];
  resourceGroups: ResourceGroup[];
  routeOperations: RouteOperation[];
}

/**
 * Routes of the catalog's manufactured items. `lines` are the BOM lines: a share of them
 * is given the last operation of its parent's route (in place).
 */
export function generateRoutes(
  catalog: Catalog,
  lines: BomLine[],
  operations: number,
  calendar: string,
  seed: number,
): Routes {
  const random = new Random(seed + ROUTE_SEED);
  const manufactured = catalog.endItems + catalog.intermediates;
  const count = Math.max(MIN_RESOURCES, Math.ceil(manufactured / ITEMS_PER_RESOURCE));
  const width = idWidth(count);
  const resources: Resource[] = [];
  for (let r = 0; r < count; r++) {
    const resource: Resource = { id: formatId('WC-', r + 1, width), calendar };
    if (random.chance(0.25)) resource.hoursPerDay = 16;
    if (random.chance(0.2)) resource.efficiencyPercent = random.pick([80, 90, 110, 120]);
    resources.push(resource);
  }
  const resourceGroups: ResourceGroup[] = [];
  for (let r = 0; r + 1 < count; r += 2) {
    resourceGroups.push({
      id: formatId('WG-', r / 2 + 1, width),
      members: [resources[r]?.id ?? '', resources[r + 1]?.id ?? ''],
    });
  }

  const routeOperations: RouteOperation[] = [];
  const lastOperation = new Map<string, number>();
  for (let item = 0; item < manufactured; item++) {
    if (catalog.phantom[item] === 1) continue;
    const id = catalog.ids[item] ?? '';
    for (let k = 1; k <= operations; k++) {
      const operation: RouteOperation = {
        id: `${id}-${k * 10}`,
        item: id,
        operation: k * 10,
        setupHours: random.pick([0, 0.5, 1, 2]),
        runHours: random.pick([0.05, 0.1, 0.2, 0.5]),
      };
      if (resourceGroups.length > 0 && random.chance(GROUP_SHARE)) {
        operation.resourceGroup = resourceGroups[random.index(resourceGroups.length)]?.id ?? '';
      } else {
        operation.resource = resources[random.index(count)]?.id ?? '';
      }
      if (random.chance(0.1)) operation.perSeries = 10;
      if (random.chance(0.2)) operation.queueHours = random.pick([1, 2, 4]);
      if (random.chance(0.2)) operation.transitHours = random.pick([1, 4, 8]);
      if (random.chance(0.1)) operation.scrapPercent = random.pick([1, 2, 5]);
      routeOperations.push(operation);
    }
    lastOperation.set(id, operations * 10);
  }
  for (const line of lines) {
    const last = lastOperation.get(line.parent);
    if (last !== undefined && random.chance(LAST_OPERATION_LINE_SHARE)) line.operation = last;
  }
  return { resources, resourceGroups, routeOperations };
}
