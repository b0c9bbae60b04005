import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  compileDataset,
  runPlan,
  toPlanResult,
  type Dataset,
  type PlanResult,
} from '@replan/engine';
import { runPlanCommand } from './commands/plan';
import { readJsonFile } from './dataset-file';
import { CliError, ExitCode } from './exit-codes';
import { bufferedIo } from './io';

/**
 * BIKE = 2 × WHEEL, no lead times. SO-1 needs 3 bikes on 2026-02-01: one production order
 * of 3 bikes, whose 6 wheels come from 4 on hand and 2 of PO-1. One planned order in all.
 */
function tinyDataset(): Dataset {
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

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'replan-cli-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeJson(name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

function readResult(path: string): PlanResult {
  return JSON.parse(readFileSync(path, 'utf8')) as PlanResult;
}

describe('replan plan', () => {
  it('plans a dataset, writes the result and prints the summary', async () => {
    const dataset = writeJson('tiny.json', tinyDataset());
    const out = join(dir, 'result.json');
    const { io, stdout, stderr } = bufferedIo();

    const code = await runPlanCommand({ dataset, out }, io);

    expect(code).toBe(ExitCode.Ok);
    expect(stderr()).toBe('');
    const result = readResult(out);
    expect(result.plannedOrders).toHaveLength(1);
    expect(result.plannedOrders[0]).toMatchObject({
      id: 'PRD-BIKE@MAIN-1',
      type: 'production',
      quantity: 3,
    });
    expect(stdout()).toContain('Plan P1, plan date 2026-01-05\n');
    expect(stdout()).toContain('  planned orders  1 (0 purchase, 1 production, 0 transfer)\n');
    expect(stdout()).toContain(`  result          ${out}\n`);
  });

  it('writes nothing but the summary without --out', async () => {
    const dataset = writeJson('tiny.json', tinyDataset());
    const { io, stdout } = bufferedIo();
    expect(await runPlanCommand({ dataset, quiet: true }, io)).toBe(ExitCode.Ok);
    expect(stdout()).toContain('planned orders  1');
    expect(stdout()).not.toContain('result ');
  });

  it('streams a result that equals the engine result, row for row', async () => {
    const input = tinyDataset();
    const dataset = writeJson('tiny.json', input);
    const out = join(dir, 'result.json');
    const { io } = bufferedIo();
    await runPlanCommand({ dataset, out }, io);

    const expected = toPlanResult(runPlan(compileDataset(tinyDataset())));
    const text = readFileSync(out, 'utf8');
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(expected)));
    // One row per line inside the arrays.
    const lines = text.split('\n');
    expect(lines).toContain('"plannedOrders":[');
    expect(lines.filter((line) => line.startsWith('{"receiptKind"'))).toHaveLength(
      expected.pegging.length,
    );
  });

  it('plans as of --plan-date', async () => {
    const dataset = writeJson('tiny.json', tinyDataset());
    const out = join(dir, 'result.json');
    const { io } = bufferedIo();
    await runPlanCommand({ dataset, out, planDate: '2026-01-12' }, io);
    expect(readResult(out).planDate).toBe('2026-01-12');
  });

  it('rejects an invalid dataset with exit 2, naming the row', async () => {
    const input = tinyDataset();
    input.demand?.push({
      id: 'SO-7',
      type: 'sales',
      item: 'X-9',
      warehouse: 'MAIN',
      date: '2026-02-01',
      quantity: 1,
    });
    const dataset = writeJson('invalid.json', input);
    const out = join(dir, 'result.json');
    const { io, stdout, stderr } = bufferedIo();

    expect(await runPlanCommand({ dataset, out }, io)).toBe(ExitCode.BadInput);
    expect(stderr()).toContain(
      "error: demand 'SO-7' (row 1): field 'item' refers to unknown item 'X-9'",
    );
    expect(stderr()).toContain('nothing was planned');
    expect(stdout()).toBe('');
    expect(() => readFileSync(out)).toThrow();
  });

  it('rejects a file that is not JSON with exit 2, naming the file and the position', async () => {
    const dataset = join(dir, 'broken.json');
    writeFileSync(dataset, '{\n  "formatVersion": 1,\n  "plan": ]\n}\n');
    const { io, stderr } = bufferedIo();

    expect(await runPlanCommand({ dataset }, io)).toBe(ExitCode.BadInput);
    expect(stderr()).toBe(
      `replan plan: dataset file '${dataset}' is not valid JSON: unexpected ']' at line 3, column 11 (offset 34)\n`,
    );
  });

  it('rejects a missing file with exit 2', async () => {
    const { io, stderr } = bufferedIo();
    const dataset = join(dir, 'missing.json');
    expect(await runPlanCommand({ dataset }, io)).toBe(ExitCode.BadInput);
    expect(stderr()).toContain(`cannot read dataset file '${dataset}': no such file or directory`);
  });

  it('rejects an invalid --plan-date with exit 2', async () => {
    const dataset = writeJson('tiny.json', tinyDataset());
    const { io, stderr } = bufferedIo();
    expect(await runPlanCommand({ dataset, planDate: '2026-02-30' }, io)).toBe(ExitCode.BadInput);
    expect(stderr()).toContain('--plan-date');
  });

  it('exits 1 when the run reports errors, and still plans the rest', async () => {
    const input = tinyDataset();
    input.items.push({ id: 'P' }, { id: 'Q' });
    input.bomLines?.push(
      { id: 'C1', parent: 'P', component: 'Q', quantity: 1 },
      { id: 'C2', parent: 'Q', component: 'P', quantity: 1 },
    );
    input.demand?.push({
      id: 'SO-2',
      type: 'sales',
      item: 'P',
      warehouse: 'MAIN',
      date: '2026-02-01',
      quantity: 1,
    });
    const dataset = writeJson('cycle.json', input);
    const { io, stdout } = bufferedIo();

    expect(await runPlanCommand({ dataset }, io)).toBe(ExitCode.PlannedWithErrors);
    expect(stdout()).toContain('error BOM_CYCLE');
    expect(stdout()).toContain('planned orders  1 ');
  });

  it('refuses a file above the size limit before reading it', async () => {
    const path = writeJson('big.json', tinyDataset());
    await expect(readJsonFile(path, 100)).rejects.toThrow(CliError);
    await expect(readJsonFile(path, 100)).rejects.toThrow(/too large to read as one JSON document/);
    await expect(readJsonFile(path, 100)).rejects.toThrow(/database pipeline/);
  });

  it('reports an unwritable --out with exit 2', async () => {
    const dataset = writeJson('tiny.json', tinyDataset());
    const { io, stderr } = bufferedIo();
    const out = join(dir, 'no-such-dir', 'result.json');
    expect(await runPlanCommand({ dataset, out }, io)).toBe(ExitCode.BadInput);
    expect(stderr()).toContain(`cannot write '${out}'`);
  });
});
