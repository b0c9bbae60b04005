/**
 * The benchmark's command line: size, dialect, seed, JSON output and the connections, with
 * every error naming the option or variable at fault. Pure (reads only what it is given).
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';

export type Size = 'S' | 'M' | 'L';
export type BenchDialect = 'pg' | 'sqlite';

export const SIZES: readonly Size[] = ['S', 'M', 'L'];
export const DIALECTS: readonly BenchDialect[] = ['pg', 'sqlite'];

/** Planning nodes of each size. */
export const SIZE_NODES: Readonly<Record<Size, number>> = { S: 10_000, M: 100_000, L: 1_000_000 };

/**
 * Default BOM depth (levels below a finished good): 6 gives about 14 requirement events per
 * planning node, so L (1,000,000 nodes) holds about 14M events, near the 10M a large
 * manufacturer's plan has. Deeper BOMs multiply the events (depth 10: about 47 per node).
 */
export const DEFAULT_DEPTH = 6;
/** The deepest BOM the generator makes. */
export const MAX_BENCH_DEPTH = 10;
export const DEFAULT_SEED = 42;
export const DEFAULT_REDIS_URL = 'redis://127.0.0.1:6379';

export interface PgConnectionObject {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
}

export type PgConnection = string | PgConnectionObject;

export interface BenchOptions {
  size: Size;
  dialect: BenchDialect;
  seed: number;
  /** BOM levels below a finished good. */
  depth: number;
  /** Where the figures go as JSON, if anywhere. */
  json?: string;
  /** Heap limit of the engine's planning thread (REPLAN_ENGINE_MAX_HEAP_MB); default by size. */
  engineHeapMb: number;
  /** Keep the schema (or SQLite file) and the apps' logs afterwards. */
  keep: boolean;
  /** No progress bars (e.g. output to a file). */
  quiet: boolean;
  /**
   * Engine processes; with more than one, each run is planned in that many partitions, one
   * partition job per engine (REPLAN_PLAN_PARTITIONS).
   */
  engines: number;
  /**
   * Runs of the same plan after the first, each replacing the version before last (which
   * then holds a whole plan): the steady state of a plan re-run every day. 0: the first only.
   */
  steadyRuns: number;
  /** Write a CPU profile of each app (and the engine's planning thread) into this directory. */
  profileDir?: string;
  pg: PgConnection;
  redisUrl: string;
}

/** A bad option or environment variable; the message names it. */
export class BenchUsageError extends Error {
  override name = 'BenchUsageError';
}

/** Default planning thread heap: enough for the size with room to spare. */
export const DEFAULT_ENGINE_HEAP_MB: Readonly<Record<Size, number>> = {
  S: 2048,
  M: 4096,
  L: 8192,
};

function parseSize(value: string): Size {
  const size = value.toUpperCase();
  if (!SIZES.includes(size as Size)) {
    throw new InvalidArgumentError(`must be S, M or L, got ${JSON.stringify(value)}`);
  }
  return size as Size;
}

function parseDialect(value: string): BenchDialect {
  if (!DIALECTS.includes(value as BenchDialect)) {
    throw new InvalidArgumentError(`must be pg or sqlite, got ${JSON.stringify(value)}`);
  }
  return value as BenchDialect;
}

function parseInteger(min: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^-?\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min) {
      throw new InvalidArgumentError(
        `must be an integer of at least ${min}, got ${JSON.stringify(value)}`,
      );
    }
    return n;
  };
}

/** Default runs after the first: two, so the second replaces a version holding a whole plan. */
export const DEFAULT_STEADY_RUNS = 2;
/** The most runs after the first. */
export const MAX_STEADY_RUNS = 10;

function parseSteadyRuns(value: string): number {
  const runs = parseInteger(0)(value);
  if (runs > MAX_STEADY_RUNS) {
    throw new InvalidArgumentError(`must be at most ${MAX_STEADY_RUNS}, got ${runs}`);
  }
  return runs;
}

/** The most engine processes the benchmark starts. */
export const MAX_BENCH_ENGINES = 16;

function parseEngines(value: string): number {
  const engines = parseInteger(1)(value);
  if (engines > MAX_BENCH_ENGINES) {
    throw new InvalidArgumentError(`must be at most ${MAX_BENCH_ENGINES}, got ${engines}`);
  }
  return engines;
}

function parseDepth(value: string): number {
  const depth = parseInteger(1)(value);
  if (depth > MAX_BENCH_DEPTH) {
    throw new InvalidArgumentError(`must be at most ${MAX_BENCH_DEPTH}, got ${depth}`);
  }
  return depth;
}

/** The PostgreSQL connection from DATABASE_URL, else PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE. */
export function pgConnectionFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): PgConnection {
  const url = env.DATABASE_URL;
  if (url !== undefined && url !== '') return url;
  const portText = env.PGPORT ?? '5432';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new BenchUsageError(
      `PGPORT must be a port number (1-65535), got ${JSON.stringify(portText)}`,
    );
  }
  const connection: PgConnectionObject = {
    host: env.PGHOST ?? '127.0.0.1',
    port,
    user: env.PGUSER ?? 'postgres',
    database: env.PGDATABASE ?? 'test',
  };
  if (env.PGPASSWORD !== undefined) connection.password = env.PGPASSWORD;
  return connection;
}

export function benchCommand(): Command {
  return new Command('replan-bench')
    .description(
      'End-to-end benchmark: generates a seeded ERP dataset into a fresh database, measures ' +
        "the database's COPY floor and a full run through the pipeline, and prints both",
    )
    .option(
      '--size <size>',
      'S (10,000 planning nodes), M (100,000) or L (1,000,000)',
      parseSize,
      'S',
    )
    .option(
      '--dialect <dialect>',
      'the ERP database: pg (PostgreSQL) or sqlite',
      parseDialect,
      'pg',
    )
    .option('--seed <n>', 'seed of the generated dataset', parseInteger(0), DEFAULT_SEED)
    .option(
      '--depth <n>',
      `BOM levels below a finished good, 1 to ${MAX_BENCH_DEPTH} (default ${DEFAULT_DEPTH})`,
      parseDepth,
      DEFAULT_DEPTH,
    )
    .option('--json <file>', 'also write the figures to this file as JSON')
    .option(
      '--engine-heap-mb <mb>',
      'heap limit of the planning thread (default 2048, 4096, 8192 for S, M, L)',
      parseInteger(256),
    )
    .option(
      '--engines <n>',
      'engine processes planning the run together, in as many partitions (default 1: whole)',
      parseEngines,
      1,
    )
    .option(
      '--steady <n>',
      `runs of the same plan after the first, measured as the steady state (default ${DEFAULT_STEADY_RUNS}; 0: none)`,
      parseSteadyRuns,
      DEFAULT_STEADY_RUNS,
    )
    .option('--keep', 'keep the schema (or SQLite file) and the logs of the apps afterwards')
    .option('--quiet', 'no progress bars')
    .option(
      '--profile <dir>',
      'write CPU profiles of the apps (node --cpu-prof) into this directory',
    );
}

/**
 * Parses the arguments (without `node` and the script) and the environment. Throws
 * BenchUsageError naming the option or variable at fault.
 */
export function parseBenchArgs(
  args: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): BenchOptions {
  const command = benchCommand()
    .exitOverride()
    .configureOutput({ writeErr: () => undefined, writeOut: () => undefined });
  try {
    command.parse([...args], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      throw new BenchUsageError(error.message.replace(/^error: /, ''));
    }
    throw error;
  }
  const raw = command.opts<{
    size: Size;
    dialect: BenchDialect;
    seed: number;
    depth: number;
    json?: string;
    engineHeapMb?: number;
    engines: number;
    steady: number;
    keep?: boolean;
    quiet?: boolean;
    profile?: string;
  }>();
  const redisUrl = env.REPLAN_REDIS_URL ?? DEFAULT_REDIS_URL;
  if (!/^rediss?:\/\//.test(redisUrl)) {
    throw new BenchUsageError(
      `REPLAN_REDIS_URL must be a redis:// or rediss:// URL, got ${JSON.stringify(redisUrl)}`,
    );
  }
  const options: BenchOptions = {
    size: raw.size,
    dialect: raw.dialect,
    seed: raw.seed,
    depth: raw.depth,
    engineHeapMb: raw.engineHeapMb ?? DEFAULT_ENGINE_HEAP_MB[raw.size],
    engines: raw.engines,
    steadyRuns: raw.steady,
    keep: raw.keep === true,
    quiet: raw.quiet === true,
    pg: pgConnectionFromEnv(env),
    redisUrl,
  };
  if (raw.json !== undefined) options.json = raw.json;
  if (raw.profile !== undefined) options.profileDir = raw.profile;
  return options;
}
