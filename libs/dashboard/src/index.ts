/**
 * @replan/dashboard: the BullMQ dashboard (bull-board) of the pipeline's queues
 * (requests → extract → plan → write), behind a login with a read-only viewer role and an
 * admin role, with health, readiness and Prometheus endpoints; and the planner's workbench
 * (the active plan of each tenant on the web: net requirements, the pegging "why" tree,
 * delays with their root cause, actions), with tenant-scoped viewer tokens.
 */
export {
  SESSION_COOKIE,
  createDashboard,
  startDashboard,
  type Dashboard,
  type DashboardOptions,
  type RunningDashboard,
  type StartDashboardOptions,
} from './dashboard';
export {
  DEFAULT_SESSION_TTL_MS,
  createAuthenticator,
  type Authenticator,
  type AuthenticatorOptions,
  type DashboardPrincipal,
  type DashboardRole,
  type DashboardTokens,
} from './auth';
export {
  boardQueues,
  createBoardAdapters,
  describeJob,
  formatProgress,
  redactJobData,
  workbenchLinkOf,
  type BoardAdapterOptions,
  type BoardQueue,
  type BoardQueueKey,
  type JobLink,
  type PlanUrl,
} from './board-queues';
export {
  DashboardConfigError,
  MIN_SESSION_SECRET_LENGTH,
  MIN_TOKEN_LENGTH,
  checkPrefix,
  checkRedisUrl,
  checkSessionSecret,
  checkToken,
  dashboardSettings,
  normalizeBasePath,
  parseTenantTokens,
} from './settings';
export { registryTenants, type WorkbenchTenants } from './workbench/tenants';
export { OPENAPI_FILE, createWorkbenchRouter } from './workbench/router';
export { VIEWS as WORKBENCH_VIEWS, type View as WorkbenchView } from './workbench/views';
