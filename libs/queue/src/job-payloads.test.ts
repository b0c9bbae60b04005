import {
  JobPayloadError,
  jobParsers,
  parseExtractJob,
  parsePlanJob,
  parseWriteJob,
  streamKey,
} from './index';

const base = {
  runId: 'r1',
  tenant: 'acme',
  plan: 'MAIN',
  planDate: '2026-01-05',
  requestedAt: 1_767_571_200_000,
};
const snapshotKey = streamKey('acme', 'r1', 'snapshot');
const resultKey = streamKey('acme', 'r1', 'result');

describe('job payloads', () => {
  it('accept well-formed data and keep only known fields', () => {
    expect(parseExtractJob({ ...base, snapshotKey, extra: 1 })).toEqual({ ...base, snapshotKey });
    expect(parsePlanJob({ ...base, snapshotKey, resultKey })).toEqual({
      ...base,
      snapshotKey,
      resultKey,
    });
    expect(parseWriteJob({ ...base, resultKey })).toEqual({ ...base, resultKey });
    const filter = { items: ['A', 'B'], bomLevels: 'all' };
    expect(parseExtractJob({ ...base, snapshotKey, filter }).filter).toEqual(filter);
    expect(jobParsers.write({ ...base, resultKey }).resultKey).toBe(resultKey);
  });

  it.each<[string, unknown, RegExp]>([
    ['not an object', 'x', /^extract job: data must be an object, got string$/],
    ['null', null, /data must be an object, got null/],
    ['missing runId', { ...base, runId: undefined }, /^extract job: runId must be a string/],
    ['runId with ":"', { ...base, runId: 'a:b' }, /runId is not a valid id/],
    ['tenant with a space', { ...base, tenant: 'a b' }, /extract job of run r1: tenant is not/],
    ['empty plan', { ...base, plan: '' }, /plan must not be empty/],
    ['bad date', { ...base, planDate: '2026-02-30' }, /planDate must be a calendar date/],
    ['date as number', { ...base, planDate: 20260105 }, /planDate must be a string, got number/],
    ['bad requestedAt', { ...base, requestedAt: '1' }, /requestedAt must be milliseconds/],
    ['bad filter', { ...base, filter: [] }, /filter must be an object, got an array/],
    ['bad filter items', { ...base, filter: { items: [''] } }, /filter.items\[0\] must be/],
    ['bad bomLevels', { ...base, filter: { items: [], bomLevels: -1 } }, /filter.bomLevels/],
    ['unknown filter key', { ...base, filter: { items: [], x: 1 } }, /filter.x is not known/],
  ])('name the job and field at fault: %s', (_, data, message) => {
    const withKey =
      typeof data === 'object' && data !== null && !Array.isArray(data)
        ? { snapshotKey, ...data }
        : data;
    expect(() => parseExtractJob(withKey)).toThrow(JobPayloadError);
    expect(() => parseExtractJob(withKey)).toThrow(message);
  });

  it('refuse stream keys of another kind, tenant or run', () => {
    expect(() => parseExtractJob({ ...base, snapshotKey: resultKey })).toThrow(
      /extract job of run r1: snapshotKey must be a snapshot stream, got a result one/,
    );
    expect(() =>
      parsePlanJob({ ...base, snapshotKey: streamKey('other', 'r1', 'snapshot'), resultKey }),
    ).toThrow(/plan job of run r1: snapshotKey belongs to tenant other, run r1/);
    expect(() => parseWriteJob({ ...base, resultKey: streamKey('acme', 'r2', 'result') })).toThrow(
      /write job of run r1: resultKey belongs to tenant acme, run r2/,
    );
    expect(() => parsePlanJob({ ...base, snapshotKey, resultKey: 'x' })).toThrow(
      /resultKey is not a run stream key/,
    );
  });
});
