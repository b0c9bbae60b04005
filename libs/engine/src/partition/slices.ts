/**
 * Which partition nets which node: each low-level code's nodes (those the run plans, in
 * netting order) are cut into `k` contiguous slices of nearly equal size, slice p to
 * partition p. A node's position is its place in the netting order of a single run.
 */
import type { PlanModel } from '../model/plan-model';

export interface SliceAssignment {
  /** The nodes the run plans, in netting order. */
  order: Int32Array;
  /** Place of each node in `order`, -1 for nodes the run does not plan. */
  position: Int32Array;
  /** Partition of each node, -1 for nodes the run does not plan. */
  owner: Int32Array;
  /** Low-level code of each node (-1 on a cycle). */
  levelOf: Int32Array;
  levelCount: number;
  /** The nodes of each partition, in netting order. */
  nodesOf: Int32Array[];
  /** The nodes of one level a partition nets, in netting order. */
  levelNodesOf(level: number, partition: number): Int32Array;
}

export function assignSlices(model: PlanModel, k: number): SliceAssignment {
  const n = model.graph.nodeCount;
  const { levelStart, levelNodes, level } = model.codes;
  const inScope = model.nodeInScope;
  const planned = (v: number): boolean => inScope === undefined || inScope[v] === 1;
  const levelCount = Math.max(0, levelStart.length - 1);
  const order = Int32Array.from(levelNodes).filter(planned);
  const position = new Int32Array(n).fill(-1);
  order.forEach((v, i) => (position[v] = i));
  const owner = new Int32Array(n).fill(-1);
  /** slices[level * k + p]: [first, end) in `order`. */
  const bounds = new Int32Array(levelCount * (k + 1));
  let at = 0;
  for (let l = 0; l < levelCount; l++) {
    let count = 0;
    for (let i = levelStart[l] ?? 0; i < (levelStart[l + 1] ?? 0); i++) {
      if (planned(levelNodes[i] ?? 0)) count++;
    }
    for (let p = 0; p <= k; p++) bounds[l * (k + 1) + p] = at + Math.floor((p * count) / k);
    for (let p = 0; p < k; p++) {
      for (let i = bounds[l * (k + 1) + p] ?? 0; i < (bounds[l * (k + 1) + p + 1] ?? 0); i++) {
        owner[order[i] ?? 0] = p;
      }
    }
    at += count;
  }
  const nodesOf: Int32Array[] = [];
  for (let p = 0; p < k; p++) nodesOf.push(order.filter((v) => owner[v] === p));
  return {
    order,
    position,
    owner,
    levelOf: level,
    levelCount,
    nodesOf,
    levelNodesOf: (l, p) =>
      order.subarray(bounds[l * (k + 1) + p] ?? 0, bounds[l * (k + 1) + p + 1] ?? 0),
  };
}
