/**
 * @replan/pipeline: Replan's planning service. The tenant registry (which tenants, their
 * secrets and ERP databases), the run coordinator and the stage processors of a run
 * (request → extract → plan → write, talking through Redis run streams), the service that
 * runs any of them as BullMQ workers, and the configuration of the service apps.
 */
export {
  TenantRegistry,
  TenantRegistryError,
  parseTenantRegistry,
  type DatabaseClient,
  type Tenant,
  type TenantDatabase,
} from './tenants';
export {
  DEFAULT_STREAM_TIMEOUT_MS,
  type StageContext,
  type StageProgress,
  type TenantStageContext,
} from './context';
export { RunAbortedError, abortReason, abortRun, watchAbort } from './abort';
export { checkRequest, processRequest, type CoordinatorContext } from './request';
export { processExtract, type ExtractOutcome } from './extract';
export { processPlan, type PlanOutcome } from './plan';
export { planInThread, planThreadFile, type PlanInThreadOptions } from './plan-in-thread';
export { processWrite, type WriteOutcome } from './write';
export {
  DEFAULT_CONCURRENCY,
  WORKER_ROLES,
  startService,
  type Service,
  type ServiceOptions,
  type WorkerRole,
} from './service';
export { startServe, type ServeOptions, type Server } from './serve';
export {
  APP_ROLES,
  ConfigError,
  DEFAULT_HTTP_PORT,
  SERVICE_APPS,
  SERVICE_SETTINGS,
  readServiceConfig,
  type ServiceApp,
  type ServiceConfig,
  type ServiceSetting,
} from './config';
export { runApp, startApp, type RunningApp, type StartAppOptions } from './app';
export { removeTenant, type RemoveTenantOptions, type TenantRemoval } from './tenant-removal';
export {
  encodeRunResult,
  planSnapshotBatches,
  readSnapshot,
  type EncodedResult,
  type EngineStageOutcome,
  type EngineStagePhases,
  type ReadSnapshot,
} from './engine-stage';
export { PARTITION_QUEUE, parsePartitionJob, type PartitionJob } from './partitions/partition-job';
export { DEFAULT_PARTITION_CONCURRENCY } from './partitions/partition-worker';
export type {
  LevelFigures,
  PartitionFault,
  PartitionOutcome,
  ResultRangeFigures,
} from './partitions/plan-partition';
