import { estimateNodes } from '@replan/datagen';
import {
  benchEngine,
  benchEngines,
  itemsForTargetNodes,
  type EngineBenchRow,
} from './engine-bench';
import { formatBenchTable, formatRouteComparison } from './table';

describe('itemsForTargetNodes', () => {
  it.each([1_000, 10_000, 1_000_000])('picks items for about %i nodes', (target) => {
    const items = itemsForTargetNodes(target, 1);
    const nodes = estimateNodes({ items, seed: 1 });
    expect(Math.abs(nodes - target)).toBeLessThanOrEqual(2);
  });
});

describe('benchEngine', () => {
  it('measures a small plan consistently', () => {
    const phases: string[] = [];
    const row = benchEngine(300, { seed: 3, onPhase: (phase) => phases.push(phase) });
    expect(phases).toEqual(['generate', 'load', 'plan', 'output']);
    expect(row.targetNodes).toBe(300);
    expect(row.nodes).toBeGreaterThan(150);
    expect(row.nodes).toBeLessThan(600);
    expect(row.requirementEvents).toBeGreaterThan(0);
    expect(row.plannedOrders).toBeGreaterThan(0);
    expect(row.peakHeapBytes).toBeGreaterThan(0);
    expect(row.peakRssBytes).toBeGreaterThanOrEqual(row.peakHeapBytes);
    expect(row.reservations).toBe(0);
  });

  it('plans the same company with routes, loading resources', () => {
    const row = benchEngine(300, { seed: 3, depth: 6, routeOperations: 2 });
    expect(row).toMatchObject({ depth: 6, routeOperations: 2 });
    expect(row.reservations).toBeGreaterThan(0);
  });
});

describe('benchEngines', () => {
  it('loads the company without and with routes, then plans them in turns', () => {
    const phases: string[] = [];
    const rows = benchEngines(300, [0, 2], {
      seed: 3,
      depth: 6,
      repeat: 2,
      onPhase: (phase, routes) => phases.push(`${phase} ${routes}`),
    });
    expect(phases).toEqual([
      'generate 0',
      'load 0',
      'generate 2',
      'load 2',
      'plan 0',
      'plan 2',
      'output 0',
      'output 2',
    ]);
    expect(rows.map((row) => row.routeOperations)).toEqual([0, 2]);
    // One company: the routes change how production orders are scheduled, not the nodes.
    expect(rows[1]?.nodes).toBe(rows[0]?.nodes);
    expect(rows[1]?.items).toBe(rows[0]?.items);
    expect(rows[0]?.reservations).toBe(0);
    expect(rows[1]?.reservations).toBeGreaterThan(0);
  });
});

describe('formatBenchTable', () => {
  it('prints one aligned row per size', () => {
    const row: EngineBenchRow = {
      targetNodes: 10_000,
      items: 8_026,
      depth: 4,
      routeOperations: 0,
      nodes: 10_012,
      requirementEvents: 123_456,
      eventsPerSecond: 1_234_567.8,
      plannedOrders: 20_000,
      pegging: 45_000,
      reservations: 0,
      generateMs: 310,
      loadMs: 46,
      planMs: 100,
      firstPlanMs: 150,
      outputMs: 30,
      peakHeapBytes: 150 * 1024 * 1024,
      peakRssBytes: 300 * 1024 * 1024,
    };
    const lines = formatBenchTable([row]).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^ *nodes +items +depth +routes +events +events\/s +orders +pegging +reserved +load +plan +first plan +output +peak heap +rss +generate$/,
    );
    expect(lines[2]).toMatch(
      /^ *10,012 +8,026 +4 +none +123,456 +1,234,568 +20,000 +45,000 +0 +0\.046 s +0\.100 s +0\.150 s +0\.030 s +150\.0 MiB +300\.0 MiB +0\.310 s$/,
    );
    expect(lines[0]?.length).toBe(lines[2]?.length);
    expect(lines[3]).toBe('');
    // With routes: the same size planned twice, compared by events per second.
    const routed = { ...row, routeOperations: 2, eventsPerSecond: 987_654.24, planMs: 125 };
    expect(formatRouteComparison([row, routed])).toBe(
      'routes: 2 operations per item at 10,012 nodes: 0.80 × the events/s without ' +
        '(plan 0.125 s against 0.100 s)\n',
    );
    expect(formatRouteComparison([row])).toBe('');
  });
});
