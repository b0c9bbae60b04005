/**
 * The pipeline's BullMQ queues: requests → extract → plan → write.
 *
 * BullMQ refuses ':' in queue names (it is its key separator), so names use '-'. All
 * queues of a deployment share the BullMQ `prefix` QUEUE_PREFIX, so their Redis keys read
 * `replan:replan-extract:…`.
 */
export const queueNames = {
  /** Run requests from the ERP (enqueued by the client library). */
  requests: 'replan-requests',
  /** Connector workers: read the ERP's data and stream the snapshot. */
  extract: 'replan-extract',
  /** Engine workers: read the snapshot, plan, stream the result. */
  plan: 'replan-plan',
  /** Writer workers: persist the result into the ERP's database. */
  write: 'replan-write',
} as const;

/** A pipeline stage, in the order a run goes through them. */
export type PipelineStage = keyof typeof queueNames;

/** The name of one of the pipeline's queues. */
export type QueueName = (typeof queueNames)[PipelineStage];

/** The stages in pipeline order. */
export const pipelineStages: readonly PipelineStage[] = ['requests', 'extract', 'plan', 'write'];

/**
 * The partition jobs of runs planned in partitions (REPLAN_PLAN_PARTITIONS ≥ 2): children
 * of their run's plan job, taken by any engine. Not a stage of its own: the plan stage's.
 */
export const PARTITION_QUEUE = 'replan-plan-partition';

/** The BullMQ `prefix` option of every Replan queue, worker and QueueEvents. */
export const QUEUE_PREFIX = 'replan';

/** The stage after `stage`, or undefined after the last one. */
export function nextStage(stage: PipelineStage): PipelineStage | undefined {
  return pipelineStages[pipelineStages.indexOf(stage) + 1];
}

/** True when `name` is one of the pipeline's queue names. */
export function isQueueName(name: string): name is QueueName {
  return pipelineStages.some((stage) => queueNames[stage] === name);
}
