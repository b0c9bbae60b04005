/**
 * The demo company: Velo Works, a small bicycle maker, written by hand so that a planner
 * recognises every row. Five bikes built at one plant from frames, wheels and bottom
 * brackets made in-house out of bought parts (BIKE → WHEEL → HUB → BEARING: four BOM
 * levels), sold from the plant and two distribution centres refilled by transfer.
 *
 * Every date is counted from `today`, so a run on any day shows the same story: orders
 * past due, a motor shipment that arrives weeks after the e-bikes are promised, a
 * groupset shortage that makes mountain bikes late, purchase and production orders that
 * come too early, too late or are too large (action messages), forecasts reduced by sales.
 *
 * Frames and wheels are made through routes: a frame shop (two welding stations as one
 * resource group, then a powder-coating line) and a wheel line (lacing, then truing). At
 * infinite capacity their weekly orders pile onto the same days: both overload in some
 * weeks. Bikes, hubs and bottom brackets have no route and keep their lead times.
 */
import {
  isoWeekday,
  parseDay,
  toIso,
  type BomLine,
  type Calendar,
  type CoverageGroup,
  type Dataset,
  type DemandLine,
  type Forecast,
  type IsoDate,
  type Item,
  type ItemCoverage,
  type OnHand,
  type Resource,
  type ResourceGroup,
  type RouteOperation,
  type SupplyLine,
  type Warehouse,
} from '@replan/engine';

export interface DemoCompanyOptions {
  /** The plan date every other date is counted from; default: today's date (UTC). */
  today?: IsoDate;
}

/** Who the demo company is. */
export const DEMO_COMPANY_NAME = 'Velo Works';
/** The plan the demo company's data is for. */
export const DEMO_PLAN = 'VELO-MASTER';
/** The forecast model the plan plans. */
export const DEMO_FORECAST_MODEL = 'SALES-BUDGET';

const PLANT = 'PLANT';
const NORTH = 'DC-NORTH';
const SOUTH = 'DC-SOUTH';

/** Dates as offsets in days from today. */
class Days {
  constructor(private readonly today: number) {}

  at(offset: number): IsoDate {
    return toIso(this.today + offset);
  }

  /** Offset of the first Monday to Friday on or after today + offset. */
  weekdayFrom(offset: number): number {
    let o = offset;
    while (isoWeekday(this.today + o) > 5) o++;
    return o;
  }

  /** Offset of the first Saturday on or after today + offset. */
  saturdayFrom(offset: number): number {
    let o = offset;
    while (isoWeekday(this.today + o) !== 6) o++;
    return o;
  }
}

/**
 * The vendors of the bought parts and how long they take to deliver (calendar days). The
 * dataset has no vendor table: a vendor's lead time becomes the purchase lead time of the
 * items bought from it.
 */
const VENDORS = {
  ALUFORM: { name: 'Aluform (frame tubes)', leadTime: 15 },
  STAHLWERK: { name: 'Stahlwerk Nord (steel tubes)', leadTime: 10 },
  COATEX: { name: 'Coatex (powder coatings)', leadTime: 5 },
  RYDE: { name: 'Ryde Rims', leadTime: 12 },
  SPOKEWORKS: { name: 'Spokeworks', leadTime: 7 },
  NORDBEAR: { name: 'Nordic Bearings', leadTime: 10 },
  HUBTEC: { name: 'Hubtec (hub parts)', leadTime: 20 },
  RUBBERWAY: { name: 'Rubberway Tyres', leadTime: 14 },
  SHIRO: { name: 'Shiro Components (groupsets, by sea)', leadTime: 28 },
  ERGO: { name: 'Ergo Parts (saddles, grips, pedals)', leadTime: 7 },
  VOLTA: { name: 'Volta Drive (motors and batteries, by sea)', leadTime: 42 },
} as const;

type VendorId = keyof typeof VENDORS;

interface ItemSpec {
  id: string;
  name: string;
  group: string;
  /** Bought parts: who supplies them (their purchase lead time). */
  vendor?: VendorId;
  /** Further settings of the item at every warehouse. */
  coverage?: Omit<ItemCoverage, 'item' | 'warehouse'>;
}

const COVERAGE_GROUPS: CoverageGroup[] = [
  {
    id: 'BIKES',
    name: 'Finished bikes: one production order per requirement, forecasts reduced by sales',
    coverageCode: 'requirement',
    leadTimeUnit: 'workingDays',
    productionLeadTime: 3,
    transferLeadTime: 2,
    actionFence: 30,
    postponeMargin: 3,
    firmingFence: 5,
    forecastReduction: 'transactionsDynamicPeriod',
  },
  {
    id: 'ASSEMBLIES',
    name: 'Frames, wheels, hubs, bottom brackets: one production order per week',
    coverageCode: 'period',
    coveragePeriod: 7,
    leadTimeUnit: 'workingDays',
    productionLeadTime: 2,
    actionFence: 30,
    postponeMargin: 3,
    firmingFence: 3,
  },
  {
    id: 'BUY-WEEKLY',
    name: 'Bought parts: one purchase order per week of requirements',
    coverageCode: 'period',
    coveragePeriod: 7,
    negativeDays: 3,
    actionFence: 30,
    advanceMargin: 2,
    postponeMargin: 3,
    firmingFence: 5,
  },
  {
    id: 'BUY-TO-ORDER',
    name: 'Bought parts: one purchase order per requirement',
    coverageCode: 'requirement',
    actionFence: 30,
    advanceMargin: 2,
    postponeMargin: 3,
    firmingFence: 5,
  },
  {
    id: 'BUY-MINMAX',
    name: 'Bulk parts: refill to the maximum when below the minimum',
    coverageCode: 'minMax',
    actionFence: 30,
    firmingFence: 5,
  },
];

const ITEMS: ItemSpec[] = [
  // Finished bikes.
  { id: 'BIKE-CITY', name: 'City bike 28", 7-speed', group: 'BIKES' },
  { id: 'BIKE-TREK', name: 'Trekking bike 28", 24-speed', group: 'BIKES' },
  { id: 'BIKE-ECITY', name: 'E-city bike 28", mid motor', group: 'BIKES' },
  { id: 'BIKE-MTB', name: 'Mountain bike 29", 12-speed', group: 'BIKES' },
  { id: 'BIKE-KIDS', name: 'Kids bike 20", single speed', group: 'BIKES' },
  // Made in-house.
  { id: 'FRAME-CITY', name: 'City frame, aluminium, powder-coated', group: 'ASSEMBLIES' },
  { id: 'FRAME-TREK', name: 'Trekking frame, aluminium, powder-coated', group: 'ASSEMBLIES' },
  { id: 'FRAME-MTB', name: 'MTB frame 29", aluminium, powder-coated', group: 'ASSEMBLIES' },
  { id: 'FRAME-KIDS', name: 'Kids frame 20", steel, powder-coated', group: 'ASSEMBLIES' },
  { id: 'WHEEL-700C', name: '28" (700C) wheel, 36 spokes, laced and trued', group: 'ASSEMBLIES' },
  { id: 'WHEEL-29', name: '29" MTB wheel, 32 spokes, laced and trued', group: 'ASSEMBLIES' },
  { id: 'WHEEL-20', name: '20" kids wheel, 28 spokes', group: 'ASSEMBLIES' },
  { id: 'HUB-STD', name: 'Standard hub, assembled', group: 'ASSEMBLIES' },
  { id: 'BB-UNIT', name: 'Bottom bracket unit, assembled', group: 'ASSEMBLIES' },
  {
    id: 'KIT-TOUCH',
    name: 'Touch-point kit: saddle, grips, pedals (phantom)',
    group: 'ASSEMBLIES',
  },
  // Bought.
  {
    id: 'TUBESET-ALU',
    name: 'Aluminium frame tube set',
    group: 'BUY-WEEKLY',
    vendor: 'ALUFORM',
    coverage: { coveragePeriod: 14, orderMultiple: 10 },
  },
  {
    id: 'TUBESET-STEEL',
    name: 'Steel frame tube set, kids',
    group: 'BUY-WEEKLY',
    vendor: 'STAHLWERK',
    coverage: { coveragePeriod: 14 },
  },
  {
    id: 'POWDER-COAT',
    name: 'Powder coating, kg',
    group: 'BUY-MINMAX',
    vendor: 'COATEX',
    coverage: { minimumInventory: 40, maximumInventory: 120, orderMultiple: 25 },
  },
  { id: 'RIM-700C', name: '700C rim, 36 holes', group: 'BUY-WEEKLY', vendor: 'RYDE' },
  { id: 'RIM-29', name: '29" rim, 32 holes', group: 'BUY-WEEKLY', vendor: 'RYDE' },
  { id: 'RIM-20', name: '20" rim, 28 holes', group: 'BUY-WEEKLY', vendor: 'RYDE' },
  {
    id: 'SPOKE-SS',
    name: 'Stainless steel spoke',
    group: 'BUY-MINMAX',
    vendor: 'SPOKEWORKS',
    coverage: { minimumInventory: 3000, maximumInventory: 12000, orderMultiple: 1000 },
  },
  {
    id: 'BEARING-6001',
    name: 'Ball bearing 6001-2RS (hubs and bottom brackets)',
    group: 'BUY-TO-ORDER',
    vendor: 'NORDBEAR',
    coverage: { minimumInventory: 400, orderMultiple: 100 },
  },
  {
    id: 'HUB-SHELL',
    name: 'Hub shell, machined',
    group: 'BUY-TO-ORDER',
    vendor: 'HUBTEC',
    coverage: { minOrderQuantity: 100 },
  },
  { id: 'AXLE-QR', name: 'Quick-release axle', group: 'BUY-WEEKLY', vendor: 'HUBTEC' },
  { id: 'BB-SHELL', name: 'Bottom bracket shell', group: 'BUY-WEEKLY', vendor: 'HUBTEC' },
  { id: 'TIRE-700C', name: 'Tyre 700x40C, reflective', group: 'BUY-WEEKLY', vendor: 'RUBBERWAY' },
  { id: 'TIRE-29', name: 'Tyre 29x2.3, knobbly', group: 'BUY-WEEKLY', vendor: 'RUBBERWAY' },
  { id: 'TIRE-20', name: 'Tyre 20x1.75', group: 'BUY-WEEKLY', vendor: 'RUBBERWAY' },
  {
    id: 'DRIVE-7S',
    name: 'Groupset 7-speed hub gear',
    group: 'BUY-TO-ORDER',
    vendor: 'SHIRO',
    coverage: { minOrderQuantity: 20, orderMultiple: 10 },
  },
  {
    id: 'DRIVE-24S',
    name: 'Groupset 3x8 derailleur',
    group: 'BUY-TO-ORDER',
    vendor: 'SHIRO',
    coverage: { minOrderQuantity: 20, orderMultiple: 10 },
  },
  {
    id: 'DRIVE-12S',
    name: 'Groupset 1x12 MTB',
    group: 'BUY-TO-ORDER',
    vendor: 'SHIRO',
    coverage: { orderMultiple: 10 },
  },
  { id: 'CHAIN-KIDS', name: 'Chain and crank set, kids', group: 'BUY-WEEKLY', vendor: 'SHIRO' },
  { id: 'SADDLE-COMFORT', name: 'Comfort saddle', group: 'BUY-WEEKLY', vendor: 'ERGO' },
  { id: 'SADDLE-GEL', name: 'Gel comfort saddle', group: 'BUY-WEEKLY', vendor: 'ERGO' },
  { id: 'SADDLE-SPORT', name: 'Sport saddle', group: 'BUY-WEEKLY', vendor: 'ERGO' },
  { id: 'SADDLE-KIDS', name: 'Kids saddle', group: 'BUY-WEEKLY', vendor: 'ERGO' },
  {
    id: 'GRIPS',
    name: 'Ergonomic grips, pair',
    group: 'BUY-MINMAX',
    vendor: 'ERGO',
    coverage: { minimumInventory: 40, maximumInventory: 150 },
  },
  { id: 'PEDALS', name: 'Platform pedals, pair', group: 'BUY-WEEKLY', vendor: 'ERGO' },
  {
    id: 'MOTOR-KIT',
    name: 'Mid-drive motor kit 250 W',
    group: 'BUY-TO-ORDER',
    vendor: 'VOLTA',
  },
  {
    id: 'BATTERY-500',
    name: 'Battery 500 Wh, frame-integrated',
    group: 'BUY-TO-ORDER',
    vendor: 'VOLTA',
  },
];

interface BomExtra {
  phantom?: boolean;
  /** The route operation that consumes the component. */
  operation?: number;
  scrapPercent?: number;
  /** Valid from today + this many days. */
  validFromDay?: number;
  /** Valid up to today + this many days. */
  validToDay?: number;
}

/** BOM lines: [parent, component, quantity, extra fields]. */
type BomSpec = [string, string, number, BomExtra?];

/** The day the gel saddle replaces the comfort saddle in the touch-point kit. */
const GEL_SADDLE_FROM = 14;

const BOM: BomSpec[] = [
  ['BIKE-CITY', 'FRAME-CITY', 1],
  ['BIKE-CITY', 'WHEEL-700C', 2],
  ['BIKE-CITY', 'TIRE-700C', 2],
  ['BIKE-CITY', 'DRIVE-7S', 1],
  ['BIKE-CITY', 'BB-UNIT', 1],
  ['BIKE-CITY', 'KIT-TOUCH', 1, { phantom: true }],

  ['BIKE-TREK', 'FRAME-TREK', 1],
  ['BIKE-TREK', 'WHEEL-700C', 2],
  ['BIKE-TREK', 'TIRE-700C', 2],
  ['BIKE-TREK', 'DRIVE-24S', 1],
  ['BIKE-TREK', 'BB-UNIT', 1],
  ['BIKE-TREK', 'KIT-TOUCH', 1, { phantom: true }],

  ['BIKE-ECITY', 'FRAME-CITY', 1],
  ['BIKE-ECITY', 'WHEEL-700C', 2],
  ['BIKE-ECITY', 'TIRE-700C', 2],
  ['BIKE-ECITY', 'MOTOR-KIT', 1],
  ['BIKE-ECITY', 'BATTERY-500', 1],
  ['BIKE-ECITY', 'KIT-TOUCH', 1, { phantom: true }],

  ['BIKE-MTB', 'FRAME-MTB', 1],
  ['BIKE-MTB', 'WHEEL-29', 2],
  ['BIKE-MTB', 'TIRE-29', 2],
  ['BIKE-MTB', 'DRIVE-12S', 1],
  ['BIKE-MTB', 'BB-UNIT', 1],
  ['BIKE-MTB', 'SADDLE-SPORT', 1],
  ['BIKE-MTB', 'GRIPS', 1],

  ['BIKE-KIDS', 'FRAME-KIDS', 1],
  ['BIKE-KIDS', 'WHEEL-20', 2],
  ['BIKE-KIDS', 'TIRE-20', 2],
  ['BIKE-KIDS', 'CHAIN-KIDS', 1],
  ['BIKE-KIDS', 'BB-UNIT', 1],
  ['BIKE-KIDS', 'SADDLE-KIDS', 1],
  ['BIKE-KIDS', 'GRIPS', 1],

  // The gel saddle replaces the comfort saddle in the third week.
  ['KIT-TOUCH', 'SADDLE-COMFORT', 1, { validToDay: GEL_SADDLE_FROM - 1 }],
  ['KIT-TOUCH', 'SADDLE-GEL', 1, { validFromDay: GEL_SADDLE_FROM }],
  ['KIT-TOUCH', 'GRIPS', 1],
  ['KIT-TOUCH', 'PEDALS', 1],

  // Tubes are welded at operation 10, the coating used at operation 20 (the paint line).
  ['FRAME-CITY', 'TUBESET-ALU', 1, { scrapPercent: 2, operation: 10 }],
  ['FRAME-CITY', 'POWDER-COAT', 0.6, { operation: 20 }],
  ['FRAME-TREK', 'TUBESET-ALU', 1, { scrapPercent: 2, operation: 10 }],
  ['FRAME-TREK', 'POWDER-COAT', 0.6, { operation: 20 }],
  ['FRAME-MTB', 'TUBESET-ALU', 1, { scrapPercent: 3, operation: 10 }],
  ['FRAME-MTB', 'POWDER-COAT', 0.7, { operation: 20 }],
  ['FRAME-KIDS', 'TUBESET-STEEL', 1, { operation: 10 }],
  ['FRAME-KIDS', 'POWDER-COAT', 0.4, { operation: 20 }],

  ['WHEEL-700C', 'RIM-700C', 1],
  ['WHEEL-700C', 'SPOKE-SS', 36, { scrapPercent: 1 }],
  ['WHEEL-700C', 'HUB-STD', 1],
  ['WHEEL-29', 'RIM-29', 1],
  ['WHEEL-29', 'SPOKE-SS', 32, { scrapPercent: 1 }],
  ['WHEEL-29', 'HUB-STD', 1],
  ['WHEEL-20', 'RIM-20', 1],
  ['WHEEL-20', 'SPOKE-SS', 28],
  ['WHEEL-20', 'HUB-STD', 1],

  ['HUB-STD', 'HUB-SHELL', 1],
  ['HUB-STD', 'BEARING-6001', 2],
  ['HUB-STD', 'AXLE-QR', 1],
  ['BB-UNIT', 'BB-SHELL', 1],
  ['BB-UNIT', 'BEARING-6001', 2],
];

/** The frame shop and the wheel line, on the plant's calendar. */
const RESOURCES: Resource[] = [
  { id: 'WELD-1', name: 'Welding station 1', calendar: 'PLANT-WEEK', hoursPerDay: 8 },
  {
    id: 'WELD-2',
    name: 'Welding station 2 (older jig, slower; also on Saturdays)',
    calendar: 'SHOP-SATURDAYS',
    hoursPerDay: 6,
    efficiencyPercent: 80,
  },
  { id: 'PAINT-LINE', name: 'Powder-coating line', calendar: 'PLANT-WEEK', hoursPerDay: 7.5 },
  { id: 'LACING', name: 'Wheel lacing, two shifts', calendar: 'PLANT-WEEK', hoursPerDay: 16 },
  {
    id: 'TRUING',
    name: 'Wheel truing, two stands',
    calendar: 'PLANT-WEEK',
    hoursPerDay: 8,
    capacity: 2,
  },
];

const RESOURCE_GROUPS: ResourceGroup[] = [
  { id: 'WELDING', name: 'Welding stations', members: ['WELD-1', 'WELD-2'] },
];

/** Route operations: [item, operation, resource or group, fields]. */
type RouteSpec = [string, number, Omit<RouteOperation, 'id' | 'item' | 'operation'>];

/** Welding, then coating with a queue before the booth and curing after it. */
const frameRoute = (item: string, weldHours: number): RouteSpec[] => [
  [item, 10, { resourceGroup: 'WELDING', setupHours: 1, runHours: weldHours }],
  [
    item,
    20,
    {
      resource: 'PAINT-LINE',
      setupHours: 0.5,
      runHours: 0.2,
      queueHours: 2,
      transitHours: 4,
      scrapPercent: 2,
    },
  ],
];

/** Lacing a wheel, then truing it (a few are rejected at truing). */
const wheelRoute = (item: string, lacingHours: number): RouteSpec[] => [
  [item, 10, { resource: 'LACING', setupHours: 0.25, runHours: lacingHours }],
  [item, 20, { resource: 'TRUING', runHours: 0.15, scrapPercent: 1 }],
];

const ROUTES: RouteSpec[] = [
  ...frameRoute('FRAME-CITY', 0.5),
  ...frameRoute('FRAME-TREK', 0.55),
  ...frameRoute('FRAME-MTB', 0.75),
  ...frameRoute('FRAME-KIDS', 0.35),
  ...wheelRoute('WHEEL-700C', 0.4),
  ...wheelRoute('WHEEL-29', 0.45),
  ...wheelRoute('WHEEL-20', 0.3),
];

/** On hand now: [item, warehouse, quantity]. */
const ON_HAND: [string, string, number][] = [
  ['BIKE-CITY', PLANT, 6],
  ['BIKE-TREK', PLANT, 4],
  ['BIKE-MTB', PLANT, 2],
  ['BIKE-KIDS', PLANT, 10],
  ['BIKE-CITY', NORTH, 8],
  ['BIKE-TREK', NORTH, 3],
  ['BIKE-ECITY', NORTH, 1],
  ['BIKE-KIDS', NORTH, 5],
  ['BIKE-CITY', SOUTH, 2],
  ['BIKE-TREK', SOUTH, 2],
  ['BIKE-MTB', SOUTH, 1],
  ['BIKE-KIDS', SOUTH, 4],
  ['FRAME-CITY', PLANT, 12],
  ['FRAME-TREK', PLANT, 5],
  ['FRAME-MTB', PLANT, 3],
  ['FRAME-KIDS', PLANT, 20],
  ['WHEEL-700C', PLANT, 24],
  ['WHEEL-29', PLANT, 6],
  ['WHEEL-20', PLANT, 30],
  ['HUB-STD', PLANT, 40],
  ['BB-UNIT', PLANT, 25],
  ['TUBESET-ALU', PLANT, 30],
  ['TUBESET-STEEL', PLANT, 15],
  ['POWDER-COAT', PLANT, 55],
  ['RIM-700C', PLANT, 40],
  ['RIM-29', PLANT, 10],
  ['RIM-20', PLANT, 20],
  ['SPOKE-SS', PLANT, 5200],
  ['BEARING-6001', PLANT, 500],
  ['HUB-SHELL', PLANT, 120],
  ['AXLE-QR', PLANT, 250],
  ['BB-SHELL', PLANT, 150],
  ['TIRE-700C', PLANT, 120],
  ['TIRE-29', PLANT, 12],
  ['TIRE-20', PLANT, 40],
  ['DRIVE-7S', PLANT, 40],
  ['DRIVE-24S', PLANT, 20],
  ['DRIVE-12S', PLANT, 4],
  ['CHAIN-KIDS', PLANT, 25],
  ['SADDLE-COMFORT', PLANT, 30],
  ['SADDLE-SPORT', PLANT, 6],
  ['SADDLE-KIDS', PLANT, 20],
  ['GRIPS', PLANT, 60],
  ['PEDALS', PLANT, 45],
  ['MOTOR-KIT', PLANT, 3],
  ['BATTERY-500', PLANT, 12],
];

/** Sales lines: [order id, item, warehouse, day offset, quantity]. */
type SalesSpec = [string, string, string, number, number];

const SALES: SalesSpec[] = [
  // Past due: promised last week, not shipped yet.
  ['SO-24001-1', 'BIKE-CITY', NORTH, -3, 4],
  ['SO-24003-1', 'BIKE-MTB', PLANT, -1, 3],
  // This week and next.
  ['SO-24010-1', 'BIKE-CITY', NORTH, 2, 6],
  ['SO-24010-2', 'BIKE-TREK', NORTH, 2, 2],
  ['SO-24011-1', 'BIKE-KIDS', SOUTH, 3, 6],
  ['SO-24012-1', 'BIKE-MTB', PLANT, 4, 5],
  ['SO-24013-1', 'BIKE-CITY', SOUTH, 5, 3],
  ['SO-24014-1', 'BIKE-ECITY', PLANT, 9, 8],
  ['SO-24015-1', 'BIKE-TREK', SOUTH, 8, 4],
  ['SO-24016-1', 'BIKE-KIDS', NORTH, 9, 12],
  ['SO-24017-1', 'BIKE-MTB', SOUTH, 10, 4],
  ['SO-24018-1', 'WHEEL-700C', PLANT, 6, 10],
  // Weeks 3 to 10.
  ['SO-24020-1', 'BIKE-CITY', NORTH, 15, 10],
  ['SO-24020-2', 'BIKE-ECITY', NORTH, 15, 2],
  ['SO-24021-1', 'BIKE-TREK', NORTH, 16, 5],
  ['SO-24022-1', 'BIKE-MTB', PLANT, 17, 6],
  ['SO-24023-1', 'BIKE-KIDS', SOUTH, 18, 15],
  ['SO-24024-1', 'BIKE-CITY', SOUTH, 19, 7],
  ['SO-24025-1', 'WHEEL-29', PLANT, 20, 8],
  ['SO-24030-1', 'BIKE-CITY', NORTH, 23, 8],
  ['SO-24031-1', 'BIKE-ECITY', PLANT, 24, 6],
  ['SO-24032-1', 'BIKE-TREK', SOUTH, 25, 6],
  ['SO-24033-1', 'BIKE-KIDS', NORTH, 26, 10],
  ['SO-24034-1', 'BIKE-MTB', SOUTH, 29, 5],
  ['SO-24040-1', 'BIKE-CITY', SOUTH, 31, 9],
  ['SO-24041-1', 'BIKE-TREK', NORTH, 32, 7],
  ['SO-24042-1', 'BIKE-KIDS', SOUTH, 33, 20],
  ['SO-24043-1', 'BIKE-MTB', PLANT, 36, 8],
  ['SO-24044-1', 'BIKE-ECITY', NORTH, 38, 4],
  ['SO-24050-1', 'BIKE-CITY', NORTH, 40, 12],
  ['SO-24051-1', 'BIKE-TREK', SOUTH, 43, 5],
  ['SO-24052-1', 'BIKE-KIDS', NORTH, 45, 14],
  ['SO-24053-1', 'BIKE-MTB', SOUTH, 47, 6],
  ['SO-24054-1', 'WHEEL-700C', PLANT, 48, 12],
  ['SO-24060-1', 'BIKE-CITY', SOUTH, 50, 10],
  ['SO-24061-1', 'BIKE-ECITY', PLANT, 52, 10],
  ['SO-24062-1', 'BIKE-TREK', NORTH, 54, 8],
  ['SO-24063-1', 'BIKE-KIDS', SOUTH, 57, 18],
  ['SO-24064-1', 'BIKE-MTB', PLANT, 59, 7],
  ['SO-24070-1', 'BIKE-CITY', NORTH, 61, 14],
  ['SO-24071-1', 'BIKE-TREK', SOUTH, 64, 6],
  ['SO-24072-1', 'BIKE-KIDS', NORTH, 66, 12],
  ['SO-24073-1', 'BIKE-ECITY', NORTH, 68, 5],
];

/** Forecasts per week, weeks 1 to 10: [item, warehouse, quantity per week]. */
const WEEKLY_FORECASTS: [string, string, number][] = [
  ['BIKE-CITY', NORTH, 12],
  ['BIKE-CITY', SOUTH, 8],
  ['BIKE-TREK', NORTH, 6],
  ['BIKE-KIDS', SOUTH, 10],
];

function buildCalendars(days: Days): Calendar[] {
  // A maintenance day at the plant in the third week, and an extra Saturday shift in the fifth.
  const maintenance = days.weekdayFrom(18);
  const extraShift = days.saturdayFrom(30);
  return [
    {
      id: 'PLANT-WEEK',
      workingWeekdays: [1, 2, 3, 4, 5],
      exceptions: [
        { date: days.at(maintenance), open: false },
        { date: days.at(extraShift), open: true },
      ],
    },
    { id: 'DC-WEEK', workingWeekdays: [1, 2, 3, 4, 5, 6] },
    { id: 'SHOP-SATURDAYS', workingWeekdays: [1, 2, 3, 4, 5, 6] },
  ];
}

const WAREHOUSES: Warehouse[] = [
  { id: PLANT, name: 'Assembly plant and main warehouse', calendar: 'PLANT-WEEK' },
  { id: NORTH, name: 'Distribution centre North', mainWarehouse: PLANT, calendar: 'DC-WEEK' },
  { id: SOUTH, name: 'Distribution centre South', mainWarehouse: PLANT, calendar: 'DC-WEEK' },
];

function buildItemCoverage(): ItemCoverage[] {
  const rows: ItemCoverage[] = [];
  for (const spec of ITEMS) {
    const row: ItemCoverage = { item: spec.id, ...spec.coverage };
    if (spec.vendor !== undefined) row.purchaseLeadTime = VENDORS[spec.vendor].leadTime;
    if (Object.keys(row).length > 1) rows.push(row);
  }
  // Showroom stock: the South centre keeps four city bikes for walk-in customers.
  rows.push({ item: 'BIKE-CITY', warehouse: SOUTH, minimumInventory: 4 });
  return rows;
}

/** BOM line ids number each parent's lines 10, 20, 30, … as ERPs do. */
function buildBomLines(days: Days): BomLine[] {
  const counters = new Map<string, number>();
  return BOM.map(([parent, component, quantity, extra = {}]) => {
    const n = (counters.get(parent) ?? 0) + 10;
    counters.set(parent, n);
    const line: BomLine = { id: `${parent}-${n}`, parent, component, quantity };
    if (extra.phantom === true) line.phantom = true;
    if (extra.operation !== undefined) line.operation = extra.operation;
    if (extra.scrapPercent !== undefined) line.scrapPercent = extra.scrapPercent;
    if (extra.validFromDay !== undefined) line.validFrom = days.at(extra.validFromDay);
    if (extra.validToDay !== undefined) line.validTo = days.at(extra.validToDay);
    return line;
  });
}

function buildSupply(days: Days): SupplyLine[] {
  const purchase = (id: string, item: string, offset: number, quantity: number): SupplyLine => ({
    id,
    type: 'purchase',
    item,
    warehouse: PLANT,
    date: days.at(offset),
    quantity,
  });
  const production = (id: string, item: string, offset: number, quantity: number): SupplyLine => ({
    id,
    type: 'production',
    item,
    warehouse: PLANT,
    date: days.at(offset),
    quantity,
  });
  return [
    // Overdue: confirmed for two days ago, still not delivered.
    purchase('PO-30412', 'TUBESET-ALU', -2, 40),
    purchase('PO-30418', 'RIM-700C', 5, 60),
    purchase('PO-30421', 'RIM-29', 3, 40),
    purchase('PO-30425', 'SPOKE-SS', 6, 6000),
    purchase('PO-30428', 'DRIVE-7S', 12, 40),
    purchase('PO-30429', 'DRIVE-24S', 16, 30),
    // Groupsets on the water: later than the mountain bikes need them.
    purchase('PO-30430', 'DRIVE-12S', 20, 20),
    // Motor kits on the water: weeks after the first e-bikes are promised.
    purchase('PO-30433', 'MOTOR-KIT', 24, 12),
    purchase('PO-30440', 'SADDLE-KIDS', 4, 60),
    // Comfort saddles ordered before the gel saddle replaced them: mostly not needed.
    purchase('PO-30442', 'SADDLE-COMFORT', 6, 50),
    purchase('PO-30443', 'SADDLE-COMFORT', 10, 20),
    purchase('PO-30445', 'TIRE-29', 2, 50),
    purchase('PO-30450', 'BEARING-6001', 9, 400),
    purchase('PO-30452', 'HUB-SHELL', 12, 100),
    purchase('PO-30460', 'PEDALS', 3, 40),
    purchase('PO-30462', 'BATTERY-500', 40, 10),
    purchase('PO-30470', 'CHAIN-KIDS', 6, 30),
    purchase('PO-30475', 'SADDLE-SPORT', 2, 10),
    // Production orders on the shop floor.
    production('PRD-5101', 'BIKE-MTB', 3, 6),
    production('PRD-5102', 'BIKE-KIDS', 4, 20),
    production('PRD-5103', 'WHEEL-700C', 1, 20),
    production('PRD-5104', 'FRAME-TREK', 6, 10),
    // City bikes on the truck to the North centre.
    {
      id: 'TRF-7001',
      type: 'transfer',
      item: 'BIKE-CITY',
      warehouse: NORTH,
      fromWarehouse: PLANT,
      date: days.at(1),
      quantity: 6,
    },
    // Trekking bikes for the South centre, not shipped yet (the issue is below).
    {
      id: 'TRF-7002',
      type: 'transfer',
      item: 'BIKE-TREK',
      warehouse: SOUTH,
      fromWarehouse: PLANT,
      date: days.at(2),
      quantity: 4,
    },
  ];
}

function buildDemand(days: Days): DemandLine[] {
  const demand: DemandLine[] = SALES.map(([id, item, warehouse, offset, quantity]) => ({
    id,
    type: 'sales',
    item,
    warehouse,
    date: days.at(offset),
    quantity,
  }));
  const component = (id: string, item: string, offset: number, quantity: number): DemandLine => ({
    id,
    type: 'productionComponent',
    item,
    warehouse: PLANT,
    date: days.at(offset),
    quantity,
  });
  demand.push(
    // PRD-5101 (6 mountain bikes): the groupsets are not issued yet.
    component('PRD-5101-40', 'DRIVE-12S', 1, 6),
    // PRD-5104 (10 trekking frames): tubes and coating still to be issued.
    component('PRD-5104-10', 'TUBESET-ALU', 4, 10),
    component('PRD-5104-20', 'POWDER-COAT', 4, 6),
    {
      id: 'TRF-7002-ISSUE',
      type: 'transferIssue',
      item: 'BIKE-TREK',
      warehouse: PLANT,
      date: days.at(0),
      quantity: 4,
    },
  );
  return demand;
}

function buildForecasts(days: Days): Forecast[] {
  const forecasts: Forecast[] = [];
  for (const [item, warehouse, quantity] of WEEKLY_FORECASTS) {
    for (let week = 1; week <= 10; week++) {
      forecasts.push({
        id: `FC-${item}@${warehouse}-W${String(week).padStart(2, '0')}`,
        model: DEMO_FORECAST_MODEL,
        item,
        warehouse,
        date: days.at(7 * week),
        quantity,
      });
    }
  }
  return forecasts;
}

function todayUtc(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The demo company's dataset, with every date counted from `options.today` (default:
 * today's UTC date). Valid: `validateDataset` finds no errors in it.
 */
export function demoCompany(options: DemoCompanyOptions = {}): Dataset {
  const today = options.today ?? todayUtc();
  const day = parseDay(today);
  if (day === undefined) {
    throw new RangeError(`demoCompany: option 'today' must be a YYYY-MM-DD date, got '${today}'`);
  }
  const days = new Days(day);
  const items: Item[] = ITEMS.map(({ id, name, group }) => ({ id, name, coverageGroup: group }));
  const onHand: OnHand[] = ON_HAND.map(([item, warehouse, quantity]) => ({
    item,
    warehouse,
    quantity,
  }));
  return {
    formatVersion: 1,
    plan: { id: DEMO_PLAN, planDate: today, forecastModel: DEMO_FORECAST_MODEL },
    calendars: buildCalendars(days),
    warehouses: WAREHOUSES.map((w) => ({ ...w })),
    coverageGroups: COVERAGE_GROUPS.map((g) => ({ ...g })),
    items,
    itemCoverage: buildItemCoverage(),
    bomLines: buildBomLines(days),
    resources: RESOURCES.map((r) => ({ ...r })),
    resourceGroups: RESOURCE_GROUPS.map((g) => ({ ...g, members: [...g.members] })),
    routeOperations: ROUTES.map(([item, operation, fields]) => ({
      id: `${item}-OP${operation}`,
      item,
      operation,
      ...fields,
    })),
    onHand,
    supply: buildSupply(days),
    demand: buildDemand(days),
    forecasts: buildForecasts(days),
  };
}

/** The vendors of the demo company's bought parts, for people reading about the demo. */
export function demoVendors(): { id: string; name: string; leadTime: number; items: string[] }[] {
  return Object.entries(VENDORS).map(([id, vendor]) => ({
    id,
    name: vendor.name,
    leadTime: vendor.leadTime,
    items: ITEMS.filter((item) => item.vendor === id).map((item) => item.id),
  }));
}
