import {
  parseDay,
  planDataset,
  toIso,
  validateDataset,
  type Dataset,
  type PlanResult,
} from '@replan/engine';
import { DEMO_PLAN, demoCompany, demoVendors } from './index';

// Monday. Every date below is worked out from it.
const TODAY = '2026-03-02';

function shift(iso: string, days: number): string {
  const day = parseDay(iso);
  if (day === undefined) throw new Error(`bad date ${iso}`);
  return toIso(day + days);
}

/** Longest chain of BOM lines below any item. */
function bomDepth(dataset: Dataset): number {
  const components = new Map<string, string[]>();
  for (const line of dataset.bomLines ?? []) {
    components.set(line.parent, [...(components.get(line.parent) ?? []), line.component]);
  }
  const below = (item: string): number =>
    Math.max(0, ...(components.get(item) ?? []).map((c) => 1 + below(c)));
  return Math.max(...dataset.items.map((item) => below(item.id)));
}

/** Overloaded weeks per resource. */
function messagesByResource(result: PlanResult): Map<string, number> {
  const weeks = new Map<string, number>();
  for (const m of result.messages) {
    if (m.code === 'CAPACITY_OVERLOAD') weeks.set(m.ref ?? '', (weeks.get(m.ref ?? '') ?? 0) + 1);
  }
  return weeks;
}

describe('demoCompany', () => {
  const dataset = demoCompany({ today: TODAY });
  let result: PlanResult;
  beforeAll(() => {
    result = planDataset(dataset);
  });

  it('is a valid dataset, without errors or warnings', () => {
    const validation = validateDataset(dataset);
    expect(validation.ok ? [] : validation.errors).toEqual([]);
    expect(validation.warnings).toEqual([]);
  });

  it('is a small bicycle maker: five bikes, four BOM levels, three warehouses', () => {
    expect(dataset.plan).toMatchObject({ id: DEMO_PLAN, planDate: TODAY });
    const bikes = dataset.items.filter((item) => item.id.startsWith('BIKE-')).map((i) => i.id);
    expect(bikes).toEqual(['BIKE-CITY', 'BIKE-TREK', 'BIKE-ECITY', 'BIKE-MTB', 'BIKE-KIDS']);
    // BIKE → WHEEL → HUB-STD → BEARING-6001: three lines, four levels.
    expect(bomDepth(dataset)).toBe(3);
    expect(dataset.warehouses.map((w) => w.id)).toEqual(['PLANT', 'DC-NORTH', 'DC-SOUTH']);
    const codes = new Set(dataset.coverageGroups?.map((g) => g.coverageCode));
    expect([...codes].sort()).toEqual(['minMax', 'period', 'requirement']);
    // Safety stock on bearings and on the South centre's showroom city bikes.
    const safety = dataset.itemCoverage?.filter(
      (row) => row.minimumInventory !== undefined && row.maximumInventory === undefined,
    );
    expect(safety?.map((row) => `${row.item}@${row.warehouse ?? '*'}`)).toEqual([
      'BEARING-6001@*',
      'BIKE-CITY@DC-SOUTH',
    ]);
    // Every bought part has a vendor, whose lead time is the part's purchase lead time.
    const motor = demoVendors().find((v) => v.items.includes('MOTOR-KIT'));
    expect(motor?.leadTime).toBe(42);
    expect(dataset.itemCoverage?.find((row) => row.item === 'MOTOR-KIT')?.purchaseLeadTime).toBe(
      42,
    );
  });

  it('counts every date from today', () => {
    const later = demoCompany({ today: shift(TODAY, 7) });
    expect(later.plan.planDate).toBe('2026-03-09');
    expect(later.demand?.map((d) => d.date)).toEqual(dataset.demand?.map((d) => shift(d.date, 7)));
    expect(later.supply?.map((s) => s.date)).toEqual(dataset.supply?.map((s) => shift(s.date, 7)));
  });

  it('names the option when today is not a date', () => {
    expect(() => demoCompany({ today: '2026-02-30' })).toThrow(/'today'.*'2026-02-30'/);
  });

  it('shares the 700C wheel between the city, trekking and e-city bikes', () => {
    // WHEEL-700C is on the BOMs of BIKE-CITY, BIKE-TREK and BIKE-ECITY (2 each). All three
    // have more demand than stock at the plant, so each gets planned production orders, and
    // each of those orders needs wheels: the wheel's requirements come from three parents.
    const parents = new Set(
      result.pegging
        .filter((p) => p.item === 'WHEEL-700C' && p.issueKind === 'plannedComponent')
        .map((p) => /^PRD-([A-Z-]+)@/.exec(p.issueOrderId ?? '')?.[1]),
    );
    expect([...parents].sort()).toEqual(['BIKE-CITY', 'BIKE-ECITY', 'BIKE-TREK']);
    // The first e-city order of 8 bikes needs 8 × 2 = 16 wheels, all of them covered.
    const forFirstEcity = result.pegging
      .filter((p) => p.item === 'WHEEL-700C' && p.issueOrderId === 'PRD-BIKE-ECITY@PLANT-1')
      .reduce((sum, p) => sum + p.quantity, 0);
    expect(forFirstEcity).toBe(16);
  });

  it('plans a production order for the first e-city bikes, and the motor kits make them late', () => {
    // SO-24014-1: 8 BIKE-ECITY at PLANT on today + 9 = Wednesday 2026-03-11. There is no
    // e-city bike at the plant, so (requirement coverage) one production order of 8 is due
    // 2026-03-11. Production lead time 3 working days of PLANT-WEEK (Monday to Friday; the
    // maintenance day is 2026-03-20, later): back from Wednesday 11 over Tuesday 10, Monday 9
    // and Friday 6, it starts Friday 2026-03-06. Its order date is within today + firming
    // fence 5 = 2026-03-07, so it is to be firmed.
    const order = result.plannedOrders.find((o) => o.id === 'PRD-BIKE-ECITY@PLANT-1');
    expect(order).toMatchObject({
      type: 'production',
      item: 'BIKE-ECITY',
      warehouse: 'PLANT',
      quantity: 8,
      startDate: '2026-03-06',
      receiptDate: '2026-03-11',
      delayDays: 0,
      toFirm: true,
    });
    // It needs 8 MOTOR-KIT on its start, 2026-03-06, the first motor requirement of the plan.
    // 3 are on hand; the other 5 come from PO-30433 (12 kits on 2026-03-26): with negative
    // days 0 a receipt may still cover a requirement when it is no later than today + lead
    // time (42 days, 2026-04-13), and a new order could not come sooner.
    const motors = result.pegging
      .filter((p) => p.item === 'MOTOR-KIT' && p.issueOrderId === 'PRD-BIKE-ECITY@PLANT-1')
      .map((p) => [p.receiptId, p.quantity]);
    expect(motors).toEqual([
      ['MOTOR-KIT@PLANT', 3],
      ['PO-30433', 5],
    ]);
    // So PO-30433 should come 20 days earlier: advance it to the requirement date.
    expect(result.actions).toContainEqual(
      expect.objectContaining({ kind: 'advance', supplyId: 'PO-30433', newDate: '2026-03-06' }),
    );
    // The kits arrive 2026-03-26, 20 days after the order starts; every other component of
    // the order is on hand or at most a few days late, so the order finishes 20 days after
    // 2026-03-11, and the sales line can ship 2026-03-31: 20 days late.
    expect(result.delays).toContainEqual({
      demandId: 'SO-24014-1',
      demandType: 'sales',
      item: 'BIKE-ECITY',
      warehouse: 'PLANT',
      requirementDate: '2026-03-11',
      futuresDate: '2026-03-31',
      delayDays: 20,
    });
  });

  it('makes frames and wheels through routes; the frame shop and wheel line overload in some weeks', () => {
    // PRD-FRAME-MTB@PLANT-1: 6 frames due Monday 2026-03-16. Op 20 (PAINT-LINE, 7.5 hours a
    // day): 2 % scrap, so 6 / 0.98 = 6.122449 frames enter it; 0.5 + 0.2 × 6.122449 =
    // 1.72449 hours after 2 hours of queue and before 4 hours of curing: curing Mon 3.5–7.5,
    // coating Mon 1.78–3.5, queue Mon 0–1.78 and Fri 03-13 7.28–7.5. Op 10 (WELDING) ends by
    // Fri 7.28: 1 + 0.75 × 6.122449 = 5.591837 standard hours; WELD-1 would start Fri 1.68,
    // WELD-2 (6 hours a day, 80 %: 6.99 hours) on Thursday, so WELD-1 takes it, and the
    // order starts Friday 2026-03-13. The tubes are used there (6.122449 × 1.03 = 6.306122),
    // the powder at op 20, also on Friday (0.7 × 6.122449 = 4.285714).
    expect(result.plannedOrders.find((o) => o.id === 'PRD-FRAME-MTB@PLANT-1')).toMatchObject({
      quantity: 6,
      startDate: '2026-03-13',
      deliveryDate: '2026-03-16',
    });
    expect(
      result.capacityReservations
        .filter((r) => r.orderId === 'PRD-FRAME-MTB@PLANT-1')
        .map((r) => [r.resource, r.date, r.hours]),
    ).toEqual([
      ['PAINT-LINE', '2026-03-16', 1.72449],
      ['WELD-1', '2026-03-13', 5.591837],
    ]);
    const used = (line: string): number | undefined =>
      result.pegging.find((p) => p.issueId === `PRD-FRAME-MTB@PLANT-1/${line}`)?.quantity;
    expect(used('FRAME-MTB-10')).toBe(6.306122);
    expect(used('FRAME-MTB-20')).toBe(4.285714);
    // Only frames and wheels load resources; bikes, hubs and bottom brackets keep lead times.
    const loaded = new Set(result.capacityReservations.map((r) => r.item.replace(/-.*/, '')));
    expect([...loaded].sort()).toEqual(['FRAME', 'WHEEL']);
    // Overloads in the frame shop (welding, coating) and on the wheel line, not every week.
    const overloaded = messagesByResource(result);
    for (const resource of ['WELD-1', 'PAINT-LINE', 'LACING']) {
      const weeks = overloaded.get(resource) ?? 0;
      expect(weeks).toBeGreaterThan(0);
      expect(weeks).toBeLessThan(8);
    }
  });

  it('reduces the forecasts by the sales of their week', () => {
    // BIKE-CITY at DC-NORTH: forecast 12 a week on Mondays, reduced by transactions in a
    // dynamic period. The week-2 line (2026-03-16) spans up to the next forecast, 2026-03-23;
    // SO-24020-1 (10 on 2026-03-17) falls in it: 12 − 10 = 2 left. Week 1 (2026-03-09 to
    // 2026-03-15) has no sales line at DC-NORTH: all 12 are left.
    const remaining = (id: string): number | undefined =>
      result.forecasts.find((f) => f.id === id)?.remaining;
    expect(remaining('FC-BIKE-CITY@DC-NORTH-W01')).toBe(12);
    expect(remaining('FC-BIKE-CITY@DC-NORTH-W02')).toBe(2);
  });

  it('shows late lines and action messages, and no errors, whatever the day', () => {
    for (let offset = 0; offset < 7; offset++) {
      const today = shift(TODAY, offset);
      const plan = planDataset(demoCompany({ today }));
      expect(plan.messages.filter((m) => m.severity === 'error')).toEqual([]);
      expect(plan.delays.some((d) => d.demandType === 'sales')).toBe(true);
      const kinds = new Set(plan.actions.map((a) => a.kind));
      expect(kinds.size).toBeGreaterThanOrEqual(3);
      expect(plan.plannedOrders.some((o) => o.type === 'transfer')).toBe(true);
      // The frame shop and the wheel line each overload in some weeks, never in all ten.
      const weeks = messagesByResource(plan);
      const frameShop = (weeks.get('WELD-1') ?? 0) + (weeks.get('WELD-2') ?? 0);
      expect(frameShop).toBeGreaterThan(0);
      expect(weeks.get('WELD-1') ?? 0).toBeLessThan(10);
      expect(weeks.get('LACING') ?? 0).toBeGreaterThan(0);
      expect(weeks.get('LACING') ?? 0).toBeLessThan(10);
    }
  });
});
