import { decodeRunRequestJob, encodeRunRequestJob } from './request-job';
import {
  canonicalRequestBytes,
  signRequest,
  verifyRequest,
  type ReceivedRunRequest,
  type UnsignedRunRequest,
} from './request-signing';

const NOW = Date.UTC(2026, 10, 24, 12, 0, 0);
const SECRET = 'tenant-a-secret';

const base: UnsignedRunRequest = {
  runId: 'run-1',
  tenant: 'tenant-a',
  plan: 'MASTER',
  planDate: '2026-11-24',
  requestedAt: NOW,
  filter: { items: ['B', 'A'], bomLevels: 2 },
};

describe('canonicalRequestBytes', () => {
  it('is stable and independent of property order', () => {
    const reordered: UnsignedRunRequest = {
      filter: { bomLevels: 2, items: ['B', 'A'] },
      requestedAt: NOW,
      planDate: '2026-11-24',
      plan: 'MASTER',
      tenant: 'tenant-a',
      runId: 'run-1',
    };
    expect(canonicalRequestBytes(reordered).equals(canonicalRequestBytes(base))).toBe(true);
    expect(canonicalRequestBytes(base).toString('utf8')).toBe(
      '["replan.run-request.v1","run-1","tenant-a","MASTER","2026-11-24",' +
        String(NOW) +
        ',{"items":["B","A"],"bomLevels":2}]',
    );
  });

  it('keeps filter items in the order given', () => {
    const swapped = { ...base, filter: { items: ['A', 'B'], bomLevels: 2 } };
    expect(canonicalRequestBytes(swapped).equals(canonicalRequestBytes(base))).toBe(false);
  });

  it('tells an absent filter from an empty one, and fields cannot run into each other', () => {
    const { filter: _filter, ...noFilter } = base;
    const empty = { ...base, filter: { items: [] } };
    expect(canonicalRequestBytes(noFilter).equals(canonicalRequestBytes(empty))).toBe(false);
    const a = { ...base, tenant: 'ab', plan: 'c' };
    const b = { ...base, tenant: 'a', plan: 'bc' };
    expect(canonicalRequestBytes(a).equals(canonicalRequestBytes(b))).toBe(false);
  });
});

describe('signRequest / verifyRequest', () => {
  const signed = signRequest(base, SECRET);

  it('accepts a fresh request signed with the tenant secret', () => {
    expect(signed.signature).toHaveLength(32);
    expect(verifyRequest(signed, SECRET, { now: NOW })).toEqual({ ok: true });
    expect(verifyRequest(signed, Buffer.from(SECRET), { now: NOW + 1000 })).toEqual({
      ok: true,
    });
  });

  it('survives the job payload round trip', () => {
    const data = JSON.parse(JSON.stringify(encodeRunRequestJob(signed))) as unknown;
    expect(verifyRequest(decodeRunRequestJob(data), SECRET, { now: NOW })).toEqual({ ok: true });
  });

  it('reports an unsigned request', () => {
    const { signature: _signature, ...unsigned } = signed;
    const result = verifyRequest(unsigned, SECRET, { now: NOW });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('unsigned') as string });
    const empty = verifyRequest({ ...signed, signature: new Uint8Array() }, SECRET, { now: NOW });
    expect(empty.ok).toBe(false);
  });

  const tampered: [string, ReceivedRunRequest][] = [
    ['runId', { ...signed, runId: 'run-2' }],
    ['tenant', { ...signed, tenant: 'tenant-b' }],
    ['plan', { ...signed, plan: 'OTHER' }],
    ['planDate', { ...signed, planDate: '2026-11-25' }],
    ['requestedAt', { ...signed, requestedAt: NOW + 1 }],
    ['filter items', { ...signed, filter: { items: ['B', 'A', 'C'], bomLevels: 2 } }],
    ['filter bomLevels', { ...signed, filter: { items: ['B', 'A'], bomLevels: 'all' } }],
    ['filter removed', (({ filter: _f, ...rest }) => rest)(signed)],
    ['signature', { ...signed, signature: signed.signature.map((b, i) => (i === 0 ? b ^ 1 : b)) }],
    ['signature length', { ...signed, signature: signed.signature.slice(0, 16) }],
  ];
  it.each(tampered)('reports a forged request when %s is changed', (_field, request) => {
    const result = verifyRequest(request, SECRET, { now: NOW });
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('forged') as string });
  });

  it('reports a request signed with another secret as forged', () => {
    const result = verifyRequest(signRequest(base, 'other-secret'), SECRET, { now: NOW });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain('forged');
  });

  it('reports an expired request (default 5 minutes, or maxAgeMs)', () => {
    expect(verifyRequest(signed, SECRET, { now: NOW + 5 * 60_000 }).ok).toBe(true);
    const old = verifyRequest(signed, SECRET, { now: NOW + 5 * 60_000 + 1 });
    expect(old).toEqual({ ok: false, reason: expect.stringContaining('expired') as string });
    expect(verifyRequest(signed, SECRET, { now: NOW + 2000, maxAgeMs: 1000 }).ok).toBe(false);
  });

  it('reports a request from the future beyond one minute of skew', () => {
    expect(verifyRequest(signed, SECRET, { now: NOW - 60_000 }).ok).toBe(true);
    const future = verifyRequest(signed, SECRET, { now: NOW - 60_001 });
    expect(future).toEqual({ ok: false, reason: expect.stringContaining('future') as string });
  });

  it('refuses an empty secret', () => {
    expect(() => signRequest(base, '')).toThrow('secret');
  });
});

describe('decodeRunRequestJob', () => {
  it('rejects malformed payloads with a clear message', () => {
    expect(() => decodeRunRequestJob('x')).toThrow('not an object');
    expect(() => decodeRunRequestJob({ ...base, requestedAt: 'now' })).toThrow('requestedAt');
    expect(() => decodeRunRequestJob({ ...base, plan: '' })).toThrow('plan');
    expect(() => decodeRunRequestJob({ ...base, filter: { items: [1] } })).toThrow('filter');
  });
});
