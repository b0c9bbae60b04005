/**
 * Request signing: an HMAC-SHA256 over a canonical encoding of a run request, keyed by the
 * tenant's secret. The service verifies it before it touches the tenant's data.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IsoDate, PlanFilter } from '@replan/engine';

/** A run request with its signature (the shape of the contracts' RunRequest). */
export interface RunRequest {
  runId: string;
  tenant: string;
  plan: string;
  planDate: IsoDate;
  /** Absent: the whole plan. */
  filter?: PlanFilter;
  /** Milliseconds since the Unix epoch. */
  requestedAt: number;
  /** HMAC-SHA256 of the request by the tenant's secret. */
  signature: Uint8Array;
}

/** A run request before it is signed. */
export type UnsignedRunRequest = Omit<RunRequest, 'signature'>;

/** A run request as received: the signature may be missing. */
export type ReceivedRunRequest = UnsignedRunRequest & { signature?: Uint8Array };

/** A tenant's shared secret: a string (UTF-8) or raw bytes. */
export type TenantSecret = string | Uint8Array;

export type VerifyResult = { ok: true } | { ok: false; reason: string };

export interface VerifyOptions {
  /** The verifier's clock, in milliseconds since the Unix epoch. Default: Date.now(). */
  now?: number;
  /** Oldest accepted request age. Default: 5 minutes. */
  maxAgeMs?: number;
  /** How far in the future requestedAt may be (clock skew). Default: 1 minute. */
  maxSkewMs?: number;
}

export const DEFAULT_MAX_AGE_MS = 5 * 60_000;
export const DEFAULT_MAX_SKEW_MS = 60_000;

/** Domain tag: a signature over a run request can never be replayed as anything else. */
const DOMAIN = 'replan.run-request.v1';

/**
 * The bytes that are signed. Fields in a fixed order, filter items in the order given,
 * absent optional values as null; JSON text keeps the encoding unambiguous.
 */
export function canonicalRequestBytes(request: UnsignedRunRequest): Buffer {
  const filter =
    request.filter === undefined
      ? null
      : { items: [...request.filter.items], bomLevels: request.filter.bomLevels ?? null };
  const canonical = [
    DOMAIN,
    request.runId,
    request.tenant,
    request.plan,
    request.planDate,
    request.requestedAt,
    filter,
  ];
  return Buffer.from(JSON.stringify(canonical), 'utf8');
}

function mac(request: UnsignedRunRequest, secret: TenantSecret): Buffer {
  if (secret.length === 0) throw new Error('a tenant secret must not be empty');
  return createHmac('sha256', secret).update(canonicalRequestBytes(request)).digest();
}

/** Signs a request with the tenant's secret; returns the request with its signature. */
export function signRequest(request: UnsignedRunRequest, secret: TenantSecret): RunRequest {
  if (!Number.isSafeInteger(request.requestedAt)) {
    throw new Error(`requestedAt must be an integer epoch millisecond, got ${request.requestedAt}`);
  }
  const { runId, tenant, plan, planDate, requestedAt } = request;
  const signed: RunRequest = {
    runId,
    tenant,
    plan,
    planDate,
    requestedAt,
    signature: new Uint8Array(mac(request, secret)),
  };
  if (request.filter !== undefined) signed.filter = request.filter;
  return signed;
}

/**
 * Checks a request's signature and age. Reasons: unsigned, forged (signature mismatch),
 * expired (older than maxAgeMs), from the future (more than maxSkewMs ahead).
 */
export function verifyRequest(
  request: ReceivedRunRequest,
  secret: TenantSecret,
  options: VerifyOptions = {},
): VerifyResult {
  const now = options.now ?? Date.now();
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const maxSkewMs = options.maxSkewMs ?? DEFAULT_MAX_SKEW_MS;
  const signature = request.signature;
  if (signature === undefined || signature.length === 0) {
    return { ok: false, reason: `run ${request.runId}: request is unsigned` };
  }
  if (!Number.isSafeInteger(request.requestedAt)) {
    return { ok: false, reason: `run ${request.runId}: request has no valid requestedAt` };
  }
  const expected = mac(request, secret);
  const given = Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return {
      ok: false,
      reason: `run ${request.runId}: request is forged (signature does not match tenant '${request.tenant}')`,
    };
  }
  const age = now - request.requestedAt;
  if (age > maxAgeMs) {
    return {
      ok: false,
      reason: `run ${request.runId}: request expired (${age} ms old, limit ${maxAgeMs} ms)`,
    };
  }
  if (-age > maxSkewMs) {
    return {
      ok: false,
      reason: `run ${request.runId}: request is from the future (${-age} ms ahead, limit ${maxSkewMs} ms)`,
    };
  }
  return { ok: true };
}
