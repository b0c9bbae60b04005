/**
 * The requests-queue job payload: a signed RunRequest as plain JSON (BullMQ stores job data
 * as JSON), with the signature in base64.
 */
import type { IsoDate, PlanFilter } from '@replan/engine';
import type { ReceivedRunRequest, RunRequest } from './request-signing';

export interface RunRequestJobData {
  runId: string;
  tenant: string;
  plan: string;
  planDate: IsoDate;
  filter?: PlanFilter;
  requestedAt: number;
  /** HMAC-SHA256, base64. Absent: the request is unsigned. */
  signature?: string;
}

/** A job payload that cannot be read as a run request. */
export class RunRequestDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RunRequestDataError';
  }
}

export function encodeRunRequestJob(request: RunRequest): RunRequestJobData {
  const data: RunRequestJobData = {
    runId: request.runId,
    tenant: request.tenant,
    plan: request.plan,
    planDate: request.planDate,
    requestedAt: request.requestedAt,
  };
  if (request.filter !== undefined) data.filter = request.filter;
  if (request.signature.length > 0) {
    data.signature = Buffer.from(request.signature).toString('base64');
  }
  return data;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function str(data: Record<string, unknown>, field: string): string {
  const value = data[field];
  if (typeof value !== 'string' || value === '') {
    throw new RunRequestDataError(`run request: ${field} must be a non-empty string`);
  }
  return value;
}

function decodeFilter(value: unknown): PlanFilter {
  if (!isRecord(value) || !Array.isArray(value.items)) {
    throw new RunRequestDataError('run request: filter must be { items: string[] }');
  }
  const items = value.items.map((item: unknown) => {
    if (typeof item !== 'string') {
      throw new RunRequestDataError('run request: filter items must be strings');
    }
    return item;
  });
  const filter: PlanFilter = { items };
  const bomLevels = value.bomLevels;
  if (bomLevels !== undefined && bomLevels !== null) {
    if (bomLevels !== 'all' && !(Number.isInteger(bomLevels) && (bomLevels as number) >= 0)) {
      throw new RunRequestDataError(
        "run request: filter bomLevels must be 'all' or a non-negative integer",
      );
    }
    filter.bomLevels = bomLevels as 'all' | number;
  }
  return filter;
}

/** Reads a job payload back into a request (the signature still to be verified). */
export function decodeRunRequestJob(data: unknown): ReceivedRunRequest {
  if (!isRecord(data)) throw new RunRequestDataError('run request: job data is not an object');
  const requestedAt = data.requestedAt;
  if (typeof requestedAt !== 'number' || !Number.isSafeInteger(requestedAt)) {
    throw new RunRequestDataError('run request: requestedAt must be an integer epoch millisecond');
  }
  const request: ReceivedRunRequest = {
    runId: str(data, 'runId'),
    tenant: str(data, 'tenant'),
    plan: str(data, 'plan'),
    planDate: str(data, 'planDate'),
    requestedAt,
  };
  if (data.filter !== undefined && data.filter !== null) request.filter = decodeFilter(data.filter);
  const signature = data.signature;
  if (signature !== undefined && signature !== null) {
    if (typeof signature !== 'string') {
      throw new RunRequestDataError('run request: signature must be a base64 string');
    }
    request.signature = new Uint8Array(Buffer.from(signature, 'base64'));
  }
  return request;
}
