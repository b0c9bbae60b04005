/**
 * Low-level codes: a node is netted only after every node that can create demand on it.
 * Cycles (strongly connected components of more than one node, or a node feeding itself)
 * cannot be ordered; their nodes get no code and are left unplanned.
 */
import { countsToOffsets, groupRows } from './offsets';

export interface LowLevelCodes {
  /** Low-level code per node, -1 for nodes on a cycle. */
  level: Int32Array;
  /** Nodes of each level in node order: level k is `levelNodes[levelStart[k] .. levelStart[k + 1]]`. */
  levelStart: Int32Array;
  levelNodes: Int32Array;
  /** Each cycle as its list of nodes, ascending. */
  cycles: number[][];
}

/** Strongly connected components by Tarjan's algorithm, iteratively (graphs of millions of nodes). */
export function findCycles(n: number, edgeStart: Int32Array, edgeTarget: Int32Array): number[][] {
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack = new Int32Array(n);
  let stackTop = 0;
  const callNode = new Int32Array(n);
  const callEdge = new Int32Array(n);
  let counter = 0;
  const cycles: number[][] = [];
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let depth = 0;
    callNode[0] = root;
    callEdge[0] = edgeStart[root] ?? 0;
    index[root] = low[root] = counter++;
    stack[stackTop++] = root;
    onStack[root] = 1;
    while (depth >= 0) {
      const v = callNode[depth] ?? 0;
      const e = callEdge[depth] ?? 0;
      if (e < (edgeStart[v + 1] ?? 0)) {
        callEdge[depth] = e + 1;
        const w = edgeTarget[e] ?? 0;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[stackTop++] = w;
          onStack[w] = 1;
          depth++;
          callNode[depth] = w;
          callEdge[depth] = edgeStart[w] ?? 0;
        } else if (onStack[w] === 1) {
          low[v] = Math.min(low[v] ?? 0, index[w] ?? 0);
        }
        continue;
      }
      if (low[v] === index[v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack[--stackTop] ?? 0;
          onStack[w] = 0;
          component.push(w);
        } while (w !== v);
        const selfLoop =
          component.length === 1 && edgeTarget.subarray(edgeStart[v], edgeStart[v + 1]).includes(v);
        if (component.length > 1 || selfLoop) cycles.push(component.sort((a, b) => a - b));
      }
      depth--;
      if (depth >= 0) {
        const parent = callNode[depth] ?? 0;
        low[parent] = Math.min(low[parent] ?? 0, low[v] ?? 0);
      }
    }
  }
  return cycles.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0));
}

export function computeLowLevelCodes(
  n: number,
  edgeStart: Int32Array,
  edgeTarget: Int32Array,
): LowLevelCodes {
  const cycles = findCycles(n, edgeStart, edgeTarget);
  const level = new Int32Array(n);
  for (const cycle of cycles) for (const v of cycle) level[v] = -1;

  // Longest path from the top, by Kahn's algorithm over the acyclic rest.
  const indegree = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (level[v] === -1) continue;
    for (let e = edgeStart[v] ?? 0; e < (edgeStart[v + 1] ?? 0); e++) {
      const w = edgeTarget[e] ?? 0;
      if (level[w] !== -1) indegree[w] = (indegree[w] ?? 0) + 1;
    }
  }
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) if (level[v] !== -1 && indegree[v] === 0) queue[tail++] = v;
  let maxLevel = -1;
  while (head < tail) {
    const v = queue[head++] ?? 0;
    const lv = level[v] ?? 0;
    if (lv > maxLevel) maxLevel = lv;
    for (let e = edgeStart[v] ?? 0; e < (edgeStart[v + 1] ?? 0); e++) {
      const w = edgeTarget[e] ?? 0;
      if (level[w] === -1) continue;
      if ((level[w] ?? 0) < lv + 1) level[w] = lv + 1;
      indegree[w] = (indegree[w] ?? 0) - 1;
      if (indegree[w] === 0) queue[tail++] = w;
    }
  }

  const levelStart = new Int32Array(maxLevel + 2);
  for (let v = 0; v < n; v++) {
    const lv = level[v] ?? -1;
    if (lv >= 0) levelStart[lv + 1] = (levelStart[lv + 1] ?? 0) + 1;
  }
  countsToOffsets(levelStart);
  const levelNodes = groupRows(levelStart, n, (v) => level[v] ?? -1);
  return { level, levelStart, levelNodes, cycles };
}
