/**
 * The pipeline's four queues as people see them on the board: named and described in
 * pipeline order, with each job's run, plan and stage in its title and its progress as
 * the percentage the board draws; and the plan stage's partition queue, whose jobs the
 * board draws as children of their run's plan job.
 */
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { PARTITION_QUEUE, queueNames, type PipelineStage } from '@replan/queue';
import type { Queue } from 'bullmq';

/** What a board queue is for: a pipeline stage, or the plan stage's partitions. */
export type BoardQueueKey = PipelineStage | 'partitions';

export interface BoardQueue {
  stage: BoardQueueKey;
  /** The BullMQ queue name. */
  name: string;
  /** The name shown on the board. */
  displayName: string;
  description: string;
}

/** The pipeline's queues in the order a run goes through them. */
export const boardQueues: readonly BoardQueue[] = [
  {
    stage: 'requests',
    name: queueNames.requests,
    displayName: '1 · Run requests',
    description:
      'Planning runs requested by the ERP; one job per run (job id = run id), ' +
      'its progress follows the run through every stage.',
  },
  {
    stage: 'extract',
    name: queueNames.extract,
    displayName: '2 · Extract (connector)',
    description: "Reads the tenant's data from the ERP database into the run's snapshot stream.",
  },
  {
    stage: 'plan',
    name: queueNames.plan,
    displayName: '3 · Plan (engine)',
    description: 'Plans the snapshot in memory and streams the result.',
  },
  {
    stage: 'partitions',
    name: PARTITION_QUEUE,
    displayName: '3 · Plan partitions (engines)',
    description:
      'Runs planned in partitions (REPLAN_PLAN_PARTITIONS): one job per partition, a ' +
      "child of its run's plan job, taken by any engine.",
  },
  {
    stage: 'write',
    name: queueNames.write,
    displayName: '4 · Write (writer)',
    description: "Writes the result into the ERP database as the plan's new active version.",
  },
];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The percentage of a run's progress (`{runId, stage, rows, percent}`), if it has one. */
function percentOf(progress: Record<string, unknown>): number | undefined {
  const { percent, stage } = progress;
  if (typeof percent === 'number' && Number.isFinite(percent)) {
    return Math.min(100, Math.max(0, Math.round(percent)));
  }
  return stage === 'done' ? 100 : undefined;
}

/**
 * The progress the board shows. A run's progress object (`{runId, stage, rows, percent}`)
 * is kept, so the job's Progress tab shows the stage and rows, with its percentage added
 * as `progress`: the board draws a number found there as the circle on the job card.
 * Anything else is shown unchanged.
 */
export function formatProgress(progress: unknown): unknown {
  if (!isRecord(progress)) return progress;
  const percent = percentOf(progress);
  return percent === undefined ? progress : { ...progress, progress: percent };
}

/**
 * A job's title: its name, the run's tenant and plan, and the stage it has reached,
 * e.g. `run-request · acme · BIKE-SHOP 2026-03-02 · done 100% (1,234 rows)`.
 */
export function describeJob(job: { name?: unknown; data?: unknown; progress?: unknown }): string {
  const parts: string[] = [typeof job.name === 'string' && job.name !== '' ? job.name : 'job'];
  const data = job.data;
  if (isRecord(data) && typeof data.tenant === 'string' && typeof data.plan === 'string') {
    const planDate = typeof data.planDate === 'string' ? ` ${data.planDate}` : '';
    parts.push(data.tenant, `${data.plan}${planDate}`);
  }
  const progress = job.progress;
  if (isRecord(progress) && typeof progress.stage === 'string') {
    const percent = percentOf(progress);
    let reached = percent === undefined ? progress.stage : `${progress.stage} ${percent}%`;
    if (typeof progress.rows === 'number' && progress.rows > 0) {
      reached += ` (${progress.rows.toLocaleString('en-US')} rows)`;
    }
    parts.push(reached);
  }
  return parts.join(' · ');
}

/** Job data as a viewer sees it: a request's signature is not shown. */
export function redactJobData(data: unknown): unknown {
  if (!isRecord(data) || data.signature === undefined) return data;
  return { ...data, signature: '(hidden)' };
}

/** A link the board shows on a job card (bull-board's `externalJobUrl`). */
export interface JobLink {
  href: string;
  displayText: string;
}

/** Where the run of a job can be seen: the URL of a tenant's plan, followed from run `runId`. */
export type PlanUrl = (run: { tenant: string; plan: string; runId?: string }) => string;

/**
 * The link of a job to its run's plan in the workbench. Every job of the pipeline carries
 * its run's tenant, plan and run id; a job without them links to the workbench's plans.
 */
export function workbenchLinkOf(
  job: { data?: unknown },
  planUrl: PlanUrl,
  plansUrl: string,
): JobLink {
  const data = job.data;
  if (isRecord(data) && typeof data.tenant === 'string' && typeof data.plan === 'string') {
    const runId = typeof data.runId === 'string' ? data.runId : undefined;
    return {
      href: planUrl({
        tenant: data.tenant,
        plan: data.plan,
        ...(runId === undefined ? {} : { runId }),
      }),
      displayText: `Plan ${data.plan} in the workbench`,
    };
  }
  return { href: plansUrl, displayText: 'Plans in the workbench' };
}

export interface BoardAdapterOptions {
  /** With the workbench: each job links to its run's plan there. */
  workbench?: { planUrl: PlanUrl; plansUrl: string };
}

/** The board adapters of the queues: read-only for viewers, full for admins. */
export function createBoardAdapters(
  queues: ReadonlyMap<BoardQueueKey, Queue>,
  access: 'read-only' | 'full',
  options: BoardAdapterOptions = {},
): BullMQAdapter[] {
  const workbench = options.workbench;
  return boardQueues.map((described) => {
    const queue = queues.get(described.stage);
    if (queue === undefined) throw new Error(`no queue for the ${described.stage} stage`);
    const readOnly = access === 'read-only';
    const adapter = new BullMQAdapter(queue, {
      readOnlyMode: readOnly,
      allowRetries: !readOnly,
      displayName: described.displayName,
      description: described.description,
      // 'replan-requests' → 'replan' › 'requests': the menu shows the pipeline as one group.
      delimiter: '-',
      ...(workbench === undefined
        ? {}
        : {
            externalJobUrl: (job: { data?: unknown }) =>
              workbenchLinkOf(job, workbench.planUrl, workbench.plansUrl),
          }),
    });
    adapter.setFormatter('progress', formatProgress);
    adapter.setFormatter('name', describeJob);
    if (readOnly) adapter.setFormatter('data', redactJobData);
    return adapter;
  });
}
