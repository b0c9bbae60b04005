/**
 * What every stage processor is given besides its job's data.
 */
import type { RunStage } from '@replan/contracts';
import type { Redis } from 'ioredis';
import type { TenantRegistry } from './tenants';

export interface PipelineLog {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** A stage's progress, reported on the run's request job. */
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
  registry: TenantRegistry;
  log: PipelineLog;
  progress(progress: StageProgress): Promise<void>;
  /** BullMQ prefix of the queues; also the prefix of the run streams and cancel keys. */
  prefix: string;
}

/** A log that writes nothing. */
export const silentLog: PipelineLog = {
  info: () => {},
  warn: () => {},
  error: () => {},
};
