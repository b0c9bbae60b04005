/**
 * A partition's share of the run's result stream. Once every partition has written its
 * rows, each reads the others', merges them into the run's plan (mergePartitions: the same
 * rows, in the same order, as the run planned whole), and encodes its own range of the
 * result stream's batches (resultBatchLayout / batchRangeOf: contiguous, about 1/K of the
 * rows each), so the encoding, most of the plan stage's time, is shared by the K engines.
 * The ranges are appended to the result stream in partition order: partition 0 appends its
 * batches as it encodes them (the writer starts on them at once), each later partition
 * encodes its range meanwhile and appends it when the one before says it is done
 * (`<run>:part:written:<p>`); the last adds the end marker. The stream is byte for byte the
 * one of the run planned whole, and the plan job only checks its digest.
 */
import { DEFAULT_ROWS_PER_BATCH, encodeResultColumnParts } from '@replan/contracts';
import {
  batchRangeOf,
  keepRange,
  mergePartitions,
  planResultColumns,
  resultBatchLayout,
  unpackResult,
  type PartitionResult,
  type PlanModel,
  type PlanRun,
  type SliceAssignment,
} from '@replan/engine';
import {
  DEFAULT_STREAM_TTL_SECONDS,
  appendBatches,
  endBatches,
  joinBatches,
  partitionResultKey,
  partitionWrittenKey,
  readHandovers,
  writeHandover,
} from '@replan/queue';
import { DEFAULT_STREAM_TIMEOUT_MS, STREAM_PIPELINE, type StageContext } from '../context';
import { readRunStream } from '../run-streams';
import type { PartitionJob } from './partition-job';
import type { ResultRangeFigures } from './partition-outcome';

/** What a partition tells the next when it has appended its range: the stream so far. */
interface Written {
  entries: number;
  bytes: number;
}

function parseWritten(bytes: Uint8Array, key: string): Written {
  const value = JSON.parse(Buffer.from(bytes).toString('utf8')) as Partial<Written>;
  if (typeof value.entries !== 'number' || typeof value.bytes !== 'number') {
    throw new Error(`${key} does not say how much of the result stream is written`);
  }
  return { entries: value.entries, bytes: value.bytes };
}

/**
 * Merges the partitions' rows (`own`: this partition's, the others read from their streams)
 * and appends this partition's range of the result stream; returns the merged run and
 * the figures. A partition retried after it had appended its range appends nothing again.
 */
export async function writeResultRange(
  job: PartitionJob,
  ctx: StageContext,
  model: PlanModel,
  slices: SliceAssignment,
  own: PartitionResult,
  lap: () => number,
  /** For tests: called after the range is appended, before the next partition is told. */
  appended: () => void = () => undefined,
): Promise<{ run: PlanRun; figures: ResultRangeFigures }> {
  const { tenant, runId, partition: p, partitions: k } = job;
  const parts: PartitionResult[] = [];
  let readBytes = 0;
  for (let q = 0; q < k; q++) {
    if (q === p) {
      parts.push(own);
      continue;
    }
    const bytes = joinBatches(
      await readRunStream(ctx, partitionResultKey(tenant, runId, q, ctx.prefix)),
    );
    readBytes += bytes.byteLength;
    parts.push(unpackResult(bytes));
  }
  const read = lap();
  const run = mergePartitions(model, slices, parts);
  parts.length = 0;
  const merge = lap();
  const rows = DEFAULT_ROWS_PER_BATCH;
  const layout = resultBatchLayout(run, rows);
  const range = batchRangeOf(layout, p, k);
  const figures: ResultRangeFigures = {
    read,
    readBytes,
    merge,
    encode: 0,
    turn: 0,
    append: 0,
    from: range.from,
    to: range.to,
    bytes: 0,
  };
  const writtenKey = (q: number): string => partitionWrittenKey(tenant, runId, q, ctx.prefix);
  if ((await ctx.redis.exists(writtenKey(p))) === 1) return { run, figures };
  ctx.signal?.throwIfAborted();
  const batches = encodeResultColumnParts(
    planResultColumns(run, rows, keepRange(layout, range)),
    rows,
    range,
  );
  const append = {
    first: range.from,
    ttlSeconds: DEFAULT_STREAM_TTL_SECONDS,
    maxPipeline: STREAM_PIPELINE,
  };
  let before: Written = { entries: 0, bytes: 0 };
  let written: Written;
  if (p === 0) {
    written = await appendBatches(ctx.redis, job.resultKey, batches, append);
    figures.encode = lap();
  } else {
    const held = [...batches];
    figures.encode = lap();
    const reader = ctx.redis.duplicate();
    try {
      const key = writtenKey(p - 1);
      const [signal] = await readHandovers(reader, [key], {
        timeoutMs: ctx.streamTimeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS,
        ...(ctx.signal !== undefined ? { signal: ctx.signal } : {}),
      });
      before = parseWritten(signal ?? new Uint8Array(), key);
    } finally {
      reader.disconnect();
    }
    if (before.entries !== range.from) {
      throw new Error(
        `partition ${p} of run ${runId}: the result stream has ${before.entries} batches ` +
          `before its range, which starts at batch ${range.from}`,
      );
    }
    figures.turn = lap();
    written = await appendBatches(ctx.redis, job.resultKey, held, append);
    figures.append = lap();
  }
  figures.bytes = written.bytes;
  const total: Written = {
    entries: before.entries + written.entries,
    bytes: before.bytes + written.bytes,
  };
  if (total.entries !== range.to) {
    throw new Error(
      `partition ${p} of run ${runId}: ${written.entries} batches encoded for the range ` +
        `${range.from} to ${range.to}`,
    );
  }
  appended();
  if (p === k - 1) {
    await endBatches(
      ctx.redis,
      job.resultKey,
      total.entries,
      total.bytes,
      DEFAULT_STREAM_TTL_SECONDS,
    );
  }
  await writeHandover(
    ctx.redis,
    writtenKey(p),
    Buffer.from(JSON.stringify(total)),
    DEFAULT_STREAM_TTL_SECONDS,
  );
  return { run, figures };
}
