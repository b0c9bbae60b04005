/**
 * The value of a run's abort key (see abortKey): the reason the run was stopped, signed
 * with the service key over tenant, run id and reason. Only the service's own processes
 * hold the key, so a value SET by any other Redis client stops nothing: the stages ignore
 * a value they cannot verify.
 */
import { macText, macTextMatches, protocolMac, type SigningKey } from './protocol-mac';

const ABORT_DOMAIN = 'replan.abort.v1';
const ABORT_VALUE = /^s1\.([A-Za-z0-9_-]+)\.([\s\S]*)$/;

/** `s1.<mac>.<reason>`: the abort key's value stopping `runId` of `tenant` with `reason`. */
export function abortValue(
  tenant: string,
  runId: string,
  reason: string,
  serviceKey: SigningKey,
): string {
  return `s1.${macText(protocolMac(serviceKey, ABORT_DOMAIN, [tenant, runId, reason]))}.${reason}`;
}

/** What an abort key holds: absent, a verified reason, or a value that is not the service's. */
export type AbortValueCheck =
  { state: 'absent' } | { state: 'stopped'; reason: string } | { state: 'forged' };

/** Reads an abort key's value for run `runId` of `tenant` (see AbortValueCheck). */
export function verifyAbortValue(
  value: string | null | undefined,
  tenant: string,
  runId: string,
  serviceKey: SigningKey,
): AbortValueCheck {
  if (value === null || value === undefined) return { state: 'absent' };
  const match = ABORT_VALUE.exec(value);
  const mac = match?.[1];
  const reason = match?.[2];
  if (mac === undefined || reason === undefined) return { state: 'forged' };
  const expected = protocolMac(serviceKey, ABORT_DOMAIN, [tenant, runId, reason]);
  return macTextMatches(mac, expected) ? { state: 'stopped', reason } : { state: 'forged' };
}
