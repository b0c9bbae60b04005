/**
 * Cancelling a run: the ERP's client (or the operator removing a tenant) sets the run's
 * cancel key, in the requests queue's key space, which the ERP's Redis user may write. Its
 * value names the tenant and carries a signature — by the tenant's secret (the client) or
 * by the service key (tenant removal) — over how, tenant and run id, so a value SET by any
 * other Redis client cancels nothing: the coordinator ignores a value it cannot verify.
 */
import { macText, macTextMatches, protocolMac, type SigningKey } from './protocol-mac';
import { QUEUE_PREFIX, queueNames } from './queue-names';

/** The BullMQ queue that receives run requests. */
export const REQUESTS_QUEUE = queueNames.requests;

/** The name of a request job in that queue. */
export const RUN_REQUEST_JOB = 'run-request';

/** Default BullMQ key prefix of every Replan queue. */
export const DEFAULT_PREFIX = QUEUE_PREFIX;

/**
 * The key a coordinator checks to see whether a run was asked to stop:
 * `{prefix}:{queue}:cancel:{runId}`. It exists once cancelRun was called, and expires after
 * CANCEL_KEY_TTL_SECONDS; its value (cancelValue) says how and names the tenant, so that
 * removing a tenant finds its cancel keys.
 */
export function cancelKey(prefix: string, runId: string, queue: string = REQUESTS_QUEUE): string {
  return `${prefix}:${queue}:cancel:${runId}`;
}

export const CANCEL_KEY_TTL_SECONDS = 7 * 24 * 3600;

/** How a run was cancelled: while running (it will stop) or while waiting (taken off). */
export type CancelHow = 'requested' | 'removed';

/** Who signed a cancel value: the tenant (its secret) or the service (the service key). */
export type CancelSigner = 'tenant' | 'service';

const CANCEL_DOMAIN = 'replan.cancel.v1';
const SIGNER_TAG: Record<CancelSigner, string> = { tenant: 't', service: 's' };

/**
 * The value of a cancel key: `<how>:<tenant>:<t|s>.<mac>`, the MAC over how, tenant and
 * run id by the tenant's secret (`t`) or the service key (`s`).
 */
export function cancelValue(
  how: CancelHow,
  tenant: string,
  runId: string,
  key: SigningKey,
  signer: CancelSigner = 'tenant',
): string {
  const mac = protocolMac(key, CANCEL_DOMAIN, [how, tenant, runId]);
  return `${how}:${tenant}:${SIGNER_TAG[signer]}.${macText(mac)}`;
}

const CANCEL_VALUE = /^(requested|removed):([^:]+)(?::([ts])\.([A-Za-z0-9_-]+))?$/;

/** The tenant named by a cancel key's value, if any (signed or not). */
export function tenantOfCancelValue(value: string): string | undefined {
  return CANCEL_VALUE.exec(value)?.[2];
}

/** The keys a cancel value may be signed with. */
export interface CancelVerifyKeys {
  tenantSecret?: SigningKey;
  serviceKey?: SigningKey;
}

/**
 * How run `runId` of `tenant` was cancelled, when `value` is a cancel value of that run and
 * tenant with a valid signature; undefined for anything else (unsigned, forged, another
 * tenant's or another run's value).
 */
export function verifyCancelValue(
  value: string | null | undefined,
  tenant: string,
  runId: string,
  keys: CancelVerifyKeys,
): CancelHow | undefined {
  if (value === null || value === undefined) return undefined;
  const match = CANCEL_VALUE.exec(value);
  if (match === null) return undefined;
  const [, how, named, tag, mac] = match;
  if (named !== tenant || mac === undefined || (how !== 'requested' && how !== 'removed')) {
    return undefined;
  }
  const key = tag === 't' ? keys.tenantSecret : keys.serviceKey;
  if (key === undefined || key.length === 0) return undefined;
  return macTextMatches(mac, protocolMac(key, CANCEL_DOMAIN, [how, tenant, runId]))
    ? how
    : undefined;
}

/**
 * The deduplication id of a tenant's plan: both parts escaped so that distinct
 * (tenant, plan) pairs never share an id.
 */
export function planDedupId(tenant: string, plan: string): string {
  const escape = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D');
  return `${escape(tenant)}-${escape(plan)}`;
}
