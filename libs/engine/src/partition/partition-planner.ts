/**
 * One partition of a partitioned run, as a step function: `netLevel(level, incoming)` takes
 * the requirements the level above handed to this partition (one handover per partition),
 * nets the partition's nodes of `level`, and returns the requirements it created on nodes
 * other partitions own (one handover per receiving partition). `result()` is what the
 * merge needs of it. The same steps run in one process (runPartitioned) and in separate
 * engine workers, the handovers and results travelling as bytes (packHandover, packResult).
 *
 * Creation keys make the hand-over exact. A single run nets the nodes in low-level-code
 * order; a requirement is created while its parent node is netted. So its place among the
 * requirements of its node is (the parent's position in netting order, its number among the
 * parent's requirements): its creation key. A node's requirements are chained in key order.
 */
import type { PlanModel } from '../model/plan-model';
import type { RunMessage } from '../model/result';
import { plannedOrderId } from '../netting/net-node';
import { FOREIGN_ORDER, IssueKind } from '../netting/plan-state';
import { packTables, unpackTables, type Table } from './column-pack';
import { PlanSizeGuard } from '../netting/plan-size';
import { newPartitionState, type PartitionRun } from './partition-state';
import type { SliceAssignment } from './slices';

/** Requirements one parent node may create before creation keys collide. */
const KEY_STRIDE = 2 ** 21;

const HANDOVER_SCHEMA = {
  requirements: {
    node: 'i32',
    day: 'i32',
    quantity: 'f64',
    kind: 'u8',
    /** The order ref as the sender holds it; replaced by `orderIds` where `byId` is 1. */
    order: 'i32',
    byId: 'u8',
    line: 'i32',
    key: 'f64',
    /** The original's index in the sending partition. */
    originIndex: 'i32',
  },
} as const;

/** Requirements one partition hands to another after a level. */
export interface RequirementHandover {
  requirements: Table<(typeof HANDOVER_SCHEMA)['requirements']>;
  /** Ids of the sender's planned orders the requirements with `byId` belong to, in order. */
  orderIds: string[];
}

const RESULT_SCHEMA = {
  orders: {
    node: 'i32',
    quantity: 'f64',
    requirementDay: 'i32',
    orderDay: 'i32',
    startDay: 'i32',
    deliveryDay: 'i32',
    receiptDay: 'i32',
    delayDays: 'i32',
    sequence: 'i32',
  },
  dependent: {
    node: 'i32',
    day: 'i32',
    quantity: 'f64',
    kind: 'u8',
    order: 'i32',
    line: 'i32',
    /** Creation key. */
    key: 'f64',
    /** Copies: the partition holding the original; -1 for originals. */
    origin: 'i32',
    /** Copies: the original's index in its partition. */
    originIndex: 'i32',
  },
  pegging: {
    node: 'i32',
    receiptKind: 'u8',
    receiptRef: 'i32',
    issueKind: 'u8',
    issueRef: 'i32',
    quantity: 'f64',
  },
  actions: {
    kind: 'u8',
    receipt: 'i32',
    newDay: 'i32',
    quantityChange: 'f64',
    causeKind: 'u8',
    causeRef: 'i32',
  },
  reservations: {
    resource: 'i32',
    day: 'i32',
    order: 'i32',
    node: 'i32',
    operation: 'i32',
    hours: 'f64',
  },
  /** Per node the partition netted (its nodes in netting order): where its rows end. */
  nodeRows: { orders: 'i32', pegging: 'i32', actions: 'i32', reservations: 'i32' },
} as const;

type ResultTables = { [T in keyof typeof RESULT_SCHEMA]: Table<(typeof RESULT_SCHEMA)[T]> };

/** What the merge needs of one partition: its rows, node by node, and its messages. */
export interface PartitionResult extends ResultTables {
  messages: RunMessage[];
  /** Requirements and receipts netted. */
  events: number;
}

export class PartitionPlanner {
  private readonly run: PartitionRun;
  private readonly nodeRows: ResultTables['nodeRows'];
  /** This partition's nodes that got requirements in the last level, to be re-chained. */
  private touched = new Set<number>();
  /** Nodes netted so far. */
  nodesDone = 0;

  constructor(
    readonly model: PlanModel,
    private readonly slices: SliceAssignment,
    readonly partition: number,
    private readonly partitions: number,
    /** The plan-size limits it counts against (a partition of its own, unless shared). */
    size: PlanSizeGuard = new PlanSizeGuard(),
  ) {
    const nodes = slices.nodesOf[partition]?.length ?? 0;
    this.run = newPartitionState(model, nodes, size);
    this.nodeRows = {
      count: 0,
      orders: new Int32Array(nodes),
      pegging: new Int32Array(nodes),
      actions: new Int32Array(nodes),
      reservations: new Int32Array(nodes),
    };
  }

  /**
   * Takes the requirements the level above handed to this partition (`incoming[q]` from
   * partition q; this partition's own slot and missing ones are empty), nets this
   * partition's nodes of `level`, and returns what it hands to each partition (its own slot
   * empty).
   */
  netLevel(
    level: number,
    incoming: readonly (RequirementHandover | undefined)[],
  ): RequirementHandover[] {
    this.receive(incoming);
    for (const v of this.slices.levelNodesOf(level, this.partition)) this.netNode(v);
    return this.handOver(level);
  }

  /** The partition's rows for the merge (its columns, not copies: net no more after it). */
  result(): PartitionResult {
    const { state, routes, key, origin, originIndex, messages } = this.run;
    const d = state.dependent;
    const o = state.orders;
    const g = state.pegging;
    const a = state.actions;
    const s = routes.reservations;
    return {
      orders: {
        count: o.count,
        node: o.node.data,
        quantity: o.quantity.data,
        requirementDay: o.requirementDay.data,
        orderDay: o.orderDay.data,
        startDay: o.startDay.data,
        deliveryDay: o.deliveryDay.data,
        receiptDay: o.receiptDay.data,
        delayDays: o.delayDays.data,
        sequence: o.sequence.data,
      },
      dependent: {
        count: d.count,
        node: d.node.data,
        day: d.day.data,
        quantity: d.quantity.data,
        kind: d.kind.data,
        order: d.order.data,
        line: d.line.data,
        key: filled(new Float64Array(d.count), key),
        origin: filled(new Int32Array(d.count), origin),
        originIndex: filled(new Int32Array(d.count), originIndex),
      },
      pegging: {
        count: g.count,
        node: g.node.data,
        receiptKind: g.receiptKind.data,
        receiptRef: g.receiptRef.data,
        issueKind: g.issueKind.data,
        issueRef: g.issueRef.data,
        quantity: g.quantity.data,
      },
      actions: {
        count: a.count,
        kind: a.kind.data,
        receipt: a.receipt.data,
        newDay: a.newDay.data,
        quantityChange: a.quantityChange.data,
        causeKind: a.causeKind.data,
        causeRef: a.causeRef.data,
      },
      reservations: {
        count: s.count,
        resource: s.resource.data,
        day: s.day.data,
        order: s.order.data,
        node: s.node.data,
        operation: s.operation.data,
        hours: s.hours.data,
      },
      nodeRows: this.nodeRows,
      messages,
      events: state.events,
    };
  }

  private receive(incoming: readonly (RequirementHandover | undefined)[]): void {
    const { state, key, origin, originIndex } = this.run;
    for (let q = 0; q < this.partitions; q++) {
      const handover = incoming[q];
      if (q === this.partition || handover === undefined) continue;
      const rows = handover.requirements;
      let id = 0;
      for (let i = 0; i < rows.count; i++) {
        let ref = rows.order[i] ?? 0;
        if (rows.byId[i] === 1) {
          state.foreignOrders ??= [];
          ref = FOREIGN_ORDER - state.foreignOrders.length;
          state.foreignOrders.push(handover.orderIds[id++] ?? '');
        }
        const target = rows.node[i] ?? 0;
        const copy = state.dependent.count;
        state.dependent.add(
          target,
          rows.day[i] ?? 0,
          rows.quantity[i] ?? 0,
          rows.kind[i] ?? IssueKind.PlannedComponent,
          ref,
          rows.line[i] ?? -1,
        );
        key[copy] = rows.key[i] ?? 0;
        origin[copy] = q;
        originIndex[copy] = rows.originIndex[i] ?? 0;
        this.touched.add(target);
      }
    }
    for (const target of this.touched) this.run.rechain(target);
    this.touched = new Set();
    this.run.handedOver = state.dependent.count;
  }

  /** Nets node `v`, giving the requirements it creates their creation keys. */
  private netNode(v: number): void {
    const part = this.run;
    const { state, routes } = part;
    const before = state.dependent.count;
    part.netting.net(v);
    const position = this.slices.position[v] ?? 0;
    const created = state.dependent.count - before;
    if (created >= KEY_STRIDE) {
      throw new RangeError(`node ${v} created ${created} requirements; at most ${KEY_STRIDE - 1}`);
    }
    for (let r = before; r < state.dependent.count; r++) {
      part.key[r] = position * KEY_STRIDE + (r - before);
      part.origin[r] = -1;
    }
    const rows = this.nodeRows;
    const at = rows.count++;
    rows.orders[at] = state.orders.count;
    rows.pegging[at] = state.pegging.count;
    rows.actions[at] = state.actions.count;
    rows.reservations[at] = routes.reservations.count;
    this.nodesDone++;
  }

  /**
   * The requirements `level` created on nodes of deeper levels: those on other partitions'
   * nodes go into the handovers, those on this partition's nodes are re-chained at the start
   * of the next level, with the copies it receives.
   */
  private handOver(level: number): RequirementHandover[] {
    const part = this.run;
    const dependent = part.state.dependent;
    const out: RequirementHandover[] = [];
    for (let q = 0; q < this.partitions; q++) out.push(emptyHandover(0));
    const { owner, levelOf } = this.slices;
    // First count, then fill: the handovers are sized once.
    const counts = new Int32Array(this.partitions);
    for (let r = part.handedOver; r < dependent.count; r++) {
      const target = dependent.node.data[r] ?? 0;
      const to = owner[target] ?? -1;
      if (to < 0 || (levelOf[target] ?? 0) <= level) continue;
      if (to === this.partition) this.touched.add(target);
      else counts[to] = (counts[to] ?? 0) + 1;
    }
    for (let q = 0; q < this.partitions; q++) {
      if ((counts[q] ?? 0) > 0) out[q] = emptyHandover(counts[q] ?? 0);
    }
    for (let r = part.handedOver; r < dependent.count; r++) {
      const target = dependent.node.data[r] ?? 0;
      const to = owner[target] ?? -1;
      if (to < 0 || to === this.partition || (levelOf[target] ?? 0) <= level) continue;
      const handover = out[to];
      if (handover === undefined) continue;
      const rows = handover.requirements;
      const i = rows.count++;
      const order = dependent.order.data[r] ?? 0;
      rows.node[i] = target;
      rows.day[i] = dependent.day.data[r] ?? 0;
      rows.quantity[i] = dependent.quantity.data[r] ?? 0;
      rows.kind[i] = dependent.kind.data[r] ?? IssueKind.PlannedComponent;
      rows.order[i] = order;
      rows.line[i] = dependent.line.data[r] ?? -1;
      rows.key[i] = part.key[r] ?? 0;
      rows.originIndex[i] = r;
      if (order >= 0) {
        rows.byId[i] = 1;
        handover.orderIds.push(
          plannedOrderId(
            part.model,
            part.state.orders.node.data[order] ?? 0,
            part.state.orders.sequence.data[order] ?? 0,
          ),
        );
      }
    }
    part.handedOver = dependent.count;
    return out;
  }
}

/** `into` with the values of `from` (holes as 0). */
function filled<T extends Int32Array | Float64Array>(into: T, from: readonly number[]): T {
  for (let i = 0; i < into.length; i++) into[i] = from[i] ?? 0;
  return into;
}

function emptyHandover(capacity: number): RequirementHandover {
  return {
    requirements: {
      count: 0,
      node: new Int32Array(capacity),
      day: new Int32Array(capacity),
      quantity: new Float64Array(capacity),
      kind: new Uint8Array(capacity),
      order: new Int32Array(capacity),
      byId: new Uint8Array(capacity),
      line: new Int32Array(capacity),
      key: new Float64Array(capacity),
      originIndex: new Int32Array(capacity),
    },
    orderIds: [],
  };
}

/** A handover as bytes (see column-pack.ts). */
export function packHandover(handover: RequirementHandover): Uint8Array {
  return packTables(HANDOVER_SCHEMA, { requirements: handover.requirements }, handover.orderIds);
}

export function unpackHandover(bytes: Uint8Array): RequirementHandover {
  const { tables, extra } = unpackTables<typeof HANDOVER_SCHEMA, string[]>(HANDOVER_SCHEMA, bytes);
  return { requirements: tables.requirements, orderIds: extra };
}

/** A partition's result as bytes (see column-pack.ts). */
export function packResult(result: PartitionResult): Uint8Array {
  const { messages, events, ...tables } = result;
  return packTables(RESULT_SCHEMA, tables, { messages, events });
}

export function unpackResult(bytes: Uint8Array): PartitionResult {
  const { tables, extra } = unpackTables<
    typeof RESULT_SCHEMA,
    { messages: RunMessage[]; events: number }
  >(RESULT_SCHEMA, bytes);
  return { ...tables, messages: extra.messages, events: extra.events };
}
