/**
 * write stage (writer): reads the result stream and writes it into the tenant's database
 * as the plan's new active version, recording the run as succeeded in the same
 * transaction. The flip is the last thing done: a run stopped before it leaves the old plan.
 *
 * The result is written batch by batch as it is read from the stream (one batch of rows
 * decoded at a time, each into the bulk path), so the writer's memory does not grow with
 * the result.
 *
 * Writing is idempotent per run: when the plan's active version was already written by
 * this run (the write committed, then its worker died before reporting), nothing is
 * written again.
 */
import { ContractError, decodeResultBatchColumns, type RunCompleted } from '@replan/contracts';
import { RESULT_LISTS, type ResultListName, type RunMessage } from '@replan/engine';
import type { WriteJob } from '@replan/queue';
import {
  readRun,
  writeResultSlices,
  type ResultWriteSlice,
  type WriteResultOptions,
} from '@replan/sql';
import { throwIfAborted } from './abort';
import type { TenantStageContext } from './context';
import { openRunStream } from './run-streams';
import { tenantOf } from './tenant-of';

/** The run's outcome, with the rows written (for the stage's metrics). */
export interface WriteOutcome {
  completed: RunCompleted;
  rows: number;
  version: number;
  alreadyWritten: boolean;
  /**
   * Milliseconds per phase: waiting for the result stream's head (`wait`), waiting for its
   * later batches while writing (`waitRows`: the engine is still producing them), decoding
   * the batches, writing the rows (the bulk statements), indexing the version's new tables,
   * and the flip (putting them in place, dropping the old ones, the run's record, commit).
   */
  phases: {
    wait: number;
    waitRows: number;
    decode: number;
    write: number;
    index: number;
    flip: number;
  };
}

/**
 * Checks that the batches of a result stream come as the engine writes them: the summary,
 * then each list's batches numbered from 0, the last one marked, list after list.
 */
class ResultOrder {
  private list = -1;
  private next = 0;
  private done = true;

  accept(entity: ResultListName, sequence: number, last: boolean): void {
    const index = RESULT_LISTS.indexOf(entity);
    if (index === this.list && !this.done && sequence === this.next) {
      this.next += 1;
    } else if (index === this.list + 1 && this.done && sequence === 0) {
      this.list = index;
      this.next = 1;
    } else {
      throw new ContractError(`result: ${entity} batch ${sequence} is out of order or sent twice`);
    }
    this.done = last;
  }

  checkComplete(): void {
    if (this.list !== RESULT_LISTS.length - 1 || !this.done) {
      const missing = RESULT_LISTS[this.done ? this.list + 1 : this.list] ?? 'messages';
      throw new ContractError(`result: the ${missing} batches are incomplete`);
    }
  }
}

/**
 * The write stage's phases from its marks: the stream's head read at `waited`, the rows
 * written at `steps.rows` and indexed at `steps.indexed` (0: not reached, e.g. a version
 * already written), the stage done at `end`; `timed` is the time spent waiting for and
 * decoding the batches after the head, taken out of the writing.
 */
export function writePhases(
  started: number,
  waited: number,
  timed: { waitRows: number; decode: number },
  steps: { rows: number; indexed: number },
  end: number,
): WriteOutcome['phases'] {
  const rowsAt = steps.rows === 0 ? end : steps.rows;
  const indexedAt = steps.indexed === 0 ? rowsAt : steps.indexed;
  return {
    wait: Math.round(waited - started),
    waitRows: Math.round(timed.waitRows),
    decode: Math.round(timed.decode),
    write: Math.round(rowsAt - waited - timed.waitRows - timed.decode),
    index: Math.round(indexedAt - rowsAt),
    flip: Math.round(end - indexedAt),
  };
}

export async function processWrite(job: WriteJob, ctx: TenantStageContext): Promise<WriteOutcome> {
  const tenant = tenantOf(ctx.registry, job.tenant);
  const knex = ctx.registry.openTenantDatabase(tenant);
  await ctx.progress({ stage: 'write', rows: 0, percent: 0 });
  const started = performance.now();
  const stream = openRunStream(ctx, job.resultKey);
  try {
    const first = await stream.batches.next();
    if (first.done === true) throw new ContractError('result: no summary batch');
    const { part: headPart } = decodeResultBatchColumns(first.value);
    if (headPart.kind !== 'head') {
      const list = headPart.kind === 'columns' ? headPart.batch.list : headPart.list;
      throw new ContractError(`result: the first batch is ${list}, not the summary`);
    }
    const head = headPart.head;
    const waited = performance.now();
    await ctx.progress({ stage: 'write', rows: 0, percent: 10 });

    const order = new ResultOrder();
    const messages: RunMessage[] = [];
    const expected = Math.max(1, head.counts.plannedOrders + head.counts.pegging);
    let decodedRows = 0;
    const timed = { waitRows: 0, decode: 0 };
    // The large lists are decoded into columns and written from them, without a row object.
    async function* slices(): AsyncGenerator<ResultWriteSlice> {
      for (;;) {
        const asked = performance.now();
        const next = await stream.batches.next();
        const read = performance.now();
        timed.waitRows += read - asked;
        if (next.done === true) break;
        const { sequence, last, part } = decodeResultBatchColumns(next.value);
        timed.decode += performance.now() - read;
        if (part.kind === 'head') {
          throw new ContractError('result: expected exactly one summary batch');
        }
        if (part.kind === 'columns') {
          order.accept(part.batch.list, sequence, last);
          yield part.batch;
          decodedRows += part.batch.size;
        } else {
          order.accept(part.list, sequence, last);
          if (part.list === 'messages') messages.push(...part.rows);
          yield part;
          decodedRows += part.rows.length;
        }
        const percent = 10 + Math.min(89, Math.floor((decodedRows / expected) * 89));
        await ctx.progress({ stage: 'write', rows: decodedRows, percent });
      }
      order.checkComplete();
    }
    const rest = slices();

    const history = await readRun(knex, job.runId);
    const run: NonNullable<WriteResultOptions['run']> = {
      runId: job.runId,
      requestedAt: new Date(job.requestedAt).toISOString(),
    };
    if (history?.startedAt !== undefined && history.startedAt !== null) {
      run.startedAt = history.startedAt;
    }
    const steps = { rows: 0, indexed: 0 };
    const summary = await writeResultSlices(knex, head, rest, {
      planId: job.plan,
      run,
      onStep: (step) => (steps[step] = performance.now()),
      beforeFlip: async () => {
        ctx.signal?.throwIfAborted();
        await throwIfAborted(ctx.redis, ctx.prefix, job, ctx.stopKeys);
      },
    });
    // A version already written by this run: the rows were not read, but its messages are
    // part of the outcome.
    if (summary.alreadyWritten) for await (const slice of rest) void slice;

    const rows = Object.values(summary.rows).reduce((sum, n) => sum + n, 0);
    ctx.log.info(
      { version: summary.version, rows, alreadyWritten: summary.alreadyWritten },
      summary.alreadyWritten
        ? `plan ${summary.planId} version ${summary.version} was already written by this run`
        : `wrote plan ${summary.planId} version ${summary.version} (${rows} rows)`,
    );
    // The plan is committed: nothing from here on may fail the run.
    await ctx
      .progress({ stage: 'done', rows: head.counts.plannedOrders, percent: 100 })
      .catch(() => undefined);
    return {
      completed: {
        runId: job.runId,
        status: 'succeeded',
        counts: head.counts,
        messages,
        warnings: messages.filter((m) => m.severity === 'warning').map((m) => m.text),
      },
      rows,
      version: summary.version,
      alreadyWritten: summary.alreadyWritten,
      phases: writePhases(started, waited, timed, steps, performance.now()),
    };
  } finally {
    await stream.close();
  }
}
