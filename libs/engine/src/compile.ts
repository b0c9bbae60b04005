/**
 * Compiling a validated dataset into the plan model: indexes, resolved settings per node,
 * the node graph with its low-level codes, and the input requirements and receipts as
 * columns grouped by node in netting order.
 */
import { calendarDays, WorkCalendar, type DayCounter } from './calendar/day-counter';
import { toDay } from './calendar/day';
import { compileBom, hasBom, type CompiledBom } from './graph/bom';
import { countsToOffsets, groupRows } from './graph/offsets';
import { computeLowLevelCodes } from './graph/low-level-codes';
import {
  buildNodeGraph,
  Replenishment,
  type NodeGraph,
  type NodeReplenishment,
} from './graph/node-graph';
import type {
  CoverageSettings,
  Dataset,
  ItemCoverage,
  SupplyLine,
  Warehouse,
} from './model/dataset';
import type { PlanModel } from './model/plan-model';
import type { ForecastRemaining, RunMessage } from './model/result';
import { IssueKind, ReceiptKind } from './netting/plan-state';
import { reduceForecasts } from './forecast/reduction';
import { compileRoutes, hasRouteOperations } from './routing/compile-routes';
import { leadTimeOf, resolveNodeSettings, type NodeSettings } from './model/settings';

export interface CompileOptions {
  /** Plan as of this date instead of the dataset's planDate. */
  planDate?: string;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedIndex(ids: readonly string[]): { ids: string[]; index: Map<string, number> } {
  const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { ids: sorted, index: new Map(sorted.map((id, i) => [id, i])) };
}

export function compileDataset(dataset: Dataset, options: CompileOptions = {}): PlanModel {
  const plan = dataset.plan;
  const today = toDay(options.planDate ?? plan.planDate);
  const messages: RunMessage[] = [];
  const items = sortedIndex(dataset.items.map((i) => i.id));
  const warehouses = sortedIndex(dataset.warehouses.map((w) => w.id));
  const W = warehouses.ids.length;
  const itemOf = (id: string): number => items.index.get(id) ?? -1;
  const warehouseOf = (id: string): number => warehouses.index.get(id) ?? -1;

  const dayCache = new Map<string, number>();
  const dayOf = (iso: string): number => {
    let day = dayCache.get(iso);
    if (day === undefined) {
      day = toDay(iso);
      dayCache.set(iso, day);
    }
    return day;
  };

  const calendars = new Map<string, DayCounter>();
  for (const c of dataset.calendars ?? []) {
    const exceptions = new Map<number, boolean>();
    for (const x of c.exceptions ?? []) exceptions.set(dayOf(x.date), x.open);
    const calendar = new WorkCalendar(c.id, c.workingWeekdays, exceptions);
    if (calendar.hasOpenWeekdays()) {
      calendars.set(c.id, calendar);
    } else {
      messages.push({
        severity: 'error',
        code: 'NO_WORKING_DAYS',
        ref: c.id,
        text: `calendar '${c.id}' has no working weekday; calendar days are used instead`,
      });
      calendars.set(c.id, calendarDays);
    }
  }

  const groups = new Map((dataset.coverageGroups ?? []).map((g) => [g.id, g]));
  const itemRows = dataset.items.map((item) => ({ item, index: itemOf(item.id) }));
  const groupOfItem: (CoverageSettings | undefined)[] = new Array<CoverageSettings | undefined>(
    items.ids.length,
  );
  for (const { item, index } of itemRows) {
    groupOfItem[index] =
      item.coverageGroup === undefined ? undefined : groups.get(item.coverageGroup);
  }
  const coverageOfItem: (ItemCoverage | undefined)[] = new Array<ItemCoverage | undefined>(
    items.ids.length,
  );
  const coverageOfNode = new Map<number, ItemCoverage>();
  for (const row of dataset.itemCoverage ?? []) {
    const item = itemOf(row.item);
    if (row.warehouse === undefined) coverageOfItem[item] = row;
    else coverageOfNode.set(item * W + warehouseOf(row.warehouse), row);
  }
  const warehouseByIndex = new Array<Warehouse | undefined>(W);
  for (const w of dataset.warehouses) warehouseByIndex[warehouseOf(w.id)] = w;

  const manualDefaults: CoverageSettings = { coverageCode: 'manual' };
  const profiles: NodeSettings[] = [];
  const profileOfKey = new Map<number, number>();
  // Distinct level objects get small ids; a profile is keyed by the ids of its levels.
  const levelIds = new Map<object, number>();
  const idOf = (o: object | undefined): number => {
    if (o === undefined) return 0;
    let id = levelIds.get(o);
    if (id === undefined) {
      id = levelIds.size + 1;
      levelIds.set(o, id);
    }
    return id;
  };
  const warehouseClassIds = new Map<string, number>();
  const warehouseClass = Int32Array.from(warehouseByIndex, (wh) => {
    const name = `${wh?.manual === true ? 'manual' : ''}|${wh?.calendar ?? ''}`;
    let id = warehouseClassIds.get(name);
    if (id === undefined) {
      id = warehouseClassIds.size;
      warehouseClassIds.set(name, id);
    }
    return id;
  });
  const levelCount = (dataset.itemCoverage?.length ?? 0) + groups.size + 2;
  const classCount = warehouseClassIds.size;
  const profileKeys = new Map<number, number>();
  const profileOf = (item: number, warehouse: number): number => {
    const key = item * W + warehouse;
    const known = profileOfKey.get(key);
    if (known !== undefined) return known;
    const wh = warehouseByIndex[warehouse];
    const nodeLevel = coverageOfNode.get(key);
    const itemLevel = coverageOfItem[item];
    const groupLevel = groupOfItem[item];
    const profileKey =
      ((idOf(nodeLevel) * levelCount + idOf(itemLevel)) * levelCount + idOf(groupLevel)) *
        classCount +
      (warehouseClass[warehouse] ?? 0);
    let profile = profileKeys.get(profileKey);
    if (profile === undefined || !Number.isSafeInteger(profileKey)) {
      profile = profiles.length;
      const levels = [
        wh?.manual === true ? manualDefaults : undefined,
        nodeLevel,
        itemLevel,
        groupLevel,
        plan.defaults,
      ];
      profiles.push(resolveNodeSettings(levels, plan, calendars, wh?.calendar));
      profileKeys.set(profileKey, profile);
    }
    profileOfKey.set(key, profile);
    return profile;
  };

  const bom = compileBom(dataset.bomLines ?? [], items.index, warehouses.index, items.ids.length);
  const routes = compileRoutes(dataset, items.index, calendars, items.ids.length);
  const replenish = (item: number, warehouse: number): NodeReplenishment => {
    const key = item * W + warehouse;
    const main =
      coverageOfNode.get(key)?.mainWarehouse ??
      coverageOfItem[item]?.mainWarehouse ??
      warehouseByIndex[warehouse]?.mainWarehouse;
    const source = main === undefined ? -1 : warehouseOf(main);
    if (source >= 0 && source !== warehouse) {
      return { kind: Replenishment.Transfer, sourceWarehouse: source };
    }
    const orderType = profiles[profileOf(item, warehouse)]?.orderType;
    // An item with BOM lines or route operations is made, any other bought, unless set.
    const made = hasBom(bom, item) || hasRouteOperations(routes, item);
    const produced = orderType === undefined ? made : orderType === 'production';
    return {
      kind: produced ? Replenishment.Production : Replenishment.Purchase,
      sourceWarehouse: -1,
    };
  };

  // Seed nodes: every (item, warehouse) that holds data.
  const seeds = new Set<number>();
  const supplyRows = dataset.supply ?? [];
  const demandRows = dataset.demand ?? [];
  const onHandRows = dataset.onHand ?? [];
  const keyOf = (row: { item: string; warehouse: string }): number =>
    itemOf(row.item) * W + warehouseOf(row.warehouse);
  const demandKeys = Float64Array.from(demandRows, keyOf);
  const supplyKeys = Float64Array.from(supplyRows, keyOf);
  const onHandKeys = Float64Array.from(onHandRows, keyOf);
  for (const key of demandKeys) seeds.add(key);
  // An unapproved planned order of an earlier run is not read (this run replaces it), so it
  // makes no planning node either.
  supplyRows.forEach((row, r) => {
    if (row.type !== 'plannedOrder' || row.approved === true) seeds.add(supplyKeys[r] ?? 0);
  });
  for (const key of onHandKeys) seeds.add(key);
  const forecastRows = plan.forecastModel === undefined ? [] : (dataset.forecasts ?? []);
  for (const row of forecastRows) if (row.model === plan.forecastModel) seeds.add(keyOf(row));
  for (const key of coverageOfNode.keys()) seeds.add(key);

  const graph = buildNodeGraph(seeds, W, bom, replenish);
  const n = graph.nodeCount;
  const codes = computeLowLevelCodes(n, graph.edgeStart, graph.edgeTarget);
  const scope = planScope(dataset, items.index, bom);
  let nodeInScope: Uint8Array | undefined;
  if (scope !== undefined) {
    nodeInScope = new Uint8Array(n);
    for (let v = 0; v < n; v++) nodeInScope[v] = scope.has(graph.nodeItem[v] ?? 0) ? 1 : 0;
  }
  /**
   * Messages about input rows are only for the nodes the run plans: in scope of a filtered
   * run, and not on a cycle (its BOM_CYCLE error speaks for such a node).
   */
  const planned = (v: number): boolean =>
    (codes.level[v] ?? -1) >= 0 && (nodeInScope === undefined || nodeInScope[v] === 1);
  // A filtered run speaks only of the items it plans, its cycles included.
  const cyclesInScope =
    scope === undefined
      ? codes.cycles
      : codes.cycles.filter((cycle) => cycle.some((v) => scope.has(graph.nodeItem[v] ?? 0)));
  reportCycles(cyclesInScope, graph, items.ids, warehouses.ids, messages);

  const nodeSettings = new Int32Array(n);
  const fulfilmentDay = new Int32Array(n);
  // The same for every node of one profile and replenishment: computed once for each.
  const fulfilmentOf = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const profile = profileOf(graph.nodeItem[v] ?? 0, graph.nodeWarehouse[v] ?? 0);
    nodeSettings[v] = profile;
    const replenishment = graph.replenishment[v] ?? 0;
    const key = profile * 3 + replenishment;
    let day = fulfilmentOf.get(key);
    const s = profiles[profile];
    if (day === undefined && s !== undefined) {
      const days = s.leadTimeDays;
      const start = days.plus(days.openFrom(today), s.reorderMargin);
      day = days.plus(days.plus(start, leadTimeOf(s, replenishment)), s.receiptMargin);
      fulfilmentOf.set(key, day);
    }
    fulfilmentDay[v] = day ?? today;
  }
  const fenceOf = (v: number): number =>
    today + (profiles[nodeSettings[v] ?? 0]?.coverageTimeFence ?? 0);
  let beyondFence = 0;

  // Independent requirements: demand lines, then forecast lines of the plan's model.
  // Every forecast after today bounds a reduction span, even one beyond the fence; only
  // those inside the fence (of nodes the run plans) are planned.
  const modelForecasts: { row: number; node: number; day: number; quantity: number; id: string }[] =
    [];
  const plannedForecast: boolean[] = [];
  for (let r = 0; r < forecastRows.length; r++) {
    const row = forecastRows[r];
    if (row === undefined || row.model !== plan.forecastModel) continue;
    const v = graph.nodeOf(itemOf(row.item), warehouseOf(row.warehouse));
    const day = dayOf(row.date);
    if (day <= today || (codes.level[v] ?? 0) < 0) continue;
    const beyond = day > fenceOf(v);
    if (beyond && planned(v)) beyondFence++;
    modelForecasts.push({ row: r, node: v, day, quantity: row.quantity, id: row.id });
    plannedForecast.push(!beyond && planned(v));
  }
  const keys = new Map(
    (dataset.reductionKeys ?? []).map((key) => [
      key.id,
      key.periods
        .map((period) => ({ from: dayOf(period.from), percent: period.percent }))
        .sort((a, b) => a.from - b.from),
    ]),
  );
  const forecastRemaining = reduceForecasts(
    modelForecasts,
    (modelForecasts.length === 0 ? [] : demandRows).flatMap((row, r) => {
      if (row.type !== 'sales') return [];
      const v = graph.nodeOfKey(demandKeys[r] ?? 0);
      const day = dayOf(row.date);
      // A sales line beyond the fence is not read, so it reduces nothing.
      if (day > fenceOf(v)) return [];
      return [{ node: v, day, quantity: row.quantity }];
    }),
    (v) => {
      const s = profiles[nodeSettings[v] ?? 0];
      const key = s?.reductionKey === undefined ? undefined : keys.get(s.reductionKey);
      return { method: s?.forecastReduction ?? 'none', key };
    },
  );

  const demandCount0 = demandRows.length;
  const rowCount = demandCount0 + modelForecasts.length;
  // Unified row u: a demand row when u < demandCount0, else an included forecast.
  const rowNode = new Int32Array(rowCount).fill(-1);
  const rowDay = new Int32Array(rowCount);
  const rowQty = new Float64Array(rowCount);
  const rowId = new Array<string>(rowCount);
  const demandStart = new Int32Array(n + 1);
  const addRow = (u: number, v: number, day: number, quantity: number, id: string): void => {
    const margin = profiles[nodeSettings[v] ?? 0]?.issueMargin ?? 0;
    rowNode[u] = v;
    rowDay[u] = Math.max(today, day - margin);
    rowQty[u] = quantity;
    rowId[u] = id;
    demandStart[v + 1] = (demandStart[v + 1] ?? 0) + 1;
  };
  demandRows.forEach((row, r) => {
    const v = graph.nodeOfKey(demandKeys[r] ?? 0);
    let day = dayOf(row.date);
    if (day > fenceOf(v) || (codes.level[v] ?? 0) < 0 || row.quantity <= 0) {
      if (day > fenceOf(v) && planned(v)) beyondFence++;
      return;
    }
    if (day < today) {
      if (planned(v)) {
        messages.push({
          severity: 'warning',
          code: 'DEMAND_PAST_DUE',
          item: row.item,
          warehouse: row.warehouse,
          ref: row.id,
          text: `${row.type} line '${row.id}' was due ${row.date}; planned as due today`,
        });
      }
      day = today;
    }
    addRow(r, v, day, row.quantity, row.id);
  });
  const forecasts: ForecastRemaining[] = [];
  modelForecasts.forEach((f, k) => {
    const row = forecastRows[f.row];
    if (row === undefined || plannedForecast[k] !== true) return;
    const remaining = forecastRemaining[k] ?? 0;
    forecasts.push({
      id: row.id,
      item: row.item,
      warehouse: row.warehouse,
      date: row.date,
      quantity: row.quantity,
      remaining,
    });
    if (remaining > 0) addRow(demandCount0 + k, f.node, f.day, remaining, row.id);
  });
  forecasts.sort(
    (a, b) =>
      compareIds(a.item, b.item) ||
      compareIds(a.warehouse, b.warehouse) ||
      compareIds(a.date, b.date) ||
      compareIds(a.id, b.id),
  );
  countsToOffsets(demandStart);
  const demandCount = demandStart[n] ?? 0;
  const order = groupRows(demandStart, rowCount, (u) => rowNode[u] ?? -1);
  for (let v = 0; v < n; v++) {
    const start = demandStart[v] ?? 0;
    const end = demandStart[v + 1] ?? 0;
    if (end - start > 1) {
      order.subarray(start, end).sort((a, b) => {
        const byDay = (rowDay[a] ?? 0) - (rowDay[b] ?? 0);
        if (byDay !== 0) return byDay;
        const ia = rowId[a] ?? '';
        const ib = rowId[b] ?? '';
        return ia < ib ? -1 : ia > ib ? 1 : a - b;
      });
    }
  }
  const demandDay = new Int32Array(demandCount);
  const demandQty = new Float64Array(demandCount);
  const demandKind = new Uint8Array(demandCount);
  const demandRow = new Int32Array(demandCount);
  for (let k = 0; k < demandCount; k++) {
    const u = order[k] ?? 0;
    demandDay[k] = rowDay[u] ?? 0;
    demandQty[k] = rowQty[u] ?? 0;
    const forecast = u >= demandCount0;
    demandKind[k] = forecast ? IssueKind.Forecast : IssueKind.Demand;
    demandRow[k] = forecast ? (modelForecasts[u - demandCount0]?.row ?? 0) : u;
  }
  const demandIds = demandRows.map((row) => row.id);
  const demandTypeOfRow = Uint8Array.from(demandRows, (row) =>
    row.type === 'sales' ? 0 : row.type === 'productionComponent' ? 1 : 2,
  );
  const forecastIds = forecastRows.map((row) => row.id);

  // Existing receipts: on-hand (summed per node, negative counted as zero), then supply.
  const onHand = new Float64Array(n);
  const hasOnHand = new Uint8Array(n);
  for (let r = 0; r < onHandRows.length; r++) {
    const row = onHandRows[r];
    if (row === undefined) continue;
    const v = graph.nodeOfKey(onHandKeys[r] ?? 0);
    onHand[v] = (onHand[v] ?? 0) + row.quantity;
    hasOnHand[v] = 1;
  }
  const receiptStart = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    if (hasOnHand[v] === 0) continue;
    if ((onHand[v] ?? 0) < 0) {
      if (planned(v)) {
        const item = items.ids[graph.nodeItem[v] ?? 0] ?? '';
        const warehouse = warehouses.ids[graph.nodeWarehouse[v] ?? 0] ?? '';
        messages.push({
          severity: 'warning',
          code: 'NEGATIVE_ON_HAND',
          item,
          warehouse,
          ref: `${item}@${warehouse}`,
          text: `on-hand of item '${item}' at '${warehouse}' is ${onHand[v] ?? 0}; counted as 0`,
        });
      }
      onHand[v] = 0;
    }
    if ((onHand[v] ?? 0) > 0 && (codes.level[v] ?? 0) >= 0) {
      receiptStart[v + 1] = (receiptStart[v + 1] ?? 0) + 1;
    }
  }
  const supplyNode = new Int32Array(supplyRows.length);
  const supplyDay = new Int32Array(supplyRows.length);
  const supplyDateAsRead = new Int32Array(supplyRows.length);
  supplyRows.forEach((row, r) => {
    const v = graph.nodeOfKey(supplyKeys[r] ?? 0);
    const day = dayOf(row.date);
    const replaced = row.type === 'plannedOrder' && row.approved !== true;
    if (replaced || day > fenceOf(v) || (codes.level[v] ?? 0) < 0 || row.quantity <= 0) {
      if (!replaced && day > fenceOf(v) && planned(v)) beyondFence++;
      supplyNode[r] = -1;
      return;
    }
    supplyNode[r] = v;
    supplyDay[r] = Math.max(today, day);
    supplyDateAsRead[r] = day;
    receiptStart[v + 1] = (receiptStart[v + 1] ?? 0) + 1;
  });
  countsToOffsets(receiptStart);
  const receiptCount = receiptStart[n] ?? 0;
  const receiptDay = new Int32Array(receiptCount);
  const receiptQty = new Float64Array(receiptCount);
  const receiptSource = new Uint8Array(receiptCount);
  const receiptRow = new Int32Array(receiptCount);
  const receiptExplodes = new Uint8Array(receiptCount);
  const fill = receiptStart.slice(0, n);
  for (let v = 0; v < n; v++) {
    if ((receiptStart[v + 1] ?? 0) > (receiptStart[v] ?? 0) && (onHand[v] ?? 0) > 0) {
      const k = fill[v] ?? 0;
      receiptDay[k] = today;
      receiptQty[k] = onHand[v] ?? 0;
      receiptSource[k] = ReceiptKind.OnHand;
      receiptRow[k] = v;
      fill[v] = k + 1;
    }
  }
  const supplyIds = supplyRows.map((row) => row.id);
  const supplyTypeOfRow = Uint8Array.from(supplyRows, (row) =>
    row.type === 'purchase' ? 0 : row.type === 'production' ? 1 : row.type === 'transfer' ? 2 : 3,
  );
  const supplyOrder: number[] = [];
  for (let r = 0; r < supplyRows.length; r++) if ((supplyNode[r] ?? -1) >= 0) supplyOrder.push(r);
  supplyOrder.sort((a, b) => {
    const byNode = (supplyNode[a] ?? 0) - (supplyNode[b] ?? 0);
    if (byNode !== 0) return byNode;
    const byDay = (supplyDay[a] ?? 0) - (supplyDay[b] ?? 0);
    if (byDay !== 0) return byDay;
    const ia = supplyIds[a] ?? '';
    const ib = supplyIds[b] ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  for (const r of supplyOrder) {
    const v = supplyNode[r] ?? 0;
    const k = fill[v] ?? 0;
    const row = supplyRows[r];
    receiptDay[k] = supplyDay[r] ?? 0;
    receiptQty[k] = row?.quantity ?? 0;
    receiptSource[k] = ReceiptKind.Supply;
    receiptRow[k] = r;
    // An approved order needs its components (production) or its refill (transfer) when
    // the node is still replenished that way; after a change of master data it is kept as
    // plain supply rather than exploded by a type it does not have.
    const replenishment = graph.replenishment[v];
    receiptExplodes[k] =
      row?.type === 'plannedOrder' &&
      ((row.orderType === 'production' && replenishment === Replenishment.Production) ||
        (row.orderType === 'transfer' && replenishment === Replenishment.Transfer))
        ? 1
        : 0;
    fill[v] = k + 1;
  }

  const sequenceBase = approvedOrderNumbers(supplyRows, graph, itemOf, warehouseOf);

  if (beyondFence > 0) {
    messages.push({
      severity: 'info',
      code: 'BEYOND_TIME_FENCE',
      text:
        beyondFence === 1
          ? '1 input line (demand, forecast or supply) lies beyond the coverage time fence and was not planned'
          : `${beyondFence} input lines (demand, forecast or supply) lie beyond the coverage time fence and were not planned`,
    });
  }

  return {
    plan,
    today,
    itemIds: items.ids,
    warehouseIds: warehouses.ids,
    graph,
    codes,
    bom,
    routes,
    settings: profiles,
    nodeSettings,
    fulfilmentDay,
    demandStart,
    demandDay,
    demandQty,
    demandKind,
    demandRow,
    demandIds,
    demandTypeOfRow,
    forecastIds,
    forecasts,
    receiptStart,
    receiptDay,
    receiptQty,
    receiptSource,
    receiptRow,
    receiptExplodes,
    supplyIds,
    supplyDay: supplyDateAsRead,
    supplyTypeOfRow,
    scopeItems: scope === undefined ? undefined : [...scope].map((i) => items.ids[i] ?? '').sort(),
    nodeInScope,
    sequenceBase,
    messages,
  };
}

/**
 * The items a filtered run plans: the filter's items and their components down the given
 * number of BOM levels (all by default). `undefined` when the run is not filtered.
 */
function planScope(
  dataset: Dataset,
  itemIndex: ReadonlyMap<string, number>,
  bom: CompiledBom,
): Set<number> | undefined {
  const filter = dataset.filter;
  if (filter === undefined) return undefined;
  const depth =
    filter.bomLevels === undefined || filter.bomLevels === 'all' ? Infinity : filter.bomLevels;
  const scope = new Set<number>();
  let frontier: number[] = [];
  for (const id of filter.items) {
    const item = itemIndex.get(id);
    if (item !== undefined && !scope.has(item)) {
      scope.add(item);
      frontier.push(item);
    }
  }
  // A phantom is passed through, not planned: its components are on the same level as it.
  // Phantoms are expanded once each, whether they were first reached through a phantom
  // line or an ordinary one, so the scope does not depend on the order of filter items.
  const expandedPhantoms = new Set<number>();
  const addComponents = (item: number, next: number[]): void => {
    for (let k = bom.lineStart[item] ?? 0; k < (bom.lineStart[item + 1] ?? 0); k++) {
      const component = bom.component[k] ?? 0;
      if (!scope.has(component)) {
        scope.add(component);
        next.push(component);
      }
      // As in the explosion: a phantom on a cycle of phantoms is an ordinary component.
      const passedThrough = bom.phantom[k] === 1 && bom.phantomCycle[component] !== 1;
      if (passedThrough && !expandedPhantoms.has(component)) {
        expandedPhantoms.add(component);
        addComponents(component, next);
      }
    }
  };
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: number[] = [];
    for (const item of frontier) addComponents(item, next);
    frontier = next;
  }
  return scope;
}

const ORDER_PREFIXES = ['PUR', 'PRD', 'TRF'] as const;

/**
 * Planned orders are numbered per node after the highest number an approved planned order
 * of the node (from an earlier run) already carries, so a new id never repeats a kept one.
 */
function approvedOrderNumbers(
  supplyRows: readonly SupplyLine[],
  graph: NodeGraph,
  itemOf: (id: string) => number,
  warehouseOf: (id: string) => number,
): Int32Array {
  const base = new Int32Array(graph.nodeCount);
  for (const row of supplyRows) {
    if (row.type !== 'plannedOrder' || row.approved !== true) continue;
    // Ids may contain '@' and '-': compare the whole prefix the node's orders would have.
    const prefix = ORDER_PREFIXES.map((p) => `${p}-${row.item}@${row.warehouse}-`).find((p) =>
      row.id.startsWith(p),
    );
    if (prefix === undefined) continue;
    const digits = row.id.slice(prefix.length);
    if (!/^\d{1,9}$/.test(digits)) continue;
    const v = graph.nodeOf(itemOf(row.item), warehouseOf(row.warehouse));
    if (v >= 0) base[v] = Math.max(base[v] ?? 0, Number(digits));
  }
  return base;
}

function reportCycles(
  cycles: readonly number[][],
  graph: { nodeItem: Int32Array; nodeWarehouse: Int32Array },
  itemIds: readonly string[],
  warehouseIds: readonly string[],
  messages: RunMessage[],
): void {
  for (const cycle of cycles) {
    const itemsInCycle = [...new Set(cycle.map((v) => itemIds[graph.nodeItem[v] ?? 0] ?? ''))];
    const nodes = cycle.map(
      (v) =>
        `${itemIds[graph.nodeItem[v] ?? 0] ?? ''}@${warehouseIds[graph.nodeWarehouse[v] ?? 0] ?? ''}`,
    );
    messages.push({
      severity: 'error',
      code: 'BOM_CYCLE',
      item: itemsInCycle[0],
      text:
        itemsInCycle.length === 1
          ? `item '${itemsInCycle[0] ?? ''}' forms a cycle (${nodes.join(' → ')}); it is left unplanned`
          : `items ${itemsInCycle.map((i) => `'${i}'`).join(', ')} form a cycle (${nodes.join(' → ')}); they are left unplanned`,
    });
  }
}
