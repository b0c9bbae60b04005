import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataset } from '@replan/datagen';
import { validateDataset } from '@replan/engine';
import { runGenerateCommand } from './commands/generate';
import { runPlanCommand } from './commands/plan';
import { ExitCode } from './exit-codes';
import { bufferedIo } from './io';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'replan-generate-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('replan generate', () => {
  it('writes the generated dataset, which validates and plans', async () => {
    const out = join(dir, 'generated.json');
    const { io, stdout } = bufferedIo();

    expect(runGenerateCommand({ items: 60, seed: 7, out }, io)).toBe(ExitCode.Ok);

    const written: unknown = JSON.parse(readFileSync(out, 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(generateDataset({ items: 60, seed: 7 }))));
    expect(validateDataset(written).ok).toBe(true);
    expect(stdout()).toMatch(/about [\d,]+ planning nodes/);
    expect(stdout()).toMatch(/items\s+60 rows/);

    const plan = bufferedIo();
    expect(await runPlanCommand({ dataset: out }, plan.io)).toBe(ExitCode.Ok);
  });

  it('exits 2 for options the generator rejects', () => {
    const { io, stderr } = bufferedIo();
    const out = join(dir, 'x.json');
    expect(runGenerateCommand({ items: 60, seed: 1, depth: 99, out }, io)).toBe(ExitCode.BadInput);
    expect(stderr()).toContain('depth');
  });
});
