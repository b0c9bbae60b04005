/**
 * @replan/client: the publish library an ERP integrator uses to request a planning run
 * (signed with the tenant's secret), await or follow it, and cancel it.
 *
 * Workers use the same module to read and verify request jobs (decodeRunRequestJob,
 * verifyRequest) and to find the cancellation key (cancelKey).
 */
export {
  ReplanClient,
  RunNotFoundError,
  RunWaitTimeoutError,
  isRunOutcome,
  toRunOutcome,
  type CancelResult,
  type ReplanClientOptions,
  type RequestRunOptions,
  type RequestRunResult,
  type RunEvent,
  type RunOutcome,
  type WaitOptions,
} from './client';
export {
  DEFAULT_MAX_AGE_MS,
  DEFAULT_MAX_SKEW_MS,
  canonicalRequestBytes,
  signRequest,
  verifyRequest,
  type ReceivedRunRequest,
  type TenantSecret,
  type UnsignedRunRequest,
  type VerifyOptions,
  type VerifyResult,
} from './signing';
export {
  RunRequestDataError,
  decodeRunRequestJob,
  encodeRunRequestJob,
  type RunRequestJobData,
} from './job-data';
export {
  CANCEL_KEY_TTL_SECONDS,
  DEFAULT_PREFIX,
  REQUESTS_QUEUE,
  RUN_REQUEST_JOB,
  cancelKey,
  cancelValue,
  tenantOfCancelValue,
  planDedupId,
} from './queues';
