/**
 * The plan job of a run planned in partitions, once its partitions are done: their results
 * read from their streams and merged into the single run's plan (mergePartitions), which
 * the plan stage then writes as the result stream, as for a run planned whole.
 */
import { assignSlices, mergePartitions, unpackResult, type PartitionResult } from '@replan/engine';
import { joinBatches } from '@replan/queue';
import type { StageContext } from '../context';
import type { PlanModelStep } from '../plan';
import { readRunStream } from '../run-streams';

/** The planning step that merges the partitions' results at `resultKeys` (partition order). */
export function mergeStep(resultKeys: readonly string[], ctx: StageContext): PlanModelStep {
  return async (model) => {
    const parts: PartitionResult[] = [];
    for (const key of resultKeys) {
      parts.push(unpackResult(joinBatches(await readRunStream(ctx, key))));
    }
    return mergePartitions(model, assignSlices(model, resultKeys.length), parts);
  };
}
