/**
 * The `replan` program: its commands, and how anything that ends it maps to an exit code
 * (0 planned, 1 planned with error messages, 2 bad input or usage, 3 out of memory or
 * internal error).
 */
import { Command, CommanderError } from 'commander';
import { addBenchCommand } from './commands/bench';
import { addDemoCommand } from './commands/demo';
import { addGenerateCommand } from './commands/generate';
import { addPlanCommand } from './commands/plan';
import { addServeCommand } from './commands/serve';
import { addTenantCommand } from './commands/tenant';
import { CliError, ExitCode } from './exit-codes';
import type { CliIo } from './io';

const EXIT_CODES_HELP = `
Exit codes:
  0  planned (or generated, benchmarked, served and stopped, demonstrated)
  1  planned, but the run reported errors (see the messages)
  2  bad input or usage (an invalid dataset, a plan beyond its size limits)
  3  out of memory, or an internal error`;

export function buildProgram(io: CliIo, setExitCode: (code: ExitCode) => void): Command {
  const program = new Command('replan')
    .description('Replan: master planning (MRP) from the command line')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(run replan --help for usage)')
    .addHelpText('after', EXIT_CODES_HELP);
  addPlanCommand(program, io, setExitCode);
  addGenerateCommand(program, io, setExitCode);
  addBenchCommand(program, io, setExitCode);
  addServeCommand(program, io, setExitCode);
  addDemoCommand(program, io, setExitCode);
  addTenantCommand(program, io, setExitCode);
  return program;
}

/** Runs the program on `argv` (the arguments after `replan`) and returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode = ExitCode.Ok;
  const program = buildProgram(io, (code) => {
    exitCode = code;
  });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    return exitCodeOf(error, io);
  }
  return exitCode;
}

/** Commander has printed its own message; ours are printed here. */
function exitCodeOf(error: unknown, io: CliIo): ExitCode {
  if (error instanceof CommanderError) {
    // --help and --version end with 0; every usage error (unknown option, missing value) with 2.
    return error.exitCode === 0 ? ExitCode.Ok : ExitCode.BadInput;
  }
  if (error instanceof CliError) {
    io.err(`replan: ${error.message}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  io.err(`replan: internal error: ${detail}\n`);
  return ExitCode.Internal;
}
