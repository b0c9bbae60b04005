/**
 * A run is accepted from one request job. The coordinator that first takes a run's request
 * records the job (its id and creation time) under the run's accepted key; a coordinator
 * taking over the run (the first one died, or handed the job back) holds the same job, and
 * goes on. Any other request job for the run — a finished run's request data added again
 * under a new job id, or a copy sent while the run is going — is a replay: it is refused,
 * whatever the run's history says, and nothing is planned again.
 *
 * The record lives longer than the run's stage jobs (kept up to a week), so that no replay
 * can pass for a coordinator taking over a run whose stage jobs are still there; once they
 * are gone, a replay is refused by its age (REPLAN_REQUEST_MAX_AGE_MS) or by the run's
 * history.
 */
import type { Redis } from 'ioredis';

import { KEY_PREFIX, acceptedKey } from './run-streams';

/** Eight days: longer than a failed stage job is kept (a week). */
export const ACCEPTED_TTL_SECONDS = 8 * 24 * 3600;

/** The request job a run is accepted from: its BullMQ id and creation time (ms). */
export interface RequestJobRef {
  jobId: string;
  createdAt: number;
}

export type AcceptResult =
  { accepted: true; first: boolean } | { accepted: false; by: RequestJobRef | undefined };

function encodeRef(ref: RequestJobRef): string {
  return `${ref.createdAt}/${ref.jobId}`;
}

function decodeRef(value: string): RequestJobRef | undefined {
  const slash = value.indexOf('/');
  const createdAt = Number(value.slice(0, slash));
  if (slash < 1 || !Number.isFinite(createdAt)) return undefined;
  return { jobId: value.slice(slash + 1), createdAt };
}

/**
 * Records `ref` as the request job run `runId` of `tenant` is accepted from, unless another
 * job was: accepted (first when this call made the record) when the run is this job's,
 * else not, with the job it was accepted from.
 */
export async function acceptRequest(
  redis: Redis,
  tenant: string,
  runId: string,
  ref: RequestJobRef,
  prefix: string = KEY_PREFIX,
): Promise<AcceptResult> {
  const key = acceptedKey(tenant, runId, prefix);
  const value = encodeRef(ref);
  const set = await redis.set(key, value, 'EX', ACCEPTED_TTL_SECONDS, 'NX');
  if (set === 'OK') return { accepted: true, first: true };
  const held = await redis.get(key);
  // The record expired between the two calls: this job's try again.
  if (held === null) return acceptRequest(redis, tenant, runId, ref, prefix);
  if (held === value) return { accepted: true, first: false };
  return { accepted: false, by: decodeRef(held) };
}
