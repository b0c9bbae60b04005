/**
 * @replan/client: the publish library an ERP integrator uses to request a planning run
 * (signed with the tenant's secret), await or follow it, and cancel it.
 *
 * Workers use the same module to read and verify request jobs (decodeRunRequestJob,
 * verifyRequest) and to find the cancellation key (cancelKey).
 */
export { toRunOutcome } from '@replan/queue';
export {
  ReplanClient,
  RunNotFoundError,
  RunWaitTimeoutError,
  isRunOutcome,
  type CancelResult,
  type ReplanClientOptions,
  type RequestRunOptions,
  type RequestRunResult,
  type RunEvent,
  type RunOutcome,
  type WaitOptions,
} from './client';
// The run protocol's forms, owned by @replan/queue, re-exported for integrators.
export {
  CANCEL_KEY_TTL_SECONDS,
  DEFAULT_MAX_AGE_MS,
  DEFAULT_MAX_SKEW_MS,
  DEFAULT_PREFIX,
  REQUESTS_QUEUE,
  RUN_REQUEST_JOB,
  RunRequestDataError,
  canonicalRequestBytes,
  cancelKey,
  cancelValue,
  decodeRunRequestJob,
  encodeRunRequestJob,
  planDedupId,
  signRequest,
  tenantOfCancelValue,
  verifyRequest,
  type ReceivedRunRequest,
  type RunRequestJobData,
  type TenantSecret,
  type UnsignedRunRequest,
  type VerifyOptions,
  type VerifyResult,
} from '@replan/queue';
