/**
 * Seeded small datasets for differential fuzzing and invariants: 5–40 items with BOMs up to
 * four levels deep, up to three warehouses with refill chains, all four coverage codes, safety
 * stock, order modifiers, negative and positive days, margins, calendars with exceptions and
 * working-day lead times, scrap, per series, offsets, validity, phantoms, approved planned
 * orders, forecasts with every reduction, filters, action and firming fences, and now and then
 * a cycle or an odd but valid value. The same seed always gives the same dataset, and every
 * dataset passes validateDataset.
 */
import type {
  BomLine,
  Calendar,
  CoverageCode,
  CoverageGroup,
  CoverageSettings,
  Dataset,
  DemandLine,
  Forecast,
  ItemCoverage,
  OnHand,
  PlanFilter,
  ReductionKey,
  SupplyLine,
  Warehouse,
} from '../model/dataset';
import { dayOf, isoOf } from './days';
import { Rng } from './random';

const PLAN_DATES = ['2026-03-02', '2027-01-04', '2026-11-30'];

export function generateDataset(seed: number): Dataset {
  return new Generator(seed).dataset();
}

class Generator {
  private readonly rng: Rng;
  private readonly today: number;
  private readonly warehouses: Warehouse[] = [];
  private readonly calendars: Calendar[] = [];
  private readonly items: string[] = [];
  private readonly depth = new Map<string, number>();
  private readonly bomLines: BomLine[] = [];
  private readonly reductionKeys: ReductionKey[] = [];

  constructor(private readonly seed: number) {
    this.rng = new Rng(seed * 2654435761);
    const rng = this.rng;
    const planDate = rng.chance(0.7)
      ? rng.pick(PLAN_DATES)
      : isoOf(dayOf('2026-01-01') + rng.int(0, 700));
    this.today = dayOf(planDate);
  }

  private date(offset: number): string {
    return isoOf(this.today + offset);
  }

  dataset(): Dataset {
    const rng = this.rng;
    this.makeCalendars();
    this.makeWarehouses();
    this.makeItems();
    this.makeBoms();
    if (rng.chance(0.35)) {
      this.reductionKeys.push({
        id: 'RK1',
        periods: Array.from({ length: rng.int(1, 3) }, (_, i) => ({
          from: this.date(i * rng.int(10, 40) - rng.int(0, 10) + i),
          percent: rng.int(0, 10) * 10,
        })).filter((p, i, all) => all.findIndex((q) => q.from === p.from) === i),
      });
    }
    const groups = this.makeGroups();
    const ds: Dataset = {
      formatVersion: 1,
      plan: { id: `FUZZ-${this.seed}`, planDate: isoOf(this.today) },
      items: this.items.map((id) => {
        const group = groups.length > 0 && rng.chance(0.5) ? rng.pick(groups).id : undefined;
        return group === undefined ? { id } : { id, coverageGroup: group };
      }),
      coverageGroups: groups,
      itemCoverage: this.makeItemCoverage(),
      warehouses: this.warehouses,
      calendars: this.calendars,
      bomLines: this.bomLines,
      onHand: this.makeOnHand(),
      supply: this.makeSupply(),
      demand: this.makeDemand(),
      reductionKeys: this.reductionKeys,
    };
    this.makePlanSettings(ds);
    if (ds.plan.forecastModel !== undefined || rng.chance(0.1)) ds.forecasts = this.makeForecasts();
    if (rng.chance(0.08)) ds.filter = this.makeFilter();
    return ds;
  }

  // ---------------------------------------------------------------------------------------

  private makeCalendars(): void {
    const rng = this.rng;
    if (rng.chance(0.45)) {
      const exceptions: { date: string; open: boolean }[] = [];
      for (let i = rng.int(0, 3); i > 0; i -= 1) {
        exceptions.push({ date: this.date(rng.int(0, 60)), open: rng.chance(0.3) });
      }
      const unique = exceptions.filter(
        (e, i) => exceptions.findIndex((x) => x.date === e.date) === i,
      );
      this.calendars.push({ id: 'CAL5', workingWeekdays: [1, 2, 3, 4, 5], exceptions: unique });
    }
    if (rng.chance(0.15)) this.calendars.push({ id: 'CAL6', workingWeekdays: [1, 2, 3, 4, 5, 6] });
    if (rng.chance(0.04)) this.calendars.push({ id: 'NONE', workingWeekdays: [] });
  }

  private calendarId(): string | undefined {
    return this.calendars.length > 0 ? this.rng.pick(this.calendars).id : undefined;
  }

  private makeWarehouses(): void {
    const rng = this.rng;
    const count = rng.weighted([
      [1, 3],
      [2, 4],
      [3, 3],
    ] as const);
    const ids = ['MAIN', 'W2', 'W3'].slice(0, count);
    for (const id of ids) {
      const w: Warehouse = { id };
      if (rng.chance(0.3)) {
        const cal = this.calendarId();
        if (cal !== undefined) w.calendar = cal;
      }
      this.warehouses.push(w);
    }
    const [, w2, w3] = this.warehouses;
    if (w2 !== undefined && rng.chance(0.65)) w2.mainWarehouse = 'MAIN';
    if (w3 !== undefined && rng.chance(0.65)) w3.mainWarehouse = rng.pick(['MAIN', 'W2']);
    if (w2 !== undefined && w3 !== undefined && rng.chance(0.03)) {
      w2.mainWarehouse = 'W3';
      w3.mainWarehouse = 'W2';
    }
    if (w3 !== undefined && rng.chance(0.03)) w3.manual = true;
  }

  private makeItems(): void {
    const rng = this.rng;
    const r = rng.next();
    const count = 5 + Math.floor(r * r * 36);
    for (let i = 1; i <= count; i += 1) {
      const id = `I${String(i).padStart(2, '0')}`;
      this.items.push(id);
      this.depth.set(id, Math.min(4, Math.floor((i - 1) / Math.max(1, count / 5))));
    }
  }

  private makeBoms(): void {
    const rng = this.rng;
    let n = 0;
    const lineId = () => `L${String((n += 1)).padStart(3, '0')}`;
    for (const parent of this.items) {
      const d = this.depth.get(parent) ?? 0;
      const deeper = this.items.filter((i) => (this.depth.get(i) ?? 0) > d);
      if (deeper.length === 0 || !rng.chance(0.55)) continue;
      const components = rng.shuffle(deeper).slice(0, rng.int(1, 3));
      for (const component of components) {
        const line: BomLine = {
          id: lineId(),
          parent,
          component,
          quantity: rng.chance(0.05) ? 0.5 : rng.int(1, 3),
        };
        if (rng.chance(0.1)) line.perSeries = rng.pick([2, 4, 10]);
        if (rng.chance(0.1)) line.scrapPercent = rng.pick([10, 25, 50]);
        if (rng.chance(0.08)) line.constantScrap = rng.pick([1, 2]);
        if (rng.chance(0.12)) {
          if (rng.chance(0.5)) line.validFrom = this.date(rng.int(-5, 40));
          else line.validTo = this.date(rng.int(-5, 40));
        }
        if (rng.chance(0.15)) line.offsetDays = rng.int(1, 3);
        if (rng.chance(0.07) && this.warehouses.length > 1) {
          line.warehouse = rng.pick(this.warehouses).id;
        }
        this.bomLines.push(line);
      }
    }
    // Phantoms: mostly to items that have BOM lines of their own, now and then to a leaf.
    const parents = new Set(this.bomLines.map((l) => l.parent));
    for (const line of this.bomLines) {
      if (parents.has(line.component) ? rng.chance(0.12) : rng.chance(0.01)) line.phantom = true;
    }
    // Now and then a cycle: a line from a deep item back up to an item above it.
    if (rng.chance(0.05)) {
      const parent = rng.pick(this.items.filter((i) => (this.depth.get(i) ?? 0) > 0));
      const ancestors = this.bomLines.filter((l) => l.component === parent).map((l) => l.parent);
      if (ancestors.length > 0) {
        this.bomLines.push({ id: lineId(), parent, component: rng.pick(ancestors), quantity: 1 });
      }
    }
    // … and a loop of phantom lines.
    if (rng.chance(0.02)) {
      const withLines = [...parents];
      if (withLines.length >= 2) {
        const [a, b] = rng.shuffle(withLines);
        if (a !== undefined && b !== undefined) {
          this.bomLines.push({ id: lineId(), parent: a, component: b, quantity: 1, phantom: true });
          this.bomLines.push({ id: lineId(), parent: b, component: a, quantity: 1, phantom: true });
        }
      }
    }
  }

  // ---------------------------------------------------------------------------------------

  /** A random subset of coverage settings that validates on one row. */
  private settings(density: number): CoverageSettings {
    const rng = this.rng;
    const s: CoverageSettings = {};
    const maybe = (p: number) => rng.chance(p * density);
    if (maybe(0.8)) {
      s.coverageCode = rng.weighted<CoverageCode>([
        ['requirement', 4],
        ['period', 2],
        ['minMax', 1.5],
        ['manual', 0.6],
      ]);
    }
    if (maybe(0.3) || s.coverageCode === 'period') s.coveragePeriod = rng.int(0, 14);
    if (maybe(0.15)) s.coverageTimeFence = rng.int(15, 100);
    if (maybe(0.35)) s.negativeDays = rng.int(0, 5);
    if (maybe(0.1)) s.positiveDays = rng.int(0, 10);
    if (maybe(0.08)) s.dynamicPositiveDays = rng.chance(0.7);
    if (maybe(0.2) || s.coverageCode === 'minMax') s.minimumInventory = rng.int(0, 15);
    if (s.coverageCode === 'minMax' && rng.chance(0.9)) {
      s.maximumInventory = (s.minimumInventory ?? 0) + rng.int(0, 20);
    }
    if (maybe(0.04)) s.orderType = rng.pick(['purchase', 'production'] as const);
    if (maybe(0.5)) s.purchaseLeadTime = rng.int(0, 10);
    if (maybe(0.4)) s.productionLeadTime = rng.int(0, 5);
    if (maybe(0.3)) s.transferLeadTime = rng.int(0, 3);
    if (maybe(0.2)) s.leadTimeUnit = rng.chance(0.8) ? 'workingDays' : 'calendarDays';
    if (maybe(0.15)) s.orderMultiple = rng.chance(0.1) ? 0.5 : rng.pick([2, 5, 10, 12]);
    if (maybe(0.12)) {
      s.maxOrderQuantity = rng.chance(0.15) ? 0 : rng.int(10, 60);
    }
    if (maybe(0.15) && s.maxOrderQuantity !== 0) {
      s.minOrderQuantity = Math.min(rng.int(5, 30), s.maxOrderQuantity ?? Infinity);
    }
    if (maybe(0.08)) {
      const cal = this.calendarId();
      if (cal !== undefined) s.calendar = cal;
    }
    if (maybe(0.1)) s.issueMargin = rng.int(0, 2);
    if (maybe(0.1)) s.receiptMargin = rng.int(0, 2);
    if (maybe(0.1)) s.reorderMargin = rng.int(0, 2);
    if (maybe(0.3)) s.actionFence = rng.chance(0.1) ? 0 : rng.int(10, 60);
    if (maybe(0.2)) s.advanceMargin = rng.int(0, 5);
    if (maybe(0.2)) s.postponeMargin = rng.int(0, 5);
    if (maybe(0.2)) s.firmingFence = rng.int(0, 15);
    if (maybe(0.3)) {
      s.forecastReduction = rng.pick([
        'none',
        'transactionsDynamicPeriod',
        'percentReductionKey',
      ] as const);
      if (s.forecastReduction === 'percentReductionKey' && this.reductionKeys.length > 0) {
        s.reductionKey = 'RK1';
      }
    }
    return s;
  }

  private makeGroups(): CoverageGroup[] {
    const count = this.rng.int(0, 3);
    return Array.from({ length: count }, (_, i) => ({ id: `G${i + 1}`, ...this.settings(1) }));
  }

  private makeItemCoverage(): ItemCoverage[] {
    const rng = this.rng;
    const rows: ItemCoverage[] = [];
    for (const item of this.items) {
      if (rng.chance(0.7)) rows.push({ item, ...this.settings(1) });
      for (const w of this.warehouses) {
        if (!rng.chance(0.12)) continue;
        const row: ItemCoverage = { item, warehouse: w.id, ...this.settings(0.6) };
        if (rng.chance(0.15)) {
          const other = this.warehouses.filter((x) => x.id !== w.id);
          if (other.length > 0) row.mainWarehouse = rng.pick(other).id;
        }
        rows.push(row);
      }
    }
    return rows;
  }

  private makePlanSettings(ds: Dataset): void {
    const rng = this.rng;
    const plan = ds.plan;
    if (rng.chance(0.3)) plan.defaults = this.settings(0.7);
    if (rng.chance(0.08)) plan.coverageTimeFence = rng.int(20, 60);
    if (rng.chance(0.1)) plan.negativeDays = rng.int(0, 4);
    if (rng.chance(0.08)) plan.issueMargin = rng.int(0, 2);
    if (rng.chance(0.08)) plan.receiptMargin = rng.int(0, 2);
    if (rng.chance(0.08)) plan.reorderMargin = rng.int(0, 2);
    if (rng.chance(0.4)) plan.forecastModel = 'FM';
  }

  // ---------------------------------------------------------------------------------------

  private node(): { item: string; warehouse: string } {
    return { item: this.rng.pick(this.items), warehouse: this.rng.pick(this.warehouses).id };
  }

  private quantity(lo: number, hi: number): number {
    return this.rng.chance(0.05) ? this.rng.int(lo * 2, hi * 2) / 2 + 0.25 : this.rng.int(lo, hi);
  }

  private makeOnHand(): OnHand[] {
    const rng = this.rng;
    const rows: OnHand[] = [];
    for (const item of this.items) {
      for (const w of this.warehouses) {
        if (!rng.chance(w.id === 'MAIN' ? 0.45 : 0.25)) continue;
        rows.push({
          item,
          warehouse: w.id,
          quantity: rng.chance(0.05) ? -rng.int(1, 5) : rng.int(0, 40),
        });
        if (rng.chance(0.03)) rows.push({ item, warehouse: w.id, quantity: rng.int(1, 10) });
      }
    }
    return rows;
  }

  private makeSupply(): SupplyLine[] {
    const rng = this.rng;
    const lines: SupplyLine[] = [];
    const count = rng.int(0, 12);
    const numbers = new Map<string, number>();
    for (let i = 1; i <= count; i += 1) {
      const { item, warehouse } = this.node();
      const type = rng.weighted([
        ['purchase', 6],
        ['production', 1.5],
        ['transfer', 1],
        ['plannedOrder', 2],
      ] as const);
      const line: SupplyLine = {
        id: `S${String(i).padStart(2, '0')}`,
        type,
        item,
        warehouse,
        date: this.date(rng.int(-6, 70)),
        quantity: this.quantity(1, 40),
      };
      const refill = this.warehouses.find((w) => w.id === warehouse)?.mainWarehouse;
      if (type === 'transfer' && refill !== undefined) line.fromWarehouse = refill;
      if (type === 'plannedOrder') {
        const hasBom = this.bomLines.some((l) => l.parent === item);
        const natural = refill !== undefined ? 'transfer' : hasBom ? 'production' : 'purchase';
        line.orderType = rng.chance(0.85)
          ? natural
          : rng.pick(['purchase', 'production', 'transfer'] as const);
        if (line.orderType === 'transfer' && refill !== undefined) line.fromWarehouse = refill;
        line.approved = rng.chance(0.75);
        if (rng.chance(0.8)) {
          const prefix = { purchase: 'PUR', production: 'PRD', transfer: 'TRF' }[line.orderType];
          const key = `${item}@${warehouse}`;
          const n = (numbers.get(key) ?? 0) + rng.int(1, 3);
          numbers.set(key, n);
          line.id = `${prefix}-${key}-${n}`;
        }
        if (rng.chance(0.1)) delete line.orderType;
      }
      lines.push(line);
    }
    return lines;
  }

  private makeDemand(): DemandLine[] {
    const rng = this.rng;
    const lines: DemandLine[] = [];
    const count = rng.int(3, 25);
    const top = this.items.filter((i) => (this.depth.get(i) ?? 0) <= 1);
    for (let i = 1; i <= count; i += 1) {
      const type = rng.weighted([
        ['sales', 8],
        ['productionComponent', 1],
        ['transferIssue', 1],
      ] as const);
      const item = type === 'sales' && rng.chance(0.7) ? rng.pick(top) : rng.pick(this.items);
      lines.push({
        id: `D${String(i).padStart(2, '0')}`,
        type,
        item,
        warehouse: rng.pick(this.warehouses).id,
        date: this.date(rng.chance(0.1) ? rng.int(-6, -1) : rng.int(0, 110)),
        quantity: this.quantity(1, 30),
      });
    }
    return lines;
  }

  private makeForecasts(): Forecast[] {
    const rng = this.rng;
    const lines: Forecast[] = [];
    const count = rng.int(0, 8);
    const top = this.items.filter((i) => (this.depth.get(i) ?? 0) <= 1);
    for (let i = 1; i <= count; i += 1) {
      lines.push({
        id: `F${String(i).padStart(2, '0')}`,
        model: rng.chance(0.85) ? 'FM' : 'OTHER',
        item: rng.pick(top),
        warehouse: rng.pick(this.warehouses).id,
        date: this.date(rng.int(-3, 100)),
        quantity: this.quantity(5, 60),
      });
    }
    return lines;
  }

  private makeFilter(): PlanFilter {
    const rng = this.rng;
    const items = rng.shuffle(this.items).slice(0, rng.int(1, 3));
    if (!rng.chance(0.5)) return { items };
    return { items, bomLevels: rng.chance(0.3) ? 'all' : rng.int(0, 2) };
  }
}
