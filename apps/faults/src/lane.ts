/**
 * One lane of the matrix: its own Redis (AOF on), its own PostgreSQL cluster with the ERP's
 * template database and baseline plan, and per run a fresh copy of the ERP database, a
 * prefix of its own and a fresh connector, engine and writer. A run does its cell's fault
 * and returns what the ERP saw, classified.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  REQUESTS_QUEUE,
  RUN_REQUEST_JOB,
  ReplanClient,
  RunNotFoundError,
  RunWaitTimeoutError,
  cancelKey,
  cancelValue,
  encodeRunRequestJob,
  signRequest,
} from '@replan/client';
import { encodeResultBatches } from '@replan/contracts';
import { planDataset, type Dataset } from '@replan/engine';
import { queueNames, runJobId, streamKey, writeBatches } from '@replan/queue';
import { recordRun } from '@replan/sql';
import { eventually } from '@replan/testing';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import type { Knex } from 'knex';

import type { Cell, HostileValue } from './cells';
import { POINT_APP } from './cells';
import {
  classifyAttackedRun,
  classifyForged,
  classifyRun,
  type Baseline,
  type ClientOutcome,
  type ErpView,
  type RunClass,
} from './classify';
import {
  TEMPLATE_DATABASE,
  copyDatabase,
  createTemplate,
  dropDatabase,
  erpKnex,
  readTables,
} from './erp';
import { AppSet } from './processes';
import { OwnPostgres, OwnRedis } from './services';

export const TENANT = 'erp';
const BASELINE_DATABASE = 'faults_baseline';

export interface LaneOptions {
  dataset: Dataset;
  /** No outcome within this long after the fault: the run is hung (or lost). */
  outcomeTimeoutMs: number;
  /** How long a forged job or request gets to be processed before the tables are read. */
  forgedWaitMs: number;
}

/** One run of a cell, as the ERP saw it. */
export interface RunRecord {
  cell: string;
  run: number;
  cls: RunClass;
  view: ErpView;
  /** From the fault to the outcome the client got, ms (kills and restarts). */
  recoveryMs?: number;
  /** Whether the fault point was reached (a run may end before it is). */
  faultReached?: boolean;
  /** Hostile rows: the outcome or history error names the row. */
  namesRow?: boolean;
  /** Exits of an app that the matrix did not cause. */
  crashes: string[];
  logDir: string;
  /** The run that wrote the lane's old plan. */
  baselineRunId: string;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

const HOSTILE_ROW = 'SO-24001-1';

/** The statements that put one hostile value into the demand lines, and the row's id. */
function hostileStatements(value: HostileValue): { sql: string[]; rowId: string } {
  const where = `where id = '${HOSTILE_ROW}'`;
  switch (value) {
    case 'null-item':
      return {
        sql: [
          'alter table replan_demand_lines alter column item drop not null',
          `update replan_demand_lines set item = null ${where}`,
        ],
        rowId: HOSTILE_ROW,
      };
    case 'bad-date':
      return {
        sql: [
          'alter table replan_demand_lines alter column date type text',
          `update replan_demand_lines set date = '2026-02-30' ${where}`,
        ],
        rowId: HOSTILE_ROW,
      };
    case 'bad-quantity':
      return {
        sql: [
          'alter table replan_demand_lines alter column quantity type text',
          `update replan_demand_lines set quantity = 'abc' ${where}`,
        ],
        rowId: HOSTILE_ROW,
      };
    case 'huge-quantity':
      return {
        sql: [`update replan_demand_lines set quantity = 1e15 ${where}`],
        rowId: HOSTILE_ROW,
      };
    case 'long-id': {
      const id = `SO-${'X'.repeat(10_000)}`;
      return {
        sql: [
          'alter table replan_demand_lines alter column id type text',
          `update replan_demand_lines set id = '${id}' ${where}`,
        ],
        rowId: id.slice(0, 40),
      };
    }
  }
}

export class Lane {
  private redis!: OwnRedis;
  private pg!: OwnPostgres;
  private baseline!: Baseline;
  private runs = 0;
  private readonly secret = randomBytes(16).toString('hex');
  private readonly serviceKey = randomBytes(24).toString('hex');

  private constructor(
    readonly dir: string,
    private readonly pgDir: string,
    private readonly options: LaneOptions,
  ) {}

  get plan(): string {
    return this.options.dataset.plan.id;
  }

  get planDate(): string {
    return this.options.dataset.plan.planDate;
  }

  /** Starts the lane's Redis and PostgreSQL and plans the baseline. */
  static async open(options: LaneOptions): Promise<Lane> {
    const dir = mkdtempSync(join(tmpdir(), 'replan-faults-'));
    // PostgreSQL runs as its own user: its directory must not sit in one only root can enter.
    const pgDir = mkdtempSync(join(tmpdir(), 'replan-faults-pg-'));
    const lane = new Lane(dir, pgDir, options);
    lane.redis = await OwnRedis.start(dir);
    lane.pg = await OwnPostgres.start(pgDir);
    await createTemplate(lane.pg, options.dataset);
    await copyDatabase(lane.pg, TEMPLATE_DATABASE, BASELINE_DATABASE);
    lane.baseline = await lane.planBaseline();
    return lane;
  }

  async close(): Promise<void> {
    await this.redis?.stop().catch(() => undefined);
    await this.pg?.stop().catch(() => undefined);
    rmSync(this.pgDir, { recursive: true, force: true });
    rmSync(this.dir, { recursive: true, force: true });
  }

  private async planBaseline(): Promise<Baseline> {
    const session = await this.session(BASELINE_DATABASE, 'baseline');
    try {
      const { runId } = await session.client.requestRun({
        plan: this.plan,
        planDate: this.planDate,
      });
      const outcome = await session.client.waitForRun(runId, { timeoutMs: 60_000 });
      if (outcome.status !== 'succeeded') {
        throw new Error(`the baseline run ${outcome.status}: ${outcome.error ?? ''}`);
      }
      const tables = await readTables(session.knex, this.plan, runId);
      return { runId, rows: tables.rows, sameData: true };
    } finally {
      await session.close();
    }
  }

  /** A fresh ERP database from the baseline, the apps on a prefix of their own, a client. */
  private async session(
    database: string,
    name: string,
    env: Record<string, string> = {},
  ): Promise<Session> {
    const prefix = `faults-${name}`;
    const logDir = mkdtempSync(join(this.dir, `${name}-`));
    const registry = join(logDir, 'tenants.json');
    writeFileSync(
      registry,
      JSON.stringify({
        tenants: [
          {
            id: TENANT,
            secret: this.secret,
            database: { client: 'pg', connection: this.pg.connection(database) },
          },
        ],
      }),
    );
    const apps = new AppSet(
      {
        REPLAN_REDIS_URL: this.redis.url,
        REPLAN_PREFIX: prefix,
        REPLAN_REGISTRY: registry,
        REPLAN_SERVICE_KEY: this.serviceKey,
        REPLAN_LOG_LEVEL: 'info',
        REPLAN_SHUTDOWN_TIMEOUT_MS: '2000',
        REPLAN_FAULT_ARM: join(logDir, 'arm'),
        REPLAN_FAULT_MARKER: join(logDir, 'marker'),
        ...env,
      },
      logDir,
    );
    const knex = erpKnex(this.pg, database);
    const session = new Session(this, apps, knex, prefix, logDir, this.secret);
    try {
      await apps.startAll();
    } catch (error) {
      await session.close();
      throw error;
    }
    return session;
  }

  get redisUrl(): string {
    return this.redis.url;
  }

  /** One run of a cell. */
  async run(cell: Cell, run: number): Promise<RunRecord> {
    const n = ++this.runs;
    const database = `faults_run_${n}`;
    await copyDatabase(this.pg, BASELINE_DATABASE, database);
    const point =
      cell.kind === 'kill' || cell.kind === 'redis' || cell.kind === 'postgres'
        ? cell.point
        : undefined;
    let session: Session | undefined;
    try {
      let hostile: { rowId: string } | undefined;
      if (cell.kind === 'hostile') {
        const statements = hostileStatements(cell.value);
        const knex = erpKnex(this.pg, database);
        try {
          for (const sql of statements.sql) await knex.raw(sql);
        } finally {
          await knex.destroy();
        }
        hostile = statements;
      }
      session = await this.session(
        database,
        `run-${n}`,
        point === undefined ? {} : { REPLAN_FAULT_POINT: point },
      );
      const record = await this.runCell(cell, run, session, hostile);
      record.crashes = session.apps.crashes();
      return record;
    } finally {
      await session?.close();
      await dropDatabase(this.pg, database).catch(() => undefined);
    }
  }

  private async runCell(
    cell: Cell,
    run: number,
    session: Session,
    hostile: { rowId: string } | undefined,
  ): Promise<RunRecord> {
    const base = {
      cell: cell.name,
      run,
      crashes: [],
      logDir: session.logDir,
      baselineRunId: this.baseline.runId,
    };
    if (cell.kind === 'forged') return { ...base, ...(await this.forged(cell.attack, session)) };
    if (cell.kind === 'hostile') {
      const { runId } = await session.client.requestRun({
        plan: this.plan,
        planDate: this.planDate,
      });
      const outcome = await session.waitOutcome(runId, this.options.outcomeTimeoutMs);
      const view = await session.view(runId, outcome);
      const baseline = { ...this.baseline, sameData: false };
      const text = [
        outcome.kind === 'outcome' ? (outcome.error ?? '') : '',
        view.history?.error ?? '',
      ].join('\n');
      return {
        ...base,
        cls: classifyRun(view, baseline),
        view,
        namesRow: hostile !== undefined && text.includes(hostile.rowId),
      };
    }
    // kill, redis, postgres: arm the point, request, do the fault when the point holds.
    const held = POINT_APP[cell.point];
    writeFileSync(join(session.logDir, 'arm'), '');
    const { runId } = await session.client.requestRun({ plan: this.plan, planDate: this.planDate });
    const marker = join(session.logDir, 'marker');
    const reached = await eventually(
      () => {
        if (!existsSync(marker)) throw new Error('the fault point was not reached');
        return JSON.parse(readFileSync(marker, 'utf8')) as { pid: number };
      },
      { timeoutMs: 30_000, intervalMs: 10 },
    ).catch(() => undefined);
    const faultAt = Date.now();
    if (reached !== undefined) {
      if (cell.kind === 'kill') {
        await session.apps.kill(cell.victim);
        if (cell.victim !== held) process.kill(reached.pid, 'SIGCONT');
        await session.apps.start(cell.victim);
      } else if (cell.kind === 'redis') {
        await this.redis.kill();
        await sleep(200);
        await this.redis.start();
        process.kill(reached.pid, 'SIGCONT');
      } else {
        await this.pg.stop();
        await sleep(200);
        await this.pg.start();
        process.kill(reached.pid, 'SIGCONT');
      }
    }
    const outcome = await session.waitOutcome(runId, this.options.outcomeTimeoutMs);
    const recoveryMs = Date.now() - faultAt;
    const view = await session.view(runId, outcome);
    const record: RunRecord = {
      ...base,
      cls: classifyRun(view, this.baseline),
      view,
      faultReached: reached !== undefined,
    };
    if (outcome.kind === 'outcome') record.recoveryMs = recoveryMs;
    return record;
  }

  private async forged(
    attack: Extract<Cell, { kind: 'forged' }>['attack'],
    session: Session,
  ): Promise<Pick<RunRecord, 'cls' | 'view'>> {
    const forgedId = `run-forged-${randomBytes(6).toString('hex')}`;
    const baseline = this.baseline;
    const request = {
      runId: forgedId,
      tenant: TENANT,
      plan: this.plan,
      planDate: this.planDate,
      requestedAt: Date.now(),
    };
    switch (attack) {
      case 'forged-request': {
        await session.addRequest(signRequest(request, 'not-the-tenant-secret'), forgedId);
        const outcome = await session.waitOutcome(forgedId, this.options.forgedWaitMs);
        const view = await session.view(forgedId, outcome);
        return { cls: classifyForged(view, baseline), view };
      }
      case 'expired-request':
      case 'expired-running-request': {
        const old = { ...request, requestedAt: Date.now() - 40 * 60_000 };
        if (attack === 'expired-running-request') {
          await recordRun(session.knex, {
            runId: forgedId,
            planId: this.plan,
            status: 'running',
            requestedAt: new Date(old.requestedAt).toISOString(),
            startedAt: new Date(old.requestedAt + 1000).toISOString(),
          });
        }
        await session.addRequest(signRequest(old, this.secret), forgedId);
        const outcome = await session.waitOutcome(forgedId, this.options.forgedWaitMs);
        const view = await session.view(forgedId, outcome);
        // The row the cell itself left running is no change; only a plan made from it is.
        if (attack === 'expired-running-request' && view.history?.status !== 'succeeded') {
          delete view.history;
        }
        return { cls: classifyForged(view, baseline), view };
      }
      case 'replayed-request': {
        const { runId } = await session.client.requestRun({
          plan: this.plan,
          planDate: this.planDate,
        });
        const first = await session.client.waitForRun(runId, {
          timeoutMs: this.options.outcomeTimeoutMs,
        });
        if (first.status !== 'succeeded') throw new Error(`the run to replay ${first.status}`);
        const before = await readTables(session.knex, this.plan, runId);
        const queue = new Queue(REQUESTS_QUEUE, {
          connection: session.redis,
          prefix: session.prefix,
        });
        try {
          const job = await queue.getJob(runId);
          if (job === undefined) throw new Error('the run to replay is not in the queue');
          const replayId = `${runId}-replayed`;
          await queue.add(RUN_REQUEST_JOB, job.data, { jobId: replayId });
          const outcome = await session.waitOutcome(replayId, this.options.forgedWaitMs);
          const view = await session.view(runId, outcome);
          // The replayed run's own row, as it was before the replay, is no change.
          if (JSON.stringify(view.history) === JSON.stringify(before.history)) delete view.history;
          return { cls: classifyForged(view, { ...baseline, runId }), view };
        } finally {
          await queue.close();
        }
      }
      case 'write-job': {
        // A plan of the tenant's data without its demand: nothing to order.
        const crafted = planDataset({ ...this.options.dataset, demand: [], forecasts: [] });
        const resultKey = streamKey(TENANT, forgedId, 'result', session.prefix);
        await writeBatches(session.redis, resultKey, encodeResultBatches(crafted), {
          ttlSeconds: 600,
        });
        await session.addStageJob('write', { ...request, resultKey });
        const outcome = await session.waitStageJob('write', forgedId, this.options.forgedWaitMs);
        const view = await session.view(forgedId, outcome);
        return { cls: classifyForged(view, baseline), view };
      }
      case 'extract-job': {
        const snapshotKey = streamKey(TENANT, forgedId, 'snapshot', session.prefix);
        await session.addStageJob('extract', { ...request, snapshotKey });
        const outcome = await session.waitStageJob('extract', forgedId, this.options.forgedWaitMs);
        const view = await session.view(forgedId, outcome);
        view.leakedEntries = await session.redis.xlen(snapshotKey);
        return { cls: classifyForged(view, baseline), view };
      }
      case 'cancel-key': {
        const { runId } = await session.client.requestRun({
          plan: this.plan,
          planDate: this.planDate,
        });
        // Any Redis client can see run ids (they are job ids) and write keys; it does not
        // have the tenant's secret, so it signs with a guess.
        await session.redis.set(
          cancelKey(session.prefix, runId),
          cancelValue('requested', TENANT, runId, 'not-the-tenant-secret-0123456789abcdef'),
          'EX',
          600,
        );
        const outcome = await session.waitOutcome(runId, this.options.outcomeTimeoutMs);
        const view = await session.view(runId, outcome);
        return { cls: classifyAttackedRun(view, baseline), view };
      }
    }
  }
}

/** One run's apps, database connection, Redis connection and client. */
class Session {
  readonly client: ReplanClient;
  readonly redis: Redis;

  constructor(
    private readonly lane: Lane,
    readonly apps: AppSet,
    readonly knex: Knex,
    readonly prefix: string,
    readonly logDir: string,
    private readonly secret: string,
  ) {
    this.redis = new Redis(lane.redisUrl, { maxRetriesPerRequest: null });
    // Redis restarts in some cells: the connection reconnects; its errors are not news.
    this.redis.on('error', () => undefined);
    this.client = this.newClient();
  }

  private newClient(): ReplanClient {
    return new ReplanClient({
      redisUrl: this.lane.redisUrl,
      tenant: TENANT,
      secret: this.secret,
      prefix: this.prefix,
    });
  }

  async close(): Promise<void> {
    await this.apps.stopAll().catch(() => undefined);
    await this.client.close().catch(() => undefined);
    this.redis.disconnect();
    await this.knex.destroy().catch(() => undefined);
  }

  async addRequest(
    request: Parameters<typeof encodeRunRequestJob>[0],
    jobId: string,
  ): Promise<void> {
    const queue = new Queue(REQUESTS_QUEUE, { connection: this.redis, prefix: this.prefix });
    try {
      await queue.add(RUN_REQUEST_JOB, encodeRunRequestJob(request), { jobId });
    } finally {
      await queue.close();
    }
  }

  async addStageJob(stage: 'extract' | 'write', data: Record<string, unknown>): Promise<void> {
    const queue = new Queue(queueNames[stage], { connection: this.redis, prefix: this.prefix });
    try {
      await queue.add(stage, data, { jobId: runJobId(TENANT, String(data.runId)) });
    } finally {
      await queue.close();
    }
  }

  /** Waits for a forged stage job to finish; its outcome is the job's. */
  async waitStageJob(
    stage: 'extract' | 'write',
    runId: string,
    timeoutMs: number,
  ): Promise<ClientOutcome> {
    const queue = new Queue(queueNames[stage], { connection: this.redis, prefix: this.prefix });
    try {
      const id = runJobId(TENANT, runId);
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        const state = await queue.getJobState(id);
        if (state === 'completed') return { kind: 'outcome', status: 'succeeded' };
        if (state === 'failed') {
          const job = await queue.getJob(id);
          return { kind: 'outcome', status: 'failed', error: job?.failedReason ?? '' };
        }
        await sleep(100);
      }
      return { kind: 'timeout' };
    } finally {
      await queue.close();
    }
  }

  /**
   * What the client tells the ERP: the outcome, or a timeout, or that it does not know the
   * run. A client that loses its connection (Redis restarting) is replaced, as an ERP would.
   */
  async waitOutcome(runId: string, timeoutMs: number): Promise<ClientOutcome> {
    const deadline = Date.now() + timeoutMs;
    const spares: ReplanClient[] = [];
    let client = this.client;
    try {
      for (;;) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) return { kind: 'timeout' };
        try {
          const outcome = await client.waitForRun(runId, { timeoutMs: remaining });
          const result: ClientOutcome = { kind: 'outcome', status: outcome.status };
          if (outcome.error !== undefined) result.error = outcome.error;
          return result;
        } catch (error) {
          if (error instanceof RunWaitTimeoutError) return { kind: 'timeout' };
          if (error instanceof RunNotFoundError) return { kind: 'notFound' };
          await sleep(500);
          client = this.newClient();
          spares.push(client);
        }
      }
    } finally {
      await Promise.all(spares.map((spare) => spare.close().catch(() => undefined)));
    }
  }

  async view(runId: string, outcome: ClientOutcome): Promise<ErpView> {
    const queue = new Queue(REQUESTS_QUEUE, { connection: this.redis, prefix: this.prefix });
    let requestState: string;
    try {
      requestState = await queue.getJobState(runId);
    } finally {
      await queue.close();
    }
    const tables = await eventually(() => readTables(this.knex, this.lane.plan, runId), {
      timeoutMs: 30_000,
      intervalMs: 500,
    });
    return { runId, outcome, requestState, ...tables };
  }
}
