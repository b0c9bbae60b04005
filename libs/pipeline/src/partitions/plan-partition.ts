/**
 * One partition of a run planned in partitions (engine): reads and compiles the snapshot,
 * then steps through the levels, each after the handovers of the level above have arrived
 * from the other partitions (blocking XREAD), handing the requirements it creates to their
 * partitions; at the end writes its rows for the other partitions as a stream of its own,
 * and makes and appends its range of the result stream (result-range.ts).
 *
 * A retried partition (its worker crashed) starts again from the snapshot and replays the
 * handovers from the first level: they are still in Redis, and the handovers it writes
 * again are the ones already there (planning is deterministic), which stay as they were.
 */
import {
  PartitionPlanner,
  PlanSizeGuard,
  assignSlices,
  packHandover,
  packResult,
  resultHead,
  runResultMessages,
  unpackHandover,
  type CompileOptions,
  type RequirementHandover,
} from '@replan/engine';
import {
  DEFAULT_STREAM_TTL_SECONDS,
  chunks,
  handoverKey,
  partitionResultKey,
  readHandovers,
  writeBatches,
  writeHandover,
} from '@replan/queue';
import { DEFAULT_STREAM_TIMEOUT_MS, STREAM_PIPELINE, type StageContext } from '../context';
import { loadModel } from '../plan';
import type { PartitionJob } from './partition-job';
import type { LevelFigures, PartitionOutcome } from './partition-outcome';
import { writeResultRange } from './result-range';

export type { LevelFigures, PartitionOutcome, ResultRangeFigures } from './partition-outcome';

/**
 * For tests: the partition fails once at this level, as if its worker had crashed; with
 * `result`, once it has appended its range of the result stream instead.
 */
export interface PartitionFault {
  partition: number;
  level: number;
  result?: boolean;
}

export async function processPartition(
  job: PartitionJob,
  ctx: StageContext,
  options: { attempt?: number; fault?: PartitionFault } = {},
): Promise<PartitionOutcome> {
  const { tenant, runId, partition: p, partitions: k } = job;
  let mark = performance.now();
  const lap = (): number => {
    const at = performance.now();
    const ms = at - mark;
    mark = at;
    return Math.round(ms * 10) / 10;
  };
  const compile: CompileOptions = { planDate: job.planDate };
  const loaded = await loadModel(job, ctx, lap, compile);
  if (!loaded.ok) {
    const outcome = loaded.outcome;
    if (p !== 0 || outcome.ok) return { ok: false, partition: p };
    return { ok: false, partition: p, error: outcome.error, messages: outcome.messages };
  }
  const model = loaded.take();
  const slices = assignSlices(model, k);
  // Each partition counts its own rows against the run's limits (docs/scaling.md).
  const size = new PlanSizeGuard(ctx.planSizeLimits);
  const planner = new PartitionPlanner(model, slices, p, k, size);
  const load = {
    wait: loaded.wait,
    decode: loaded.decode,
    validate: loaded.validate,
    compile: lap(),
  };
  const reader = ctx.redis.duplicate();
  const levels: LevelFigures[] = [];
  try {
    for (let level = 0; level < slices.levelCount; level++) {
      const incoming: (RequirementHandover | undefined)[] = [];
      if (level > 0 && k > 1) {
        const from = [...Array(k).keys()].filter((q) => q !== p);
        const bytes = await readHandovers(
          reader,
          from.map((q) => handoverKey(tenant, runId, level - 1, q, p, ctx.prefix)),
          {
            timeoutMs: ctx.streamTimeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS,
            ...(ctx.signal !== undefined ? { signal: ctx.signal } : {}),
          },
        );
        from.forEach((q, i) => (incoming[q] = unpackHandover(bytes[i] as Uint8Array)));
      }
      const wait = lap();
      const fault = options.fault;
      if (fault?.partition === p && fault.level === level && !fault.result && !options.attempt) {
        throw new Error(
          `partition ${p} of run ${runId} failed at level ${level} (fault for tests)`,
        );
      }
      const before = planner.nodesDone;
      const out = planner.netLevel(level, incoming);
      const net = lap();
      let bytesOut = 0;
      if (level + 1 < slices.levelCount) {
        for (let q = 0; q < k; q++) {
          const handover = out[q];
          if (q === p || handover === undefined) continue;
          const packed = packHandover(handover);
          bytesOut += packed.byteLength;
          await writeHandover(
            ctx.redis,
            handoverKey(tenant, runId, level, p, q, ctx.prefix),
            packed,
            DEFAULT_STREAM_TTL_SECONDS,
          );
        }
      }
      const send = lap();
      levels.push({ wait, net, send, bytesOut, nodes: planner.nodesDone - before });
      await ctx.progress({
        stage: 'plan',
        rows: planner.nodesDone,
        percent: Math.floor(((level + 1) / slices.levelCount) * 100),
      });
    }
  } finally {
    reader.disconnect();
  }
  const own = planner.result();
  const resultKey = partitionResultKey(tenant, runId, p, ctx.prefix);
  const written = await writeBatches(ctx.redis, resultKey, chunks(packResult(own)), {
    ttlSeconds: DEFAULT_STREAM_TTL_SECONDS,
    maxPipeline: STREAM_PIPELINE,
  });
  const write = lap();
  const { run, figures } = await writeResultRange(job, ctx, model, slices, own, lap, () => {
    if (options.fault?.partition === p && options.fault.result === true && !options.attempt) {
      throw new Error(
        `partition ${p} of run ${runId} failed after appending its result (fault for tests)`,
      );
    }
  });
  const outcome: PartitionOutcome = {
    ok: true,
    partition: p,
    resultKey,
    resultBytes: written.bytes,
    load,
    write,
    levels,
    result: figures,
  };
  if (p === 0)
    outcome.summary = { counts: resultHead(run).counts, messages: runResultMessages(run) };
  return outcome;
}
