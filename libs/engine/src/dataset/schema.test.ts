/**
 * The JSON Schemas and the documentation in docs/ against the TypeScript types: the same
 * fields, required alike, and a documented example that validates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  ActionMessage,
  CapacityLoad,
  CapacityReservation,
  Delay,
  ForecastRemaining,
  Pegging,
  Requirement,
  PlannedOrder,
  PlanningNode,
  ExistingReceipt,
  PlanResult,
  ResultCounts,
  RunMessage,
} from '../model/result';
import { FIELD_NAMES, type FieldNameEntity, type Presence } from './field-names';
import { validateDataset } from './validate';

const DOCS = join(__dirname, '../../../../docs');

interface ObjectSchema {
  properties: Record<string, unknown>;
  required?: string[];
  additionalProperties?: boolean;
}

interface SchemaFile extends ObjectSchema {
  $schema: string;
  $defs: Record<string, ObjectSchema>;
}

function readSchema(name: string): SchemaFile {
  return JSON.parse(readFileSync(join(DOCS, name), 'utf8')) as SchemaFile;
}

/** The fields of an entity as the schema has them, and as the type has them. */
function compare(
  schema: ObjectSchema,
  presence: Record<string, 'required' | 'optional'>,
): {
  schema: { fields: string[]; required: string[] };
  type: { fields: string[]; required: string[] };
} {
  const fields = Object.keys(presence);
  return {
    schema: {
      fields: Object.keys(schema.properties).sort(),
      required: [...(schema.required ?? [])].sort(),
    },
    type: {
      fields: [...fields].sort(),
      required: fields.filter((field) => presence[field] === 'required').sort(),
    },
  };
}

/** The first ```json block after `marker` in a document of docs/. */
function jsonBlockAfter(document: string, marker: string): unknown {
  const text = readFileSync(join(DOCS, document), 'utf8');
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${document}: no '${marker}'`);
  const start = text.indexOf('```json\n', at);
  const end = text.indexOf('\n```', start);
  if (start < 0 || end < 0) throw new Error(`${document}: no json block after '${marker}'`);
  return JSON.parse(text.slice(start + '```json\n'.length, end));
}

describe('docs/dataset-format.schema.json', () => {
  const schema = readSchema('dataset-format.schema.json');

  const defOf: Record<Exclude<FieldNameEntity, 'dataset'>, string> = {
    plan: 'PlanSettings',
    coverageSettings: 'CoverageSettings',
    items: 'Item',
    coverageGroups: 'CoverageGroup',
    itemCoverage: 'ItemCoverage',
    warehouses: 'Warehouse',
    calendars: 'Calendar',
    calendarExceptions: 'CalendarException',
    bomLines: 'BomLine',
    resources: 'Resource',
    resourceGroups: 'ResourceGroup',
    routeOperations: 'RouteOperation',
    onHand: 'OnHand',
    supply: 'SupplyLine',
    demand: 'DemandLine',
    forecasts: 'Forecast',
    reductionKeys: 'ReductionKey',
    reductionKeyPeriods: 'ReductionKeyPeriod',
    filter: 'PlanFilter',
  };

  it('is a draft 2020-12 schema', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('has the top-level fields of Dataset', () => {
    const { schema: inSchema, type } = compare(schema, FIELD_NAMES.dataset);
    expect(inSchema).toEqual(type);
  });

  it.each(Object.entries(defOf))('has the fields of %s as $defs/%s', (entity, def) => {
    const rowSchema = schema.$defs[def];
    if (rowSchema === undefined) throw new Error(`no $defs/${def}`);
    const { schema: inSchema, type } = compare(
      rowSchema,
      FIELD_NAMES[entity as Exclude<FieldNameEntity, 'dataset'>],
    );
    expect(inSchema).toEqual(type);
    expect(rowSchema.additionalProperties).toBe(false);
  });

  it('describes every field', () => {
    const undescribed: string[] = [];
    const objects: [string, ObjectSchema][] = [
      ['(top level)', schema],
      ...Object.entries(schema.$defs),
    ];
    for (const [name, object] of objects) {
      for (const [field, property] of Object.entries(object.properties ?? {})) {
        const description = (property as { description?: unknown }).description;
        if (typeof description !== 'string' || description === '') {
          undescribed.push(`${name}.${field}`);
        }
      }
    }
    expect(undescribed).toEqual([]);
  });
});

describe('docs/result-format.schema.json', () => {
  const schema = readSchema('result-format.schema.json');

  const planResult = {
    formatVersion: 'required',
    plan: 'required',
    planDate: 'required',
    counts: 'required',
    scope: 'required',
    nodes: 'required',
    plannedOrders: 'required',
    requirements: 'required',
    receipts: 'required',
    pegging: 'required',
    delays: 'required',
    actions: 'required',
    forecasts: 'required',
    capacityLoad: 'required',
    capacityReservations: 'required',
    messages: 'required',
  } satisfies Presence<PlanResult>;

  const rows: Record<string, Record<string, 'required' | 'optional'>> = {
    PlannedOrder: {
      id: 'required',
      type: 'required',
      item: 'required',
      warehouse: 'required',
      fromWarehouse: 'optional',
      quantity: 'required',
      orderDate: 'required',
      startDate: 'required',
      deliveryDate: 'required',
      receiptDate: 'required',
      requirementDate: 'required',
      delayDays: 'required',
      bomLevel: 'required',
      futuresDate: 'required',
      toFirm: 'required',
    } satisfies Presence<PlannedOrder>,
    PlanningNode: {
      item: 'required',
      warehouse: 'required',
      lowLevelCode: 'required',
      coverageCode: 'required',
      minimumInventory: 'required',
      maximumInventory: 'required',
      fulfilmentDate: 'required',
      coverageTimeFence: 'required',
    } satisfies Presence<PlanningNode>,
    ExistingReceipt: {
      kind: 'required',
      id: 'required',
      supplyType: 'optional',
      item: 'required',
      warehouse: 'required',
      date: 'required',
      quantity: 'required',
    } satisfies Presence<ExistingReceipt>,
    Requirement: {
      kind: 'required',
      id: 'required',
      orderId: 'optional',
      item: 'required',
      warehouse: 'required',
      date: 'required',
      quantity: 'required',
    } satisfies Presence<Requirement>,
    Pegging: {
      receiptKind: 'required',
      receiptId: 'required',
      issueKind: 'required',
      issueId: 'required',
      issueOrderId: 'optional',
      item: 'required',
      warehouse: 'required',
      quantity: 'required',
    } satisfies Presence<Pegging>,
    Delay: {
      demandId: 'required',
      demandType: 'required',
      item: 'required',
      warehouse: 'required',
      requirementDate: 'required',
      futuresDate: 'required',
      delayDays: 'required',
    } satisfies Presence<Delay>,
    ActionMessage: {
      kind: 'required',
      supplyId: 'required',
      item: 'required',
      warehouse: 'required',
      date: 'required',
      newDate: 'optional',
      quantity: 'required',
      quantityChange: 'optional',
      causeId: 'optional',
    } satisfies Presence<ActionMessage>,
    ForecastRemaining: {
      id: 'required',
      item: 'required',
      warehouse: 'required',
      date: 'required',
      quantity: 'required',
      remaining: 'required',
    } satisfies Presence<ForecastRemaining>,
    CapacityLoad: {
      resource: 'required',
      date: 'required',
      requiredHours: 'required',
      availableHours: 'required',
    } satisfies Presence<CapacityLoad>,
    CapacityReservation: {
      resource: 'required',
      date: 'required',
      orderId: 'required',
      operation: 'required',
      item: 'required',
      warehouse: 'required',
      hours: 'required',
      availableHours: 'required',
    } satisfies Presence<CapacityReservation>,
    RunMessage: {
      severity: 'required',
      code: 'required',
      item: 'optional',
      warehouse: 'optional',
      ref: 'optional',
      text: 'required',
    } satisfies Presence<RunMessage>,
    ResultCounts: {
      nodes: 'required',
      plannedNodes: 'required',
      requirements: 'required',
      receipts: 'required',
      plannedOrders: 'required',
      pegging: 'required',
      requirementEvents: 'required',
    } satisfies Presence<ResultCounts>,
    Scope: {
      filtered: 'required',
      items: 'required',
    } satisfies Presence<PlanResult['scope']>,
  };

  it('has the top-level fields of PlanResult', () => {
    const { schema: inSchema, type } = compare(schema, planResult);
    expect(inSchema).toEqual(type);
  });

  it.each(Object.keys(rows))('has the fields of %s', (def) => {
    const rowSchema = schema.$defs[def];
    const presence = rows[def];
    if (rowSchema === undefined || presence === undefined) throw new Error(`no $defs/${def}`);
    const { schema: inSchema, type } = compare(rowSchema, presence);
    expect(inSchema).toEqual(type);
    expect(rowSchema.additionalProperties).toBe(false);
  });
});

describe('docs/dataset-format.md', () => {
  it('has an example dataset that validates without warnings', () => {
    const example = jsonBlockAfter('dataset-format.md', '<!-- example-dataset');
    const result = validateDataset(example);
    expect(result.ok ? [] : result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('docs/result-format.md', () => {
  it('has an example whose rows use only the fields of the schema', () => {
    const schema = readSchema('result-format.schema.json');
    const example = jsonBlockAfter('result-format.md', '## Example') as Record<string, unknown>;
    const unknown: string[] = [];
    const check = (def: string, row: unknown): void => {
      const fields = Object.keys(schema.$defs[def]?.properties ?? {});
      for (const field of Object.keys(row as object)) {
        if (!fields.includes(field)) unknown.push(`${def}.${field}`);
      }
    };
    check('ResultCounts', example['counts']);
    for (const order of example['plannedOrders'] as unknown[]) check('PlannedOrder', order);
    for (const peg of example['pegging'] as unknown[]) check('Pegging', peg);
    for (const requirement of example['requirements'] as unknown[]) {
      check('Requirement', requirement);
    }
    for (const node of example['nodes'] as unknown[]) check('PlanningNode', node);
    for (const receipt of example['receipts'] as unknown[]) check('ExistingReceipt', receipt);
    expect(unknown).toEqual([]);
    expect(Object.keys(example).sort()).toEqual(Object.keys(schema.properties).sort());
  });
});
