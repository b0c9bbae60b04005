/**
 * `replan plan`: reads a dataset file, validates it, plans it, writes the result JSON when
 * asked, and prints a summary.
 */
import type { Command } from 'commander';
import {
  compileDataset,
  formatIssue,
  PlanSizeError,
  runPlan,
  toPlanResult,
  validateDataset,
  type Dataset,
  type PlanModel,
  type PlanResult,
  type PlanRun,
  type PlanSizeLimits,
} from '@replan/engine';
import { msSince, now } from '../clock';
import { readJsonFile } from '../dataset-file';
import { CliError, ExitCode } from '../exit-codes';
import { writeChunksToFile } from '../file-output';
import type { CliIo } from '../io';
import { parseIsoDate, parsePositiveCount } from '../options';
import { createProgress } from '../progress';
import { inChunks, planResultJson } from '../result-json';
import { formatSummary } from '../summary';

export interface PlanCommandArgs {
  /** Path of the dataset JSON file. */
  dataset: string;
  /** Path the result JSON is written to; without it only the summary is printed. */
  out?: string;
  /** Plan as of this date (YYYY-MM-DD) instead of the dataset's plan date. */
  planDate?: string;
  /** No progress bar. */
  quiet?: boolean;
  /** Plan-size limits (the engine's defaults otherwise). */
  maxPlannedOrders?: number;
  maxPeggingRows?: number;
  maxOrderDays?: number;
}

/**
 * Runs `replan plan` and returns its exit code: 0 planned, 1 planned with error messages,
 * 2 bad input. Errors the user can act on are printed to `io.err`, not thrown.
 */
export async function runPlanCommand(args: PlanCommandArgs, io: CliIo): Promise<ExitCode> {
  try {
    return await plan(args, io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.err(`replan plan: ${error.message}\n`);
    return error.exitCode;
  }
}

async function plan(args: PlanCommandArgs, io: CliIo): Promise<ExitCode> {
  if (args.planDate !== undefined) parseDateArgument(args.planDate);
  const { result, readMs, planMs } = await readAndPlan(args, io);

  const writeStart = now();
  if (args.out !== undefined) await writeChunksToFile(args.out, inChunks(planResultJson(result)));
  const writeMs = msSince(writeStart);

  io.out(
    formatSummary(result, {
      timings: { readMs, planMs, ...(args.out === undefined ? {} : { writeMs }) },
      ...(args.out === undefined ? {} : { outFile: args.out }),
    }),
  );
  return result.messages.some((message) => message.severity === 'error')
    ? ExitCode.PlannedWithErrors
    : ExitCode.Ok;
}

interface Planned {
  result: PlanResult;
  /** Reading, parsing and validating. */
  readMs: number;
  /** Compiling, planning and building the result. */
  planMs: number;
}

/**
 * Reads, validates and plans. Each stage lives in its own function, so that the parsed
 * dataset can be collected once it is compiled, and the model and run once the result is
 * built: while a large result is written, nothing else of the run is still held.
 */
async function readAndPlan(args: PlanCommandArgs, io: CliIo): Promise<Planned> {
  const { model, readMs, compileMs } = await readAndCompile(args, io);
  const planStart = now();
  const result = planModel(model, args, io);
  return { result, readMs, planMs: compileMs + msSince(planStart) };
}

async function readAndCompile(
  args: PlanCommandArgs,
  io: CliIo,
): Promise<{ model: PlanModel; readMs: number; compileMs: number }> {
  const started = now();
  const dataset = await readValidDataset(args.dataset, io);
  const read = now();
  const model = compileDataset(
    dataset,
    args.planDate === undefined ? {} : { planDate: args.planDate },
  );
  return { model, readMs: msSince(started, read), compileMs: msSince(read) };
}

async function readValidDataset(path: string, io: CliIo): Promise<Dataset> {
  const validation = validateDataset(await readJsonFile(path));
  for (const warning of validation.warnings) io.err(`warning: ${formatIssue(warning)}\n`);
  if (!validation.ok) {
    for (const error of validation.errors) io.err(`error: ${formatIssue(error)}\n`);
    throw new CliError(`dataset '${path}' is not valid; nothing was planned`);
  }
  return validation.dataset;
}

function planModel(model: PlanModel, args: PlanCommandArgs, io: CliIo): PlanResult {
  const progress = createProgress(io, { label: 'Planning', unit: 'nodes', quiet: args.quiet });
  let run: PlanRun;
  try {
    progress.update(0, model.graph.nodeCount);
    run = runPlan(model, {
      limits: limitsOf(args),
      onProgress: ({ nodesDone, nodesTotal }) => progress.update(nodesDone, nodesTotal),
    });
  } catch (error) {
    if (!(error instanceof PlanSizeError)) throw error;
    throw new CliError(`${error.message}; nothing was planned`);
  } finally {
    progress.stop();
  }
  return toPlanResult(run);
}

function limitsOf(args: PlanCommandArgs): Partial<PlanSizeLimits> {
  const limits: Partial<PlanSizeLimits> = {};
  if (args.maxPlannedOrders !== undefined) limits.maxPlannedOrders = args.maxPlannedOrders;
  if (args.maxPeggingRows !== undefined) limits.maxPeggingRows = args.maxPeggingRows;
  if (args.maxOrderDays !== undefined) limits.maxOrderDays = args.maxOrderDays;
  return limits;
}

function parseDateArgument(value: string): void {
  try {
    parseIsoDate(value);
  } catch (error) {
    throw new CliError(`--plan-date: ${error instanceof Error ? error.message : String(error)}`);
  }
}

interface PlanOptionValues {
  dataset: string;
  out?: string;
  planDate?: string;
  quiet?: boolean;
  maxPlannedOrders?: number;
  maxPeggingRows?: number;
  maxOrderDays?: number;
}

export function addPlanCommand(
  program: Command,
  io: CliIo,
  setExitCode: (code: ExitCode) => void,
): Command {
  return program
    .command('plan')
    .description('plan a dataset file and print a summary (and write the result with --out)')
    .requiredOption('--dataset <file>', 'dataset JSON file')
    .option('--out <file>', 'write the plan result JSON to this file')
    .option(
      '--plan-date <yyyy-mm-dd>',
      "plan as of this date instead of the dataset's",
      parseIsoDate,
    )
    .option('--quiet', 'no progress bar')
    .option(
      '--max-planned-orders <n>',
      'stop when the plan would have more planned orders (default 20m)',
      parsePositiveCount,
    )
    .option(
      '--max-pegging-rows <n>',
      'stop when the plan would have more pegging rows (default 50m)',
      parsePositiveCount,
    )
    .option(
      '--max-order-days <n>',
      "stop when an order's operation would take more working days (default 10000)",
      parsePositiveCount,
    )
    .action(async (options: PlanOptionValues) => {
      setExitCode(await runPlanCommand(options, io));
    });
}
