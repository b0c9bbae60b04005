import { parseGauge } from './apps';
import {
  figuresJson,
  formatDuration,
  formatFigures,
  formatRuns,
  overlapMs,
  ratioToFloor,
  renderTable,
  steadyMs,
  steadyRatioToFloor,
  steadyRuns,
  type BenchFigures,
  type RunFigures,
  type StageFigures,
} from './figures';
import { stageFigures } from './run';

const stage = (ms: number, rows: number, unit: string, peak: number): StageFigures => ({
  startMs: 5,
  ms,
  busyMs: ms,
  rows,
  unit,
  phases: {},
  peakRssBytes: peak,
});

const figures: BenchFigures = {
  size: 'S',
  dialect: 'pg',
  seed: 42,
  depth: 10,
  items: 8026,
  nodes: 9858,
  plannedOrders: 141_685,
  pegging: 214_145,
  machine: {
    cpus: 2,
    memoryBytes: 24 * 1024 ** 3,
    node: '20.20.2',
    database: 'PostgreSQL 15.20',
    redis: '7.0.15',
    loadAverage: [0.5, 0.25, 0.125],
  },
  generateMs: 33,
  loadMs: 242,
  floor: {
    method: 'COPY TO / COPY FROM',
    inputRows: 52_094,
    readMs: 50,
    resultRows: 405_133,
    writeMs: 950,
  },
  run: {
    totalMs: 1500,
    extract: stage(400, 52_090, 'rows', 200 * 1024 ** 2),
    plan: stage(500, 285_936, 'events', 400 * 1024 ** 2),
    write: stage(1000, 405_133, 'rows', 2 * 1024 ** 3),
    streamPeakBytes: 36 * 1024 ** 2,
    redisUsedPeakBytes: 120 * 1024 ** 2,
    redisSamples: 12,
  },
};

describe('the figures', () => {
  it('divide the run by the floor', () => {
    expect(ratioToFloor(figures)).toBeCloseTo(1.5);
  });

  it('print as one table with the ratio', () => {
    const text = formatFigures(figures);
    expect(text).toContain('size S: 9,858 nodes, 8,026 items (BOM depth 10, seed 42), PostgreSQL');
    expect(text).toMatch(/floor: read \(COPY TO\) +50 ms +50 ms +52,094 rows +1,041,880/);
    expect(text).toMatch(/floor: total \(a\) +1\.00 s/);
    expect(text).toMatch(/plan \(engine\) +500 ms +500 ms +285,936 events +571,872 +400\.0 MiB/);
    expect(text).toMatch(/write \(writer\) .* 2\.00 GiB/);
    expect(text).toMatch(/request → completed \(b\) +1\.50 s/);
    expect(text).toContain('ratio (b)/(a): 1.50');
    expect(text).toContain('2 cores, 24.00 GiB, Node.js 20.20.2, PostgreSQL 15.20, Redis 7.0.15');
  });

  it('write the same numbers as JSON, with the floor total and the ratio', () => {
    const json = JSON.parse(figuresJson(figures)) as Record<string, unknown>;
    expect(json).toMatchObject({
      size: 'S',
      nodes: 9858,
      ratio: 1.5,
      floor: { readMs: 50, writeMs: 950, totalMs: 1000 },
      run: { totalMs: 1500, plan: { rows: 285_936, unit: 'events' } },
    });
  });

  it('format durations and align columns', () => {
    expect(formatDuration(12.4)).toBe('12 ms');
    expect(formatDuration(2345)).toBe('2.35 s');
    expect(formatDuration(123_456)).toBe('123.5 s');
    expect(
      renderTable(
        ['', 'n'],
        [
          ['a', '1'],
          ['bb', '22'],
        ],
      ).split('\n'),
    ).toEqual(['     n', '--  --', 'a    1', 'bb  22']);
  });
});

/** A run of `totalMs`, its stages with the busy and wait times given. */
function runOf(totalMs: number): RunFigures {
  const timed = (
    startMs: number,
    ms: number,
    busyMs: number,
    waitMs: number,
    phases: Record<string, number>,
  ): StageFigures => ({ startMs, ms, busyMs, waitMs, rows: 1, unit: 'rows', phases });
  return {
    totalMs,
    // The engine runs from 10 to 610 ms; the writer starts at 20 and reads the summary 300
    // ms later (at 320), so it writes 290 ms while the engine still produces.
    extract: timed(5, 100, 100, 0, { read: 60, encode: 30, send: 10 }),
    plan: timed(10, 600, 450, 150, { wait: 150, plan: 450 }),
    write: timed(20, totalMs - 30, 500, 400, { wait: 300, waitRows: 100, write: 500 }),
    streamPeakBytes: 0,
    redisUsedPeakBytes: 0,
    redisSamples: 0,
  };
}

describe('the steady state', () => {
  // Floor 1,000 ms; first run 1,500 (1.5×), then runs of 1,400 (into the other, empty
  // version: not steady), 1,250 and 1,150: the steady state is their mean, 1,200 ms, 1.2×.
  const steady: BenchFigures = {
    ...figures,
    run: runOf(1500),
    steady: [runOf(1400), runOf(1250), runOf(1150)],
  };

  it('begins with the third run, the first to replace a version holding the plan', () => {
    expect(steadyRuns(steady).map((r) => r.totalMs)).toEqual([1250, 1150]);
    expect(steadyMs(steady)).toBe(1200);
    expect(steadyRatioToFloor(steady)).toBeCloseTo(1.2);
  });

  it('is absent without a third run', () => {
    expect(steadyMs(figures)).toBeUndefined();
    expect(steadyRatioToFloor({ ...figures, steady: [runOf(1400)] })).toBeUndefined();
    expect(formatFigures({ ...figures, steady: [runOf(1400)] })).toContain(
      'no steady state (it begins with the third run)',
    );
  });

  it('measures how long the writer wrote while the engine produced', () => {
    expect(overlapMs(runOf(1500))).toBe(290);
    // A writer that reads the summary after the engine's end overlaps it not at all.
    const late = runOf(1500);
    late.write.phases.wait = 700;
    expect(overlapMs(late)).toBe(0);
  });

  it('prints every run with its ratio and the stages busy / wait', () => {
    const lines = formatRuns(steady).split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[2]).toMatch(
      /^first run +1\.50 s +1\.50 +100 ms \/ 0 ms +450 ms \/ 150 ms +500 ms \/ 400 ms +290 ms$/,
    );
    expect(lines[5]).toMatch(/^run 4 +1\.15 s +1\.15 /);
    const text = formatFigures(steady);
    expect(text).toContain('ratio (b)/(a): 1.50; steady state (mean of runs 3 to 4');
    expect(text).toContain('1.20 s, ratio 1.20');
    expect(text).toContain('  writer: wait 300, waitRows 100, write 500');
  });

  it('says when a stage job failed although its run succeeded', () => {
    const run = runOf(1400);
    run.write.failedReason = 'job stalled more than allowable limit';
    const text = formatRuns({ ...steady, steady: [run] });
    expect(text).toContain(
      "run 2: the writer's job failed although the run succeeded (job stalled more than " +
        "allowable limit): its figures are not the stage's",
    );
    expect(formatRuns(steady)).not.toContain('failed');
  });

  it('writes the steady state into the JSON', () => {
    const json = JSON.parse(figuresJson(steady)) as Record<string, unknown>;
    expect(json).toMatchObject({ ratio: 1.5, steadyMs: 1200, steadyRatio: 1.2 });
    expect(json.overlapMs).toEqual([290, 290, 290, 290]);
    expect((json.steady as unknown[]).length).toBe(3);
    const first = JSON.parse(figuresJson(figures)) as Record<string, unknown>;
    expect(first).toMatchObject({ steadyMs: null, steadyRatio: null });
  });
});

describe('stageFigures', () => {
  it('counts the phases apart from waiting as working time', () => {
    const s = stageFigures(
      {
        processedOn: 1000,
        finishedOn: 4000,
        value: { phases: { wait: 1000, decode: 500, plan: 700 } },
      },
      900,
      1200,
      'events',
    );
    expect(s).toEqual({
      startMs: 100,
      ms: 3000,
      busyMs: 1200,
      waitMs: 1000,
      rows: 1200,
      unit: 'events',
      phases: { wait: 1000, decode: 500, plan: 700 },
    });
  });

  it('takes the whole job time without phases', () => {
    expect(stageFigures({ processedOn: 0, finishedOn: 50, value: {} }, 0, 1, 'rows').busyMs).toBe(
      50,
    );
  });
});

describe('parseGauge', () => {
  it('reads an unlabelled gauge from Prometheus text', () => {
    const text = [
      '# HELP replan_process_peak_resident_memory_bytes Peak',
      '# TYPE replan_process_peak_resident_memory_bytes gauge',
      'replan_process_peak_resident_memory_bytes_other 5',
      'replan_process_peak_resident_memory_bytes 123456',
    ].join('\n');
    expect(parseGauge(text, 'replan_process_peak_resident_memory_bytes')).toBe(123456);
    expect(parseGauge(text, 'missing')).toBeUndefined();
  });
});
