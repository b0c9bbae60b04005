/**
 * Queue names and Redis keys the client shares with the workers (the names themselves
 * come from libs/queue, so the two sides cannot drift apart).
 */
import { QUEUE_PREFIX, queueNames } from '@replan/queue';

/** The BullMQ queue that receives run requests. */
export const REQUESTS_QUEUE = queueNames.requests;

/** The name of a request job in that queue. */
export const RUN_REQUEST_JOB = 'run-request';

/** Default BullMQ key prefix of every Replan queue. */
export const DEFAULT_PREFIX = QUEUE_PREFIX;

/**
 * The key a worker checks to see whether a run was asked to stop:
 * `{prefix}:{queue}:cancel:{runId}`. It exists once cancelRun was called, and expires after
 * CANCEL_KEY_TTL_SECONDS; its value (cancelValue) says how and names the tenant, so that
 * removing a tenant finds its cancel keys.
 */
export function cancelKey(prefix: string, runId: string, queue: string = REQUESTS_QUEUE): string {
  return `${prefix}:${queue}:cancel:${runId}`;
}

export const CANCEL_KEY_TTL_SECONDS = 7 * 24 * 3600;

/**
 * The value of a cancel key: `requested:<tenant>` (the run was running and will stop) or
 * `removed:<tenant>` (it was still waiting and was taken off the queue).
 */
export function cancelValue(how: 'requested' | 'removed', tenant: string): string {
  return `${how}:${tenant}`;
}

/** The tenant named by a cancel key's value, if any. */
export function tenantOfCancelValue(value: string): string | undefined {
  const match = /^(?:requested|removed):(.+)$/.exec(value);
  return match?.[1];
}

/**
 * The deduplication id of a tenant's plan: both parts escaped so that distinct
 * (tenant, plan) pairs never share an id.
 */
export function planDedupId(tenant: string, plan: string): string {
  const escape = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D');
  return `${escape(tenant)}-${escape(plan)}`;
}
