/**
 * The planning nodes (item, warehouse) of a run and the edges along which planned orders
 * create demand: a production node to its BOM components (through phantoms), a refilled
 * node to its refill warehouse. Nodes are numbered in (item id, warehouse id) order so the
 * numbering does not depend on the order of input rows.
 */
import { Float64Column } from '../netting/columns';
import type { CompiledBom } from './bom';
import { walkBom } from './bom-walk';

export enum Replenishment {
  Purchase = 0,
  Production = 1,
  Transfer = 2,
}

export interface NodeReplenishment {
  kind: Replenishment;
  /** Refill warehouse for transfers, else -1. */
  sourceWarehouse: number;
}

export interface NodeGraph {
  nodeCount: number;
  warehouseCount: number;
  nodeItem: Int32Array;
  nodeWarehouse: Int32Array;
  replenishment: Uint8Array;
  /** Transfers: the node at the refill warehouse; else -1. */
  source: Int32Array;
  /** Demand edges of node n are `edgeTarget[edgeStart[n] .. edgeStart[n + 1]]`, in explosion order. */
  edgeStart: Int32Array;
  edgeTarget: Int32Array;
  nodeOf(item: number, warehouse: number): number;
  /** The node of key item × warehouseCount + warehouse, or -1. */
  nodeOfKey(key: number): number;
}

/** Most keys (items × warehouses) looked up through a dense table rather than a Map. */
const DENSE_KEYS = 1 << 26;

/** Node keys to numbers: a dense table when the keys are few enough, else a Map. */
export interface KeyTable {
  get(key: number): number | undefined;
  set(key: number, value: number): void;
  has(key: number): boolean;
}

class DenseKeys implements KeyTable {
  private readonly values: Int32Array;
  constructor(size: number) {
    this.values = new Int32Array(size).fill(-1);
  }
  get(key: number): number | undefined {
    const value = this.values[key] ?? -1;
    return value < 0 ? undefined : value;
  }
  set(key: number, value: number): void {
    this.values[key] = value;
  }
  has(key: number): boolean {
    return (this.values[key] ?? -1) >= 0;
  }
}

export function keyTable(keyCount: number | undefined): KeyTable {
  return keyCount !== undefined && keyCount <= DENSE_KEYS
    ? new DenseKeys(keyCount)
    : new Map<number, number>();
}

/**
 * The node graph from its seed nodes. `keyCount` (items × warehouses), when given, lets key
 * look-ups use dense tables instead of hashing.
 */
export function buildNodeGraph(
  seedKeys: Iterable<number>,
  warehouseCount: number,
  bom: CompiledBom,
  replenish: (item: number, warehouse: number) => NodeReplenishment,
  keyCount?: number,
): NodeGraph {
  const W = warehouseCount;
  // Discovery: breadth-first from the seed nodes along the demand edges.
  const discovered = keyTable(keyCount);
  const order: number[] = [];
  const kinds: number[] = [];
  const sources: number[] = [];
  const edgeStarts: number[] = [0];
  const edgeKeys = new Float64Column(1 << 16);
  let edgeCount = 0;
  const visit = (key: number): void => {
    if (!discovered.has(key)) {
      discovered.set(key, order.length);
      order.push(key);
    }
  };
  for (const key of seedKeys) visit(key);
  const pushEdge = (key: number): void => {
    edgeKeys.ensure(edgeCount + 1);
    edgeKeys.data[edgeCount++] = key;
    visit(key);
  };
  const leafVisitor = {
    leaf(line: number, warehouse: number): void {
      pushEdge((bom.component[line] ?? 0) * W + warehouse);
    },
  };
  for (let d = 0; d < order.length; d++) {
    const key = order[d] ?? 0;
    const item = Math.floor(key / W);
    const warehouse = key - item * W;
    const r = replenish(item, warehouse);
    kinds.push(r.kind);
    sources.push(r.kind === Replenishment.Transfer ? item * W + r.sourceWarehouse : -1);
    if (r.kind === Replenishment.Transfer) {
      pushEdge(item * W + r.sourceWarehouse);
    } else if (r.kind === Replenishment.Production) {
      walkBom(bom, item, warehouse, 0, 0, true, leafVisitor);
    }
    edgeStarts.push(edgeCount);
  }

  // Numbering in key order, which is (item id, warehouse id) order.
  const n = order.length;
  const sortedKeys = Float64Array.from(order).sort();
  const index = keyTable(keyCount);
  for (let i = 0; i < n; i++) index.set(sortedKeys[i] ?? 0, i);
  const indexOf = (key: number): number => index.get(key) ?? -1;

  const graph: NodeGraph = {
    nodeCount: n,
    warehouseCount: W,
    nodeItem: new Int32Array(n),
    nodeWarehouse: new Int32Array(n),
    replenishment: new Uint8Array(n),
    source: new Int32Array(n),
    edgeStart: new Int32Array(n + 1),
    edgeTarget: new Int32Array(edgeCount),
    nodeOf: (item, warehouse) => indexOf(item * W + warehouse),
    nodeOfKey: indexOf,
  };
  let e = 0;
  for (let i = 0; i < n; i++) {
    const key = sortedKeys[i] ?? 0;
    const d = discovered.get(key) ?? 0;
    const item = Math.floor(key / W);
    graph.nodeItem[i] = item;
    graph.nodeWarehouse[i] = key - item * W;
    graph.replenishment[i] = kinds[d] ?? 0;
    const sourceKey = sources[d] ?? -1;
    graph.source[i] = sourceKey < 0 ? -1 : indexOf(sourceKey);
    graph.edgeStart[i] = e;
    for (let k = edgeStarts[d] ?? 0; k < (edgeStarts[d + 1] ?? 0); k++) {
      graph.edgeTarget[e++] = indexOf(edgeKeys.data[k] ?? 0);
    }
  }
  graph.edgeStart[n] = e;
  return graph;
}
