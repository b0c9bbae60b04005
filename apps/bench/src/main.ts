/**
 * replan-bench: the end-to-end benchmark. Generates a seeded ERP dataset into a fresh
 * PostgreSQL schema (or SQLite file), measures the database's floor (every input row out
 * and every result row in, in bulk) and a full run through the connector, engine and writer
 * apps, prints both with their ratio, and cleans up after itself (also on failure or Ctrl-C).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';

import type { RunEvent } from '@replan/client';
import { generateDataset, itemsForNodes } from '@replan/datagen';
import { Presets, SingleBar } from 'cli-progress';

import {
  APP_NAMES,
  scrapeGauge,
  startProcess,
  stopProcess,
  waitReady,
  type AppName,
  type RunningProcess,
} from './apps';
import {
  createBenchDatabase,
  floorFigures,
  loadBench,
  measureReadFloor,
  measureWriteFloor,
  type BenchDatabase,
} from './database';
import { figuresJson, formatFigures, type BenchFigures } from './figures';
import { BenchUsageError, SIZE_NODES, parseBenchArgs, type BenchOptions } from './options';
import { deletePrefixKeys, measureRun, redisVersion, type MeasuredRun } from './run';

const TENANT = 'bench';
const PEAK_RSS = 'replan_process_peak_resident_memory_bytes';

/** Clean-up steps, run last in first out, once, whether the benchmark ends well or not. */
class Cleanup {
  private readonly steps: { name: string; run: () => Promise<unknown> }[] = [];
  private running: Promise<void> | undefined;

  add(name: string, run: () => Promise<unknown>): void {
    this.steps.push({ name, run });
  }

  run(): Promise<void> {
    this.running ??= (async () => {
      for (const step of [...this.steps].reverse()) {
        try {
          await step.run();
        } catch (error) {
          process.stderr.write(`replan-bench: clean-up (${step.name}) failed: ${String(error)}\n`);
        }
      }
    })();
    return this.running;
  }
}

function elapsed(started: number): number {
  return performance.now() - started;
}

function status(options: BenchOptions, line: string): void {
  if (!options.quiet) process.stderr.write(`${line}\n`);
}

function bar(options: BenchOptions, format: string): SingleBar | undefined {
  if (options.quiet) return undefined;
  return new SingleBar(
    { format, hideCursor: true, clearOnComplete: false, stopOnComplete: false, fps: 5 },
    Presets.shades_classic,
  );
}

async function bench(options: BenchOptions, cleanup: Cleanup): Promise<BenchFigures> {
  const nodesTarget = SIZE_NODES[options.size];
  const items = itemsForNodes(nodesTarget);
  status(options, `generating ${items.toLocaleString('en-US')} items (seed ${options.seed})…`);
  let started = performance.now();
  let dataset: ReturnType<typeof generateDataset> | undefined = generateDataset({
    items,
    seed: options.seed,
    depth: options.depth,
  });
  const generateMs = elapsed(started);
  const planId = dataset.plan.id;
  const planDate = dataset.plan.planDate;

  const db: BenchDatabase = await createBenchDatabase(options.dialect, options.pg);
  cleanup.add('drop the database', () => (options.keep ? Promise.resolve() : db.drop()));
  if (options.keep) cleanup.add('close the database', () => db.knex.destroy());
  const expectedRows =
    1 +
    [
      dataset.items,
      dataset.coverageGroups,
      dataset.itemCoverage,
      dataset.warehouses,
      dataset.calendars,
      dataset.bomLines,
      dataset.onHand,
      dataset.supply,
      dataset.demand,
      dataset.forecasts,
      dataset.reductionKeys,
    ].reduce((sum, list) => sum + (list?.length ?? 0), 0);
  const loadBar = bar(options, `loading ${db.where} {bar} {value}/{total} rows`);
  loadBar?.start(expectedRows, 0);
  started = performance.now();
  const loaded = await loadBench(db, dataset, (n) => loadBar?.increment(n));
  const loadMs = elapsed(started);
  loadBar?.update(loaded);
  loadBar?.setTotal(loaded);
  loadBar?.stop();
  dataset = undefined;

  status(options, 'floor: reading every input table…');
  const readFloor = await measureReadFloor(db, options.pg);

  const prefix = `replan-bench-${process.pid}-${randomBytes(3).toString('hex')}`;
  cleanup.add('delete the Redis keys', () => deletePrefixKeys(options.redisUrl, prefix));
  const dir = mkdtempSync(join(tmpdir(), 'replan-bench-run-'));
  cleanup.add('remove the run directory', () => {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
    return Promise.resolve();
  });
  const secret = randomBytes(16).toString('hex');
  const registryFile = join(dir, 'tenants.json');
  writeFileSync(
    registryFile,
    JSON.stringify({ tenants: [{ id: TENANT, secret, database: db.registry }] }, null, 2),
  );
  const env: Record<string, string> = {
    REPLAN_REDIS_URL: options.redisUrl,
    REPLAN_PREFIX: prefix,
    REPLAN_REGISTRY: registryFile,
    REPLAN_LOG_LEVEL: 'warn',
    REPLAN_ENGINE_MAX_HEAP_MB: String(options.engineHeapMb),
    REPLAN_STREAM_TIMEOUT_MS: String(10 * 60_000),
    // The apps sign and check each other's stage jobs with it: one key for the run's apps.
    REPLAN_SERVICE_KEY: randomBytes(32).toString('hex'),
  };
  status(options, `starting the connector, engine and writer on prefix ${prefix}…`);
  const apps: RunningProcess[] = [];
  cleanup.add('stop the apps', () => Promise.all(apps.map((app) => stopProcess(app))));
  const nodeArgs =
    options.profileDir === undefined ? [] : ['--cpu-prof', '--cpu-prof-dir', options.profileDir];
  // With several engines, each run is planned in as many partitions, one per engine.
  const engineEnv: Record<string, string> =
    options.engines > 1
      ? {
          ...env,
          REPLAN_PLAN_PARTITIONS: String(options.engines),
          REPLAN_PARTITION_CONCURRENCY: '1',
        }
      : env;
  for (const name of APP_NAMES) {
    const copies = name === 'engine' ? options.engines : 1;
    for (let i = 0; i < copies; i++) {
      const logName = copies > 1 ? `${name}-${i + 1}` : name;
      apps.push(
        await startProcess(name, name === 'engine' ? engineEnv : env, dir, nodeArgs, logName),
      );
    }
  }
  await Promise.all(apps.map((app) => waitReady(app)));

  const loadAverage = loadavg();
  // The first run writes into an empty version; each later one replaces the version before
  // last, which holds a whole plan from the third run on: the steady state.
  const runs: MeasuredRun[] = [];
  for (let i = 0; i <= options.steadyRuns; i++) {
    const label = i === 0 ? 'first run' : `run ${i + 1}`;
    const runBar = bar(options, `${label} {stage} {bar} {percent}% {rows} rows`);
    runBar?.start(100, 0, { stage: 'queued', rows: 0 });
    const onEvent = (event: RunEvent): void => {
      if ('stage' in event)
        runBar?.update(event.percent, { stage: event.stage.padEnd(7), rows: event.rows });
    };
    try {
      runs.push(
        await measureRun({
          redisUrl: options.redisUrl,
          prefix,
          tenant: TENANT,
          secret,
          plan: planId,
          planDate,
          timeoutMs: 60 * 60_000,
          engines: options.engines,
          onEvent,
        }),
      );
    } catch (error) {
      runBar?.stop();
      const logs = apps.map((app) => app.logFile).join(', ');
      options.keep = true;
      throw new Error(
        `${label}: ${error instanceof Error ? error.message : String(error)} (app logs: ${logs})`,
      );
    }
    runBar?.update(100, { stage: 'done   ' });
    runBar?.stop();
  }
  const measured = runs[0];
  if (measured === undefined) throw new Error('no run was measured');

  const peaks: Partial<Record<AppName, number>> = {};
  for (const app of apps) {
    const peak = await scrapeGauge(app, PEAK_RSS);
    if (peak !== undefined) peaks[app.name] = Math.max(peaks[app.name] ?? 0, peak);
  }
  await Promise.all(apps.map((app) => stopProcess(app)));

  status(options, 'floor: writing the result rows with the bulk path…');
  const writeFloor = await measureWriteFloor(db, options.pg, planId);
  const counts = measured.outcome.counts;
  const { extract, plan, write } = measured.stages;
  if (peaks.connector !== undefined) extract.peakRssBytes = peaks.connector;
  if (peaks.engine !== undefined) plan.peakRssBytes = peaks.engine;
  if (peaks.writer !== undefined) write.peakRssBytes = peaks.writer;
  return {
    size: options.size,
    dialect: options.dialect,
    seed: options.seed,
    depth: options.depth,
    items,
    nodes: counts?.nodes ?? 0,
    plannedOrders: counts?.plannedOrders ?? 0,
    pegging: counts?.pegging ?? 0,
    machine: {
      cpus: cpus().length,
      memoryBytes: totalmem(),
      node: process.versions.node,
      database: db.version,
      redis: await redisVersion(options.redisUrl),
      loadAverage,
    },
    generateMs,
    loadMs,
    floor: floorFigures(options.dialect, readFloor, writeFloor),
    run: { ...measured.figures, extract, plan, write },
    engines: measured.engines,
    steady: runs.slice(1).map((r) => ({ ...r.figures, ...r.stages })),
  };
}

async function main(): Promise<void> {
  let options: BenchOptions;
  try {
    options = parseBenchArgs(process.argv.slice(2), process.env);
  } catch (error) {
    if (!(error instanceof BenchUsageError)) throw error;
    process.stderr.write(`replan-bench: ${error.message}\n`);
    process.exitCode = 2;
    return;
  }
  const cleanup = new Cleanup();
  const interrupted = (signal: NodeJS.Signals): void => {
    process.stderr.write(`\nreplan-bench: ${signal}, cleaning up…\n`);
    void cleanup.run().finally(() => process.exit(130));
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    const figures = await bench(options, cleanup);
    process.stdout.write(`\n${formatFigures(figures)}`);
    if (options.json !== undefined) writeFileSync(options.json, figuresJson(figures));
  } catch (error) {
    process.stderr.write(
      `replan-bench: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  } finally {
    await cleanup.run();
  }
}

void main();
