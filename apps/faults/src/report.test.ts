import { CELLS, type Cell } from './cells';
import type { ErpView, RunClass } from './classify';
import type { RunRecord } from './lane';
import { summarise } from './report';

function cell(name: string): Cell {
  const found = CELLS.find((c) => c.name === name);
  if (found === undefined) throw new Error(`no cell ${name}`);
  return found;
}

const view: ErpView = {
  runId: 'R',
  outcome: { kind: 'outcome', status: 'succeeded' },
  requestState: 'completed',
  rows: {},
};

function record(cls: RunClass, extra: Partial<RunRecord> = {}): RunRecord {
  return { cell: '', run: 1, cls, view, crashes: [], logDir: '', baselineRunId: 'B', ...extra };
}

describe('summarise: the bars of docs/reliability.md', () => {
  it('lets a kill before the flip end succeeded or failed-cleanly, quickly', () => {
    const runs = [record('succeeded', { recoveryMs: 3000 }), record('failed-cleanly')];
    expect(summarise(cell('kill engine @plan'), runs).misses).toEqual([]);
  });

  it('holds a kill after the flip to succeeded: a clean failure misses', () => {
    const s = summarise(cell('kill writer @flip'), [record('failed-cleanly')]);
    expect(s.misses).toEqual(['1 failed-cleanly']);
  });

  it('misses on a recovery above 15 s and on a fault point never reached', () => {
    const runs = [record('succeeded', { recoveryMs: 15_001, faultReached: false })];
    expect(summarise(cell('kill engine @plan'), runs).misses).toEqual([
      '1 recovered after more than 15 s',
      '1 never reached the fault point',
    ]);
  });

  it('wants a forged job refused', () => {
    const s = summarise(cell('forged write job'), [record('refused'), record('accepted')]);
    expect(s.counts).toEqual({ refused: 1, accepted: 1 });
    expect(s.misses).toEqual(['1 accepted']);
  });

  it('wants a hostile row failed cleanly, named, and no process crashed', () => {
    const named = record('failed-cleanly', { namesRow: true });
    expect(summarise(cell('hostile quantity 1e15'), [named]).misses).toEqual([]);
    const unnamed = record('failed-cleanly', { namesRow: false, crashes: ['engine SIGTRAP'] });
    expect(summarise(cell('hostile quantity 1e15'), [unnamed]).misses).toEqual([
      '1 without the row named',
      '1 with a process crash',
    ]);
  });
});
