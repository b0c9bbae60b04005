/**
 * @replan/pipeline: Replan's planning service. The tenant registry (which tenants, their
 * secrets and ERP databases), the stage processors of a run (request → extract → plan →
 * write, talking through Redis run streams) and the worker behind `replan serve`.
 */
export {
  TenantRegistry,
  TenantRegistryError,
  parseTenantRegistry,
  type DatabaseClient,
  type Tenant,
  type TenantDatabase,
} from './tenants';
export { silentLog, type PipelineLog, type StageContext, type StageProgress } from './context';
export { isCancelRequested } from './cancel';
export { checkRequest, processRequest } from './request';
export { processExtract, type ExtractOutcome } from './extract';
export { processPlan, type PlanOutcome } from './plan';
export { processWrite, type WriteOptions } from './write';
export { DEFAULT_LOCK_DURATION_MS, startServe, type ServeOptions, type Server } from './serve';
