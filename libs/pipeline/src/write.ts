/**
 * write stage (writer): reads the result stream and writes it into the tenant's database
 * as the plan's new active version, recording the run as succeeded in the same
 * transaction. The flip is the last thing done: a run stopped before it leaves the old plan.
 *
 * Writing is idempotent per run: when the plan's active version was already written by
 * this run (the write committed, then its worker died before reporting), nothing is
 * written again.
 */
import { decodeResultBatches, type RunCompleted } from '@replan/contracts';
import type { WriteJob } from '@replan/queue';
import { readRun, writeResult, type WriteResultOptions } from '@replan/sql';
import { throwIfAborted } from './abort';
import type { TenantStageContext } from './context';
import { readRunStream } from './run-streams';
import { tenantOf } from './tenant-of';

/** The run's outcome, with the rows written (for the stage's metrics). */
export interface WriteOutcome {
  completed: RunCompleted;
  rows: number;
  version: number;
  alreadyWritten: boolean;
}

export async function processWrite(job: WriteJob, ctx: TenantStageContext): Promise<WriteOutcome> {
  const tenant = tenantOf(ctx.registry, job.tenant);
  const knex = ctx.registry.openTenantDatabase(tenant);
  await ctx.progress({ stage: 'write', rows: 0, percent: 0 });
  const result = decodeResultBatches(await readRunStream(ctx, job.resultKey));
  await ctx.progress({ stage: 'write', rows: 0, percent: 10 });
  const history = await readRun(knex, job.runId);
  const run: NonNullable<WriteResultOptions['run']> = {
    runId: job.runId,
    requestedAt: new Date(job.requestedAt).toISOString(),
  };
  if (history?.startedAt !== undefined && history.startedAt !== null) {
    run.startedAt = history.startedAt;
  }
  const summary = await writeResult(knex, result, {
    planId: job.plan,
    run,
    beforeFlip: async () => {
      ctx.signal?.throwIfAborted();
      await throwIfAborted(ctx.redis, ctx.prefix, job);
    },
  });
  const rows = Object.values(summary.rows).reduce((sum, n) => sum + n, 0);
  ctx.log.info(
    { version: summary.version, rows, alreadyWritten: summary.alreadyWritten },
    summary.alreadyWritten
      ? `plan ${summary.planId} version ${summary.version} was already written by this run`
      : `wrote plan ${summary.planId} version ${summary.version} (${rows} rows)`,
  );
  await ctx.progress({ stage: 'done', rows: result.counts.plannedOrders, percent: 100 });
  return {
    completed: {
      runId: job.runId,
      status: 'succeeded',
      counts: result.counts,
      messages: result.messages,
      warnings: result.messages.filter((m) => m.severity === 'warning').map((m) => m.text),
    },
    rows,
    version: summary.version,
    alreadyWritten: summary.alreadyWritten,
  };
}
