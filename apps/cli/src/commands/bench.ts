/**
 * `replan bench`: the engine benchmark over a list of sizes, printed as a table and
 * optionally written as JSON.
 */
import { writeFile } from 'node:fs/promises';
import { cpus } from 'node:os';
import type { Command } from 'commander';
import { benchEngines, exposedGc, warmUp, type EngineBenchRow } from '../bench/engine-bench';
import { formatBenchTable, formatRouteComparison } from '../bench/table';
import { ExitCode } from '../exit-codes';
import { formatCount } from '../format';
import { describeFsError } from '../fs-error';
import type { CliIo } from '../io';
import { parseCount, parseCountList, parseInteger, parsePositiveCount } from '../options';

export const DEFAULT_BENCH_SIZES = [10_000, 100_000, 1_000_000];
export const DEFAULT_BENCH_SEED = 1;

export interface BenchCommandArgs {
  /** Target node counts. */
  sizes?: number[];
  seed?: number;
  /** BOM depth of the generated companies (default the generator's, 4). */
  depth?: number;
  /**
   * Route operations per manufactured item: each size is then generated without routes and
   * with them, the two planned in turns, and compared.
   */
  routes?: number;
  /** Times the plan this many times per size and reports the fastest (default 1). */
  repeat?: number;
  /** Writes the figures as JSON to this file. */
  json?: string;
  /** No phase lines on standard error. */
  quiet?: boolean;
}

export interface BenchReport {
  benchmark: 'engine';
  node: string;
  platform: string;
  cpu: string;
  seed: number;
  /** Whether garbage was collected before each phase (node --expose-gc). */
  gcExposed: boolean;
  rows: EngineBenchRow[];
}

export async function runBenchCommand(args: BenchCommandArgs, io: CliIo): Promise<ExitCode> {
  const sizes = args.sizes ?? DEFAULT_BENCH_SIZES;
  const seed = args.seed ?? DEFAULT_BENCH_SEED;
  const gc = exposedGc();
  if (gc === undefined && args.quiet !== true) {
    io.err('note: run node with --expose-gc to collect garbage between phases\n');
  }
  if (args.quiet !== true) io.err('bench: warming up\n');
  const routes = args.routes ?? 0;
  warmUp(seed);
  if (routes > 0) warmUp(seed, routes);
  const rows: EngineBenchRow[] = [];
  for (const size of sizes) {
    const variants = routes > 0 ? [0, routes] : [0];
    const found = benchEngines(size, variants, {
      seed,
      ...(args.repeat === undefined ? {} : { repeat: args.repeat }),
      ...(args.depth === undefined ? {} : { depth: args.depth }),
      ...(gc === undefined ? {} : { gc }),
      ...(args.quiet === true
        ? {}
        : {
            onPhase: (phase: string, routeOperations: number) =>
              io.err(
                `bench ${formatCount(size)} nodes${routeOperations > 0 ? ' with routes' : ''}: ${phase}\n`,
              ),
          }),
    });
    rows.push(...found);
  }
  io.out(formatBenchTable(rows));
  io.out(formatRouteComparison(rows));
  if (args.json !== undefined) {
    const report: BenchReport = {
      benchmark: 'engine',
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpu: cpus()[0]?.model ?? 'unknown',
      seed,
      gcExposed: gc !== undefined,
      rows,
    };
    try {
      await writeFile(args.json, `${JSON.stringify(report, null, 2)}\n`);
    } catch (error) {
      io.err(`replan bench: cannot write '${args.json}': ${describeFsError(error)}\n`);
      return ExitCode.BadInput;
    }
  }
  return ExitCode.Ok;
}

interface BenchOptionValues {
  sizes?: number[];
  seed?: number;
  depth?: number;
  routes?: number;
  repeat?: number;
  json?: string;
  quiet?: boolean;
}

export function addBenchCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): Command {
  return program
    .command('bench')
    .description('benchmark the engine: load, plan and output times on generated datasets')
    .option(
      '--sizes <list>',
      `target planning node counts, comma-separated (default ${DEFAULT_BENCH_SIZES.join(',')})`,
      parseCountList,
    )
    .option('--seed <s>', `dataset seed (default ${DEFAULT_BENCH_SEED})`, parseInteger)
    .option('--depth <d>', 'BOM depth below an end item (1-10, default 4)', parseCount)
    .option(
      '--routes <n>',
      'also plan each size with n route operations per manufactured item, and compare',
      parseCount,
    )
    .option(
      '--repeat <n>',
      'time the plan n times per size and report the fastest (default 1)',
      parsePositiveCount,
    )
    .option('--json <file>', 'also write the figures as JSON to this file')
    .option('--quiet', 'no phase lines on standard error')
    .action(async (options: BenchOptionValues) => {
      setExitCode(await runBenchCommand(options, io));
    });
}
