/**
 * extract stage (connector): reads the plan's input tables from the tenant's database and
 * writes them as the run's snapshot stream.
 */
import { encodeDatasetBatches } from '@replan/contracts';
import type { Dataset } from '@replan/engine';
import { DEFAULT_STREAM_TTL_SECONDS, writeBatches, type ExtractJob } from '@replan/queue';
import { readDataset, type ReadDatasetOptions } from '@replan/sql';
import type { TenantStageContext } from './context';
import { tenantOf } from './tenant-of';

export interface ExtractOutcome {
  /** Input rows read from the ERP tables. */
  rows: number;
  /** Batches written to the snapshot stream. */
  batches: number;
  bytes: number;
  /** Milliseconds per phase: reading the tables, encoding and writing the stream. */
  phases: { read: number; write: number };
}

/** The number of entity rows of a dataset (every list it holds). */
export function datasetRows(dataset: Dataset): number {
  let rows = 0;
  for (const value of Object.values(dataset)) if (Array.isArray(value)) rows += value.length;
  return rows;
}

/** The batches, stopping (with the run's reason) as soon as the run is aborted. */
function* untilAborted(
  batches: Iterable<Uint8Array>,
  signal: AbortSignal | undefined,
): Generator<Uint8Array> {
  for (const batch of batches) {
    signal?.throwIfAborted();
    yield batch;
  }
}

export async function processExtract(
  job: ExtractJob,
  ctx: TenantStageContext,
): Promise<ExtractOutcome> {
  const tenant = tenantOf(ctx.registry, job.tenant);
  const knex = ctx.registry.openTenantDatabase(tenant);
  await ctx.progress({ stage: 'extract', rows: 0, percent: 0 });
  const options: ReadDatasetOptions = {};
  if (job.filter !== undefined) options.filter = job.filter;
  const started = performance.now();
  const dataset = await readDataset(knex, job.plan, options);
  ctx.signal?.throwIfAborted();
  const read = performance.now();
  const rows = datasetRows(dataset);
  const written = await writeBatches(
    ctx.redis,
    job.snapshotKey,
    untilAborted(encodeDatasetBatches(dataset), ctx.signal),
    { ttlSeconds: DEFAULT_STREAM_TTL_SECONDS },
  );
  ctx.log.info(
    { rows, batches: written.entries, bytes: written.bytes },
    `extracted plan ${job.plan}: ${rows} rows in ${written.entries} batches`,
  );
  await ctx.progress({ stage: 'extract', rows, percent: 100 });
  const phases = {
    read: Math.round(read - started),
    write: Math.round(performance.now() - read),
  };
  return { rows, batches: written.entries, bytes: written.bytes, phases };
}
