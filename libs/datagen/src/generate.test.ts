import type { Dataset } from '@replan/engine';
import { validateDataset } from '@replan/engine';
import { estimateNodes, generateDataset, itemsForNodes, writeDatasetJson } from './index';
import type { GenerateOptions } from './index';

/** Components of each parent, over all BOM lines (whatever their validity dates). */
function bomGraph(dataset: Dataset): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const line of dataset.bomLines ?? []) {
    const components = graph.get(line.parent);
    if (components === undefined) graph.set(line.parent, [line.component]);
    else components.push(line.component);
  }
  return graph;
}

/** Items on a BOM cycle found by depth-first search, or [] when there is none. */
function findCycle(dataset: Dataset): string[] {
  const graph = bomGraph(dataset);
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (item: string): string[] => {
    const seen = state.get(item);
    if (seen === 'done') return [];
    if (seen === 'open') return path.slice(path.indexOf(item));
    state.set(item, 'open');
    path.push(item);
    for (const component of graph.get(item) ?? []) {
      const cycle = visit(component);
      if (cycle.length > 0) return cycle;
    }
    path.pop();
    state.set(item, 'done');
    return [];
  };
  for (const item of graph.keys()) {
    const cycle = visit(item);
    if (cycle.length > 0) return cycle;
  }
  return [];
}

/** Longest chain of BOM lines below any item (0 for an item without components). */
function bomDepth(dataset: Dataset): number {
  const graph = bomGraph(dataset);
  const memo = new Map<string, number>();
  const below = (item: string): number => {
    const known = memo.get(item);
    if (known !== undefined) return known;
    let deepest = 0;
    for (const component of graph.get(item) ?? []) {
      deepest = Math.max(deepest, 1 + below(component));
    }
    memo.set(item, deepest);
    return deepest;
  };
  let max = 0;
  for (const item of graph.keys()) max = Math.max(max, below(item));
  return max;
}

/**
 * Real planning nodes: the (item, warehouse) pairs that hold demand, supply, on-hand or a
 * warehouse-specific coverage row, closed over the edges that create demand: a node at a
 * warehouse with a main warehouse is refilled by transfer (so the item at the main
 * warehouse is a node), any other node is produced there (so its components are nodes at
 * the same warehouse). In a generated dataset that is, give or take a few end items
 * without any transaction, the end items at their selling warehouses, every end item at
 * MAIN (production site and refill source) and every component at MAIN.
 */
function realNodes(dataset: Dataset): number {
  const graph = bomGraph(dataset);
  const refill = new Map(dataset.warehouses.map((w) => [w.id, w.mainWarehouse]));
  const seen = new Set<string>();
  const pending: [string, string][] = [];
  const add = (item: string, warehouse: string): void => {
    const key = `${item}\u0000${warehouse}`;
    if (seen.has(key)) return;
    seen.add(key);
    pending.push([item, warehouse]);
  };
  for (const row of dataset.demand ?? []) add(row.item, row.warehouse);
  for (const row of dataset.supply ?? []) add(row.item, row.warehouse);
  for (const row of dataset.onHand ?? []) add(row.item, row.warehouse);
  for (const row of dataset.itemCoverage ?? []) {
    if (row.warehouse !== undefined) add(row.item, row.warehouse);
  }
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, warehouse] = next;
    const main = refill.get(warehouse);
    if (main !== undefined) add(item, main);
    else for (const component of graph.get(item) ?? []) add(component, warehouse);
  }
  return seen.size;
}

function expectUniqueIds(rows: readonly { id: string }[]): void {
  expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
}

const shapes: GenerateOptions[] = [
  { items: 3000, seed: 1 },
  { items: 2000, seed: 2, depth: 1 },
  { items: 2000, seed: 3, depth: 2, regionalWarehouses: 0 },
  { items: 4000, seed: 4, depth: 10, regionalWarehouses: 5, planDate: '2026-12-14' },
  { items: 3, seed: 5 },
  { items: 10, seed: 6, depth: 3 },
];

describe('generateDataset', () => {
  it('gives the same dataset for the same options and another one for another seed', () => {
    const a = generateDataset({ items: 2000, seed: 7 });
    const b = generateDataset({ items: 2000, seed: 7 });
    const c = generateDataset({ items: 2000, seed: 8 });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    expect(c.bomLines).not.toEqual(a.bomLines);
    expect(c.demand).not.toEqual(a.demand);
  });

  describe.each(shapes)('with %j', (options) => {
    const dataset = generateDataset(options);
    const depth = options.depth ?? 4;

    it('has no BOM cycle', () => {
      expect(findCycle(dataset)).toEqual([]);
    });

    it('keeps every BOM within the depth, and uses all of it', () => {
      const deepest = bomDepth(dataset);
      expect(deepest).toBeLessThanOrEqual(depth);
      expect(deepest).toBeGreaterThanOrEqual(1);
      if (options.items >= 1000) expect(deepest).toBe(depth);
    });

    it('refers only to items, warehouses, groups and calendars it defines', () => {
      const items = new Set(dataset.items.map((item) => item.id));
      const warehouses = new Set(dataset.warehouses.map((w) => w.id));
      const groups = new Set((dataset.coverageGroups ?? []).map((g) => g.id));
      const calendars = new Set((dataset.calendars ?? []).map((c) => c.id));
      const bad: string[] = [];
      const item = (id: string, where: string): void => {
        if (!items.has(id)) bad.push(`${where}: item ${id}`);
      };
      const warehouse = (id: string | undefined, where: string): void => {
        if (id !== undefined && !warehouses.has(id)) bad.push(`${where}: warehouse ${id}`);
      };
      for (const row of dataset.items) {
        if (row.coverageGroup !== undefined && !groups.has(row.coverageGroup)) {
          bad.push(`item ${row.id}: group ${row.coverageGroup}`);
        }
      }
      for (const w of dataset.warehouses) {
        warehouse(w.mainWarehouse, `warehouse ${w.id}`);
        if (w.calendar !== undefined && !calendars.has(w.calendar)) bad.push(w.calendar);
      }
      for (const row of dataset.itemCoverage ?? []) {
        item(row.item, 'coverage');
        warehouse(row.warehouse, 'coverage');
        warehouse(row.mainWarehouse, 'coverage');
      }
      for (const row of dataset.bomLines ?? []) {
        item(row.parent, row.id);
        item(row.component, row.id);
        warehouse(row.warehouse, row.id);
      }
      for (const row of dataset.onHand ?? []) {
        item(row.item, 'on-hand');
        warehouse(row.warehouse, 'on-hand');
      }
      for (const row of [...(dataset.supply ?? []), ...(dataset.demand ?? [])]) {
        item(row.item, row.id);
        warehouse(row.warehouse, row.id);
      }
      for (const row of dataset.supply ?? []) warehouse(row.fromWarehouse, row.id);
      expect(bad).toEqual([]);
    });

    it('has unique ids whose string order is their numeric order', () => {
      expectUniqueIds(dataset.items);
      expectUniqueIds(dataset.bomLines ?? []);
      expectUniqueIds([...(dataset.supply ?? []), ...(dataset.demand ?? [])]);
      const sales = (dataset.demand ?? []).filter((d) => d.type === 'sales').map((d) => d.id);
      expect([...sales].sort()).toEqual(sales);
      const boms = (dataset.bomLines ?? []).map((line) => line.id);
      expect([...boms].sort()).toEqual(boms);
    });

    it('gives every manufactured item a BOM and every component a parent', () => {
      const graph = bomGraph(dataset);
      const used = new Set((dataset.bomLines ?? []).map((line) => line.component));
      const ids = dataset.items.map((item) => item.id);
      expect(ids.filter((id) => id.startsWith('RM-') === graph.has(id))).toEqual([]);
      expect(ids.filter((id) => !id.startsWith('FG-') && !used.has(id))).toEqual([]);
    });

    it('passes dataset validation', () => {
      const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
      expect(result.ok ? [] : result.errors).toEqual([]);
      expect(result.ok).toBe(true);
    });

    it('estimates its planning nodes within 10%', () => {
      const estimate = estimateNodes(options);
      expect(Math.abs(realNodes(dataset) - estimate)).toBeLessThanOrEqual(
        Math.max(2, 0.1 * estimate),
      );
    });
  });

  it('looks like a manufacturer', () => {
    const dataset = generateDataset({ items: 20_000, seed: 11 });
    const share = (prefix: string): number =>
      dataset.items.filter((item) => item.id.startsWith(prefix)).length / dataset.items.length;
    expect(share('FG-')).toBeCloseTo(0.15, 2);
    expect(share('SA-')).toBeCloseTo(0.25, 2);
    expect(share('RM-')).toBeCloseTo(0.6, 2);

    const lines = dataset.bomLines ?? [];
    const planDate = dataset.plan.planDate;
    const lineShare = (test: (line: (typeof lines)[number]) => boolean): number =>
      lines.filter(test).length / lines.length;
    expect(lineShare((line) => line.phantom === true)).toBeGreaterThan(0.015);
    expect(lineShare((line) => line.phantom === true)).toBeLessThan(0.05);
    const changing = lineShare(
      (line) =>
        (line.validTo !== undefined && line.validTo < planDate) ||
        (line.validFrom !== undefined && line.validFrom > planDate),
    );
    expect(changing).toBeGreaterThan(0.01);
    expect(changing).toBeLessThan(0.04);
    const phantoms = new Set(lines.filter((l) => l.phantom === true).map((l) => l.component));
    expect([...phantoms].filter((item) => !item.startsWith('SA-'))).toEqual([]);
    // Shared parts: some purchased parts go straight into finished goods and into subassemblies.
    const parentKinds = new Map<string, Set<string>>();
    for (const line of lines) {
      const kinds = parentKinds.get(line.component) ?? new Set<string>();
      kinds.add(line.parent.slice(0, 3));
      parentKinds.set(line.component, kinds);
    }
    expect([...parentKinds.values()].filter((kinds) => kinds.size > 1).length).toBeGreaterThan(100);

    const demand = dataset.demand ?? [];
    const sales = demand.filter((d) => d.type === 'sales');
    expect(sales.some((d) => d.date < planDate)).toBe(true);
    expect(demand.some((d) => d.type === 'productionComponent')).toBe(true);
    expect(demand.some((d) => d.type === 'transferIssue')).toBe(true);
    const sellingNodes = new Set(sales.map((d) => `${d.item}@${d.warehouse}`)).size;
    expect(sales.length / sellingNodes).toBeGreaterThan(5);
    expect(sales.length / sellingNodes).toBeLessThan(8);
    for (const d of sales) expect(d.item.startsWith('FG-')).toBe(true);

    const supply = dataset.supply ?? [];
    const planned = supply.filter((s) => s.type === 'plannedOrder');
    expect(planned.some((s) => s.approved === true)).toBe(true);
    expect(planned.some((s) => s.approved === false)).toBe(true);
    for (const type of ['purchase', 'production', 'transfer'] as const) {
      expect(supply.some((s) => s.type === type)).toBe(true);
    }
    expect((dataset.onHand ?? []).some((o) => o.quantity < 0)).toBe(true);
    const groups = new Set(dataset.items.map((item) => item.coverageGroup));
    expect([...groups].sort()).toEqual(['MANUAL', 'MINMAX', 'PERIOD7', 'REQ']);
  });

  it('rejects options it cannot honour', () => {
    expect(() => generateDataset({ items: 2, seed: 1 })).toThrow(RangeError);
    expect(() => generateDataset({ items: 100, seed: 1, depth: 11 })).toThrow(RangeError);
    expect(() => generateDataset({ items: 100, seed: 1.5 })).toThrow(RangeError);
    expect(() => generateDataset({ items: 100, seed: 1, planDate: '2026-02-30' })).toThrow(
      RangeError,
    );
    expect(() => generateDataset({ items: 100, seed: 1, regionalWarehouses: -1 })).toThrow(
      RangeError,
    );
  });
});

describe('estimateNodes and itemsForNodes', () => {
  it('are inverse to each other', () => {
    for (const regionalWarehouses of [0, 2, 7]) {
      const items = itemsForNodes(1_000_000, { regionalWarehouses });
      const nodes = estimateNodes({ items, seed: 0, regionalWarehouses });
      expect(Math.abs(nodes - 1_000_000)).toBeLessThan(10);
    }
    expect(estimateNodes({ items: 100_000, seed: 0 })).toBe(124_600);
  });
});

describe('writeDatasetJson', () => {
  it('streams JSON that parses back to the same dataset, one row per line', () => {
    const dataset = generateDataset({ items: 300, seed: 3 });
    const chunks: string[] = [];
    writeDatasetJson(dataset, (chunk) => chunks.push(chunk), { chunkSize: 4096 });
    expect(chunks.length).toBeGreaterThan(1);
    const text = chunks.join('');
    expect(JSON.parse(text)).toEqual(dataset);
    const lines = text.split('\n');
    expect(lines.filter((line) => line.startsWith('    {"id":"BOM-'))).toHaveLength(
      dataset.bomLines?.length ?? 0,
    );
    expect(lines.at(-1)).toBe('');
  });

  it('writes empty arrays and skips absent fields', () => {
    const dataset: Dataset = {
      formatVersion: 1,
      plan: { id: 'P', planDate: '2026-01-05' },
      items: [],
      warehouses: [{ id: 'MAIN' }],
      forecasts: [],
    };
    let text = '';
    writeDatasetJson(dataset, (chunk) => {
      text += chunk;
    });
    expect(JSON.parse(text)).toEqual(dataset);
    expect(text).toBe(
      [
        '{',
        '  "formatVersion": 1,',
        '  "plan": {"id":"P","planDate":"2026-01-05"},',
        '  "items": [],',
        '  "warehouses": [',
        '    {"id":"MAIN"}',
        '  ],',
        '  "forecasts": []',
        '}',
        '',
      ].join('\n'),
    );
  });
});

describe('generateDataset with routes', () => {
  const options: GenerateOptions = { items: 2000, seed: 5, depth: 6, routeOperations: 2 };
  const dataset = generateDataset(options);

  it('is valid and routes every manufactured item that is not a phantom', () => {
    const validation = validateDataset(dataset);
    expect(validation.ok ? [] : validation.errors.slice(0, 5)).toEqual([]);
    const parents = new Set((dataset.bomLines ?? []).map((line) => line.parent));
    const phantoms = new Set(
      (dataset.bomLines ?? []).filter((line) => line.phantom === true).map((l) => l.component),
    );
    const routed = new Map<string, number[]>();
    for (const op of dataset.routeOperations ?? []) {
      routed.set(op.item, [...(routed.get(op.item) ?? []), op.operation]);
    }
    for (const item of parents) {
      if (phantoms.has(item)) expect(routed.has(item)).toBe(false);
      else expect(routed.get(item)).toEqual([10, 20]);
    }
    expect((dataset.resources ?? []).length).toBeGreaterThanOrEqual(2);
    expect((dataset.bomLines ?? []).some((line) => line.operation === 20)).toBe(true);
  });

  it('leaves the rest of the dataset as it is without routes', () => {
    const plain = generateDataset({ ...options, routeOperations: 0 });
    const { resources, resourceGroups, routeOperations, bomLines, ...rest } = dataset;
    expect([resources, resourceGroups, routeOperations].every((l) => l !== undefined)).toBe(true);
    const { bomLines: plainLines, ...plainRest } = plain;
    expect(rest).toEqual(plainRest);
    expect((bomLines ?? []).map(({ operation: _operation, ...line }) => line)).toEqual(plainLines);
  });

  it('rejects a number of operations outside 0..10', () => {
    expect(() => generateDataset({ items: 10, seed: 1, routeOperations: 11 })).toThrow(
      /routeOperations/,
    );
  });
});
