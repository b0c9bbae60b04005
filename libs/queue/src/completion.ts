/**
 * The completion record of a run: the request job's return value, which the ERP's client
 * reads as the run's outcome (RunCompleted). The coordinator makes it, bounded (see
 * boundText); the client reads it back, whatever a job holds.
 */
import type { RunCompleted, RunStatus } from '@replan/contracts';
import type { ResultCounts, RunMessage } from '@replan/engine';
import { boundText } from './bounded-text';

const STATUSES: readonly RunStatus[] = ['succeeded', 'failed', 'cancelled'];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a job's return value as the run's outcome. */
export function toRunOutcome(runId: string, value: unknown): RunCompleted {
  if (!isRecord(value) || !STATUSES.includes(value.status as RunStatus)) {
    return {
      runId,
      status: 'failed',
      messages: [],
      warnings: [],
      error: `run ${runId} finished without a valid completion value`,
    };
  }
  const outcome: RunCompleted = {
    runId,
    status: value.status as RunStatus,
    messages: Array.isArray(value.messages) ? (value.messages as RunMessage[]) : [],
    warnings: Array.isArray(value.warnings)
      ? value.warnings.filter((w): w is string => typeof w === 'string')
      : [],
  };
  if (isRecord(value.counts)) outcome.counts = value.counts as unknown as ResultCounts;
  if (typeof value.error === 'string') outcome.error = value.error;
  else if (outcome.status === 'failed') outcome.error = `run ${runId} failed`;
  return outcome;
}

/** The outcome with its error and warning texts bounded, as it is stored and sent. */
export function boundedCompletion(outcome: RunCompleted): RunCompleted {
  const bounded: RunCompleted = { ...outcome, warnings: outcome.warnings.map((w) => boundText(w)) };
  if (outcome.error !== undefined) bounded.error = boundText(outcome.error);
  return bounded;
}
