/**
 * extract stage (connector): streams the plan's input tables from the tenant's database
 * into the run's snapshot stream, a batch per few thousand rows as they are read, so the
 * connector never holds a whole table and the engine reads while the connector extracts.
 */
import { encodeSnapshotParts } from '@replan/contracts';
import type { DatasetPart } from '@replan/engine';
import { DEFAULT_STREAM_TTL_SECONDS, writeBatches, type ExtractJob } from '@replan/queue';
import { readDatasetParts } from '@replan/sql';
import { STREAM_PIPELINE, type TenantStageContext } from './context';
import { timedAsyncItems, type Tally } from './stage-timing';
import { tenantOf } from './tenant-of';

export interface ExtractOutcome {
  /** Input rows read from the ERP tables. */
  rows: number;
  /** Batches written to the snapshot stream. */
  batches: number;
  bytes: number;
  /**
   * Milliseconds per phase: waiting on the database (`read`), encoding the batches and
   * sending them to the snapshot stream.
   */
  phases: { read: number; encode: number; send: number };
}

/**
 * The dataset's parts as they are read, counted, with the time spent waiting on the
 * database; stops, with the run's reason, as soon as the run is aborted.
 */
async function* tallied(
  parts: AsyncIterable<DatasetPart>,
  signal: AbortSignal | undefined,
  tally: { rows: number; readMs: number },
): AsyncGenerator<DatasetPart> {
  let mark = performance.now();
  for await (const part of parts) {
    tally.readMs += performance.now() - mark;
    signal?.throwIfAborted();
    if (part.kind === 'rows') tally.rows += part.rows.length;
    yield part;
    mark = performance.now();
  }
}

export async function processExtract(
  job: ExtractJob,
  ctx: TenantStageContext,
): Promise<ExtractOutcome> {
  const tenant = tenantOf(ctx.registry, job.tenant);
  const knex = ctx.registry.openTenantDatabase(tenant);
  await ctx.progress({ stage: 'extract', rows: 0, percent: 0 });
  const started = performance.now();
  const tally = { rows: 0, readMs: 0 };
  const parts = readDatasetParts(knex, job.plan);
  // Time inside the encoder's `next` is reading and encoding; the rest is sending.
  const produced: Tally = { ms: 0 };
  const written = await writeBatches(
    ctx.redis,
    job.snapshotKey,
    timedAsyncItems(encodeSnapshotParts(tallied(parts, ctx.signal, tally), job.filter), produced),
    // A few batches per round trip, so the engine gets the first ones while the tables
    // are still being read.
    { ttlSeconds: DEFAULT_STREAM_TTL_SECONDS, maxPipeline: STREAM_PIPELINE },
  );
  const { rows } = tally;
  ctx.log.info(
    { rows, batches: written.entries, bytes: written.bytes },
    `extracted plan ${job.plan}: ${rows} rows in ${written.entries} batches`,
  );
  await ctx.progress({ stage: 'extract', rows, percent: 100 });
  const read = Math.round(tally.readMs);
  const encode = Math.round(produced.ms) - read;
  return {
    rows,
    batches: written.entries,
    bytes: written.bytes,
    phases: { read, encode, send: Math.round(performance.now() - started) - read - encode },
  };
}
