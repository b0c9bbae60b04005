/**
 * Compares two plan results exactly, section by section, and prints what differs.
 *
 * docs/result-format.md fixes the order of one list only (`scope.items`, sorted); every other
 * list is compared in a canonical order. Quantities are compared to 6 decimals. Messages are
 * compared by what docs/messages.md defines (severity, code, item, warehouse, ref, and the
 * quantity, date or count a message states), not by the wording of their text.
 */
import type { PlanResult, RunMessage } from '../model/result';

export type Section =
  | 'counts'
  | 'scope'
  | 'nodes'
  | 'plannedOrders'
  | 'requirements'
  | 'receipts'
  | 'pegging'
  | 'delays'
  | 'actions'
  | 'forecasts'
  | 'messages';

export interface SectionDiff {
  section: Section;
  /** What differs, e.g. `plannedOrders` or `messages:SHORTAGE`, for counting by category. */
  categories: string[];
  /** Lines for people: `- engine only`, `+ oracle only`, `~ field: engine → oracle`. */
  lines: string[];
}

export interface Comparison {
  equal: boolean;
  diffs: SectionDiff[];
}

type Row = Record<string, unknown>;

const round6 = (n: unknown): unknown => (typeof n === 'number' ? Math.round(n * 1e6) / 1e6 : n);

function roundRow(row: object): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = round6(v);
  return out;
}

/** Planned order ids sort by node, then by the number at the end. */
function orderKey(id: string): string {
  const m = /^(.*)-(\d+)$/.exec(id);
  return m === null ? id : `${m[1] ?? ''}-${(m[2] ?? '').padStart(8, '0')}`;
}

/** What a run message says, for comparing: its fields and the numbers its text states. */
export function messageFacts(m: RunMessage): Row {
  const facts: Row = { severity: m.severity, code: m.code };
  if (m.code !== 'BOM_CYCLE') {
    if (m.item !== undefined) facts.item = m.item;
    if (m.warehouse !== undefined) facts.warehouse = m.warehouse;
  }
  if (m.ref !== undefined) facts.ref = m.ref;
  const text = m.text;
  switch (m.code) {
    case 'SHORTAGE': {
      // "S1 for item 'FG' at 'MAIN' on 2026-03-05 is short by 3"
      const match = / on (\d{4}-\d{2}-\d{2}) is short by ([\d.e+-]+)/.exec(text);
      facts.date = match?.[1];
      facts.short = round6(Number(match?.[2]));
      break;
    }
    case 'BEYOND_TIME_FENCE':
      facts.count = Number(/^(\d+)/.exec(text)?.[1]);
      break;
    case 'BOM_CYCLE': {
      // "items 'LOOPA', 'LOOPB' form a cycle (…)": the items named before "form(s)".
      const head = text.split(/ forms? a cycle/)[0] ?? '';
      facts.items = [...head.matchAll(/'([^']*)'/g)].map((x) => x[1]).sort();
      break;
    }
    default:
      break;
  }
  return facts;
}

function canonical(result: PlanResult): Record<Section, Row[]> {
  const c = result.counts;
  return {
    // Counts the docs define exactly: nodes, planned nodes, planned orders, pegging rows.
    counts: [
      {
        nodes: c.nodes,
        plannedNodes: c.plannedNodes,
        plannedOrders: c.plannedOrders,
        pegging: c.pegging,
      },
    ],
    scope: [{ filtered: result.scope.filtered, items: result.scope.items.join(',') }],
    nodes: result.nodes.map(roundRow).sort((a, b) => cmp(nodeOf(a), nodeOf(b))),
    plannedOrders: result.plannedOrders
      .map(roundRow)
      .sort((a, b) => cmp(orderKey(String(a.id)), orderKey(String(b.id)))),
    requirements: result.requirements
      .map(roundRow)
      .sort((a, b) => cmp(`${nodeOf(a)} ${String(a.id)}`, `${nodeOf(b)} ${String(b.id)}`)),
    receipts: result.receipts
      .map(roundRow)
      .sort((a, b) => cmp(`${nodeOf(a)} ${String(a.id)}`, `${nodeOf(b)} ${String(b.id)}`)),
    pegging: result.pegging.map(roundRow).sort((a, b) => cmp(pegKey(a), pegKey(b))),
    delays: result.delays.map(roundRow).sort((a, b) => cmp(String(a.demandId), String(b.demandId))),
    actions: result.actions
      .map(roundRow)
      .sort((a, b) =>
        cmp(`${String(a.supplyId)}:${String(a.kind)}`, `${String(b.supplyId)}:${String(b.kind)}`),
      ),
    forecasts: result.forecasts.map(roundRow).sort((a, b) => cmp(String(a.id), String(b.id))),
    messages: result.messages
      .map(messageFacts)
      .sort((a, b) => cmp(JSON.stringify(a), JSON.stringify(b))),
  };
}

function nodeOf(r: Row): string {
  return `${String(r.item)}@${String(r.warehouse)}`;
}

function pegKey(p: Row): string {
  return [p.item, p.warehouse, p.issueId, p.receiptId, p.quantity].map(String).join('|');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** How rows of a section are matched up before their fields are compared. */
const KEYS: Record<Section, (r: Row) => string> = {
  counts: () => 'counts',
  scope: () => 'scope',
  nodes: nodeOf,
  plannedOrders: (r) => String(r.id),
  requirements: (r) => `${nodeOf(r)} ${String(r.id)}`,
  receipts: (r) => `${nodeOf(r)} ${String(r.id)}`,
  pegging: (r) => `${String(r.receiptId)} → ${String(r.issueId)}`,
  delays: (r) => String(r.demandId),
  actions: (r) => `${String(r.kind)} ${String(r.supplyId)}`,
  forecasts: (r) => String(r.id),
  messages: (r) => {
    const named =
      typeof r.ref === 'string' ? r.ref : ((r.items as string[] | undefined) ?? []).join(',');
    return `${String(r.code)} ${named}`;
  },
};

function show(row: Row): string {
  return Object.entries(row)
    .map(([k, v]) => `${k}=${Array.isArray(v) ? v.join(',') : String(v)}`)
    .join(' ');
}

function diffSection(section: Section, engine: Row[], oracle: Row[]): SectionDiff | undefined {
  const key = KEYS[section];
  const group = (rows: Row[]) => {
    const map = new Map<string, Row[]>();
    for (const r of rows) map.set(key(r), [...(map.get(key(r)) ?? []), r]);
    return map;
  };
  const e = group(engine);
  const o = group(oracle);
  const lines: string[] = [];
  const categories = new Set<string>();
  const category = (r: Row) => (section === 'messages' ? `messages:${String(r.code)}` : section);
  for (const k of [...new Set([...e.keys(), ...o.keys()])].sort(cmp)) {
    const es = e.get(k) ?? [];
    const os = o.get(k) ?? [];
    const n = Math.max(es.length, os.length);
    for (let i = 0; i < n; i += 1) {
      const er = es[i];
      const or = os[i];
      if (er !== undefined && or !== undefined) {
        const fields = [...new Set([...Object.keys(er), ...Object.keys(or)])];
        const changed = fields.filter((f) => JSON.stringify(er[f]) !== JSON.stringify(or[f]));
        if (changed.length === 0) continue;
        categories.add(section === 'counts' ? `counts:${changed.join(',')}` : category(er));
        lines.push(
          `~ ${k}: ${changed.map((f) => `${f} ${JSON.stringify(er[f])} → ${JSON.stringify(or[f])}`).join(', ')}`,
        );
      } else if (er !== undefined) {
        categories.add(category(er));
        lines.push(`- ${show(er)}`);
      } else if (or !== undefined) {
        categories.add(category(or));
        lines.push(`+ ${show(or)}`);
      }
    }
  }
  return lines.length === 0 ? undefined : { section, categories: [...categories].sort(), lines };
}

export function compareResults(engine: PlanResult, oracle: PlanResult): Comparison {
  const e = canonical(engine);
  const o = canonical(oracle);
  const diffs: SectionDiff[] = [];
  for (const section of Object.keys(e) as Section[]) {
    const d = diffSection(section, e[section], o[section]);
    if (d !== undefined) diffs.push(d);
  }
  return { equal: diffs.length === 0, diffs };
}

/** A readable diff: per section, `-` engine only, `+` oracle only, `~` engine → oracle. */
export function formatComparison(comparison: Comparison, maxLines = 40): string {
  const out: string[] = [];
  for (const d of comparison.diffs) {
    out.push(`${d.section} (${d.categories.join(', ')}):`);
    for (const line of d.lines.slice(0, maxLines)) out.push(`  ${line}`);
    if (d.lines.length > maxLines) out.push(`  … ${d.lines.length - maxLines} more`);
  }
  return out.join('\n');
}
