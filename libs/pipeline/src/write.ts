/**
 * write stage: reads the result stream and writes it into the tenant's database as the
 * plan's new active version, recording the run as succeeded; then deletes the run streams.
 */
import { decodeResultBatches, type RunCompleted } from '@replan/contracts';
import { deleteRunKeys, type WriteJob } from '@replan/queue';
import { writeResult } from '@replan/sql';
import type { StageContext } from './context';
import { readRunStream } from './run-streams';
import { tenantOf } from './tenant-of';

export interface WriteOptions {
  /** When the run started (ISO-8601), recorded in the run history. */
  startedAt?: string;
}

export async function processWrite(
  job: WriteJob,
  ctx: StageContext,
  options: WriteOptions = {},
): Promise<RunCompleted> {
  const tenant = tenantOf(ctx.registry, job.tenant);
  const knex = ctx.registry.openTenantDatabase(tenant);
  await ctx.progress({ stage: 'write', rows: 0, percent: 0 });
  const result = decodeResultBatches(await readRunStream(ctx.redis, job.resultKey));
  const run: { runId: string; requestedAt: string; startedAt?: string } = {
    runId: job.runId,
    requestedAt: new Date(job.requestedAt).toISOString(),
  };
  if (options.startedAt !== undefined) run.startedAt = options.startedAt;
  const summary = await writeResult(knex, result, { planId: job.plan, run });
  await deleteRunKeys(ctx.redis, job.tenant, job.runId, ctx.prefix);
  ctx.log.info(`run ${job.runId}: wrote plan ${summary.planId} version ${summary.version}`);
  await ctx.progress({ stage: 'done', rows: result.counts.plannedOrders, percent: 100 });
  return {
    runId: job.runId,
    status: 'succeeded',
    counts: result.counts,
    messages: result.messages,
    warnings: result.messages.filter((m) => m.severity === 'warning').map((m) => m.text),
  };
}
