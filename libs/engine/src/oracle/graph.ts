/**
 * The planning nodes of a run and how they hang together (docs/planning-semantics.md,
 * "Planning nodes and settings", "BOM explosion", "Low-level codes and cycles", "Plan
 * filters"): which nodes exist, which BOM lines a production order explodes into (phantoms
 * passed through), which nodes form cycles, each node's low-level code, and the scope of a
 * filtered run.
 */
import type { BomLine, Dataset } from '../model/dataset';
import { dayOf, type Day } from './days';
import type { Readings } from './readings';
import { resolveSettings, type OracleSettings } from './settings';

export interface OracleNode {
  key: string;
  item: string;
  warehouse: string;
  settings: OracleSettings;
  /** Nodes a planned order of this node can create demand on. */
  children: string[];
  /** Low-level code (`bomLevel`). */
  level: number;
  inCycle: boolean;
  /** In scope, not on a cycle, not at a manual warehouse. */
  planned: boolean;
}

export function nodeKey(item: string, warehouse: string): string {
  return `${item}@${warehouse}`;
}

/** What a production order needs of one component (after phantoms are passed through). */
export interface ComponentNeed {
  line: BomLine;
  component: string;
  warehouse: string;
  quantity: number;
  day: Day;
}

export interface BomCycle {
  items: string[];
  nodes: string[];
}

export class PlanGraph {
  readonly nodes = new Map<string, OracleNode>();
  readonly cycles: BomCycle[] = [];
  /** Items in scope; undefined when the run is not filtered. */
  readonly scope: Set<string> | undefined;
  private readonly linesByParent = new Map<string, BomLine[]>();
  /** Phantoms that lead back to themselves through phantom lines: planned as ordinary items. */
  private readonly loopingPhantoms = new Set<string>();

  constructor(
    private readonly dataset: Dataset,
    private readonly readings: Readings,
  ) {
    for (const line of dataset.bomLines ?? []) {
      const lines = this.linesByParent.get(line.parent) ?? [];
      lines.push(line);
      this.linesByParent.set(line.parent, lines);
    }
    // Lines of one parent are exploded in id order.
    for (const lines of this.linesByParent.values()) lines.sort((a, b) => compareIds(a.id, b.id));
    this.findLoopingPhantoms();
    this.discoverNodes();
    this.findCycles();
    this.assignLevels();
    this.scope = this.filterScope();
    const manual = new Set(dataset.warehouses.filter((w) => w.manual === true).map((w) => w.id));
    // READING manualWarehouse (doc silent on what "not planned" means): a node at a manual
    // warehouse is netted as a node with coverage code manual (no planned orders).
    const leaveOut = readings.manualWarehouse === 'leftOut';
    for (const node of this.nodes.values()) {
      if (manual.has(node.warehouse)) node.settings.coverageCode = 'manual';
      node.planned =
        !node.inCycle &&
        !(leaveOut && manual.has(node.warehouse)) &&
        (this.scope === undefined || this.scope.has(node.item));
    }
  }

  linesOf(item: string): BomLine[] {
    return this.linesByParent.get(item) ?? [];
  }

  /**
   * "A phantom line is not planned as its own item: the phantom's own BOM lines are exploded
   * in its place". Phantoms on a loop of phantom lines "cannot be passed through: they are
   * planned as ordinary items".
   * READING (doc silent): a phantom line to an item without BOM lines has nothing to pass
   * through to, so it is planned as an ordinary line.
   */
  passesThrough(line: BomLine): boolean {
    return (
      line.phantom === true &&
      this.linesOf(line.component).length > 0 &&
      !this.loopingPhantoms.has(line.component)
    );
  }

  /**
   * "A planned production order of quantity Q starting on day s needs, for each BOM line of
   * its item valid on s (valid from and valid to both inclusive), Q × quantity / per series ×
   * (1 + scrap % / 100) + constant scrap of the component, at the line's warehouse (default
   * the order's warehouse), on day s + offset days. … the phantom's own BOM lines are
   * exploded in its place, with the phantom line's quantity as their parent quantity, on the
   * same day and at the same warehouse".
   * READING (doc silent): the phantom's own lines are those valid on the day the phantom line
   * needs the phantom (s + its offset), the day it would have been made; their own offsets add
   * to that day and their own warehouse, when set, wins over the phantom line's.
   * `start` undefined: every line, whatever its validity (the structure, for node discovery).
   */
  explode(
    item: string,
    warehouse: string,
    quantity: number,
    start: Day | undefined,
    day: Day,
  ): ComponentNeed[] {
    const needs: ComponentNeed[] = [];
    for (const line of this.linesOf(item)) {
      if (start !== undefined && !validOn(line, start)) continue;
      const need =
        ((quantity * line.quantity) / (line.perSeries ?? 1)) *
          (1 + (line.scrapPercent ?? 0) / 100) +
        (line.constantScrap ?? 0);
      const at = line.warehouse ?? warehouse;
      const needDay = day + (line.offsetDays ?? 0);
      if (this.passesThrough(line)) {
        const phantomStart = start === undefined ? undefined : needDay;
        needs.push(...this.explode(line.component, at, need, phantomStart, needDay));
      } else {
        needs.push({
          line,
          component: line.component,
          warehouse: at,
          quantity: need,
          day: needDay,
        });
      }
    }
    return needs;
  }

  private findLoopingPhantoms(): void {
    const phantomEdges = new Map<string, string[]>();
    for (const line of this.dataset.bomLines ?? []) {
      if (line.phantom !== true) continue;
      phantomEdges.set(line.parent, [...(phantomEdges.get(line.parent) ?? []), line.component]);
    }
    for (const component of stronglyConnected([...phantomEdges.keys()], phantomEdges)) {
      if (component.length > 1) for (const item of component) this.loopingPhantoms.add(item);
    }
  }

  /**
   * "The nodes of a run are every (item, warehouse) that has on-hand, supply, demand, a
   * forecast of the plan's model or an item coverage row for that warehouse, plus every node
   * that a planned order can create demand on (BOM components, refill warehouses), followed to
   * the bottom."
   * READING unapprovedOrderNode (doc silent): unapproved planned orders are not read, so they
   * make no node; lines beyond the coverage time fence still do.
   */
  private discoverNodes(): void {
    const ds = this.dataset;
    const seeds: [string, string][] = [];
    for (const row of ds.onHand ?? []) seeds.push([row.item, row.warehouse]);
    for (const row of ds.supply ?? []) {
      const unapproved = row.type === 'plannedOrder' && row.approved !== true;
      if (unapproved && this.readings.unapprovedOrderNode === 'notANode') continue;
      seeds.push([row.item, row.warehouse]);
    }
    for (const row of ds.demand ?? []) seeds.push([row.item, row.warehouse]);
    if (ds.plan.forecastModel !== undefined) {
      for (const row of ds.forecasts ?? []) {
        if (row.model === ds.plan.forecastModel) seeds.push([row.item, row.warehouse]);
      }
    }
    for (const row of ds.itemCoverage ?? []) {
      if (row.warehouse !== undefined) seeds.push([row.item, row.warehouse]);
    }
    const queue = [...seeds];
    while (queue.length > 0) {
      const [item, warehouse] = queue.shift() as [string, string];
      const key = nodeKey(item, warehouse);
      if (this.nodes.has(key)) continue;
      const settings = resolveSettings(ds, item, warehouse);
      const children: string[] = [];
      const add = (childItem: string, childWarehouse: string) => {
        const childKey = nodeKey(childItem, childWarehouse);
        if (!children.includes(childKey)) children.push(childKey);
        queue.push([childItem, childWarehouse]);
      };
      if (settings.replenishment === 'transfer' && settings.refillFrom !== undefined) {
        add(item, settings.refillFrom);
      } else if (settings.replenishment === 'production') {
        for (const need of this.explode(item, warehouse, 1, undefined, 0)) {
          add(need.component, need.warehouse);
        }
      }
      this.nodes.set(key, {
        key,
        item,
        warehouse,
        settings,
        children,
        level: 0,
        inCycle: false,
        planned: true,
      });
    }
  }

  /**
   * "A BOM cycle (or a refill cycle between warehouses) is reported as one BOM_CYCLE error
   * naming its items; the nodes in the cycle are left unplanned".
   * READING (doc silent): one cycle is one strongly connected set of nodes, however many
   * loops run through it.
   */
  private findCycles(): void {
    const edges = new Map<string, string[]>();
    for (const node of this.nodes.values()) edges.set(node.key, node.children);
    for (const component of stronglyConnected([...this.nodes.keys()], edges)) {
      const only = component[0];
      const selfLoop =
        component.length === 1 && only !== undefined && (edges.get(only) ?? []).includes(only);
      if (component.length < 2 && !selfLoop) continue;
      const nodes = [...component].sort(compareIds);
      for (const key of nodes) {
        const node = this.nodes.get(key);
        if (node !== undefined) node.inCycle = true;
      }
      const items = [...new Set(nodes.map((k) => this.nodes.get(k)?.item ?? k))].sort(compareIds);
      this.cycles.push({ items, nodes });
    }
    this.cycles.sort((a, b) => compareIds(a.nodes[0] ?? '', b.nodes[0] ?? ''));
  }

  /**
   * "The low-level code (bomLevel in the result) is 0 for nodes nothing creates demand on and
   * grows down the chain": one more than the deepest parent.
   * READING (doc silent): the code is structural, over every node of the run (a filter does
   * not change it); nodes on a cycle create no demand and take no part.
   */
  private assignLevels(): void {
    const parents = new Map<string, string[]>();
    for (const node of this.nodes.values()) {
      if (node.inCycle) continue;
      for (const child of node.children) {
        if (this.nodes.get(child)?.inCycle === true) continue;
        parents.set(child, [...(parents.get(child) ?? []), node.key]);
      }
    }
    const memo = new Map<string, number>();
    const levelOf = (key: string): number => {
      const known = memo.get(key);
      if (known !== undefined) return known;
      let level = 0;
      for (const parent of parents.get(key) ?? []) level = Math.max(level, levelOf(parent) + 1);
      memo.set(key, level);
      return level;
    };
    for (const node of this.nodes.values()) node.level = node.inCycle ? 0 : levelOf(node.key);
  }

  /**
   * "only those items are planned, and with bomLevels (default all) their components down
   * that many BOM levels (0: only the items; a phantom is not a level of its own: its
   * components count on the phantom's level)."
   */
  private filterScope(): Set<string> | undefined {
    const filter = this.dataset.filter;
    if (filter === undefined) return undefined;
    const limit =
      filter.bomLevels === undefined || filter.bomLevels === 'all' ? Infinity : filter.bomLevels;
    // Best level found per (item, reached through a phantom line).
    const best = new Map<string, number>();
    const queue: [string, number, boolean][] = filter.items.map((item) => [item, 0, false]);
    const scope = new Set<string>();
    while (queue.length > 0) {
      const [item, level, viaPhantom] = queue.shift() as [string, number, boolean];
      if (level > limit) continue;
      const state = `${viaPhantom ? 'P' : 'O'}:${item}`;
      const seen = best.get(state);
      if (seen !== undefined && seen <= level) continue;
      best.set(state, level);
      scope.add(item);
      const childLevel = viaPhantom ? level : level + 1;
      for (const line of this.linesOf(item)) {
        queue.push([line.component, childLevel, this.passesThrough(line)]);
      }
    }
    return scope;
  }
}

function validOn(line: BomLine, day: Day): boolean {
  if (line.validFrom !== undefined && day < dayOf(line.validFrom)) return false;
  if (line.validTo !== undefined && day > dayOf(line.validTo)) return false;
  return true;
}

/** Ids compare as strings, exactly ("case-sensitive and compared exactly"). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Tarjan's strongly connected components over `keys` and their `edges`. */
function stronglyConnected(keys: string[], edges: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, counter);
    low.set(v, counter);
    counter += 1;
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) ?? 0, low.get(w) ?? 0));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v) ?? 0, index.get(w) ?? 0));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      for (;;) {
        const w = stack.pop() as string;
        onStack.delete(w);
        component.push(w);
        if (w === v) break;
      }
      out.push(component);
    }
  };
  for (const key of [...keys].sort(compareIds)) if (!index.has(key)) visit(key);
  return out;
}
