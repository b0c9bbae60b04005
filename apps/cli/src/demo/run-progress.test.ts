import { bufferedIo } from '../io';
import { createRunProgress, RunProgressTracker } from './run-progress';

describe('RunProgressTracker', () => {
  it('presents overlapping stages in pipeline order', () => {
    const tracker = new RunProgressTracker();
    expect(tracker.current()).toBe('queued');
    tracker.update({ stage: 'queued', rows: 0, percent: 0 });
    expect(tracker.current()).toBe('queued');
    tracker.update({ stage: 'extract', rows: 0, percent: 0 });
    // The writer starts waiting for the result while the snapshot is still being read.
    tracker.update({ stage: 'write', rows: 0, percent: 10 });
    expect(tracker.current()).toBe('extract');
    // Weights extract 30, load 10, plan 40, write 20: 10 % of write is 2 of 100.
    expect(tracker.overall()).toBe(2);
    tracker.update({ stage: 'extract', rows: 293, percent: 100 });
    tracker.update({ stage: 'load', rows: 0, percent: 0 });
    expect(tracker.current()).toBe('load');
    // Planning has started, so loading is over: 30 + 10 + 40 × 50 % + 2 = 62.
    tracker.update({ stage: 'plan', rows: 24, percent: 50 });
    expect(tracker.current()).toBe('plan');
    expect(tracker.detail()).toBe('24 nodes');
    expect(tracker.overall()).toBe(62);
    // A late event of an earlier stage does not take the run back.
    tracker.update({ stage: 'extract', rows: 0, percent: 0 });
    expect(tracker.overall()).toBe(62);
    tracker.update({ stage: 'done', rows: 291, percent: 100 });
    expect(tracker.current()).toBe('done');
    expect(tracker.overall()).toBe(100);
    expect(tracker.detail()).toBe('291 planned orders');
  });

  it('prints one line per finished stage when there is no terminal', () => {
    const out = bufferedIo();
    const view = createRunProgress(out.io);
    view.update({ stage: 'extract', rows: 0, percent: 0 });
    view.update({ stage: 'write', rows: 0, percent: 10 });
    view.update({ stage: 'extract', rows: 1_234, percent: 100 });
    view.update({ stage: 'extract', rows: 1_234, percent: 100 });
    view.update({ stage: 'plan', rows: 48, percent: 100 });
    view.update({ stage: 'done', rows: 291, percent: 100 });
    view.stop();
    expect(
      out
        .stdout()
        .split('\n')
        .map((line) => line.trim()),
    ).toEqual([
      'read the ERP database: 1,234 rows',
      'loaded the snapshot',
      'planned 48 nodes',
      'wrote the plan back: 291 planned orders',
      '',
    ]);
  });
});
