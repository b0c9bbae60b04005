/**
 * The `replan` process as a user runs it (bin/replan.js, from the build): whatever the
 * dataset, it ends with an exit code from 0 to 3 and a message naming what is at fault —
 * a quantity beyond its bounds, a plan beyond its size limit, a plan beyond the heap.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCompany, generateDataset } from '@replan/datagen';
import type { Dataset } from '@replan/engine';

jest.setTimeout(60_000);

const ROOT = join(__dirname, '..', '..', '..');
const BIN = join(ROOT, 'apps', 'cli', 'bin', 'replan.js');

let dir: string;
const bikeShop = (): Dataset =>
  JSON.parse(readFileSync(join(ROOT, 'examples', 'bike-shop.json'), 'utf8')) as Dataset;

function replan(args: string[], nodeOptions: string[] = []): { status: number; stderr: string } {
  const result = spawnSync(process.execPath, [...nodeOptions, BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NODE_OPTIONS: '' },
  });
  // A signal (an abort) leaves status null: outside 0–3 like any crash.
  return { status: result.status ?? -1, stderr: result.stderr };
}

function datasetFile(name: string, dataset: Dataset): string {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(dataset));
  return file;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'replan-exit-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('replan plan, as a process', () => {
  it('exits 2 naming the row of a demand of 1e15', () => {
    const dataset = bikeShop();
    const line = dataset.demand?.[0];
    if (line === undefined) throw new Error('the bike shop has no demand');
    line.quantity = 1e15;
    const { status, stderr } = replan(['plan', '--dataset', datasetFile('1e15.json', dataset)]);
    expect(status).toBe(2);
    expect(stderr).toContain(
      `error: demand '${line.id}' (row 0): field 'quantity' must be at most 1e12 in size`,
    );
  });

  it('exits 2 naming the node of a plan beyond --max-planned-orders', () => {
    const file = datasetFile('bike-shop.json', bikeShop());
    const { status, stderr } = replan(['plan', '--dataset', file, '--max-planned-orders', '2']);
    expect(status).toBe(2);
    expect(stderr).toMatch(
      /^replan plan: the plan would have more than 2 planned orders \(the maxPlannedOrders limit\): node [^ ]+@[^ ]+ would have 3, /m,
    );
    // Within the limit the same dataset plans.
    expect(replan(['plan', '--dataset', file, '--quiet']).status).toBe(0);
  });

  it('exits 2 naming the node of an order whose operation runs beyond --max-order-days', () => {
    // Velo Works routes its frames through work centres that make a few frames a day: with
    // at most one working day per operation, the first routed order of more than a day's
    // output stops the run before it is scheduled. The message names its node and the days
    // (more than the limit of 1, so at least 2 once rounded up).
    const file = datasetFile('velo.json', demoCompany({ today: '2026-03-02' }));
    const { status, stderr } = replan(['plan', '--dataset', file, '--max-order-days', '1']);
    expect(status).toBe(2);
    const match =
      /^replan plan: the plan would have an order running more than 1 days \(the maxOrderDays limit\): node [^ ]+@[^ ]+ would have an order of [0-9.]+ whose operation takes ([0-9]+) working days/m.exec(
        stderr,
      );
    expect(match).not.toBeNull();
    expect(Number(match?.[1])).toBeGreaterThanOrEqual(2);
    // Under the default limit (10,000 days) the same company plans.
    expect(replan(['plan', '--dataset', file, '--quiet']).status).toBeLessThanOrEqual(1);
  });

  it('exits 3 with a message when the plan does not fit the heap', () => {
    // 20,000 items need about 300 MB to plan; 100 MB of heap is far too little.
    const file = datasetFile('20k.json', generateDataset({ items: 20_000, seed: 1 }));
    const { status, stderr } = replan(
      ['plan', '--dataset', file, '--quiet'],
      ['--max-old-space-size=100'],
    );
    expect(status).toBe(3);
    expect(stderr).toMatch(/^replan: out of memory: the command needed more than its heap limit/m);
  });
});
