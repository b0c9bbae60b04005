/**
 * extract stage: reads the plan's input tables from the tenant's database and writes them
 * as the run's snapshot stream.
 */
import { encodeDatasetBatches } from '@replan/contracts';
import { DEFAULT_STREAM_TTL_SECONDS, writeBatches, type ExtractJob } from '@replan/queue';
import { readDataset, type ReadDatasetOptions } from '@replan/sql';
import type { StageContext } from './context';
import { tenantOf } from './tenant-of';

export interface ExtractOutcome {
  /** Batches written to the snapshot stream. */
  batches: number;
  bytes: number;
}

export async function processExtract(job: ExtractJob, ctx: StageContext): Promise<ExtractOutcome> {
  const tenant = tenantOf(ctx.registry, job.tenant);
  const knex = ctx.registry.openTenantDatabase(tenant);
  await ctx.progress({ stage: 'extract', rows: 0, percent: 0 });
  const options: ReadDatasetOptions = {};
  if (job.filter !== undefined) options.filter = job.filter;
  const dataset = await readDataset(knex, job.plan, options);
  const batches = encodeDatasetBatches(dataset);
  const written = await writeBatches(ctx.redis, job.snapshotKey, batches, {
    ttlSeconds: DEFAULT_STREAM_TTL_SECONDS,
  });
  ctx.log.info(
    `run ${job.runId}: extracted plan ${job.plan} of tenant ${job.tenant} ` +
      `(${written.entries} batches, ${written.bytes} bytes)`,
  );
  await ctx.progress({ stage: 'extract', rows: written.entries, percent: 100 });
  return { batches: written.entries, bytes: written.bytes };
}
