/**
 * replan-faults (`npm run faults`): the fault matrix. Runs the demo company's plan through
 * the connector, engine and writer apps, as separate processes on a Redis and a PostgreSQL
 * cluster of its own, under each cell's fault, and prints per cell how the runs ended as
 * the ERP saw them. Exits 1 when a cell misses its bars (docs/reliability.md) unless
 * --report-only, 2 on bad usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';

import { demoCompany } from '@replan/datagen';
import { Command, InvalidArgumentError } from 'commander';

import { CELLS, QUICK_CELLS, type Cell } from './cells';
import { Lane, type RunRecord } from './lane';
import { formatTable, summarise, type CellSummary } from './report';

/** The plan date of the demo company's data (fixed, so every run plans the same). */
const PLAN_DATE = '2026-03-02';

interface Options {
  quick: boolean;
  runs?: number;
  cells?: string;
  lanes: number;
  timeout: number;
  reportOnly: boolean;
  out?: string;
  json?: string;
  fromJson?: string;
}

function positive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('a whole number ≥ 1');
  return n;
}

function parse(argv: readonly string[]): Options {
  const program = new Command('replan-faults')
    .description('The fault matrix: runs under faults, classified from the ERP’s view')
    .option('--quick', 'a subset of the cells, one run each (CI)', false)
    .option('--runs <n>', 'runs per cell (default 5; 1 with --quick)', positive)
    .option('--cells <names>', 'only the cells whose name contains one of these (comma-separated)')
    .option(
      '--lanes <n>',
      'lanes run side by side, each with its own Redis and PostgreSQL',
      positive,
      1,
    )
    .option('--timeout <s>', 'seconds without an outcome after which a run is hung', positive, 120)
    .option('--report-only', 'print the table and exit 0 even when a cell misses its bars', false)
    .option('--out <file>', 'also write the table (Markdown) to this file')
    .option('--json <file>', 'also write every run as JSON to this file')
    .option('--from-json <files>', 'run nothing: the table of the runs in these --json files')
    .exitOverride();
  program.parse(argv, { from: 'user' });
  return program.opts<Options>();
}

function chooseCells(options: Options): Cell[] {
  let cells: Cell[] = options.quick
    ? CELLS.filter((c) => QUICK_CELLS.includes(c.name))
    : [...CELLS];
  if (options.cells !== undefined) {
    const wanted = options.cells.split(',').map((s) => s.trim().toLowerCase());
    cells = cells.filter((c) => wanted.some((w) => c.name.toLowerCase().includes(w)));
  }
  return cells;
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = parse(process.argv.slice(2));
  } catch (error) {
    const code = (error as { exitCode?: number }).exitCode;
    process.exitCode = code === 0 ? 0 : 2;
    return;
  }
  const cells = chooseCells(options);
  if (cells.length === 0) {
    process.stderr.write('replan-faults: no cell matches --cells\n');
    process.exitCode = 2;
    return;
  }
  if (options.fromJson !== undefined) {
    const saved = options.fromJson
      .split(',')
      .flatMap((file) => JSON.parse(readFileSync(file.trim(), 'utf8')) as RunRecord[]);
    report(
      options,
      cells.map((cell) =>
        summarise(
          cell,
          saved.filter((r) => r.cell === cell.name),
        ),
      ),
      `${saved.length} runs from ${options.fromJson}`,
      [],
    );
    return;
  }
  const runs = options.runs ?? (options.quick ? 1 : 5);
  const dataset = demoCompany({ today: PLAN_DATE });
  const tasks = cells.flatMap((cell) =>
    Array.from({ length: runs }, (_, i) => ({ cell, run: i + 1 })),
  );
  const records = new Map<string, RunRecord[]>(cells.map((c) => [c.name, []]));
  const started = Date.now();
  process.stderr.write(
    `replan-faults: ${cells.length} cells × ${runs} runs on ${options.lanes} lane(s)\n`,
  );

  const lanes: Lane[] = [];
  const errors: string[] = [];
  const stop = async (): Promise<void> => {
    await Promise.all(lanes.map((lane) => lane.close()));
  };
  process.once('SIGINT', () => void stop().finally(() => process.exit(130)));
  try {
    for (let i = 0; i < Math.min(options.lanes, tasks.length); i++) {
      lanes.push(
        await Lane.open({
          dataset,
          outcomeTimeoutMs: options.timeout * 1000,
          forgedWaitMs: 20_000,
        }),
      );
    }
    let next = 0;
    await Promise.all(
      lanes.map(async (lane) => {
        for (;;) {
          const task = tasks[next++];
          if (task === undefined) return;
          let record: RunRecord | undefined;
          // A run whose set-up fails (an app not ready in time on a loaded machine) is
          // tried once more; a second failure is reported, not classified.
          for (let attempt = 1; record === undefined; attempt++) {
            try {
              record = await lane.run(task.cell, task.run);
            } catch (error) {
              const reason = error instanceof Error ? error.message : String(error);
              process.stderr.write(`${task.cell.name} #${task.run}: ${reason}\n`);
              if (attempt >= 2) break;
            }
          }
          if (record === undefined) {
            errors.push(`${task.cell.name} #${task.run}`);
            continue;
          }
          records.get(task.cell.name)?.push(record);
          const secondsIn = ((Date.now() - started) / 1000).toFixed(0);
          const recovery =
            record.recoveryMs === undefined ? '' : `, ${(record.recoveryMs / 1000).toFixed(1)} s`;
          process.stderr.write(
            `[${secondsIn} s] ${task.cell.name} #${task.run}: ${record.cls}${recovery}\n`,
          );
        }
      }),
    );
  } finally {
    await stop();
  }

  const summaries = cells.map((cell) => summarise(cell, records.get(cell.name) ?? []));
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  if (options.json !== undefined) {
    writeFileSync(options.json, `${JSON.stringify([...records.values()].flat(), null, 2)}\n`);
  }
  report(options, summaries, `${tasks.length} runs in ${minutes} min`, errors);
}

/** Prints the table (and writes it to --out); sets the exit code from the bars. */
function report(
  options: Options,
  summaries: readonly CellSummary[],
  footer: string,
  errors: readonly string[],
): void {
  const table = formatTable(summaries);
  process.stdout.write(`\n${table}\n${footer}\n`);
  if (options.out !== undefined) writeFileSync(options.out, table);
  if (errors.length > 0) {
    process.stdout.write(`${errors.length} runs could not be set up: ${errors.join(', ')}\n`);
    if (!options.reportOnly) process.exitCode = 1;
  }
  const missed = summaries.filter((s) => s.misses.length > 0);
  if (missed.length > 0) {
    process.stdout.write(`${missed.length} of ${summaries.length} cells miss their bars\n`);
    if (!options.reportOnly) process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `replan-faults: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
