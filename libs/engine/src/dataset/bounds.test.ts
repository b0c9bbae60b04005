import type { Dataset } from '../model/dataset';
import { checkDayCount, checkQuantity, MAX_DAYS, MAX_QUANTITY, quantityProblem } from './bounds';
import { validateDataset } from './validate';

function dataset(): Dataset {
  return {
    formatVersion: 1,
    plan: { id: 'P1', planDate: '2026-01-05' },
    items: [{ id: 'BIKE' }],
    warehouses: [{ id: 'MAIN' }],
    onHand: [{ item: 'BIKE', warehouse: 'MAIN', quantity: 4 }],
    demand: [
      {
        id: 'SO-1',
        type: 'sales',
        item: 'BIKE',
        warehouse: 'MAIN',
        date: '2026-02-01',
        quantity: 3,
      },
    ],
  };
}

/** The error messages of validating `data`; none when it is valid. */
function errors(data: unknown): string[] {
  const result = validateDataset(data);
  return result.ok ? [] : result.errors.map((issue) => issue.message);
}

describe('quantity and day-count bounds', () => {
  it('accepts quantities up to 1e12 with six decimals, and sums of them', () => {
    expect(quantityProblem(MAX_QUANTITY)).toBeUndefined();
    expect(quantityProblem(-MAX_QUANTITY)).toBeUndefined();
    expect(quantityProblem(123_456.654321)).toBeUndefined();
    // 0.1 + 0.2 is 0.30000000000000004 in binary: its seventeenth digit is noise, not data.
    expect(quantityProblem(0.1 + 0.2)).toBeUndefined();
    expect(quantityProblem(0.3000001)).toBeDefined();
    expect(quantityProblem(1.000000000001)).toBeDefined();
    expect(quantityProblem(1e-7)).toBeDefined();
    expect(quantityProblem(999_999_999_999.999)).toBeUndefined();
  });

  it('names the place and the value beyond a bound', () => {
    expect(checkQuantity(1e15, "demand 'SO-1': field 'quantity'")).toBe(
      "demand 'SO-1': field 'quantity' must be at most 1e12 in size (the largest quantity an ERP column holds), got 1000000000000000",
    );
    expect(checkQuantity(Number.NaN, 'q')).toBe('q must be a finite number, got NaN');
    expect(checkQuantity(Number.POSITIVE_INFINITY, 'q')).toBe(
      'q must be a finite number, got Infinity',
    );
    expect(checkQuantity(1.0000001, 'q')).toBe('q must have at most 6 decimals, got 1.0000001');
    expect(checkDayCount(MAX_DAYS, 'd')).toBeUndefined();
    expect(checkDayCount(MAX_DAYS + 1, 'd')).toBe(
      'd must be a whole number of days from 0 to 36500, got 36501',
    );
    expect(checkDayCount(-1, 'd')).toBeDefined();
    expect(checkDayCount(1.5, 'd')).toBeDefined();
  });
});

describe('validateDataset: numbers beyond their bounds', () => {
  it.each([
    [
      1e15,
      'must be at most 1e12 in size (the largest quantity an ERP column holds), got 1000000000000000',
    ],
    [1e300, 'must be at most 1e12 in size (the largest quantity an ERP column holds), got 1e+300'],
    [Number.NaN, 'must be a finite number, got NaN'],
    [Number.POSITIVE_INFINITY, 'must be a finite number, got Infinity'],
    [2.1234567, 'must have at most 6 decimals, got 2.1234567'],
  ])('rejects a demand quantity of %p, naming section, row and field', (quantity, detail) => {
    const data = dataset();
    data.demand![0]!.quantity = quantity;
    expect(errors(data)).toEqual([`demand 'SO-1' (row 0): field 'quantity' ${detail}`]);
  });

  it('bounds negative on-hand too', () => {
    const data = dataset();
    data.onHand![0]!.quantity = -1e13;
    expect(errors(data)).toEqual([
      "onHand 'BIKE@MAIN' (row 0): field 'quantity' must be at most 1e12 in size (the largest quantity an ERP column holds), got -10000000000000",
    ]);
  });

  it('bounds sizes: order quantities, multiples and inventory levels', () => {
    const data = dataset();
    data.itemCoverage = [
      {
        item: 'BIKE',
        warehouse: 'MAIN',
        maxOrderQuantity: 5e12,
        orderMultiple: 0.0000001,
        minimumInventory: 1e13,
      },
    ];
    expect(errors(data)).toEqual([
      "itemCoverage 'BIKE@MAIN' (row 0): field 'minimumInventory' must be at most 1e12 in size (the largest quantity an ERP column holds), got 10000000000000",
      "itemCoverage 'BIKE@MAIN' (row 0): field 'maxOrderQuantity' must be at most 1e12 in size (the largest quantity an ERP column holds), got 5000000000000",
      "itemCoverage 'BIKE@MAIN' (row 0): field 'orderMultiple' must have at most 6 decimals, got 1e-7",
    ]);
  });

  it('rejects day counts beyond a hundred years, and negative ones', () => {
    const data = dataset();
    data.plan.negativeDays = 36_501;
    data.plan.defaults = { purchaseLeadTime: -3, coveragePeriod: 1e9 };
    expect(errors(data)).toEqual([
      "plan 'P1': field 'negativeDays' must be a whole number of days from 0 to 36500, got 36501",
      "plan 'P1': field 'defaults.coveragePeriod' must be a whole number of days from 0 to 36500, got 1000000000",
      "plan 'P1': field 'defaults.purchaseLeadTime' must be a whole number of days from 0 to 36500, got -3",
    ]);
  });
});
