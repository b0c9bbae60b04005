import { boardQueues, describeJob, formatProgress, redactJobData } from './board-queues';

describe('the board queues', () => {
  it('are the pipeline queues in pipeline order', () => {
    expect(boardQueues.map((q) => [q.name, q.displayName])).toEqual([
      ['replan-requests', '1 · Run requests'],
      ['replan-extract', '2 · Extract (connector)'],
      ['replan-plan', '3 · Plan (engine)'],
      ['replan-write', '4 · Write (writer)'],
    ]);
  });
});

describe('formatProgress', () => {
  it('adds the percentage the board draws to a run progress', () => {
    expect(formatProgress({ runId: 'r1', stage: 'plan', rows: 10, percent: 42.4 })).toEqual({
      runId: 'r1',
      stage: 'plan',
      rows: 10,
      percent: 42.4,
      progress: 42,
    });
    expect(formatProgress({ stage: 'done' })).toEqual({ stage: 'done', progress: 100 });
    expect(formatProgress({ stage: 'write', percent: 180 })).toMatchObject({ progress: 100 });
  });

  it('leaves other progress alone', () => {
    expect(formatProgress(55)).toBe(55);
    expect(formatProgress({ stage: 'queued' })).toEqual({ stage: 'queued' });
    expect(formatProgress(undefined)).toBeUndefined();
  });
});

describe('describeJob', () => {
  it('titles a job with its run, plan and stage', () => {
    expect(
      describeJob({
        name: 'run-request',
        data: { runId: 'r1', tenant: 'acme', plan: 'BIKE-SHOP', planDate: '2026-03-02' },
        progress: { runId: 'r1', stage: 'done', rows: 1234, percent: 100 },
      }),
    ).toBe('run-request · acme · BIKE-SHOP 2026-03-02 · done 100% (1,234 rows)');
    expect(describeJob({ name: 'extract', data: { tenant: 'acme', plan: 'P' }, progress: 0 })).toBe(
      'extract · acme · P',
    );
    expect(describeJob({ name: '', data: null })).toBe('job');
  });
});

describe('redactJobData', () => {
  it('hides the signature of a request from viewers', () => {
    expect(redactJobData({ runId: 'r1', signature: 'c2ln' })).toEqual({
      runId: 'r1',
      signature: '(hidden)',
    });
    expect(redactJobData({ runId: 'r1' })).toEqual({ runId: 'r1' });
  });
});
