/**
 * Where the docs are silent or ambiguous, the oracle makes a choice: a reading. Each one is
 * named here with the reading the oracle proposes (the default) and the alternative seen
 * elsewhere, so that a disagreement can be traced to one reading by planning again with the
 * alternative (`npm run fuzz -- --explain`). The code that applies a reading says `READING`.
 */
export interface Readings {
  /**
   * Min/max with no maximum, or a maximum below the minimum (set on different levels): an
   * order brings stock up to the minimum at least (`minimum`), or only up to the maximum
   * (`maximum`, so that no order is made when the maximum is already reached).
   */
  minMaxTarget: 'minimum' | 'maximum';
  /** An action on supply dated before today shows the supply's own date, or today. */
  actionDate: 'supplyDate' | 'availableDate';
  /**
   * A SHORTAGE of a forecast line or of a planned order's requirement names that line or
   * order as its `ref` (`always`), or only demand lines carry a ref (`demandOnly`).
   */
  shortageRef: 'always' | 'demandOnly';
  /**
   * An approved production order or transfer needs its components (ships) on the start date
   * a planned order due on its receipt date would have: the last open day on or before it,
   * less the receipt margin and the lead time (`asPlannedOrder`); or counting back from the
   * receipt date itself through the receipt margin and lead time
   * (`receiptMarginAndLeadTime`); or at its receipt date less the lead time only (`leadTime`,
   * the doc's words taken literally). Never before today.
   */
  approvedStart: 'asPlannedOrder' | 'receiptMarginAndLeadTime' | 'leadTime';
  /**
   * Period coverage: the order that restores the minimum on F opens a coverage period from F,
   * so it also covers the requirements of that period (`opensPeriod`), or it is a separate
   * order for the minimum only (`separateOrder`).
   */
  periodMinimumAtF: 'opensPeriod' | 'separateOrder';
  /** An unapproved planned order of an earlier run makes its node a planning node or not. */
  unapprovedOrderNode: 'notANode' | 'node';
  /**
   * The excess found when decreasing is taken from existing receipts inside the action fence,
   * latest first (`insideFence`), or from every existing receipt, latest first, of which only
   * those inside the fence are reported (`allReceipts`).
   */
  decreaseFrom: 'insideFence' | 'allReceipts';
  /**
   * Not a reading but the engine defect issue #15 confirms, kept as an alternative so that
   * the fuzz can tell its disagreements apart: with period coverage the engine lets open
   * receipts dated inside the period cover its requirements whatever their negative-days
   * tolerance (`wholePeriod`). The docs' rule is the tolerance (`tolerance`).
   */
  periodReceipts: 'tolerance' | 'wholePeriod';
  /**
   * Nodes on a BOM or refill cycle: no messages of their own besides BOM_CYCLE (`silent`, as
   * for items outside a filter), or their negative on-hand is reported and their demand and
   * supply lines beyond the fence are counted, but not their forecasts nor their past-due
   * demand (`onHandAndFence`).
   */
  cycleNodeInputs: 'silent' | 'onHandAndFence';
  /**
   * A receipt that positive days keep from a requirement (and every later one) leaves the
   * projected stock from then on, as the cancel or decrease it shows up as would take it
   * (`leaveStock`), or it still counts as stock that holds the minimum (`stayInStock`).
   */
  excludedReceipts: 'leaveStock' | 'stayInStock';
  /**
   * Lead times in working days and a plan date on a closed day: forward scheduling (and F)
   * counts from the first open day on or after today, and a late order is placed then
   * (`firstOpenDay`), or from today itself (`today`, the doc's "placed today" taken literally).
   */
  closedPlanDate: 'firstOpenDay' | 'today';
  /**
   * transactionsDynamicPeriod: sales lines reduce a forecast only when the run reads them,
   * inside the coverage time fence (`insideFence`), or wherever they are dated (`all`).
   */
  reducingSales: 'insideFence' | 'all';
  /** A manual node's requirement that uses up a receipt suggests an increase, or not. */
  manualIncrease: 'suggest' | 'none';
  /**
   * A required quantity of exactly the maximum order quantity is one whole maximum
   * (`wholeMaximum`), or the remainder, raised to a minimum order quantity above the maximum
   * (`remainder`).
   */
  exactMaximum: 'wholeMaximum' | 'remainder';
  /**
   * A filtered run reports only the BOM_CYCLE errors of items it plans (`scopeOnly`, as its
   * other messages), or every cycle of the dataset (`all`).
   */
  cyclesInFilteredRun: 'scopeOnly' | 'all';
  /**
   * "manual warehouses are not planned": their nodes are netted like nodes with coverage
   * code manual, with pegging and SHORTAGE warnings but no planned orders (`asManualCoverage`),
   * or left out of the plan altogether (`leftOut`).
   */
  manualWarehouse: 'asManualCoverage' | 'leftOut';
  /**
   * Min/max with an order multiple, before F: the extra multiple is added only when stock
   * would still be below zero, since the minimum applies from F on (`zeroBeforeF`), or when it
   * would still be below the minimum, as after F (`minimumAlways`).
   */
  minMaxMultipleBeforeF: 'zeroBeforeF' | 'minimumAlways';
  /**
   * Pegging inside a coverage period: the first line takes what it may from existing supply
   * and the rest from the period's order; the later lines of the period take supply in the
   * general order (on-hand, then receipts by date, the period's order standing on the
   * period's first day), so the order is used before receipts dated later in the period
   * (`byDate`); or each takes what it may from the other receipts first and the rest from
   * the period's order (`orderLast`).
   */
  periodPegging: 'byDate' | 'orderLast';
}

export const PROPOSED_READINGS: Readings = {
  minMaxTarget: 'minimum',
  actionDate: 'supplyDate',
  shortageRef: 'always',
  approvedStart: 'asPlannedOrder',
  periodMinimumAtF: 'opensPeriod',
  unapprovedOrderNode: 'notANode',
  decreaseFrom: 'insideFence',
  periodReceipts: 'tolerance',
  cycleNodeInputs: 'silent',
  excludedReceipts: 'leaveStock',
  closedPlanDate: 'firstOpenDay',
  reducingSales: 'insideFence',
  manualIncrease: 'suggest',
  exactMaximum: 'wholeMaximum',
  cyclesInFilteredRun: 'scopeOnly',
  manualWarehouse: 'asManualCoverage',
  minMaxMultipleBeforeF: 'zeroBeforeF',
  periodPegging: 'byDate',
};

export const ALTERNATIVE_READINGS: { [K in keyof Readings]: Readings[K][] } = {
  minMaxTarget: ['maximum'],
  actionDate: ['availableDate'],
  shortageRef: ['demandOnly'],
  approvedStart: ['receiptMarginAndLeadTime', 'leadTime'],
  periodMinimumAtF: ['separateOrder'],
  unapprovedOrderNode: ['node'],
  decreaseFrom: ['allReceipts'],
  periodReceipts: ['wholePeriod'],
  cycleNodeInputs: ['onHandAndFence'],
  excludedReceipts: ['stayInStock'],
  closedPlanDate: ['today'],
  reducingSales: ['all'],
  manualIncrease: ['none'],
  exactMaximum: ['remainder'],
  cyclesInFilteredRun: ['all'],
  manualWarehouse: ['leftOut'],
  minMaxMultipleBeforeF: ['minimumAlways'],
  periodPegging: ['orderLast'],
};
