/**
 * extract stage (connector): streams the plan's input tables from the tenant's database
 * into the run's snapshot stream, a batch per few thousand rows as they are read, so the
 * connector never holds a whole table and the engine reads while the connector extracts.
 */
import {
  encodeSnapshotListBatch,
  encodeSnapshotPlanBatch,
  type SnapshotListName,
} from '@replan/contracts';
import type { Dataset, PlanFilter } from '@replan/engine';
import { DEFAULT_STREAM_TTL_SECONDS, writeBatches, type ExtractJob } from '@replan/queue';
import { readDatasetParts, type DatasetPart } from '@replan/sql';
import { STREAM_PIPELINE, type TenantStageContext } from './context';
import { tenantOf } from './tenant-of';

export interface ExtractOutcome {
  /** Input rows read from the ERP tables. */
  rows: number;
  /** Batches written to the snapshot stream. */
  batches: number;
  bytes: number;
  /** Milliseconds per phase: waiting on the database, encoding and writing the stream. */
  phases: { read: number; write: number };
}

/** The number of entity rows of a dataset (every list it holds). */
export function datasetRows(dataset: Dataset): number {
  let rows = 0;
  for (const value of Object.values(dataset)) if (Array.isArray(value)) rows += value.length;
  return rows;
}

/**
 * The snapshot's batches as the tables stream in: each part of a list becomes one batch,
 * sent once the next part (or the list's end) shows whether it is the list's last. Stops,
 * with the run's reason, as soon as the run is aborted.
 */
async function* snapshotBatches(
  parts: AsyncIterable<DatasetPart>,
  filter: PlanFilter | undefined,
  signal: AbortSignal | undefined,
  tally: { rows: number; readMs: number },
): AsyncGenerator<Uint8Array> {
  let held: object[] | undefined;
  let sequence = 0;
  let mark = performance.now();
  for await (const part of parts) {
    tally.readMs += performance.now() - mark;
    signal?.throwIfAborted();
    if (part.kind === 'plan') {
      yield encodeSnapshotPlanBatch(part.plan, filter);
    } else if (part.kind === 'rows') {
      if (part.rows.length === 0) continue;
      tally.rows += part.rows.length;
      if (held !== undefined) yield encodeListBatch(part.list, held, sequence++, false);
      held = part.rows;
    } else {
      yield encodeListBatch(part.list, held ?? [], sequence, true);
      held = undefined;
      sequence = 0;
    }
    mark = performance.now();
  }
}

/** A list's rows as read (objects of the list's row type) in one batch. */
function encodeListBatch(
  list: SnapshotListName,
  rows: readonly object[],
  sequence: number,
  last: boolean,
): Uint8Array {
  return encodeSnapshotListBatch(list, rows as readonly never[], sequence, last);
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
  const written = await writeBatches(
    ctx.redis,
    job.snapshotKey,
    snapshotBatches(parts, job.filter, ctx.signal, tally),
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
  return {
    rows,
    batches: written.entries,
    bytes: written.bytes,
    phases: { read, write: Math.round(performance.now() - started) - read },
  };
}
