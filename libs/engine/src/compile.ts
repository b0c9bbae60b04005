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
  keyTable,
  type KeyTable,
  Replenishment,
  type NodeGraph,
  type NodeReplenishment,
} from './graph/node-graph';
import {
  columnsFromDataset,
  DEMAND_TYPE_CODES,
  NO_REF,
  PLANNED_ORDER_TYPE_CODES,
  SUPPLY_TYPE_CODES,
  type DatasetColumns,
  type SupplyColumns,
} from './dataset/columns';
import { toIso } from './calendar/day';
import { fieldNames } from './dataset/field-names';
import type { CoverageSettings, Dataset, ItemCoverage, Warehouse } from './model/dataset';
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

/** Compiles a validated dataset (the JSON path): its columns, then {@link compileColumns}. */
export function compileDataset(dataset: Dataset, options: CompileOptions = {}): PlanModel {
  return compileColumns(columnsFromDataset(dataset), options);
}

/**
 * The items in id order, and for each interned string the item it names (-1 for none).
 */
function sortedItems(dataset: DatasetColumns): { ids: string[]; ofString: Int32Array } {
  const strings = dataset.strings;
  const refs = dataset.items.id.slice().sort((a, b) => {
    const ia = strings[a] ?? '';
    const ib = strings[b] ?? '';
    return ia < ib ? -1 : ia > ib ? 1 : 0;
  });
  const ofString = new Int32Array(strings.length).fill(-1);
  const ids = new Array<string>(refs.length);
  for (let k = 0; k < refs.length; k++) {
    const ref = refs[k] ?? 0;
    ofString[ref] = k;
    ids[k] = strings[ref] ?? '';
  }
  return { ids, ofString };
}

/** Compiles validated dataset columns into the plan model. */
export function compileColumns(dataset: DatasetColumns, options: CompileOptions = {}): PlanModel {
  const plan = dataset.plan;
  const today = toDay(options.planDate ?? plan.planDate);
  const messages: RunMessage[] = [];
  const strings = dataset.strings;
  const stringIndex = dataset.stringIndex;
  const items = sortedItems(dataset);
  const warehouses = sortedIndex(dataset.warehouses.map((w) => w.id));
  const W = warehouses.ids.length;
  const warehouseOfString = new Int32Array(strings.length).fill(-1);
  warehouses.index.forEach((w, id) => {
    const ref = stringIndex.get(id);
    if (ref !== undefined) warehouseOfString[ref] = w;
  });
  const itemOfString = items.ofString;
  const itemOf = (id: string): number => {
    const ref = stringIndex.get(id);
    return ref === undefined ? -1 : (itemOfString[ref] ?? -1);
  };
  const itemIndex = {
    get: (id: string): number | undefined => {
      const item = itemOf(id);
      return item < 0 ? undefined : item;
    },
  };
  const warehouseOf = (id: string): number => warehouses.index.get(id) ?? -1;
  const itemAt = (ref: number): number => itemOfString[ref] ?? -1;
  const warehouseAt = (ref: number): number => warehouseOfString[ref] ?? -1;

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
  // Coverage levels by index: groups, and item coverage rows. A level's id (for profile keys)
  // is given on first use, from one counter, as an object's would be.
  const groupList = [...groups.values()];
  const groupOfString = new Int32Array(strings.length).fill(-1);
  groupList.forEach((group, g) => {
    const ref = stringIndex.get(group.id);
    if (ref !== undefined) groupOfString[ref] = g;
  });
  const groupOfItem = new Int32Array(items.ids.length).fill(-1);
  const itemColumns = dataset.items;
  for (let r = 0; r < itemColumns.length; r++) {
    const group = itemColumns.coverageGroup[r] ?? NO_REF;
    groupOfItem[itemAt(itemColumns.id[r] ?? 0)] =
      group === NO_REF ? -1 : (groupOfString[group] ?? -1);
  }
  const coverageRows = dataset.itemCoverage ?? [];
  const coverageOfItem = new Int32Array(items.ids.length).fill(-1);
  const coverageOfNode = new NodeCoverage(items.ids.length * W);
  coverageRows.forEach((row, r) => {
    const item = itemOf(row.item);
    if (row.warehouse === undefined) coverageOfItem[item] = r;
    else coverageOfNode.set(item * W + warehouseOf(row.warehouse), r);
  });
  const coverageRow = (r: number): ItemCoverage | undefined =>
    r < 0 ? undefined : coverageRows[r];
  const warehouseByIndex = new Array<Warehouse | undefined>(W);
  for (const w of dataset.warehouses) warehouseByIndex[warehouseOf(w.id)] = w;

  const manualDefaults: CoverageSettings = { coverageCode: 'manual' };
  const profiles: NodeSettings[] = [];
  const profileOfKey = keyTable(items.ids.length * W);
  // Distinct levels get small ids; a profile is keyed by the ids of its levels. Item
  // coverage rows with the same settings share an id (a company often has thousands of rows
  // and far fewer distinct settings), so their nodes share one resolved profile.
  let levelCounter = 0;
  const coverageLevelId = new Int32Array(coverageRows.length);
  const groupLevelId = new Int32Array(groupList.length);
  const levelOfContent = new Map<string, number>();
  const idOf = (ids: Int32Array, index: number, content?: () => string): number => {
    if (index < 0) return 0;
    let id = ids[index] ?? 0;
    if (id === 0) {
      const key = content?.();
      id = key === undefined ? 0 : (levelOfContent.get(key) ?? 0);
      if (id === 0) {
        id = ++levelCounter;
        if (key !== undefined) levelOfContent.set(key, id);
      }
      ids[index] = id;
    }
    return id;
  };
  const coverageId = (r: number): number =>
    idOf(coverageLevelId, r, () => settingsKey(coverageRows[r] ?? {}));
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
    const nodeRow = coverageOfNode.get(key);
    const itemRow = coverageOfItem[item] ?? -1;
    const group = groupOfItem[item] ?? -1;
    const nodeLevel = coverageRow(nodeRow);
    const itemLevel = coverageRow(itemRow);
    const groupLevel = group < 0 ? undefined : groupList[group];
    const profileKey =
      ((coverageId(nodeRow) * levelCount + coverageId(itemRow)) * levelCount +
        idOf(groupLevelId, group)) *
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

  const bom = compileBom(dataset.bomLines, itemOfString, warehouseOfString, items.ids.length);
  const routes = compileRoutes(dataset, itemIndex, calendars, items.ids.length);
  const replenish = (item: number, warehouse: number): NodeReplenishment => {
    const key = item * W + warehouse;
    const main =
      coverageRow(coverageOfNode.get(key))?.mainWarehouse ??
      coverageRow(coverageOfItem[item] ?? -1)?.mainWarehouse ??
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
  const supplyRows = dataset.supply;
  const demandRows = dataset.demand;
  const onHandRows = dataset.onHand;
  const keysOf = (rows: {
    length: number;
    item: Int32Array;
    warehouse: Int32Array;
  }): Float64Array => {
    const keys = new Float64Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      keys[r] = itemAt(rows.item[r] ?? 0) * W + warehouseAt(rows.warehouse[r] ?? 0);
    }
    return keys;
  };
  const demandKeys = keysOf(demandRows);
  const supplyKeys = keysOf(supplyRows);
  const onHandKeys = keysOf(onHandRows);
  for (const key of demandKeys) seeds.add(key);
  // An unapproved planned order of an earlier run is not read (this run replaces it), so it
  // makes no planning node either.
  for (let r = 0; r < supplyRows.length; r++) {
    if (supplyRows.type[r] !== PLANNED_ORDER || supplyRows.approved[r] === 2) {
      seeds.add(supplyKeys[r] ?? 0);
    }
  }
  for (const key of onHandKeys) seeds.add(key);
  const forecastRows = dataset.forecasts;
  const forecastModel =
    plan.forecastModel === undefined ? undefined : stringIndex.get(plan.forecastModel);
  const forecastCount = forecastModel === undefined ? 0 : forecastRows.length;
  const forecastKeys = keysOf(forecastRows);
  for (let r = 0; r < forecastCount; r++) {
    if (forecastRows.model[r] === forecastModel) seeds.add(forecastKeys[r] ?? 0);
  }
  for (const key of coverageOfNode.keys) seeds.add(key);

  const graph = buildNodeGraph(seeds, W, bom, replenish, items.ids.length * W);
  const n = graph.nodeCount;
  const codes = computeLowLevelCodes(n, graph.edgeStart, graph.edgeTarget);
  const scope = planScope(dataset, itemIndex, bom);
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
  for (let r = 0; r < forecastCount; r++) {
    if (forecastRows.model[r] !== forecastModel) continue;
    const v = graph.nodeOfKey(forecastKeys[r] ?? 0);
    const day = forecastRows.date[r] ?? 0;
    if (day <= today || (codes.level[v] ?? 0) < 0) continue;
    const beyond = day > fenceOf(v);
    if (beyond && planned(v)) beyondFence++;
    const quantity = forecastRows.quantity[r] ?? 0;
    modelForecasts.push({ row: r, node: v, day, quantity, id: forecastRows.id[r] ?? '' });
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
  const salesLines: { node: number; day: number; quantity: number }[] = [];
  for (let r = 0; modelForecasts.length > 0 && r < demandRows.length; r++) {
    if (demandRows.type[r] !== SALES) continue;
    const v = graph.nodeOfKey(demandKeys[r] ?? 0);
    const day = demandRows.date[r] ?? 0;
    // A sales line beyond the fence is not read, so it reduces nothing.
    if (day > fenceOf(v)) continue;
    salesLines.push({ node: v, day, quantity: demandRows.quantity[r] ?? 0 });
  }
  const forecastRemaining = reduceForecasts(modelForecasts, salesLines, (v) => {
    const s = profiles[nodeSettings[v] ?? 0];
    const key = s?.reductionKey === undefined ? undefined : keys.get(s.reductionKey);
    return { method: s?.forecastReduction ?? 'none', key };
  });

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
  for (let r = 0; r < demandRows.length; r++) {
    const v = graph.nodeOfKey(demandKeys[r] ?? 0);
    let day = demandRows.date[r] ?? 0;
    const quantity = demandRows.quantity[r] ?? 0;
    const id = demandRows.id[r] ?? '';
    if (day > fenceOf(v) || (codes.level[v] ?? 0) < 0 || quantity <= 0) {
      if (day > fenceOf(v) && planned(v)) beyondFence++;
      continue;
    }
    if (day < today) {
      if (planned(v)) {
        const type = DEMAND_TYPE_CODES[(demandRows.type[r] ?? 1) - 1] ?? 'sales';
        messages.push({
          severity: 'warning',
          code: 'DEMAND_PAST_DUE',
          item: strings[demandRows.item[r] ?? 0] ?? '',
          warehouse: strings[demandRows.warehouse[r] ?? 0] ?? '',
          ref: id,
          text: `${type} line '${id}' was due ${toIso(day)}; planned as due today`,
        });
      }
      day = today;
    }
    addRow(r, v, day, quantity, id);
  }
  const forecasts: ForecastRemaining[] = [];
  modelForecasts.forEach((f, k) => {
    if (plannedForecast[k] !== true) return;
    const r = f.row;
    const remaining = forecastRemaining[k] ?? 0;
    forecasts.push({
      id: f.id,
      item: strings[forecastRows.item[r] ?? 0] ?? '',
      warehouse: strings[forecastRows.warehouse[r] ?? 0] ?? '',
      date: toIso(forecastRows.date[r] ?? 0),
      quantity: forecastRows.quantity[r] ?? 0,
      remaining,
    });
    if (remaining > 0) addRow(demandCount0 + k, f.node, f.day, remaining, f.id);
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
  const demandIds = demandRows.id;
  const demandTypeOfRow = demandRows.type.map((code) => code - 1);
  const forecastIds = forecastModel === undefined ? [] : forecastRows.id;

  // Existing receipts: on-hand (summed per node, negative counted as zero), then supply.
  const onHand = new Float64Array(n);
  const hasOnHand = new Uint8Array(n);
  for (let r = 0; r < onHandRows.length; r++) {
    const v = graph.nodeOfKey(onHandKeys[r] ?? 0);
    onHand[v] = (onHand[v] ?? 0) + (onHandRows.quantity[r] ?? 0);
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
  for (let r = 0; r < supplyRows.length; r++) {
    const v = graph.nodeOfKey(supplyKeys[r] ?? 0);
    const day = supplyRows.date[r] ?? 0;
    const replaced = supplyRows.type[r] === PLANNED_ORDER && supplyRows.approved[r] !== 2;
    if (
      replaced ||
      day > fenceOf(v) ||
      (codes.level[v] ?? 0) < 0 ||
      (supplyRows.quantity[r] ?? 0) <= 0
    ) {
      if (!replaced && day > fenceOf(v) && planned(v)) beyondFence++;
      supplyNode[r] = -1;
      continue;
    }
    supplyNode[r] = v;
    supplyDay[r] = Math.max(today, day);
    supplyDateAsRead[r] = day;
    receiptStart[v + 1] = (receiptStart[v + 1] ?? 0) + 1;
  }
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
  const supplyIds = supplyRows.id;
  const supplyTypeOfRow = supplyRows.type.map((code) => code - 1);
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
    receiptDay[k] = supplyDay[r] ?? 0;
    receiptQty[k] = supplyRows.quantity[r] ?? 0;
    receiptSource[k] = ReceiptKind.Supply;
    receiptRow[k] = r;
    // An approved order needs its components (production) or its refill (transfer) when
    // the node is still replenished that way; after a change of master data it is kept as
    // plain supply rather than exploded by a type it does not have.
    const replenishment = graph.replenishment[v];
    const orderType = supplyRows.orderType[r];
    receiptExplodes[k] =
      supplyRows.type[r] === PLANNED_ORDER &&
      ((orderType === PRODUCTION_ORDER && replenishment === Replenishment.Production) ||
        (orderType === TRANSFER_ORDER && replenishment === Replenishment.Transfer))
        ? 1
        : 0;
    fill[v] = k + 1;
  }

  const sequenceBase = approvedOrderNumbers(supplyRows, strings, graph, itemAt, warehouseAt);

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

const COVERAGE_FIELDS = fieldNames('coverageSettings') as (keyof CoverageSettings)[];

/** The coverage settings a level sets, as a string: equal strings, equal settings. */
function settingsKey(level: CoverageSettings): string {
  let key = '';
  for (const field of COVERAGE_FIELDS) {
    const value = level[field];
    if (value === undefined) key += '|';
    else if (typeof value === 'number') key += Object.is(value, -0) ? '|-0' : `|${value}`;
    else if (typeof value === 'string') key += `|${JSON.stringify(value)}`;
    else key += `|${String(value)}`;
  }
  return key;
}

/** Item coverage rows of nodes (item × warehouse keys), in the order they were set. */
class NodeCoverage {
  private readonly rows: KeyTable;
  readonly keys: number[] = [];

  constructor(keyCount: number) {
    this.rows = keyTable(keyCount);
  }

  set(key: number, row: number): void {
    if (!this.rows.has(key)) this.keys.push(key);
    this.rows.set(key, row);
  }

  /** The row of a node, or -1. */
  get(key: number): number {
    return this.rows.get(key) ?? -1;
  }
}

/**
 * The items a filtered run plans: the filter's items and their components down the given
 * number of BOM levels (all by default). `undefined` when the run is not filtered.
 */
function planScope(
  dataset: DatasetColumns,
  itemIndex: { get(id: string): number | undefined },
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

/** Column codes (see dataset/columns.ts). */
const PLANNED_ORDER = SUPPLY_TYPE_CODES.indexOf('plannedOrder') + 1;
const SALES = DEMAND_TYPE_CODES.indexOf('sales') + 1;
const PRODUCTION_ORDER = PLANNED_ORDER_TYPE_CODES.indexOf('production') + 1;
const TRANSFER_ORDER = PLANNED_ORDER_TYPE_CODES.indexOf('transfer') + 1;

/**
 * Planned orders are numbered per node after the highest number an approved planned order
 * of the node (from an earlier run) already carries, so a new id never repeats a kept one.
 */
function approvedOrderNumbers(
  supplyRows: SupplyColumns,
  strings: readonly string[],
  graph: NodeGraph,
  itemAt: (ref: number) => number,
  warehouseAt: (ref: number) => number,
): Int32Array {
  const base = new Int32Array(graph.nodeCount);
  for (let r = 0; r < supplyRows.length; r++) {
    if (supplyRows.type[r] !== PLANNED_ORDER || supplyRows.approved[r] !== 2) continue;
    const id = supplyRows.id[r] ?? '';
    const itemRef = supplyRows.item[r] ?? 0;
    const warehouseRef = supplyRows.warehouse[r] ?? 0;
    const item = strings[itemRef] ?? '';
    const warehouse = strings[warehouseRef] ?? '';
    // Ids may contain '@' and '-': compare the whole prefix the node's orders would have.
    const prefix = ORDER_PREFIXES.map((p) => `${p}-${item}@${warehouse}-`).find((p) =>
      id.startsWith(p),
    );
    if (prefix === undefined) continue;
    const digits = id.slice(prefix.length);
    if (!/^\d{1,9}$/.test(digits)) continue;
    const v = graph.nodeOf(itemAt(itemRef), warehouseAt(warehouseRef));
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
