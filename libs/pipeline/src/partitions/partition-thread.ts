/**
 * The engine's partition thread: plans one partition (plan-partition.ts) off the worker's
 * event loop, so the job lock keeps being renewed. Started by partitionInThread.
 */
import { workerData } from 'node:worker_threads';
import { runStageThread, type StageThreadInput } from '../stage-thread';
import { parsePartitionJob } from './partition-job';
import { processPartition, type PartitionFault } from './plan-partition';

export interface PartitionThreadInput extends StageThreadInput {
  job: unknown;
  /** Attempts made before this one (0 the first time). */
  attempt: number;
  fault?: PartitionFault;
}

const input = workerData as PartitionThreadInput;
runStageThread(input, 'replan-partition-thread', (ctx) =>
  processPartition(parsePartitionJob(input.job), ctx, {
    attempt: input.attempt,
    ...(input.fault !== undefined ? { fault: input.fault } : {}),
  }),
);
