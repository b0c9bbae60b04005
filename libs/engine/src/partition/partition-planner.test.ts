/**
 * The partitions stepped one level at a time with every handover and result going through
 * bytes, as separate engine workers do, merge into the single run's plan: nothing a
 * partition needs from another is lost in packing.
 */
import { compileDataset } from '../compile';
import { generateDataset as generateSmall } from '../oracle/generator';
import { toPlanResult } from '../output/to-result';
import { runPlan } from '../plan';
import {
  PartitionPlanner,
  packHandover,
  packResult,
  unpackHandover,
  unpackResult,
  type RequirementHandover,
} from './partition-planner';
import { mergePartitions } from './partitioned-run';
import { assignSlices } from './slices';

function planThroughBytes(
  seed: number,
  k: number,
): { single: string; split: string; bytes: number } {
  const model = compileDataset(generateSmall(seed));
  const slices = assignSlices(model, k);
  const planners = Array.from({ length: k }, (_, p) => new PartitionPlanner(model, slices, p, k));
  let bytes = 0;
  let handovers: Uint8Array[][] = [];
  for (let level = 0; level < slices.levelCount; level++) {
    handovers = planners.map((planner, p) => {
      const incoming: RequirementHandover[] = handovers.map((from) =>
        unpackHandover(from[p] as Uint8Array),
      );
      return planner.netLevel(level, incoming).map((h) => {
        const packed = packHandover(h);
        bytes += packed.byteLength;
        return packed;
      });
    });
  }
  const results = planners.map((planner) => unpackResult(packResult(planner.result())));
  return {
    single: JSON.stringify(toPlanResult(runPlan(model))),
    split: JSON.stringify(toPlanResult(mergePartitions(model, slices, results))),
    bytes,
  };
}

describe('partitions planned through bytes', () => {
  it.each([2, 3, 5])('give the single run’s plan on 40 generated datasets, %i partitions', (k) => {
    const differ: number[] = [];
    let handedOver = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const { single, split, bytes } = planThroughBytes(seed, k);
      handedOver += bytes;
      if (single !== split) differ.push(seed);
    }
    expect(differ).toEqual([]);
    // Requirements did cross partitions (else the test would not test the handover).
    expect(handedOver).toBeGreaterThan(0);
  });

  it('packs an empty handover into a header and no rows', () => {
    const model = compileDataset(generateSmall(1));
    const planner = new PartitionPlanner(model, assignSlices(model, 2), 0, 2);
    const out = planner.netLevel(0, []);
    const back = unpackHandover(packHandover(out[0] as RequirementHandover));
    expect(back.requirements.count).toBe(0);
    expect(back.orderIds).toEqual([]);
  });
});
