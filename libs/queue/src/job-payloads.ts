/**
 * The data of the pipeline's jobs. Jobs carry ids, settings and stream keys, never rows:
 * bulk data travels through the run streams (see run-streams).
 *
 * Job data comes back from Redis as parsed JSON, so every worker checks it with the
 * matching parse function before use; errors name the job and the field at fault.
 */
import { parseDay, type IsoDate, type PlanFilter } from '@replan/engine';
import { checkId, describe } from './ids';
import { type PipelineStage } from './queue-names';
import { parseStreamKey, type StreamKind } from './run-streams';

/** What every job of a run carries. */
export interface RunJobBase {
  runId: string;
  tenant: string;
  /** The ERP's plan id. */
  plan: string;
  /** "Today" of the run, YYYY-MM-DD. */
  planDate: IsoDate;
  /** Absent: the whole plan. */
  filter?: PlanFilter;
  /** When the ERP asked for the run, in ms since the Unix epoch. */
  requestedAt: number;
  /**
   * The coordinator's signature of the job by the service key (see stage-signing); a stage
   * refuses a job without a valid one.
   */
  signature?: string;
}

/** extract queue: read the ERP's data and write the snapshot stream. */
export interface ExtractJob extends RunJobBase {
  snapshotKey: string;
}

/** plan queue: read the snapshot stream, plan, write the result stream. */
export interface PlanJob extends RunJobBase {
  snapshotKey: string;
  resultKey: string;
}

/** write queue: read the result stream and persist it into the ERP's database. */
export interface WriteJob extends RunJobBase {
  resultKey: string;
}

/**
 * The stages after the request, whose jobs carry stream keys. The request job itself is
 * the publish library's contract with the service: `@replan/client` defines and reads it.
 */
export type WorkerStage = Exclude<PipelineStage, 'requests'>;

/** The job data of each worker stage. */
export interface JobPayloads {
  extract: ExtractJob;
  plan: PlanJob;
  write: WriteJob;
}

/** Thrown when job data does not have the expected shape. */
export class JobPayloadError extends Error {
  override name = 'JobPayloadError';
}

/**
 * The BullMQ job id of a run's job in any queue: `<tenant>/<runId>`. Adding a job with
 * the id of one that still exists returns the existing job, so duplicates are harmless.
 */
export function runJobId(tenant: string, runId: string): string {
  return `${checkId('tenant', tenant)}/${checkId('run id', runId)}`;
}

const jobNames: Record<WorkerStage, string> = {
  extract: 'extract job',
  plan: 'plan job',
  write: 'write job',
};

type Fields = Record<string, unknown>;

class Checker {
  constructor(
    private readonly job: string,
    private readonly data: Fields,
  ) {}

  fail(field: string, why: string): never {
    const runId = typeof this.data.runId === 'string' ? ` of run ${this.data.runId}` : '';
    throw new JobPayloadError(`${this.job}${runId}: ${field} ${why}`);
  }

  string(field: string): string {
    const value = this.data[field];
    if (typeof value !== 'string') this.fail(field, `must be a string, got ${describe(value)}`);
    if (value === '') this.fail(field, 'must not be empty');
    return value;
  }

  id(field: string, what: string): string {
    const value = this.string(field);
    try {
      return checkId(what, value);
    } catch (error) {
      return this.fail(field, (error as Error).message.replace(/^.*? is not/, 'is not'));
    }
  }

  date(field: string): IsoDate {
    const value = this.string(field);
    if (parseDay(value) === undefined) {
      this.fail(field, `must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
    }
    return value;
  }

  timestamp(field: string): number {
    const value = this.data[field];
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      this.fail(field, `must be milliseconds since the epoch (a whole number ≥ 0)`);
    }
    return value;
  }

  filter(field: string): PlanFilter | undefined {
    const value = this.data[field];
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.fail(field, `must be an object, got ${describe(value)}`);
    }
    const f = value as Fields;
    const items = f.items;
    if (!Array.isArray(items)) this.fail(`${field}.items`, 'must be an array of item ids');
    const ids: string[] = [];
    items.forEach((item: unknown, i) => {
      if (typeof item !== 'string' || item === '') {
        this.fail(`${field}.items[${i}]`, 'must be a non-empty string');
      }
      ids.push(item);
    });
    const filter: PlanFilter = { items: ids };
    const levels = f.bomLevels;
    if (levels === 'all') filter.bomLevels = 'all';
    else if (typeof levels === 'number' && Number.isInteger(levels) && levels >= 0) {
      filter.bomLevels = levels;
    } else if (levels !== undefined) {
      this.fail(`${field}.bomLevels`, `must be 'all' or a whole number ≥ 0`);
    }
    for (const key of Object.keys(f)) {
      if (key !== 'items' && key !== 'bomLevels') this.fail(`${field}.${key}`, 'is not known');
    }
    return filter;
  }

  /** A stream key of this job's own tenant and run, of the given kind. */
  streamKey(field: string, kind: StreamKind, tenant: string, runId: string): string {
    const value = this.string(field);
    const parts = parseStreamKey(value);
    if (parts === undefined) {
      this.fail(field, `is not a run stream key: ${JSON.stringify(value)}`);
    }
    if (parts.kind !== kind) this.fail(field, `must be a ${kind} stream, got a ${parts.kind} one`);
    if (parts.tenant !== tenant || parts.runId !== runId) {
      this.fail(field, `belongs to tenant ${parts.tenant}, run ${parts.runId}, not this job's`);
    }
    return value;
  }
}

function base(stage: WorkerStage, data: unknown): { c: Checker; job: RunJobBase } {
  const name = jobNames[stage];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new JobPayloadError(`${name}: data must be an object, got ${describe(data)}`);
  }
  const c = new Checker(name, data as Fields);
  const job: RunJobBase = {
    runId: c.id('runId', 'run id'),
    tenant: c.id('tenant', 'tenant'),
    plan: c.string('plan'),
    planDate: c.date('planDate'),
    requestedAt: c.timestamp('requestedAt'),
  };
  const filter = c.filter('filter');
  if (filter !== undefined) job.filter = filter;
  if ((data as Fields).signature !== undefined) job.signature = c.string('signature');
  return { c, job };
}

/** Checks the data of an extract-queue job. */
export function parseExtractJob(data: unknown): ExtractJob {
  const { c, job } = base('extract', data);
  return { ...job, snapshotKey: c.streamKey('snapshotKey', 'snapshot', job.tenant, job.runId) };
}

/** Checks the data of a plan-queue job. */
export function parsePlanJob(data: unknown): PlanJob {
  const { c, job } = base('plan', data);
  return {
    ...job,
    snapshotKey: c.streamKey('snapshotKey', 'snapshot', job.tenant, job.runId),
    resultKey: c.streamKey('resultKey', 'result', job.tenant, job.runId),
  };
}

/** Checks the data of a write-queue job. */
export function parseWriteJob(data: unknown): WriteJob {
  const { c, job } = base('write', data);
  return { ...job, resultKey: c.streamKey('resultKey', 'result', job.tenant, job.runId) };
}

/** The parse function of each worker stage. */
export const jobParsers: { [S in WorkerStage]: (data: unknown) => JobPayloads[S] } = {
  extract: parseExtractJob,
  plan: parsePlanJob,
  write: parseWriteJob,
};
