/**
 * @replan/dashboard: the BullMQ dashboard (bull-board) of the pipeline's queues
 * (requests → extract → plan → write), behind a login with a read-only viewer role and an
 * admin role, with health, readiness and Prometheus endpoints.
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
  type DashboardRole,
  type DashboardTokens,
} from './auth';
export {
  boardQueues,
  createBoardAdapters,
  describeJob,
  formatProgress,
  redactJobData,
  type BoardQueue,
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
} from './settings';
