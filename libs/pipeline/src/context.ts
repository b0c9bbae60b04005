/**
 * What every stage processor is given besides its job's data.
 */
import type { RunStage } from '@replan/contracts';
import type { PlanSizeLimits } from '@replan/engine';
import type { Logger } from '@replan/observability';
import type { Redis } from 'ioredis';
import type { StopKeys } from './abort';
import type { TenantRegistry } from './tenants';

/** A stage's progress, reported on its own job and on the run's request job. */
export interface StageProgress {
  stage: RunStage;
  rows: number;
  percent: number;
}

export interface StageContext {
  /**
   * A command connection (not used for blocking reads: stages that read a run stream
   * duplicate it).
   */
  redis: Redis;
  /** Lines about the run (the run id and tenant are bound on each line). */
  log: Logger;
  progress(progress: StageProgress): Promise<void>;
  /** BullMQ prefix of the queues; also the prefix of the run streams and abort keys. */
  prefix: string;
  /** Aborted when the run is stopped (cancelled, another stage failed, shutdown). */
  signal?: AbortSignal;
  /** The keys the run's abort and cancel keys are verified with (plan thread: none). */
  stopKeys?: StopKeys;
  /** How long a stage waits for the next batch of a run stream, in ms (default an hour). */
  streamTimeoutMs?: number;
  /** Plan stage: the plan-size limits (default the engine's). */
  planSizeLimits?: Partial<PlanSizeLimits>;
}

/** The context of the stages that open the tenant's database (extract, write). */
export interface TenantStageContext extends StageContext {
  registry: TenantRegistry;
  stopKeys: StopKeys;
}

/**
 * Default wait for the next batch of a run stream: an hour, long enough for a stage queued
 * behind busy workers. A run that fails or is cancelled stops its stages at once through
 * its abort key; this bound only matters when the run's coordinator is gone for good.
 */
export const DEFAULT_STREAM_TIMEOUT_MS = 60 * 60_000;

/**
 * Run stream entries a stage sends per round trip: a few, so the next stage gets the first
 * batches while the rest are still being made.
 */
export const STREAM_PIPELINE = 4;
