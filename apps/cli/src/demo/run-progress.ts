/**
 * A run's progress as the publish library reports it ({stage, rows, percent}): a live bar
 * with the current stage's name on a terminal, one line per finished stage otherwise.
 *
 * The stages of a run overlap (the planner reads the snapshot while it is extracted, the
 * writer waits for the result from the start), so their events interleave. The tracker
 * keeps each stage's progress and presents the run in pipeline order: the current stage
 * is the first one not finished, and the overall percentage never goes back.
 */
import { Presets, SingleBar } from 'cli-progress';
import type { RunEvent, RunOutcome } from '@replan/client';
import type { CliIo } from '../io';
import { formatCount } from '../format';

/** A progress event of a run (the events before its outcome). */
export type RunProgress = Exclude<RunEvent, RunOutcome>;
export type RunStage = RunProgress['stage'];
export type ProgressUpdate = Pick<RunProgress, 'stage' | 'rows' | 'percent'>;

/** The stages that do work, in pipeline order, with their share of the whole run. */
const WORK_STAGES = ['extract', 'load', 'plan', 'write'] as const;
type WorkStage = (typeof WORK_STAGES)[number];
const WEIGHT: Record<WorkStage, number> = { extract: 30, load: 10, plan: 40, write: 20 };

/** What each stage is doing, for the bar. */
export const STAGE_LABELS: Record<RunStage, string> = {
  queued: 'waiting for a worker',
  extract: 'reading the ERP database',
  load: 'loading the snapshot',
  plan: 'planning',
  write: 'writing the plan back',
  done: 'done',
};

/** What a finished stage did, for the lines: `rows` is what the stage counts. */
const DONE_LINES: Record<WorkStage, (rows: number) => string> = {
  extract: (rows) => `read the ERP database: ${formatCount(rows)} rows`,
  load: () => 'loaded the snapshot',
  plan: (rows) => `planned ${formatCount(rows)} nodes`,
  write: (rows) => `wrote the plan back: ${formatCount(rows)} planned orders`,
};

/** Each stage's progress so far, and what it means for the run as a whole. */
export class RunProgressTracker {
  private readonly percent: Record<WorkStage, number> = { extract: 0, load: 0, plan: 0, write: 0 };
  private readonly rows: Record<WorkStage, number> = { extract: 0, load: 0, plan: 0, write: 0 };
  private readonly seen = new Set<RunStage>();

  update(progress: ProgressUpdate): void {
    this.seen.add(progress.stage);
    const percent = Math.min(100, Math.max(0, progress.percent));
    if (progress.stage === 'done') {
      // The writer's last event: the plan is written, every stage is over.
      for (const stage of WORK_STAGES) this.percent[stage] = 100;
      this.rows.write = progress.rows;
      return;
    }
    if (progress.stage === 'queued') return;
    this.percent[progress.stage] = Math.max(this.percent[progress.stage], percent);
    if (progress.rows > 0 || this.rows[progress.stage] === 0) {
      this.rows[progress.stage] = progress.rows;
    }
    // Loading has no end of its own: it is over once planning starts.
    if (progress.stage === 'plan') this.percent.load = 100;
  }

  finished(stage: WorkStage): boolean {
    return this.percent[stage] >= 100;
  }

  /** The first stage not finished ('queued' before any work, 'done' after all of it). */
  current(): RunStage {
    if (this.seen.size === 0 || [...this.seen].every((s) => s === 'queued')) return 'queued';
    return WORK_STAGES.find((stage) => !this.finished(stage)) ?? 'done';
  }

  /** 0 to 100, weighted by stage; never goes back. */
  overall(): number {
    let sum = 0;
    for (const stage of WORK_STAGES) sum += (WEIGHT[stage] * this.percent[stage]) / 100;
    return Math.round(sum);
  }

  /** What the current stage has counted so far: '293 rows', '12 nodes'. */
  detail(): string {
    const stage = this.current();
    switch (stage) {
      case 'queued':
        return '';
      case 'done':
        return `${formatCount(this.rows.write)} planned orders`;
      case 'plan':
        return `${formatCount(this.rows.plan)} nodes`;
      default:
        return `${formatCount(this.rows[stage])} rows`;
    }
  }

  /** Stages finished so far, in pipeline order, with what they did. */
  finishedLines(): { stage: WorkStage; line: string }[] {
    return WORK_STAGES.filter((stage) => this.finished(stage)).map((stage) => ({
      stage,
      line: DONE_LINES[stage](this.rows[stage]),
    }));
  }
}

export interface RunProgressView {
  update(progress: ProgressUpdate): void;
  /** Draws the final state and releases the terminal. */
  stop(): void;
}

const INDENT = '           ';
const LABEL_WIDTH = Math.max(...Object.values(STAGE_LABELS).map((label) => label.length));

/** One line per stage as it finishes, in pipeline order. */
function lineView(io: CliIo): RunProgressView {
  const tracker = new RunProgressTracker();
  const printed = new Set<WorkStage>();
  return {
    update(progress) {
      tracker.update(progress);
      for (const { stage, line } of tracker.finishedLines()) {
        if (printed.has(stage)) continue;
        printed.add(stage);
        io.out(`${INDENT}${line}\n`);
      }
    },
    stop: () => undefined,
  };
}

/** A live bar on the terminal. */
function barView(terminal: NodeJS.WriteStream): RunProgressView {
  const tracker = new RunProgressTracker();
  const bar = new SingleBar(
    {
      stream: terminal,
      format: `${INDENT}{label} [{bar}] {percentage}% | {duration_formatted} | {detail}`,
      hideCursor: true,
      clearOnComplete: false,
    },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update(progress) {
      tracker.update(progress);
      const payload = {
        label: STAGE_LABELS[tracker.current()].padEnd(LABEL_WIDTH),
        detail: tracker.detail(),
      };
      if (!started) {
        bar.start(100, tracker.overall(), payload);
        started = true;
      } else {
        bar.update(tracker.overall(), payload);
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** The bar when standard error is a terminal, lines on standard output otherwise. */
export function createRunProgress(io: CliIo): RunProgressView {
  return io.terminal === undefined ? lineView(io) : barView(io.terminal);
}
