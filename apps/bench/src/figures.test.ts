import { parseGauge } from './apps';
import {
  figuresJson,
  formatDuration,
  formatFigures,
  ratioToFloor,
  renderTable,
  type BenchFigures,
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
