import {
  classifyAttackedRun,
  classifyForged,
  classifyRun,
  type Baseline,
  type ErpView,
} from './classify';

// The baseline: run B wrote version 1 with these rows; the same data always plans them.
const ROWS = { replan_planned_orders: 307, replan_pegging: 867, replan_nodes: 48 };
const baseline: Baseline = { runId: 'B', rows: ROWS, sameData: true };

function view(overrides: Partial<ErpView>): ErpView {
  return {
    runId: 'R',
    outcome: { kind: 'outcome', status: 'succeeded' },
    requestState: 'completed',
    history: { status: 'succeeded' },
    active: { version: 2, runId: 'R' },
    rows: ROWS,
    ...overrides,
  };
}

const failed = { kind: 'outcome', status: 'failed', error: 'the write stage failed' } as const;
const oldPlan = { version: 1, runId: 'B' };

describe('classifyRun', () => {
  it('is succeeded when the outcome, the history row and the active version agree', () => {
    expect(classifyRun(view({}), baseline)).toBe('succeeded');
  });

  it('is failed-cleanly when it failed, says so in history, and the old plan stays', () => {
    const v = view({ outcome: failed, history: { status: 'failed', error: 'x' }, active: oldPlan });
    expect(classifyRun(v, baseline)).toBe('failed-cleanly');
  });

  it('is misreported when the ERP is told failed but the run’s plan is active', () => {
    // The writer flipped (version 2 is this run's) and died before it reported.
    const v = view({ outcome: failed, history: { status: 'failed' } });
    expect(classifyRun(v, baseline)).toBe('misreported');
  });

  it('is misreported when it failed but its history row stays running', () => {
    const v = view({ outcome: failed, history: { status: 'running' }, active: oldPlan });
    expect(classifyRun(v, baseline)).toBe('misreported');
  });

  it('is misreported when told succeeded while the old plan is still active', () => {
    expect(classifyRun(view({ active: oldPlan }), baseline)).toBe('misreported');
  });

  it('is mixed-plan when the active version lacks rows of one complete plan', () => {
    const v = view({ rows: { ...ROWS, replan_pegging: 400 } });
    expect(classifyRun(v, baseline)).toBe('mixed-plan');
    // ...whatever the outcome says, and also when no version is active at all.
    expect(classifyRun(view({ outcome: failed, active: undefined, rows: {} }), baseline)).toBe(
      'mixed-plan',
    );
  });

  it('is hung when no outcome came in time while the request is still in the queue', () => {
    const v = view({ outcome: { kind: 'timeout' }, requestState: 'active', active: oldPlan });
    expect(classifyRun(v, baseline)).toBe('hung');
    // A history row left running counts as still going too.
    const running = view({
      outcome: { kind: 'timeout' },
      requestState: 'unknown',
      history: { status: 'running' },
      active: oldPlan,
    });
    expect(classifyRun(running, baseline)).toBe('hung');
  });

  it('is lost when the request was accepted but nothing knows of it any more', () => {
    const gone = view({
      outcome: { kind: 'notFound' },
      requestState: 'unknown',
      history: undefined,
      active: oldPlan,
    });
    expect(classifyRun(gone, baseline)).toBe('lost');
    expect(classifyRun({ ...gone, outcome: { kind: 'timeout' } }, baseline)).toBe('lost');
  });

  it('checks a plan of changed data against the counts its own run recorded', () => {
    // Hostile data: the new plan has other rows than the baseline; 10 orders, 12 pegging.
    const changed: Baseline = { ...baseline, sameData: false };
    const rows = { replan_planned_orders: 10, replan_pegging: 12 };
    const whole = view({ rows, writtenCounts: { plannedOrders: 10, pegging: 12 } });
    expect(classifyRun(whole, changed)).toBe('succeeded');
    const torn = view({ rows, writtenCounts: { plannedOrders: 10, pegging: 13 } });
    expect(classifyRun(torn, changed)).toBe('mixed-plan');
    // The old plan is still judged against the baseline's rows.
    const kept = view({ outcome: failed, history: { status: 'failed' }, active: oldPlan });
    expect(classifyRun(kept, changed)).toBe('failed-cleanly');
  });
});

describe('classifyForged', () => {
  const untouched = view({
    runId: 'F',
    outcome: failed,
    requestState: 'failed',
    history: undefined,
    active: oldPlan,
  });

  it('is refused when the tables are as they were and nothing leaked', () => {
    expect(classifyForged(untouched, baseline)).toBe('refused');
    // A forged job that never ran (timed out in the queue) changed nothing either.
    expect(classifyForged({ ...untouched, outcome: { kind: 'timeout' } }, baseline)).toBe(
      'refused',
    );
  });

  it('is accepted when the forged run became the active plan', () => {
    const v = {
      ...untouched,
      active: { version: 2, runId: 'F' },
      history: { status: 'succeeded' },
    };
    expect(classifyForged(v, baseline)).toBe('accepted');
  });

  it('is accepted when it left a history row, leaked stream entries or was told succeeded', () => {
    expect(classifyForged({ ...untouched, history: { status: 'failed' } }, baseline)).toBe(
      'accepted',
    );
    expect(classifyForged({ ...untouched, leakedEntries: 3 }, baseline)).toBe('accepted');
    const told = { ...untouched, outcome: { kind: 'outcome', status: 'succeeded' } } as const;
    expect(classifyForged(told, baseline)).toBe('accepted');
  });

  it('is accepted when the active plan is no longer complete', () => {
    expect(classifyForged({ ...untouched, rows: {} }, baseline)).toBe('accepted');
  });
});

describe('classifyAttackedRun', () => {
  it('is accepted when a forged cancel key cancelled the run', () => {
    const v = view({
      outcome: { kind: 'outcome', status: 'cancelled' },
      history: { status: 'cancelled' },
      active: oldPlan,
    });
    expect(classifyAttackedRun(v, baseline)).toBe('accepted');
  });

  it('is refused when the run went on and succeeded', () => {
    expect(classifyAttackedRun(view({}), baseline)).toBe('refused');
  });

  it('is the run’s own class otherwise', () => {
    const v = view({ outcome: failed, history: { status: 'failed' }, active: oldPlan });
    expect(classifyAttackedRun(v, baseline)).toBe('failed-cleanly');
  });
});
