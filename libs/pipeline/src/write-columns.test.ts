/**
 * The writer's column path: result batches decoded into columns give, table by table, the
 * same COPY text and the same rows as the same batches decoded into row objects, for
 * synthetic companies (with and without routes) and the demo company.
 */
import {
  decodeResultBatch,
  decodeResultBatchColumns,
  encodeResultColumnParts,
} from '@replan/contracts';
import { demoCompany, generateDataset } from '@replan/datagen';
import {
  compileDataset,
  planResultColumns,
  runPlan,
  type Dataset,
  type ResultListName,
} from '@replan/engine';
import {
  NODES,
  PEGGING,
  PLANNED_ORDERS,
  RECEIPTS,
  REQUIREMENTS,
  columnCopyLines,
  columnSliceRows,
  copyLines,
  objectCopyLines,
  type TableSpec,
} from '@replan/sql';

const TABLES: Partial<Record<ResultListName, TableSpec>> = {
  nodes: NODES,
  plannedOrders: PLANNED_ORDERS,
  requirements: REQUIREMENTS,
  receipts: RECEIPTS,
  pegging: PEGGING,
};

function batchesOf(dataset: Dataset, rows: number): Uint8Array[] {
  const run = runPlan(compileDataset(dataset));
  return [...encodeResultColumnParts(planResultColumns(run, rows), rows)];
}

describe('result batches written from columns', () => {
  const companies: [string, () => Dataset][] = [
    ['a synthetic company', () => generateDataset({ items: 200, seed: 3, depth: 6 })],
    [
      'a synthetic company with routes',
      () => generateDataset({ items: 300, seed: 5, depth: 4, routeOperations: 2 }),
    ],
    ['the demo company', () => demoCompany()],
  ];

  it.each(companies)('give the row path’s COPY text and rows for %s', (_name, make) => {
    const context = { plan_id: 'P1', plan_version: 2 };
    const seen = new Set<ResultListName>();
    for (const bytes of batchesOf(make(), 7)) {
      const columns = decodeResultBatchColumns(bytes);
      const rows = decodeResultBatch(bytes);
      expect({ sequence: columns.sequence, last: columns.last }).toEqual({
        sequence: rows.sequence,
        last: rows.last,
      });
      if (columns.part.kind !== 'columns') {
        // The summary and the small lists decode as rows, as before.
        expect(columns.part).toEqual(rows.part);
        continue;
      }
      if (rows.part.kind !== 'rows') throw new Error('a column batch decoded as the summary');
      const { batch } = columns.part;
      const table = TABLES[batch.list];
      if (table === undefined) throw new Error(`no table for ${batch.list}`);
      seen.add(batch.list);
      expect(batch.size).toBe(rows.part.rows.length);
      const numbered = table.columns.some((c) => c.name === 'line_no');
      const firstLine = numbered ? 100 + rows.sequence * 7 : undefined;
      const objects = rows.part.rows as readonly object[];
      const slice = firstLine === undefined ? { batch, context } : { batch, context, firstLine };
      const objectSlice =
        firstLine === undefined ? { objects, context } : { objects, context, firstLine };
      expect(columnCopyLines(table, slice)).toBe(objectCopyLines(table, objectSlice));
      // The rows made for writers without a column path of their own are the same too.
      expect(copyLines(table.columns, [...columnSliceRows(table, slice)])).toBe(
        objectCopyLines(table, objectSlice),
      );
    }
    expect([...seen].sort()).toEqual([
      'nodes',
      'pegging',
      'plannedOrders',
      'receipts',
      'requirements',
    ]);
  });

  it('names the table, column and row of a value the table cannot take', () => {
    // Planned order ids longer than the column's length: the first row of the first batch.
    const bytes = batchesOf(generateDataset({ items: 50, seed: 3, depth: 3 }), 5000).find((b) => {
      const part = decodeResultBatchColumns(b).part;
      return part.kind === 'columns' && part.batch.list === 'plannedOrders';
    });
    if (bytes === undefined) throw new Error('no planned orders');
    const part = decodeResultBatchColumns(bytes).part;
    if (part.kind !== 'columns') throw new Error('not columns');
    const long = {
      ...part.batch.columns,
      id: { kind: 'text' as const, values: ['x'.repeat(500)] },
    };
    const slice = {
      batch: { ...part.batch, size: 1, columns: long },
      context: { plan_id: 'P1', plan_version: 1 },
    };
    expect(() => columnCopyLines(PLANNED_ORDERS, slice)).toThrow(
      /replan_planned_orders: column id: longer than \d+: 'x+' \(row 0 of plannedOrders batch\)/,
    );
  });
});
