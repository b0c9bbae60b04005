import type { Dataset } from '../model/dataset';
import {
  formatIssue,
  validateDataset,
  type DatasetIssue,
  type DatasetValidation,
} from './validate';

/** A small valid dataset; tests copy it and break one thing. */
function minimal(): Dataset {
  return {
    formatVersion: 1,
    plan: { id: 'P1', planDate: '2026-01-05' },
    items: [{ id: 'BIKE' }, { id: 'WHEEL' }],
    warehouses: [{ id: 'MAIN' }],
    bomLines: [{ id: 'B1', parent: 'BIKE', component: 'WHEEL', quantity: 2 }],
    onHand: [{ item: 'WHEEL', warehouse: 'MAIN', quantity: 4 }],
    supply: [
      {
        id: 'PO-1',
        type: 'purchase',
        item: 'WHEEL',
        warehouse: 'MAIN',
        date: '2026-01-20',
        quantity: 10,
      },
    ],
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

/** The dataset as plain JSON data, to break in ways the types forbid. */
function raw(): Record<string, unknown> & { demand: Record<string, unknown>[] } {
  const data = JSON.parse(JSON.stringify(minimal())) as Record<string, unknown> & {
    demand: Record<string, unknown>[];
  };
  return data;
}

function errorsOf(result: DatasetValidation): DatasetIssue[] {
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.errors;
}

function messages(issues: DatasetIssue[]): string[] {
  return issues.map((issue) => issue.message);
}

describe('validateDataset', () => {
  it('accepts a valid minimal dataset and returns it', () => {
    const input = minimal();
    const result = validateDataset(input);
    expect(result).toEqual({ ok: true, dataset: input, warnings: [] });
  });

  it('accepts the smallest dataset the format allows', () => {
    const result = validateDataset({
      formatVersion: 1,
      plan: { id: 'P', planDate: '2026-01-01' },
      items: [],
      warehouses: [],
    });
    expect(result.ok).toBe(true);
  });

  it('names the row id, row and field of an unknown item in a demand line', () => {
    const data = raw();
    data.demand.push({
      id: 'SO-7',
      type: 'sales',
      item: 'X-9',
      warehouse: 'MAIN',
      date: '2026-02-01',
      quantity: 1,
    });
    const errors = errorsOf(validateDataset(data));
    expect(errors).toEqual([
      {
        entity: 'demand',
        index: 1,
        id: 'SO-7',
        field: 'item',
        message: "demand 'SO-7' (row 1): field 'item' refers to unknown item 'X-9'",
      },
    ]);
  });

  it('reports every error of a dataset, not only the first', () => {
    const data = raw();
    data.plan = { id: 'P1', planDate: '2026-13-01' };
    data.demand[0] = {
      id: 'SO-1',
      type: 'order',
      item: 'NOPE',
      warehouse: 'MAIN',
      date: '2026-02-01',
      quantity: -1,
    };
    data['bomLines'] = [{ id: 'B1', parent: 'BIKE', component: 'BIKE', quantity: 1 }];
    const errors = errorsOf(validateDataset(data));
    expect(errors.map((e) => `${e.entity}.${e.field ?? ''}`)).toEqual([
      'plan.planDate',
      'bomLines.component',
      'demand.type',
      'demand.item',
      'demand.quantity',
    ]);
  });

  it("rejects a date that does not exist, such as '2026-02-30'", () => {
    const data = raw();
    data.demand[0] = { ...data.demand[0], date: '2026-02-30' };
    expect(messages(errorsOf(validateDataset(data)))).toEqual([
      "demand 'SO-1' (row 0): field 'date' must be a real date in YYYY-MM-DD form, got '2026-02-30'",
    ]);
  });

  it('rejects a date in another format', () => {
    const data = raw();
    data.demand[0] = { ...data.demand[0], date: '01/02/2026' };
    expect(errorsOf(validateDataset(data))[0]?.field).toBe('date');
  });

  it('rejects a negative demand quantity, naming the row', () => {
    const data = raw();
    data.demand[0] = { ...data.demand[0], quantity: -5 };
    expect(messages(errorsOf(validateDataset(data)))).toEqual([
      "demand 'SO-1' (row 0): field 'quantity' must not be negative, got -5",
    ]);
  });

  it('accepts negative on-hand, which the engine counts as zero', () => {
    const data = raw();
    data['onHand'] = [{ item: 'WHEEL', warehouse: 'MAIN', quantity: -3 }];
    expect(validateDataset(data).ok).toBe(true);
  });

  it('rejects duplicate ids and names the earlier row', () => {
    const data = raw();
    data.demand.push({ ...data.demand[0], quantity: 1 });
    data['items'] = [{ id: 'BIKE' }, { id: 'WHEEL' }, { id: 'BIKE' }];
    expect(messages(errorsOf(validateDataset(data)))).toEqual([
      "items 'BIKE' (row 2): field 'id' repeats the id of row 0 (ids must be unique within items)",
      "demand 'SO-1' (row 1): field 'id' repeats the id of row 0 (ids must be unique within demand)",
    ]);
  });

  it('rejects a second item coverage row for the same item and warehouse', () => {
    const data = raw();
    data['itemCoverage'] = [
      { item: 'WHEEL', warehouse: 'MAIN', coverageCode: 'period', coveragePeriod: 7 },
      { item: 'WHEEL' },
      { item: 'WHEEL', warehouse: 'MAIN' },
    ];
    const errors = errorsOf(validateDataset(data));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ entity: 'itemCoverage', index: 2, id: 'WHEEL@MAIN' });
  });

  it('warns about repeated on-hand rows and sums them', () => {
    const data = raw();
    data['onHand'] = [
      { item: 'WHEEL', warehouse: 'MAIN', quantity: 4 },
      { item: 'WHEEL', warehouse: 'MAIN', quantity: 2 },
    ];
    const result = validateDataset(data);
    expect(result.ok).toBe(true);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]?.message).toMatch(/^onHand 'WHEEL@MAIN' \(row 1\): .*summed/);
  });

  it('reports a missing required field', () => {
    const data = raw();
    delete data.demand[0]?.['warehouse'];
    expect(errorsOf(validateDataset(data))).toEqual([
      {
        entity: 'demand',
        index: 0,
        id: 'SO-1',
        field: 'warehouse',
        message: "demand 'SO-1' (row 0): field 'warehouse' is required",
      },
    ]);
  });

  it('reports a missing id without inventing one', () => {
    const data = raw();
    delete data.demand[0]?.['id'];
    expect(messages(errorsOf(validateDataset(data)))).toEqual([
      "demand row 0: field 'id' is required",
    ]);
  });

  it('rejects a wrong or missing format version', () => {
    const wrong = raw();
    wrong['formatVersion'] = 2;
    expect(messages(errorsOf(validateDataset(wrong)))).toEqual([
      "dataset: field 'formatVersion' must be 1, got 2",
    ]);
    const missing = raw();
    delete missing['formatVersion'];
    expect(errorsOf(validateDataset(missing))[0]?.field).toBe('formatVersion');
  });

  it('rejects input that is not an object', () => {
    expect(messages(errorsOf(validateDataset([])))).toEqual([
      'dataset: must be a JSON object, got an array',
    ]);
  });

  it('checks enumerations, day counts and bounds of coverage settings', () => {
    const data = raw();
    data['coverageGroups'] = [
      {
        id: 'G1',
        coverageCode: 'weekly',
        purchaseLeadTime: 2.5,
        minOrderQuantity: 50,
        maxOrderQuantity: 20,
        orderMultiple: 0,
        calendar: 'NOCAL',
      },
    ];
    expect(errorsOf(validateDataset(data)).map((e) => e.field)).toEqual([
      'coverageCode',
      'purchaseLeadTime',
      'maxOrderQuantity',
      'orderMultiple',
      'calendar',
    ]);
  });

  it('takes a maximum order quantity of 0 as no maximum, as the ERP does', () => {
    // min 50 with max 0 is not "min above max": 0 means the orders have no maximum.
    const data = raw();
    data['coverageGroups'] = [{ id: 'G1', minOrderQuantity: 50, maxOrderQuantity: 0 }];
    expect(validateDataset(data).ok).toBe(true);
    data['coverageGroups'] = [{ id: 'G1', maxOrderQuantity: -1 }];
    expect(errorsOf(validateDataset(data)).map((e) => e.field)).toEqual(['maxOrderQuantity']);
  });

  it('names nested fields of plan defaults with their path', () => {
    const data = raw();
    data['plan'] = { id: 'P1', planDate: '2026-01-05', defaults: { leadTimeUnit: 'hours' } };
    expect(messages(errorsOf(validateDataset(data)))).toEqual([
      "plan 'P1': field 'defaults.leadTimeUnit' must be one of 'calendarDays', 'workingDays', got 'hours'",
    ]);
  });

  it('rejects a warehouse that refills from itself and a BOM line that consumes its parent', () => {
    const data = raw();
    data['warehouses'] = [{ id: 'MAIN', mainWarehouse: 'MAIN' }];
    data['bomLines'] = [{ id: 'B1', parent: 'WHEEL', component: 'WHEEL', quantity: 1 }];
    expect(errorsOf(validateDataset(data)).map((e) => `${e.entity}:${e.field ?? ''}`)).toEqual([
      'warehouses:mainWarehouse',
      'bomLines:component',
    ]);
  });

  it('checks calendar weekdays and BOM validity dates', () => {
    const data = raw();
    data['calendars'] = [{ id: 'C', workingWeekdays: [1, 2, 2, 8] }];
    data['bomLines'] = [
      {
        id: 'B1',
        parent: 'BIKE',
        component: 'WHEEL',
        quantity: 2,
        perSeries: 0,
        validFrom: '2026-03-01',
        validTo: '2026-02-01',
      },
    ];
    expect(errorsOf(validateDataset(data)).map((e) => e.field)).toEqual([
      'workingWeekdays[2]',
      'workingWeekdays[3]',
      'perSeries',
      'validTo',
    ]);
  });

  it('says null is not a value for an optional field', () => {
    const data = raw();
    data['items'] = [{ id: 'BIKE', coverageGroup: null }, { id: 'WHEEL' }];
    expect(messages(errorsOf(validateDataset(data)))).toEqual([
      "items 'BIKE' (row 0): field 'coverageGroup' must be a non-empty string, got null (leave the field out instead of null)",
    ]);
  });

  it('warns once per unknown field, however many rows have it', () => {
    const data = raw();
    data['extra'] = true;
    data.demand = [0, 1, 2].map((n) => ({ ...data.demand[0], id: `SO-${n}`, note: 'x' }));
    const result = validateDataset(data);
    expect(result.ok).toBe(true);
    expect(messages(result.warnings)).toEqual([
      "dataset: field 'extra' is not a known top-level field and is ignored",
      "demand 'SO-0' (row 0): field 'note' is not a known field and is ignored (and 2 more rows of demand)",
    ]);
  });

  it('lists the first 1000 errors and counts the rest', () => {
    const data = raw();
    data.demand = Array.from({ length: 1500 }, (_, n) => ({
      id: `SO-${n}`,
      type: 'sales',
      item: 'BIKE',
      warehouse: 'MAIN',
      date: '2026-02-01',
      quantity: -1,
    }));
    const errors = errorsOf(validateDataset(data));
    expect(errors).toHaveLength(1001);
    expect(errors[999]?.id).toBe('SO-999');
    expect(errors[1000]?.message).toBe(
      'dataset: 500 more errors were suppressed (only the first 1000 are listed)',
    );
  });
});

describe('validateDataset: resources and routes', () => {
  /** The minimal dataset with a saw, a group and a route for BIKE. */
  function routed(): Record<string, unknown> {
    return {
      ...raw(),
      calendars: [{ id: 'WEEK', workingWeekdays: [1, 2, 3, 4, 5] }],
      resources: [{ id: 'SAW', calendar: 'WEEK', hoursPerDay: 16, capacity: 2 }],
      resourceGroups: [{ id: 'SAWS', members: ['SAW'] }],
      routeOperations: [
        { id: 'R10', item: 'BIKE', operation: 10, resource: 'SAW', setupHours: 1 },
        { id: 'R20', item: 'BIKE', operation: 20, resourceGroup: 'SAWS', runHours: 0.5 },
      ],
      bomLines: [{ id: 'B1', parent: 'BIKE', component: 'WHEEL', quantity: 2, operation: 20 }],
    };
  }

  it('accepts resources, groups, route operations and a BOM line on an operation', () => {
    const result = validateDataset(routed());
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('names the row and field of each wrong resource, group and operation', () => {
    const data = routed();
    data['resources'] = [
      { id: 'SAW', hoursPerDay: 25, capacity: 0, efficiencyPercent: -5, calendar: 'NONE' },
    ];
    data['resourceGroups'] = [
      { id: 'SAWS', members: ['SAW', 'SAW', 'DRILL'] },
      { id: 'EMPTY', members: [] },
    ];
    data['routeOperations'] = [
      { id: 'R10', item: 'BIKE', operation: 10 },
      { id: 'R20', item: 'BIKE', operation: 1.5, resource: 'SAW', resourceGroup: 'SAWS' },
      { id: 'R30', item: 'BIKE', operation: 30, resource: 'SAW', scrapPercent: 100 },
    ];
    expect(messages(errorsOf(validateDataset(data)))).toEqual([
      "routeOperations 'R10' (row 0): field 'resource' is required when field 'resourceGroup' is not set",
      "routeOperations 'R20' (row 1): field 'operation' must be a whole number from 0 to 1000000, got 1.5",
      "routeOperations 'R20' (row 1): field 'resourceGroup' must not be set together with field 'resource'",
      "routeOperations 'R30' (row 2): field 'scrapPercent' must be below 100 (every unit would be lost), got 100",
      "bomLines 'B1' (row 0): field 'operation' names operation 20, which no route operation of item 'BIKE' has",
      "resources 'SAW' (row 0): field 'calendar' refers to unknown calendar 'NONE'",
      "resources 'SAW' (row 0): field 'hoursPerDay' must be at most 24 hours, got 25",
      "resources 'SAW' (row 0): field 'capacity' must be greater than 0, got 0",
      "resources 'SAW' (row 0): field 'efficiencyPercent' must be greater than 0, got -5",
      "resourceGroups 'SAWS' (row 0): field 'members[1]' repeats members[0] 'SAW'",
      "resourceGroups 'SAWS' (row 0): field 'members[2]' refers to unknown resource 'DRILL'",
      "resourceGroups 'EMPTY' (row 1): field 'members' must list at least one resource",
    ]);
  });

  it('rejects two operations of an item with one number valid on the same day', () => {
    const data = routed();
    data['routeOperations'] = [
      { id: 'OLD', item: 'BIKE', operation: 10, resource: 'SAW', validTo: '2026-03-10' },
      { id: 'NEW', item: 'BIKE', operation: 10, resource: 'SAW', validFrom: '2026-03-11' },
      { id: 'ALSO', item: 'BIKE', operation: 10, resource: 'SAW', validFrom: '2026-03-10' },
      { id: 'R20', item: 'BIKE', operation: 20, resource: 'SAW' },
    ];
    expect(messages(errorsOf(validateDataset(data)))).toEqual([
      "routeOperations 'ALSO' (row 2): field 'operation' is valid on the same days as row 0, with the same item and operation number",
      "routeOperations 'NEW' (row 1): field 'operation' is valid on the same days as row 2, with the same item and operation number",
    ]);
  });
});

describe('formatIssue', () => {
  it('returns the sentence of an issue the validator made', () => {
    const errors = errorsOf(validateDataset({ ...raw(), formatVersion: 3 }));
    expect(errors.map(formatIssue)).toEqual(["dataset: field 'formatVersion' must be 1, got 3"]);
  });

  it('puts the location in front of an issue that only has the detail', () => {
    expect(
      formatIssue({
        entity: 'supply',
        index: 4,
        id: 'PO-9',
        field: 'date',
        message: 'is required',
      }),
    ).toBe("supply 'PO-9' (row 4): field 'date' is required");
    expect(formatIssue({ entity: 'onHand', index: 2, message: 'must be an object' })).toBe(
      'onHand row 2: must be an object',
    );
  });
});
