/**
 * Progress of a long run: a cli-progress bar on standard error when it is a terminal and
 * the user did not ask for quiet; silent otherwise, so pipes, logs and tests stay clean.
 */
import { Presets, SingleBar } from 'cli-progress';
import type { CliIo } from './io';

export interface Progress {
  /** `done` of `total` units are finished; the first call shows the bar. */
  update(done: number, total: number): void;
  /** Draws the final state and releases the terminal. */
  stop(): void;
}

export interface ProgressOptions {
  /** Shown before the bar: 'Planning'. */
  label: string;
  /** What is counted: 'nodes'. */
  unit: string;
  quiet?: boolean;
}

const SILENT: Progress = {
  update: () => undefined,
  stop: () => undefined,
};

export function createProgress(io: CliIo, options: ProgressOptions): Progress {
  const stream = io.terminal;
  if (options.quiet === true) return SILENT;
  const relay = io.progress;
  if (relay !== undefined) {
    const { label, unit } = options;
    return {
      update: (done, total) => relay({ kind: 'update', label, unit, done, total }),
      stop: () => relay({ kind: 'stop' }),
    };
  }
  if (stream === undefined) return SILENT;
  let bar: SingleBar | undefined;
  let total = -1;
  return {
    update(done, newTotal) {
      if (bar === undefined) {
        bar = new SingleBar(
          {
            stream,
            format: `${options.label} [{bar}] {percentage}% | {value}/{total} ${options.unit} | {duration_formatted}`,
            hideCursor: true,
            // Work in progress is synchronous: redraw from update() itself.
            synchronousUpdate: true,
          },
          Presets.shades_classic,
        );
        bar.start(newTotal, done);
        total = newTotal;
        return;
      }
      if (newTotal !== total) {
        bar.setTotal(newTotal);
        total = newTotal;
      }
      bar.update(done);
    },
    stop() {
      bar?.stop();
      bar = undefined;
    },
  };
}
