/**
 * The plan job's outcome for a run planned in partitions, once they are done: the
 * partitions have written the result stream between them (result-range.ts), so the plan
 * job neither reads the snapshot nor encodes a row. It reads the result stream through
 * once for its digest, and takes the counts and messages partition 0 returned.
 */
import { createHash } from 'node:crypto';
import { readBatches, type PlanJob } from '@replan/queue';
import { DEFAULT_STREAM_TIMEOUT_MS, type StageContext } from '../context';
import type { PlanOutcome } from '../plan';
import type { PartitionOutcome } from './partition-outcome';

/** `outcomes` in partition order, one per partition. */
export async function partitionedOutcome(
  job: PlanJob,
  ctx: StageContext,
  outcomes: readonly PartitionOutcome[],
): Promise<PlanOutcome> {
  const started = performance.now();
  const failed = outcomes.find((o) => !o.ok && o.error !== undefined);
  if (failed !== undefined && !failed.ok) {
    return { ok: false, error: failed.error ?? '', messages: failed.messages ?? [] };
  }
  const done = outcomes.filter((o): o is Extract<PartitionOutcome, { ok: true }> => o.ok);
  const summary = done[0]?.summary;
  if (done.length !== outcomes.length || summary === undefined) {
    return {
      ok: false,
      error: `run ${job.runId}: ${outcomes.length - done.length} of ${outcomes.length} partitions returned no plan`,
      messages: [],
    };
  }
  const hash = createHash('sha256');
  let batches = 0;
  let bytes = 0;
  // On the worker's event loop, which also renews the job's lock: a few batches a read.
  const reader = ctx.redis.duplicate();
  try {
    const stream = readBatches(reader, job.resultKey, {
      count: 8,
      timeoutMs: ctx.streamTimeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS,
      ...(ctx.signal !== undefined ? { signal: ctx.signal } : {}),
    });
    for await (const batch of stream) {
      hash.update(batch);
      batches += 1;
      bytes += batch.byteLength;
    }
  } finally {
    reader.disconnect();
  }
  const max = (f: (o: (typeof done)[number]) => number): number =>
    Math.round(Math.max(...done.map(f)));
  const levels = (o: (typeof done)[number]): number =>
    o.levels.reduce((sum, l) => sum + l.wait + l.net + l.send, 0);
  const { counts, messages } = summary;
  await ctx.progress({ stage: 'plan', rows: counts.plannedNodes, percent: 100 });
  return {
    ok: true,
    batches,
    bytes,
    events: counts.requirementEvents,
    counts,
    messages,
    // The slowest partition's steps; `send` also the plan job's read of the stream.
    phases: {
      wait: max((o) => o.load.wait),
      decode: max((o) => o.load.decode),
      validate: max((o) => o.load.validate),
      plan: max((o) => o.load.compile + levels(o) + o.write + o.result.read + o.result.merge),
      encode: max((o) => o.result.encode),
      send: max((o) => o.result.turn + o.result.append) + Math.round(performance.now() - started),
    },
    resultHash: hash.digest('hex'),
    partitions: [...outcomes],
  };
}
