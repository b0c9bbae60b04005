import {
  decodeRunCompleted,
  decodeRunProgress,
  decodeRunRequest,
  encodeRunCompleted,
  encodeRunProgress,
  encodeRunRequest,
  type RunCompleted,
  type RunRequest,
} from './index';

describe('run events', () => {
  it('round-trips a run request with and without a filter', () => {
    const request: RunRequest = {
      runId: 'run-1',
      tenant: 'acme',
      plan: 'MASTER',
      planDate: '2026-03-02',
      filter: { items: ['BIKE', 'FRAME'], bomLevels: 'all' },
      requestedAt: 1_772_409_600_123,
      signature: new Uint8Array([1, 2, 3, 255]),
    };
    expect(decodeRunRequest(encodeRunRequest(request))).toStrictEqual(request);
    const { filter: _filter, ...whole } = request;
    const decoded = decodeRunRequest(encodeRunRequest(whole));
    expect(decoded).toStrictEqual(whole);
    expect(decoded).not.toHaveProperty('filter');
  });

  it('round-trips run progress', () => {
    const progress = { runId: 'run-1', stage: 'plan' as const, rows: 1_000_000, percent: 42.5 };
    expect(decodeRunProgress(encodeRunProgress(progress))).toStrictEqual(progress);
  });

  it('round-trips completed runs, succeeded and failed', () => {
    const done: RunCompleted = {
      runId: 'run-1',
      status: 'succeeded',
      counts: {
        nodes: 5,
        plannedNodes: 4,
        requirements: 20,
        receipts: 8,
        plannedOrders: 7,
        pegging: 30,
        requirementEvents: 28,
      },
      messages: [
        { severity: 'warning', code: 'negative-on-hand', item: 'A', warehouse: 'W', text: 'x' },
        { severity: 'info', code: 'done', ref: 'demand[3]', text: 'y' },
      ],
      warnings: ['extract retried once'],
    };
    expect(decodeRunCompleted(encodeRunCompleted(done))).toStrictEqual(done);
    const failed: RunCompleted = {
      runId: 'run-2',
      status: 'failed',
      messages: [],
      warnings: [],
      error: 'database unreachable',
    };
    expect(decodeRunCompleted(encodeRunCompleted(failed))).toStrictEqual(failed);
  });
});
