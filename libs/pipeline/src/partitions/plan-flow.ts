/**
 * The plan stage of a run planned in K partitions, as a BullMQ flow: the plan job adds one
 * child job per partition to the partition queue (any engine takes them) and waits for
 * them in the waiting-children state, holding no worker; BullMQ moves it back to the plan
 * queue when the last child completes, and its second pass merges the partitions' results
 * (their return values name the result streams) into the plan. A partition that fails for
 * good fails the plan job with it (failParentOnFailure), and with it the run.
 *
 * With one partition the plan stage is the run planned whole, as before.
 */
import type { PlanJob } from '@replan/queue';
import { partitionJobId } from '@replan/queue';
import { WaitingChildrenError, type Job, type Queue } from 'bullmq';
import type { PartitionJob } from './partition-job';
import type { PartitionOutcome } from './plan-partition';

/** Attempts of a partition job: a partition whose worker fails is planned again. */
export const PARTITION_ATTEMPTS = 3;

const KEEP_COMPLETED = { age: 24 * 3600, count: 10_000 };
const KEEP_FAILED = { age: 7 * 24 * 3600 };

/** The partitions' outcomes in partition order, once all are done. */
export type PlanFlowStep = { done: true; outcomes: PartitionOutcome[] };

/**
 * First pass: adds the partition jobs (again: adding is idempotent, by job id) and parks
 * the plan job until they are done (throws WaitingChildrenError). Second pass (or when the
 * children were done already): their outcomes.
 */
export async function planFlowStep(
  job: Job,
  token: string | undefined,
  data: PlanJob,
  partitionQueue: Queue,
  partitions: number,
): Promise<PlanFlowStep> {
  let outcomes = await childOutcomes(job);
  if (outcomes.length < partitions) {
    if (job.id === undefined || token === undefined) {
      throw new Error(`plan job of run ${data.runId}: no job id or lock token for its partitions`);
    }
    const children: { name: string; data: PartitionJob; opts: Parameters<Queue['add']>[2] }[] = [];
    for (let partition = 0; partition < partitions; partition++) {
      children.push({
        name: 'partition',
        data: { ...data, partition, partitions },
        opts: {
          jobId: partitionJobId(data.tenant, data.runId, partition),
          parent: { id: job.id, queue: job.queueQualifiedName },
          failParentOnFailure: true,
          attempts: PARTITION_ATTEMPTS,
          removeOnComplete: KEEP_COMPLETED,
          removeOnFail: KEEP_FAILED,
        },
      });
    }
    await partitionQueue.addBulk(children);
    if (await job.moveToWaitingChildren(token)) throw new WaitingChildrenError();
    outcomes = await childOutcomes(job);
  }
  if (outcomes.length !== partitions) {
    throw new Error(
      `plan job of run ${data.runId}: ${outcomes.length} of ${partitions} partitions returned`,
    );
  }
  return { done: true, outcomes };
}

async function childOutcomes(job: Job): Promise<PartitionOutcome[]> {
  const values = Object.values(await job.getChildrenValues<PartitionOutcome>());
  return values.sort((a, b) => a.partition - b.partition);
}
