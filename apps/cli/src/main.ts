/**
 * The `replan` command's entry point (bin/replan.js): runs the program on the process. It
 * always ends with an exit code from 0 to 3 (see exit-codes.ts): `replan plan` runs in a
 * thread of its own, so that a plan that does not fit the heap ends with a message and 3
 * instead of aborting the process; anything thrown and not caught ends with 3.
 */
import { isMainThread } from 'node:worker_threads';
import { runCli } from './cli';
import { ExitCode } from './exit-codes';
import { runInThread, runThreadCommand } from './in-thread';
import { processIo } from './io';

function internalError(error: unknown): void {
  const io = processIo();
  io.err(`replan: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = ExitCode.Internal;
}

if (!isMainThread) {
  void runThreadCommand();
} else {
  const io = processIo();
  // A closed pipe (`replan plan … | head`) is not an error of the run.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.on('uncaughtException', (error) => {
    internalError(error);
    process.exit(ExitCode.Internal);
  });
  process.on('unhandledRejection', (reason) => {
    internalError(reason);
    process.exit(ExitCode.Internal);
  });
  const argv = process.argv.slice(2);
  const command = argv[0] === 'plan' ? runInThread(__filename, argv, io) : runCli(argv, io);
  command.then((code) => {
    process.exitCode = code;
  }, internalError);
}
