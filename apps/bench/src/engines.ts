/**
 * The engine stage of a benchmark run on one or more engines: its time from the snapshot's
 * last batch to the plan job's end (the engine alone: extraction and writing excluded), the
 * result's digest, the bytes the partitions passed each other, and what each partition did
 * level by level (the input of scripts/simulate-partitions.mjs).
 */
import type { LevelFigures, PartitionOutcome, ResultRangeFigures } from '@replan/pipeline';
import type { Redis } from 'ioredis';

export interface PartitionFigures {
  partition: number;
  /** When the partition job started, ms after the snapshot's last batch (negative: before). */
  startMs: number;
  load: { wait: number; decode: number; validate: number; compile: number };
  levels: LevelFigures[];
  /** Packing and writing its rows for the other partitions. */
  write: number;
  resultBytes: number;
  /** Reading the others' rows, merging, encoding and appending its range of the result. */
  result: ResultRangeFigures;
}

export interface EngineFigures {
  engines: number;
  /** The snapshot's last batch → the plan job's end. */
  planStageMs: number;
  /** SHA-256 of the result stream: the same for every engine count. */
  resultHash: string;
  /** Requirements handed from partition to partition, in bytes. */
  handoverBytes: number;
  /** The partitions' rows read by the other partitions (for the merge), in bytes. */
  resultBytes: number;
  /** The plan job's phases (with partitions: the slowest partition's, see partitionedOutcome). */
  planPhases: Record<string, number>;
  partitions: PartitionFigures[];
}

interface JobTimes {
  processedOn: number;
  finishedOn: number;
}

async function jobTimes(redis: Redis, key: string): Promise<JobTimes> {
  const [processedOn, finishedOn] = await redis.hmget(key, 'processedOn', 'finishedOn');
  if (processedOn == null || finishedOn == null) throw new Error(`the job ${key} did not finish`);
  return { processedOn: Number(processedOn), finishedOn: Number(finishedOn) };
}

function isDone(outcome: PartitionOutcome): outcome is Extract<PartitionOutcome, { ok: true }> {
  return outcome.ok;
}

/**
 * The engine figures of a finished run, from its plan job (`planJob`: its key, times and
 * return value) and, with partitions, its partition jobs (`partitionKey(p)`).
 */
export async function engineFigures(
  redis: Redis,
  engines: number,
  plan: JobTimes & { value: Record<string, unknown> },
  partitionKey: (partition: number) => string,
): Promise<EngineFigures> {
  const phases: Record<string, number> = {};
  const rawPhases = plan.value.phases;
  if (typeof rawPhases === 'object' && rawPhases !== null) {
    for (const [name, ms] of Object.entries(rawPhases))
      if (typeof ms === 'number') phases[name] = ms;
  }
  const resultHash = typeof plan.value.resultHash === 'string' ? plan.value.resultHash : '';
  const outcomes = (
    Array.isArray(plan.value.partitions) ? plan.value.partitions : []
  ) as PartitionOutcome[];
  const done = outcomes.filter(isDone);
  if (done.length === 0) {
    const snapshotEnd = plan.processedOn + (phases.wait ?? 0);
    return {
      engines,
      planStageMs: plan.finishedOn - snapshotEnd,
      resultHash,
      handoverBytes: 0,
      resultBytes: 0,
      planPhases: phases,
      partitions: [],
    };
  }
  const times = await Promise.all(done.map((o) => jobTimes(redis, partitionKey(o.partition))));
  const snapshotEnd = Math.min(...done.map((o, i) => (times[i]?.processedOn ?? 0) + o.load.wait));
  return {
    engines,
    planStageMs: plan.finishedOn - snapshotEnd,
    resultHash,
    handoverBytes: done.reduce((sum, o) => sum + o.levels.reduce((s, l) => s + l.bytesOut, 0), 0),
    resultBytes: done.reduce((sum, o) => sum + o.result.readBytes, 0),
    planPhases: phases,
    partitions: done.map((o, i) => ({
      partition: o.partition,
      startMs: (times[i]?.processedOn ?? 0) - snapshotEnd,
      load: o.load,
      levels: o.levels,
      write: o.write,
      resultBytes: o.resultBytes,
      result: o.result,
    })),
  };
}
