/** The `replan` command's entry point (bin/replan.js): runs the program on the process. */
import { runCli } from './cli';
import { ExitCode } from './exit-codes';
import { processIo } from './io';

const io = processIo();
// A closed pipe (`replan plan … | head`) is not an error of the run.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
});
runCli(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    io.err(`replan: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = ExitCode.Internal;
  },
);
