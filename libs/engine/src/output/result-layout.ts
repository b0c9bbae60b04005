/**
 * Where each list of a run's result falls among the result stream's batches, and how the
 * batches are shared between the partitions of a run that encode them: batch 0 is the
 * summary, then each list in RESULT_LISTS order a batch per `rowsPerBatch` rows (a list
 * with no rows has one empty batch). Partition p of K encodes a contiguous range of
 * batches holding about 1/K of the rows; every partition works the ranges out alike from
 * the merged run, so their batches put end to end are the stream of the run planned whole.
 */
import type { PlanRun } from '../plan';
import { resultListRows, type KeepSlice } from './result-columns';
import { RESULT_LISTS, type ResultListName } from './to-result';

export interface ResultBatchLayout {
  rowsPerBatch: number;
  /** Rows of each list. */
  rows: Record<ResultListName, number>;
  /** Index of each list's first batch in the stream. */
  first: Record<ResultListName, number>;
  /** Batches in the stream, the summary included. */
  total: number;
}

/** A range of batch indexes, `from` included, `to` not. */
export interface BatchRange {
  from: number;
  to: number;
}

export function resultBatchLayout(run: PlanRun, rowsPerBatch: number): ResultBatchLayout {
  if (!Number.isInteger(rowsPerBatch) || rowsPerBatch < 1) {
    throw new RangeError(`rowsPerBatch must be a whole number ≥ 1, got ${rowsPerBatch}`);
  }
  const rows = resultListRows(run);
  const first = {} as Record<ResultListName, number>;
  let at = 1;
  for (const list of RESULT_LISTS) {
    first[list] = at;
    at += Math.max(1, Math.ceil(rows[list] / rowsPerBatch));
  }
  return { rowsPerBatch, rows, first, total: at };
}

/** The rows of each batch (the summary and empty batches count 1). */
function batchWeights(layout: ResultBatchLayout): Float64Array {
  const weights = new Float64Array(layout.total).fill(1);
  for (const list of RESULT_LISTS) {
    const count = layout.rows[list];
    for (let slice = 0; slice * layout.rowsPerBatch < count; slice++) {
      weights[layout.first[list] + slice] = Math.min(
        layout.rowsPerBatch,
        count - slice * layout.rowsPerBatch,
      );
    }
  }
  return weights;
}

/** The batches partition `part` of `parts` encodes: contiguous, about 1/parts of the rows. */
export function batchRangeOf(layout: ResultBatchLayout, part: number, parts: number): BatchRange {
  if (
    !Number.isInteger(parts) ||
    parts < 1 ||
    !Number.isInteger(part) ||
    part < 0 ||
    part >= parts
  ) {
    throw new RangeError(`part must be a whole number from 0 to ${parts - 1}, got ${part}`);
  }
  const weights = batchWeights(layout);
  const sum = weights.reduce((a, b) => a + b, 0);
  // Batch i goes to the partition its first row's share of the rows falls in.
  let before = 0;
  let from = layout.total;
  let to = layout.total;
  for (let i = 0; i < layout.total; i++) {
    const owner = Math.min(parts - 1, Math.floor((before * parts) / sum));
    if (owner === part && from === layout.total) from = i;
    if (owner > part) {
      to = i;
      break;
    }
    before += weights[i] ?? 0;
  }
  return from > to ? { from: to, to } : { from, to };
}

/** The slices of `range` (see planResultColumns' `keep`). */
export function keepRange(layout: ResultBatchLayout, range: BatchRange): KeepSlice {
  return (list, slice) => {
    const index = layout.first[list] + slice;
    return index >= range.from && index < range.to;
  };
}
