/**
 * Prometheus metrics of a Replan process. Each process has its own registry with the
 * default process metrics (CPU, memory, event loop lag) plus the pipeline's own.
 */
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface ServiceMetrics {
  readonly registry: Registry;
  /** Seconds a run stage took, by stage and outcome. */
  readonly stageDuration: Histogram<'stage' | 'status'>;
  /** Rows a stage moved (read, planned or written). */
  readonly stageRows: Counter<'stage'>;
  /** Rows per second of a stage's last run. */
  readonly stageRowsPerSecond: Gauge<'stage'>;
  /** Stages that failed, by stage. */
  readonly stageFailures: Counter<'stage'>;
  /** Runs finished, by status (succeeded, failed, cancelled). */
  readonly runs: Counter<'status'>;
  /** Whole-run duration from start to completion, by status. */
  readonly runDuration: Histogram<'status'>;
  /** Jobs in each of the pipeline's queues, by state; refreshed on each scrape. */
  readonly queueJobs: Gauge<'queue' | 'state'>;
}

/** Bucket bounds in seconds, from 10 ms to 30 minutes. */
const DURATION_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800];

/**
 * Creates a process's metrics. `collectQueueJobs` is called on each scrape to refresh the
 * queue depth gauge; give it when the process can see the queues.
 */
export function createServiceMetrics(
  options: {
    service?: string;
    collectQueueJobs?: () => Promise<Record<string, Record<string, number>>>;
  } = {},
): ServiceMetrics {
  const registry = new Registry();
  if (options.service !== undefined) registry.setDefaultLabels({ service: options.service });
  collectDefaultMetrics({ register: registry, prefix: 'replan_process_' });
  const collect = options.collectQueueJobs;
  const queueJobs = new Gauge({
    name: 'replan_queue_jobs',
    help: 'Jobs in each Replan queue, by state',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      if (collect === undefined) return;
      const counts = await collect();
      this.reset();
      for (const [queue, states] of Object.entries(counts)) {
        for (const [state, count] of Object.entries(states)) this.set({ queue, state }, count);
      }
    },
  });
  new Gauge({
    name: 'replan_process_peak_resident_memory_bytes',
    help: 'Peak resident set size of the process since it started',
    registers: [registry],
    collect() {
      this.set(process.resourceUsage().maxRSS * 1024);
    },
  });
  return {
    registry,
    queueJobs,
    stageDuration: new Histogram({
      name: 'replan_stage_duration_seconds',
      help: 'Time a run stage took, by stage and outcome',
      labelNames: ['stage', 'status'] as const,
      buckets: DURATION_BUCKETS,
      registers: [registry],
    }),
    stageRows: new Counter({
      name: 'replan_stage_rows_total',
      help: 'Rows moved by a run stage (read, planned or written)',
      labelNames: ['stage'] as const,
      registers: [registry],
    }),
    stageRowsPerSecond: new Gauge({
      name: 'replan_stage_rows_per_second',
      help: "Rows per second of the stage's last run",
      labelNames: ['stage'] as const,
      registers: [registry],
    }),
    stageFailures: new Counter({
      name: 'replan_stage_failures_total',
      help: 'Run stages that failed, by stage',
      labelNames: ['stage'] as const,
      registers: [registry],
    }),
    runs: new Counter({
      name: 'replan_runs_total',
      help: 'Runs finished, by status',
      labelNames: ['status'] as const,
      registers: [registry],
    }),
    runDuration: new Histogram({
      name: 'replan_run_duration_seconds',
      help: 'Time from the start of a run to its completion, by status',
      labelNames: ['status'] as const,
      buckets: DURATION_BUCKETS,
      registers: [registry],
    }),
  };
}
