import { Queue } from 'bullmq';
import {
  boardQueues,
  createBoardAdapters,
  describeJob,
  formatProgress,
  redactJobData,
  workbenchLinkOf,
} from './board-queues';

describe('the board queues', () => {
  it('are the pipeline queues in pipeline order', () => {
    expect(boardQueues.map((q) => [q.name, q.displayName])).toEqual([
      ['replan-requests', '1 · Run requests'],
      ['replan-extract', '2 · Extract (connector)'],
      ['replan-plan', '3 · Plan (engine)'],
      ['replan-plan-partition', '3 · Plan partitions (engines)'],
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

describe('workbenchLinkOf', () => {
  const planUrl = ({ tenant, plan, runId }: { tenant: string; plan: string; runId?: string }) =>
    `/wb/${tenant}/${plan}/${runId ?? '-'}`;

  it("links a run's job to the run's plan", () => {
    expect(
      workbenchLinkOf(
        { data: { runId: 'r1', tenant: 'acme', plan: 'BIKE-SHOP', planDate: '2026-03-02' } },
        planUrl,
        '/wb/',
      ),
    ).toEqual({ href: '/wb/acme/BIKE-SHOP/r1', displayText: 'Plan BIKE-SHOP in the workbench' });
    expect(workbenchLinkOf({ data: { tenant: 'acme', plan: 'P' } }, planUrl, '/wb/').href).toBe(
      '/wb/acme/P/-',
    );
  });

  it('links a job that names no plan to the plans', () => {
    expect(workbenchLinkOf({ data: { runId: 'r1' } }, planUrl, '/wb/')).toEqual({
      href: '/wb/',
      displayText: 'Plans in the workbench',
    });
    expect(workbenchLinkOf({ data: null }, planUrl, '/wb/').href).toBe('/wb/');
  });

  it('is given to every queue of the board only with the workbench', async () => {
    // A queue object is all an adapter needs; nothing is sent to Redis here.
    const queues = new Map(
      boardQueues.map((q) => [
        q.stage,
        new Queue(q.name, { connection: { host: '127.0.0.1', lazyConnect: true } }),
      ]),
    );
    try {
      const job = { data: { runId: 'r1', tenant: 'acme', plan: 'P' } };
      const linked = createBoardAdapters(queues, 'read-only', {
        workbench: { planUrl, plansUrl: '/wb/' },
      });
      expect(linked.map((a) => a.externalJobUrl?.(job as never)?.href)).toEqual([
        '/wb/acme/P/r1',
        '/wb/acme/P/r1',
        '/wb/acme/P/r1',
        '/wb/acme/P/r1',
        '/wb/acme/P/r1',
      ]);
      const plain = createBoardAdapters(queues, 'full');
      expect(plain.map((a) => a.externalJobUrl)).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
    } finally {
      await Promise.all([...queues.values()].map((q) => q.close()));
    }
  });
});
