#!/usr/bin/env node
/**
 * Expected plan-stage time of a run planned in W partitions on W workers, from measured
 * figures: the JSON of `npm run bench -- --engines 1 --json …` (the run planned whole) and of
 * one with --engines K ≥ 2 (per partition and level: netting time, handover bytes and time,
 * load time; the merge pass's phases). Scaled linearly in planning nodes to the target size.
 *
 *   node scripts/simulate-partitions.mjs --single M-1.json --partitioned M-2.json \
 *     [--nodes 10000000] [--workers 1,2,4,8,16] [--json out.json]
 *
 * The model, for W workers (s = target nodes / measured nodes):
 *
 *   T(1) = s × (decode + validate + compile and plan + write)           of the whole run
 *   T(W) = load                      every partition reads and compiles the whole snapshot
 *        + Σ levels ( s × net_l / W × imbalance_l                      netting, in parallel
 *                   + latency + s × send_l × f(W) / W )               handing requirements on
 *        + s × rows × K / W         writing its rows for the others (1/W of the run's)
 *        + s × read × f(W)          reading the others' rows ((W − 1)/W of the run's)
 *        + s × merge                merging them: the whole run, in every partition
 *        + s × Σ encode / W         encoding its range of the result stream (1/W of it)
 *        + s × Σ append × f(W)      appending the ranges, one partition after the other
 *        + s × digest               the plan job reading the stream through for its digest
 *
 * (a run measured before the partitions encoded the result, without their `result`
 * figures, is modelled as it ran: + partition result write + the plan job's merge pass,
 * decode, validate, compile, merge and write, in one place).
 *
 * where net_l is the level's netting time summed over the measured partitions, imbalance_l
 * their max / mean, send_l the time they took to pack and write their handovers, and
 * f(W) = ((W − 1) / W) / ((K − 1) / K) the share of requirements that cross partitions with
 * W slices rather than K (a requirement lands on a node of any slice alike). Load and merge
 * do not shrink with W: they are what bounds the speed-up (Amdahl). The second table is the
 * same without them (the levels alone), what the engine's netting itself scales to.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';

function usage(message) {
  process.stderr.write(`simulate-partitions: ${message}\n`);
  process.stderr.write(
    'usage: simulate-partitions.mjs --single <bench.json> --partitioned <bench.json> ' +
      '[--nodes N] [--workers 1,2,4,8,16] [--latency-ms 2] [--json out.json]\n',
  );
  process.exit(2);
}

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  if (at < 0) return fallback;
  const value = args[at + 1];
  if (value === undefined) usage(`--${name} needs a value`);
  return value;
};
const single = option('single');
const partitioned = option('partitioned');
if (single === undefined || partitioned === undefined) usage('give --single and --partitioned');
const targetNodes = Number(option('nodes', '10000000'));
const workers = option('workers', '1,2,4,8,16').split(',').map(Number);
const latencyMs = Number(option('latency-ms', '2'));
if (!(targetNodes > 0) || workers.some((w) => !(w >= 1)) || !(latencyMs >= 0)) {
  usage('--nodes, --workers and --latency-ms must be positive numbers');
}

const read = (file) => {
  const figures = JSON.parse(readFileSync(file, 'utf8'));
  if (figures.engines === undefined) usage(`${file} has no engine figures (an older benchmark?)`);
  return figures;
};
const whole = read(single);
const split = read(partitioned);
const k = split.engines.engines;
if (whole.engines.engines !== 1) usage(`${single} is not a run on one engine`);
if (!(k >= 2) || split.engines.partitions.length !== k) {
  usage(`${partitioned} is not a run in partitions`);
}

const sum = (values) => values.reduce((a, b) => a + b, 0);
const phaseSum = (phases) =>
  sum(
    Object.entries(phases)
      .filter(([name]) => name !== 'wait')
      .map(([, ms]) => ms),
  );

const scaleWhole = targetNodes / whole.nodes;
const scale = targetNodes / split.nodes;
const t1 = scaleWhole * phaseSum(whole.engines.planPhases);

const parts = split.engines.partitions;
const load =
  scale * Math.max(...parts.map((p) => p.load.decode + p.load.validate + p.load.compile));
const partitionWrite = scale * Math.max(...parts.map((p) => p.write));
// With the partitions encoding the result (their `result` figures), the plan job only
// reads the stream for its digest: its `write` phase less the slowest partition's share.
const ranged = parts.every((p) => p.result !== undefined);
const max = (values) => Math.max(...values);
const range = ranged
  ? {
      read: scale * max(parts.map((p) => p.result.read)),
      merge: scale * max(parts.map((p) => p.result.merge)),
      encode: scale * sum(parts.map((p) => p.result.encode)),
      append: scale * sum(parts.map((p) => p.result.append)),
      digest:
        scale *
        Math.max(
          0,
          (split.engines.planPhases.write ?? 0) -
            max(parts.map((p) => p.result.encode + p.result.turn + p.result.append)),
        ),
    }
  : undefined;
const merge = ranged ? 0 : scale * phaseSum(split.engines.planPhases);
const levelCount = Math.max(...parts.map((p) => p.levels.length));
const levels = [];
for (let l = 0; l < levelCount; l++) {
  const net = parts.map((p) => p.levels[l]?.net ?? 0);
  const mean = sum(net) / k;
  levels.push({
    level: l,
    net: sum(net),
    imbalance: mean === 0 ? 1 : Math.max(...net) / mean,
    send: sum(parts.map((p) => p.levels[l]?.send ?? 0)),
    bytes: sum(parts.map((p) => p.levels[l]?.bytesOut ?? 0)),
    nodes: sum(parts.map((p) => p.levels[l]?.nodes ?? 0)),
  });
}
const crossing = (w) => (w - 1) / w / ((k - 1) / k);

function simulate(w) {
  if (w === 1) return { w, ms: t1, levelsMs: levelsAlone1 };
  let levelsMs = 0;
  let bytes = 0;
  for (const level of levels) {
    const last = level.level === levelCount - 1;
    levelsMs += (scale * level.net * level.imbalance) / w;
    if (!last) {
      levelsMs += latencyMs + (scale * level.send * crossing(w)) / w;
      bytes += scale * level.bytes * crossing(w);
    }
  }
  let ms = load + levelsMs;
  if (range === undefined) {
    ms += partitionWrite + merge;
  } else {
    ms += (partitionWrite * k) / w + range.read * crossing(w) + range.merge;
    ms += range.encode / w + range.append * crossing(w) + range.digest;
  }
  return { w, ms, levelsMs, bytes };
}

const levelsAlone1 = scale * sum(levels.map((l) => l.net));
const rows = workers.map(simulate);
const fmt = (ms) => `${(ms / 1000).toFixed(1)} s`;
const pad = (text, width) => String(text).padStart(width);
const out = [];
out.push(
  `Plan stage of a ${targetNodes.toLocaleString('en-US')}-node plan, from ${single} ` +
    `(${whole.nodes.toLocaleString('en-US')} nodes, 1 engine) and ${partitioned} (${k} engines)`,
);
out.push(
  range === undefined
    ? `serial parts: load ${fmt(load)} (every partition), partition result ${fmt(partitionWrite)}, ` +
        `merge pass ${fmt(merge)}; levels: ${levelCount}`
    : `serial parts: load ${fmt(load)} (every partition), merge ${fmt(range.merge)} (every ` +
        `partition), digest ${fmt(range.digest)}; split: encode ${fmt(range.encode)} in all, ` +
        `rows out ${fmt(partitionWrite * k)}; growing with W: rows in ${fmt(range.read)}, ` +
        `appends ${fmt(range.append)} (at ${k}); levels: ${levelCount}`,
);
out.push('');
out.push(
  `${pad('workers', 7)}  ${pad('plan stage', 10)}  ${pad('speed-up', 8)}  ${pad('efficiency', 10)}  ${pad('levels alone', 12)}  ${pad('levels eff.', 11)}  ${pad('handed over', 11)}`,
);
const results = rows.map((row) => {
  const speedUp = t1 / row.ms;
  const levelsEff = row.w === 1 ? 1 : levelsAlone1 / (row.w * row.levelsMs);
  const result = {
    workers: row.w,
    planStageMs: Math.round(row.ms),
    speedUp: Number(speedUp.toFixed(3)),
    efficiency: Number((speedUp / row.w).toFixed(3)),
    levelsMs: Math.round(row.levelsMs),
    levelsEfficiency: Number(levelsEff.toFixed(3)),
    handoverBytes: Math.round(row.bytes ?? 0),
  };
  out.push(
    `${pad(row.w, 7)}  ${pad(fmt(row.ms), 10)}  ${pad(speedUp.toFixed(2), 8)}  ` +
      `${pad(result.efficiency.toFixed(2), 10)}  ${pad(fmt(row.levelsMs), 12)}  ` +
      `${pad(levelsEff.toFixed(2), 11)}  ${pad(`${((row.bytes ?? 0) / 2 ** 20).toFixed(0)} MiB`, 11)}`,
  );
  return result;
});
process.stdout.write(`${out.join('\n')}\n`);
const json = option('json');
if (json !== undefined) {
  writeFileSync(
    json,
    `${JSON.stringify({ targetNodes, k, latencyMs, t1Ms: Math.round(t1), load, merge, partitionWrite, range, levels, results }, null, 2)}\n`,
  );
}
