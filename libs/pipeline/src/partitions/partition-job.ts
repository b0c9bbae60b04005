/**
 * The job of one partition of a run planned in partitions: the plan job's data (snapshot
 * and result keys), which partition, and how many there are.
 */
import { JobPayloadError, parsePlanJob, type PlanJob } from '@replan/queue';

/** The BullMQ queue of the partition jobs; any engine takes them. */
export { PARTITION_QUEUE } from '@replan/queue';

export interface PartitionJob extends PlanJob {
  partition: number;
  partitions: number;
}

/** Checks the data of a partition job; errors name the field at fault. */
export function parsePartitionJob(data: unknown): PartitionJob {
  const fields = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  const { partition, partitions, ...rest } = fields;
  const plan = parsePlanJob(rest);
  if (typeof partitions !== 'number' || !Number.isInteger(partitions) || partitions < 1) {
    throw new JobPayloadError(
      `partition job of run ${plan.runId}: partitions must be a whole number ≥ 1, got ${String(partitions)}`,
    );
  }
  if (
    typeof partition !== 'number' ||
    !Number.isInteger(partition) ||
    partition < 0 ||
    partition >= partitions
  ) {
    throw new JobPayloadError(
      `partition job of run ${plan.runId}: partition must be a whole number from 0 to ${partitions - 1}, got ${String(partition)}`,
    );
  }
  return { ...plan, partition, partitions };
}
