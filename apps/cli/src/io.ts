/**
 * Where a command writes: standard output for results and summaries, standard error for
 * warnings, errors and progress. Commands take a `CliIo` so that tests can capture both.
 */

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The terminal progress bars draw on; undefined when standard error is not a terminal. */
  terminal?: NodeJS.WriteStream;
  /** Where progress goes instead, when a command runs in a thread of its own. */
  progress?: (update: ProgressUpdate) => void;
}

/** A progress bar's state, relayed from a command's thread to the one that draws it. */
export type ProgressUpdate =
  { kind: 'update'; label: string; unit: string; done: number; total: number } | { kind: 'stop' };

export function processIo(): CliIo {
  return {
    out: (text) => {
      process.stdout.write(text);
    },
    err: (text) => {
      process.stderr.write(text);
    },
    terminal: process.stderr.isTTY ? process.stderr : undefined,
  };
}

/** A `CliIo` that keeps what is written, for tests and embedding. */
export interface BufferedIo {
  io: CliIo;
  stdout(): string;
  stderr(): string;
}

export function bufferedIo(): BufferedIo {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: {
      out: (text) => {
        out.push(text);
      },
      err: (text) => {
        err.push(text);
      },
    },
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
