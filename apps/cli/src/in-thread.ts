/**
 * Running a command in a thread of its own, with a heap limit: when the command runs out of
 * memory, the thread dies, not the process, and `replan` still ends with a message and exit
 * code 3. The thread writes through the parent (standard output and error, progress), which
 * draws the progress bar on its terminal.
 */
import { getHeapStatistics } from 'node:v8';
import { Worker, parentPort, workerData } from 'node:worker_threads';
import { runCli } from './cli';
import { ExitCode } from './exit-codes';
import type { CliIo, ProgressUpdate } from './io';
import { createProgress, type Progress } from './progress';

/** What the thread is started with. */
interface ThreadInput {
  argv: string[];
}

/** What the thread tells its parent. */
type ThreadMessage =
  | { type: 'out' | 'err'; text: string }
  | { type: 'progress'; update: ProgressUpdate }
  | { type: 'done'; code: ExitCode };

/** The message when the command's thread ran out of its heap. */
export function outOfMemoryMessage(heapMb: number): string {
  return (
    `replan: out of memory: the command needed more than its heap limit of ${heapMb} MiB; ` +
    'give Node a larger heap (NODE_OPTIONS=--max-old-space-size=MIB) or lower the plan-size ' +
    'limits (--max-planned-orders, --max-pegging-rows, --max-order-days) so such a plan stops sooner\n'
  );
}

/** Runs `replan argv` in a thread (the compiled `file`, this program's entry point). */
export function runInThread(file: string, argv: string[], io: CliIo): Promise<ExitCode> {
  const heapMb = Math.floor(getHeapStatistics().heap_size_limit / (1024 * 1024));
  const input: ThreadInput = { argv };
  const thread = new Worker(file, {
    workerData: input,
    resourceLimits: { maxOldGenerationSizeMb: heapMb },
    stdout: false,
    stderr: false,
  });
  let bar: Progress | undefined;
  const stopBar = (): void => {
    bar?.stop();
    bar = undefined;
  };
  return new Promise<ExitCode>((resolve) => {
    let code: ExitCode | undefined;
    thread.on('message', (message: ThreadMessage) => {
      switch (message.type) {
        case 'out':
          io.out(message.text);
          break;
        case 'err':
          io.err(message.text);
          break;
        case 'done':
          code = message.code;
          break;
        case 'progress': {
          const update = message.update;
          if (update.kind === 'stop') {
            stopBar();
            break;
          }
          bar ??= createProgress(io, { label: update.label, unit: update.unit });
          bar.update(update.done, update.total);
          break;
        }
      }
    });
    thread.on('error', (error: NodeJS.ErrnoException) => {
      stopBar();
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') io.err(outOfMemoryMessage(heapMb));
      else io.err(`replan: internal error: ${error.stack ?? error.message}\n`);
      code = ExitCode.Internal;
    });
    thread.on('exit', () => {
      stopBar();
      if (code === undefined)
        io.err('replan: internal error: the command stopped without an outcome\n');
      resolve(code ?? ExitCode.Internal);
    });
  });
}

/** The thread's side: runs the command, its output and progress relayed to the parent. */
export async function runThreadCommand(): Promise<void> {
  const port = parentPort;
  if (port === null) throw new Error('runThreadCommand: not in a thread');
  const post = (message: ThreadMessage): void => port.postMessage(message);
  const io: CliIo = {
    out: (text) => post({ type: 'out', text }),
    err: (text) => post({ type: 'err', text }),
    progress: (update) => post({ type: 'progress', update }),
  };
  const { argv } = workerData as ThreadInput;
  let code: ExitCode;
  try {
    code = await runCli(argv, io);
  } catch (error) {
    io.err(`replan: internal error: ${error instanceof Error ? error.stack : String(error)}\n`);
    code = ExitCode.Internal;
  }
  post({ type: 'done', code });
}
