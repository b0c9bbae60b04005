/**
 * `replan generate`: a seeded, realistic dataset from @replan/datagen, written as JSON one
 * row per line.
 */
import type { Command } from 'commander';
import {
  estimateNodes,
  generateDataset,
  writeDatasetJson,
  type GenerateOptions,
} from '@replan/datagen';
import type { Dataset } from '@replan/engine';
import { msSince, now } from '../clock';
import { CliError, ExitCode } from '../exit-codes';
import { writeFileSynchronously } from '../file-output';
import { formatBytes, formatCount, formatDuration } from '../format';
import type { CliIo } from '../io';
import { parseCount, parseInteger, parseIsoDate, parsePositiveCount } from '../options';

export interface GenerateCommandArgs {
  items: number;
  seed: number;
  depth?: number;
  planDate?: string;
  /** Regional warehouses refilled from the main warehouse. */
  warehouses?: number;
  /** Route operations per manufactured item (0: no routes). */
  routes?: number;
  out: string;
}

/** Runs `replan generate` and returns its exit code (0, or 2 for bad options or an unwritable file). */
export function runGenerateCommand(args: GenerateCommandArgs, io: CliIo): ExitCode {
  try {
    generate(args, io);
    return ExitCode.Ok;
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(`replan generate: ${error.message}\n`);
    return error.exitCode;
  }
}

function generate(args: GenerateCommandArgs, io: CliIo): void {
  const options: GenerateOptions = { items: args.items, seed: args.seed };
  if (args.depth !== undefined) options.depth = args.depth;
  if (args.planDate !== undefined) options.planDate = args.planDate;
  if (args.warehouses !== undefined) options.regionalWarehouses = args.warehouses;
  if (args.routes !== undefined) options.routeOperations = args.routes;

  const started = now();
  let dataset: Dataset;
  let nodes: number;
  try {
    nodes = estimateNodes(options);
    dataset = generateDataset(options);
  } catch (error) {
    // The generator checks its options and throws RangeError for values out of range.
    if (error instanceof RangeError) throw new CliError(error.message);
    throw error;
  }
  const generated = now();
  // writeDatasetJson hands chunks to a synchronous callback: they go straight to the file.
  const bytes = writeFileSynchronously(args.out, (write) => writeDatasetJson(dataset, write));
  const written = now();

  io.out(
    `Generated dataset '${dataset.plan.id}' (plan date ${dataset.plan.planDate}, seed ${args.seed}): ` +
      `about ${formatCount(nodes)} planning nodes\n`,
  );
  for (const [table, rows] of rowCounts(dataset)) {
    io.out(
      `  ${table.padEnd(16)}${formatCount(rows).padStart(12)} ${rows === 1 ? 'row' : 'rows'}\n`,
    );
  }
  io.out(
    `Wrote ${args.out} (${formatBytes(bytes)}) in ${formatDuration(msSince(generated, written))}; ` +
      `generating took ${formatDuration(msSince(started, generated))}\n`,
  );
}

/** The row count of every table (array) of the dataset, in file order. */
export function rowCounts(dataset: Dataset): [string, number][] {
  const counts: [string, number][] = [];
  for (const [table, rows] of Object.entries(dataset) as [string, unknown][]) {
    if (Array.isArray(rows)) counts.push([table, rows.length]);
  }
  return counts;
}

interface GenerateOptionValues {
  items: number;
  seed: number;
  depth?: number;
  planDate?: string;
  warehouses?: number;
  routes?: number;
  out: string;
}

export function addGenerateCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): Command {
  return program
    .command('generate')
    .description('generate a seeded, realistic dataset (a manufacturer with regional warehouses)')
    .requiredOption(
      '--items <n>',
      'number of items (end items, intermediates, purchased parts)',
      parsePositiveCount,
    )
    .requiredOption('--seed <s>', 'random seed: the same seed gives the same dataset', parseInteger)
    .option('--depth <d>', 'maximum BOM depth below an end item (1-10, default 4)', parseCount)
    .option('--plan-date <yyyy-mm-dd>', 'plan date of the dataset', parseIsoDate)
    .option(
      '--warehouses <k>',
      'regional warehouses refilled from the main one (default 2)',
      parseCount,
    )
    .option(
      '--routes <n>',
      'route operations per manufactured item, with resources (0-10, default 0: no routes)',
      parseCount,
    )
    .requiredOption('--out <file>', 'dataset JSON file to write')
    .action((options: GenerateOptionValues) => {
      setExitCode(runGenerateCommand(options, io));
    });
}
