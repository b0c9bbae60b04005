/** Run lifecycle events: request, progress and completion, as protobuf messages. */
import {
  toIso,
  type IsoDate,
  type PlanFilter,
  type ResultCounts,
  type RunMessage,
} from '@replan/engine';
import { ContractError, dayOf, EnumCodec } from './common';
import { severities } from './enums';
import { replan } from './gen/replan';
import { decodeCounts, decodeFilter, encodeCounts, encodeFilter } from './wire';

const v1 = replan.v1;

/** A request to regenerate one plan of one tenant. */
export interface RunRequest {
  runId: string;
  tenant: string;
  plan: string;
  planDate: IsoDate;
  /** Absent: the whole plan. */
  filter?: PlanFilter;
  /** Milliseconds since the Unix epoch. */
  requestedAt: number;
  /** Signature over the request by the tenant's key. */
  signature: Uint8Array;
}

export type RunStage = 'queued' | 'extract' | 'load' | 'plan' | 'write' | 'done';

export interface RunProgress {
  runId: string;
  stage: RunStage;
  /** Rows handled so far in this stage. */
  rows: number;
  /** 0 to 100. */
  percent: number;
}

export type RunStatus = 'succeeded' | 'failed' | 'cancelled';

export interface RunCompleted {
  runId: string;
  status: RunStatus;
  /** Absent when the run failed before it had a plan. */
  counts?: ResultCounts;
  /** The plan's run messages. */
  messages: RunMessage[];
  /** Operational warnings of the workers (retries, dropped input), not plan messages. */
  warnings: string[];
  /** Why the run failed; absent when it did not. */
  error?: string;
}

const runStages = new EnumCodec<RunStage>('run stage', [
  'queued',
  'extract',
  'load',
  'plan',
  'write',
  'done',
]);
const runStatuses = new EnumCodec<RunStatus>('run status', ['succeeded', 'failed', 'cancelled']);

export function encodeRunRequest(r: RunRequest): Uint8Array {
  const m: replan.v1.RunRequest.$Properties = {
    runId: r.runId,
    tenant: r.tenant,
    plan: r.plan,
    planDate: dayOf(r.planDate),
    requestedAt: r.requestedAt,
    signature: r.signature,
  };
  if (r.filter !== undefined) m.filter = encodeFilter(r.filter);
  return v1.RunRequest.encode(m).finish();
}

export function decodeRunRequest(bytes: Uint8Array): RunRequest {
  const m = v1.RunRequest.decode(bytes);
  const r: RunRequest = {
    runId: m.runId,
    tenant: m.tenant,
    plan: m.plan,
    planDate: toIso(m.planDate),
    requestedAt: m.requestedAt,
    signature: Uint8Array.from(m.signature),
  };
  if (m.filter != null) r.filter = decodeFilter(m.filter);
  return r;
}

export function encodeRunProgress(p: RunProgress): Uint8Array {
  return v1.RunProgress.encode({
    runId: p.runId,
    stage: runStages.encode(p.stage),
    rows: p.rows,
    percent: p.percent,
  }).finish();
}

export function decodeRunProgress(bytes: Uint8Array): RunProgress {
  const m = v1.RunProgress.decode(bytes);
  return { runId: m.runId, stage: runStages.decode(m.stage), rows: m.rows, percent: m.percent };
}

export function encodeRunCompleted(c: RunCompleted): Uint8Array {
  const m: replan.v1.RunCompleted.$Properties = {
    runId: c.runId,
    status: runStatuses.encode(c.status),
    messages: c.messages.map((msg) => {
      const notice: replan.v1.RunNotice.$Properties = {
        severity: severities.encode(msg.severity),
        code: msg.code,
        text: msg.text,
      };
      if (msg.item !== undefined) notice.item = msg.item;
      if (msg.warehouse !== undefined) notice.warehouse = msg.warehouse;
      if (msg.ref !== undefined) notice.ref = msg.ref;
      return notice;
    }),
    warnings: c.warnings,
  };
  if (c.counts !== undefined) m.counts = encodeCounts(c.counts);
  if (c.error !== undefined) m.error = c.error;
  return v1.RunCompleted.encode(m).finish();
}

export function decodeRunCompleted(bytes: Uint8Array): RunCompleted {
  const m = v1.RunCompleted.decode(bytes);
  const c: RunCompleted = {
    runId: m.runId,
    status: runStatuses.decode(m.status),
    messages: m.messages.map((n) => {
      const msg: RunMessage = {
        severity: severities.decode(n.severity ?? 0),
        code: n.code ?? '',
        text: n.text ?? '',
      };
      if (n.item != null) msg.item = n.item;
      if (n.warehouse != null) msg.warehouse = n.warehouse;
      if (n.ref != null) msg.ref = n.ref;
      return msg;
    }),
    warnings: [...m.warnings],
  };
  if (m.counts != null) c.counts = decodeCounts(m.counts);
  if (m.error != null) c.error = m.error;
  if (c.status === 'failed' && c.error === undefined) {
    throw new ContractError('run completed: a failed run carries no error');
  }
  return c;
}
