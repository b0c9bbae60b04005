/**
 * The "why" of a receipt or a requirement, read from the pegging: down to what feeds it
 * (the receipts pegged to a requirement, the requirements a planned order creates, … down
 * to purchases, supply and on-hand) and up to what it serves (the requirements a receipt
 * covers, the orders that need them, … up to the demand and forecast lines). Each step
 * carries item, warehouse, quantity, dates and lateness; a delay's root cause is the deepest
 * late receipt on the chain that makes the requirement late.
 */
import type { IsoDate, IssueKind, PlannedOrder, ReceiptKind, SupplyType } from '@replan/engine';

import { PlanLookups, type RequirementRow } from './plan-lookups';

/** A requirement on the chain: a demand, forecast or planned order's requirement. */
export interface RequirementStep {
  step: 'requirement';
  kind: IssueKind;
  id: string;
  orderId?: string;
  item: string;
  warehouse: string;
  /** The requirement date it was netted on (unset when the requirement is not in the result). */
  date?: IsoDate;
  /** The requirement's quantity. */
  quantity?: number;
  /** The quantity on the link to the step above (pegged). */
  pegged?: number;
  /** Quantity covered by receipts (pegged to it). */
  covered: number;
  /** When the receipts pegged to it can all be there (the latest), and days after `date`. */
  futuresDate?: IsoDate;
  lateDays: number;
  children: WhyStep[];
  /** Children left out to keep the tree within its size: open this step on its own. */
  more?: boolean;
}

/** A receipt on the chain: on-hand, a supply line or a planned order. */
export interface ReceiptStep {
  step: 'receipt';
  kind: ReceiptKind;
  id: string;
  item: string;
  warehouse: string;
  pegged?: number;
  /** The receipt's whole quantity (on-hand: as netted; in versions that do not record it, what is pegged from it). */
  quantity?: number;
  /** When it is available: a planned order's receipt date, a supply line's date (not before the plan date), on-hand the plan date. */
  date?: IsoDate;
  /** When it can really be there (a planned order's futures date). */
  futuresDate?: IsoDate;
  /** Days it is late itself: a planned order's delay; a supply line after its requirement. */
  lateDays: number;
  order?: PlannedOrder;
  supplyType?: SupplyType;
  children: WhyStep[];
  more?: boolean;
}

export type WhyStep = RequirementStep | ReceiptStep;

export interface WhyTreeOptions {
  /** Steps at most (default 300): deeper or wider branches are marked `more`. */
  maxSteps?: number;
  /** Levels at most, each way (default 16). */
  maxDepth?: number;
}

export interface WhyTree {
  /** The step asked for; its children are what feeds it. */
  root: WhyStep;
  /** What the root serves: the requirements it covers (receipts) or needs it (requirements), up to the independent demand. */
  servedBy: WhyStep[];
  /** A late root requirement: the deepest late receipt on the chain, with the path to it. */
  rootCause?: RootCause;
}

export interface RootCause {
  receipt: ReceiptStep;
  /** Step ids from the root down to the cause, `<step>:<id>`. */
  path: string[];
}

export type WhyRef =
  { receipt: string } | { requirement: string; item?: string; warehouse?: string };

const later = (a: IsoDate | undefined, b: IsoDate | undefined): boolean =>
  a !== undefined && b !== undefined && a > b;

const daysBetween = (from: IsoDate, to: IsoDate): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The key of a step in `RootCause.path`. */
export const stepKey = (step: {
  step: string;
  id: string;
  item: string;
  warehouse: string;
}): string => `${step.step}:${step.item}@${step.warehouse}:${step.id}`;

/** Builds the receipt steps pegged to `requirement` (their rows must be loaded). */
function receiptSteps(lookups: PlanLookups, requirement: RequirementStep): ReceiptStep[] {
  return lookups.peggingOfIssue(requirement).map((p) => {
    const step = receiptStep(lookups, p.receiptKind, p.receiptId, p.item, p.warehouse);
    step.pegged = p.quantity;
    if (
      step.kind === 'supply' &&
      requirement.date !== undefined &&
      later(step.date, requirement.date)
    ) {
      step.lateDays = daysBetween(requirement.date, step.date ?? requirement.date);
    }
    return step;
  });
}

function receiptStep(
  lookups: PlanLookups,
  kind: ReceiptKind,
  id: string,
  item: string,
  warehouse: string,
): ReceiptStep {
  const step: ReceiptStep = {
    step: 'receipt',
    kind,
    id,
    item,
    warehouse,
    lateDays: 0,
    children: [],
  };
  const planDate = lookups.planDate;
  if (kind === 'plannedOrder') {
    const order = lookups.plannedOrder(id);
    if (order !== undefined) {
      step.order = order;
      step.quantity = order.quantity;
      step.date = order.receiptDate;
      step.futuresDate = order.futuresDate;
      step.lateDays = order.delayDays;
    }
  } else if (kind === 'supply') {
    const line = lookups.supplyLine(id);
    if (line !== undefined) {
      step.quantity = line.quantity;
      step.supplyType = line.type;
      step.date = planDate !== undefined && line.date < planDate ? planDate : line.date;
      step.futuresDate = step.date;
    }
  } else {
    const onHand = lookups.onHandReceipt(id);
    if (onHand !== undefined) step.quantity = onHand.quantity;
    if (planDate !== undefined) {
      step.date = planDate;
      step.futuresDate = planDate;
    }
  }
  return step;
}

function requirementStep(
  lookups: PlanLookups,
  row: RequirementRow | undefined,
  fallback: {
    kind: IssueKind;
    id: string;
    orderId?: string;
    item: string;
    warehouse: string;
  },
): RequirementStep {
  const step: RequirementStep = {
    step: 'requirement',
    kind: row?.kind ?? fallback.kind,
    id: row?.id ?? fallback.id,
    item: row?.item ?? fallback.item,
    warehouse: row?.warehouse ?? fallback.warehouse,
    covered: 0,
    lateDays: 0,
    children: [],
  };
  const orderId = row?.orderId ?? fallback.orderId;
  if (orderId !== undefined) step.orderId = orderId;
  if (row !== undefined) {
    step.date = row.date;
    step.quantity = row.quantity;
  }
  const delay = step.kind === 'demand' ? lookups.delay(step.id) : undefined;
  if (delay !== undefined && delay.item === step.item && delay.warehouse === step.warehouse) {
    step.futuresDate = delay.futuresDate;
    step.lateDays = delay.delayDays;
  }
  return step;
}

/** Loads what the receipts of these requirements and their own requirements need. */
async function loadBelow(
  lookups: PlanLookups,
  requirements: readonly RequirementStep[],
): Promise<void> {
  await lookups.loadIssuePegging(requirements.map((r) => r.id));
  const pegging = requirements.flatMap((r) => lookups.peggingOfIssue(r));
  const orders = pegging.filter((p) => p.receiptKind === 'plannedOrder').map((p) => p.receiptId);
  const supply = pegging.filter((p) => p.receiptKind === 'supply').map((p) => p.receiptId);
  await lookups.loadPlannedOrders(orders);
  await lookups.loadReceipts(
    pegging.filter((p) => p.receiptKind !== 'plannedOrder').map((p) => p.receiptId),
  );
  // Approved planned orders of an earlier run create requirements too.
  await lookups.loadOrderRequirements([...orders, ...supply]);
}

/** Fills in the covered quantity and the futures of requirement steps from their receipts. */
function settle(requirement: RequirementStep, receipts: readonly ReceiptStep[]): void {
  requirement.covered = receipts.reduce((sum, r) => sum + (r.pegged ?? 0), 0);
  for (const receipt of receipts) {
    if (
      requirement.futuresDate === undefined ||
      later(receipt.futuresDate, requirement.futuresDate)
    ) {
      requirement.futuresDate = receipt.futuresDate;
    }
  }
  if (requirement.date !== undefined && later(requirement.futuresDate, requirement.date)) {
    requirement.lateDays = Math.max(
      requirement.lateDays,
      daysBetween(requirement.date, requirement.futuresDate ?? requirement.date),
    );
  }
}

/**
 * The deepest late receipt below each of `roots`: at each step the receipt that comes
 * latest (its futures date) is followed; a planned order whose futures date is after its own
 * receipt date is late because of something below it, so the walk goes on through the
 * requirement of it that is covered latest; any other late receipt is the cause.
 */
export async function rootCauses(
  lookups: PlanLookups,
  roots: readonly RequirementStep[],
  maxDepth = 32,
): Promise<(RootCause | undefined)[]> {
  interface Walk {
    at: RequirementStep;
    path: string[];
    cause?: RootCause;
    done: boolean;
  }
  const walks: Walk[] = roots.map((root) => ({ at: root, path: [stepKey(root)], done: false }));
  for (let depth = 0; depth < maxDepth; depth++) {
    const open = walks.filter((w) => !w.done);
    if (open.length === 0) break;
    await loadBelow(
      lookups,
      open.map((w) => w.at),
    );
    // The requirements of the receipts to descend through, loaded for the next choice.
    const descend: { walk: Walk; receipt: ReceiptStep; requirements: RequirementStep[] }[] = [];
    for (const walk of open) {
      const receipts = receiptSteps(lookups, walk.at);
      settle(walk.at, receipts);
      const latest = receipts.reduce<ReceiptStep | undefined>(
        (best, r) => (best === undefined || later(r.futuresDate, best.futuresDate) ? r : best),
        undefined,
      );
      if (latest === undefined || !later(latest.futuresDate, walk.at.date)) {
        walk.done = true;
        continue;
      }
      const path = [...walk.path, stepKey(latest)];
      const below = latest.kind === 'onHand' ? [] : lookups.requirementsOfOrder(latest.id);
      if (!later(latest.futuresDate, latest.date) || below.length === 0) {
        walk.cause = { receipt: latest, path };
        walk.done = true;
        continue;
      }
      walk.path = path;
      walk.cause = { receipt: latest, path };
      descend.push({
        walk,
        receipt: latest,
        requirements: below.map((row) => requirementStep(lookups, row, row)),
      });
    }
    if (descend.length === 0) continue;
    await loadBelow(
      lookups,
      descend.flatMap((d) => d.requirements),
    );
    for (const { walk, requirements } of descend) {
      let next: RequirementStep | undefined;
      for (const requirement of requirements) {
        settle(requirement, receiptSteps(lookups, requirement));
        if (requirement.lateDays > (next?.lateDays ?? 0)) next = requirement;
      }
      if (next === undefined) {
        walk.done = true;
        continue;
      }
      walk.at = next;
      walk.path = [...walk.path, stepKey(next)];
    }
  }
  return walks.map((w) => w.cause);
}

/** Expands the tree down from the root, level by level, within the budget. */
async function expandDown(
  lookups: PlanLookups,
  root: WhyStep,
  budget: { steps: number },
  maxDepth: number,
): Promise<void> {
  let level: WhyStep[] = [root];
  for (let depth = 0; depth < maxDepth && level.length > 0; depth++) {
    const requirements = level.filter((s): s is RequirementStep => s.step === 'requirement');
    const receipts = level.filter((s): s is ReceiptStep => s.step === 'receipt');
    await lookups.loadOrderRequirements(
      receipts.filter((r) => r.kind !== 'onHand').map((r) => r.id),
    );
    await loadBelow(lookups, requirements);
    const next: WhyStep[] = [];
    for (const step of level) {
      const children: WhyStep[] =
        step.step === 'requirement'
          ? receiptSteps(lookups, step)
          : step.kind === 'onHand'
            ? []
            : lookups.requirementsOfOrder(step.id).map((row) => requirementStep(lookups, row, row));
      if (step.step === 'requirement') settle(step, children as ReceiptStep[]);
      if (children.length === 0) continue;
      if (budget.steps < children.length) {
        step.more = true;
        continue;
      }
      budget.steps -= children.length;
      step.children = children;
      next.push(...children);
    }
    level = next;
  }
  for (const step of level) {
    if (step.step === 'receipt' ? step.kind !== 'onHand' : true) step.more = true;
  }
}

/** Expands what `root` serves, up to the demand and forecast lines, within the budget. */
async function expandUp(
  lookups: PlanLookups,
  root: WhyStep,
  budget: { steps: number },
  maxDepth: number,
): Promise<WhyStep[]> {
  const top: WhyStep[] = [];
  // Each level: receipts whose pegged requirements are to be found (children = what they serve).
  let receipts: { step: WhyStep; receiptId: string }[] = [];
  if (root.step === 'receipt') receipts = [{ step: root, receiptId: root.id }];
  else if (root.orderId !== undefined) {
    await lookups.loadPlannedOrders([root.orderId]);
    await lookups.loadReceipts([root.orderId]);
    const kind: ReceiptKind = lookups.plannedOrder(root.orderId) ? 'plannedOrder' : 'supply';
    const order = receiptStep(lookups, kind, root.orderId, root.item, root.warehouse);
    if (order.order !== undefined) {
      order.item = order.order.item;
      order.warehouse = order.order.warehouse;
    }
    top.push(order);
    budget.steps -= 1;
    receipts = [{ step: order, receiptId: order.id }];
  }
  let first = root.step === 'receipt';
  for (let depth = 0; depth < maxDepth && receipts.length > 0; depth++) {
    await lookups.loadReceiptPegging(receipts.map((r) => r.receiptId));
    const pegging = receipts.flatMap((r) => lookups.peggingOfReceipt(r.receiptId));
    await lookups.loadRequirements(pegging.map((p) => p.issueId));
    await lookups.loadDelays(pegging.filter((p) => p.issueKind === 'demand').map((p) => p.issueId));
    const orderIds = pegging.flatMap((p) => (p.issueOrderId === undefined ? [] : [p.issueOrderId]));
    await lookups.loadPlannedOrders(orderIds);
    await lookups.loadReceipts(orderIds.filter((id) => lookups.plannedOrder(id) === undefined));
    const next: { step: WhyStep; receiptId: string }[] = [];
    for (const { step, receiptId } of receipts) {
      const rows = lookups.peggingOfReceipt(receiptId);
      if (budget.steps < rows.length * 2) {
        step.more = true;
        continue;
      }
      const served: WhyStep[] = [];
      for (const p of rows) {
        const requirement = requirementStep(
          lookups,
          lookups.requirement(p.issueId, p.item, p.warehouse),
          {
            kind: p.issueKind,
            id: p.issueId,
            item: p.item,
            warehouse: p.warehouse,
            ...(p.issueOrderId === undefined ? {} : { orderId: p.issueOrderId }),
          },
        );
        requirement.pegged = p.quantity;
        budget.steps -= 1;
        served.push(requirement);
        if (p.issueOrderId !== undefined) {
          const order = lookups.plannedOrder(p.issueOrderId);
          const parent = receiptStep(
            lookups,
            order === undefined ? 'supply' : 'plannedOrder',
            p.issueOrderId,
            order?.item ?? '',
            order?.warehouse ?? '',
          );
          if (order === undefined) {
            const line = lookups.supplyLine(p.issueOrderId);
            parent.item = line?.item ?? '';
            parent.warehouse = line?.warehouse ?? '';
          }
          requirement.children = [parent];
          budget.steps -= 1;
          next.push({ step: parent, receiptId: parent.id });
        }
      }
      if (first) top.push(...served);
      else step.children = served;
    }
    first = false;
    receipts = next;
  }
  for (const { step } of receipts) step.more = true;
  return top;
}

/**
 * The why tree of a receipt (a planned order, supply line or on-hand `<item>@<warehouse>`)
 * or of a requirement (a demand or forecast line, or `<planned order>/<line>`). Undefined
 * when the plan has no such receipt or requirement.
 */
export async function readWhyTree(
  lookups: PlanLookups,
  ref: WhyRef,
  options: WhyTreeOptions = {},
): Promise<WhyTree | undefined> {
  const maxDepth = options.maxDepth ?? 16;
  const budget = { steps: options.maxSteps ?? 300 };
  let root: WhyStep;
  if ('receipt' in ref) {
    const id = ref.receipt;
    await lookups.loadPlannedOrders([id]);
    await lookups.loadReceipts([id]);
    await lookups.loadReceiptPegging([id]);
    const order = lookups.plannedOrder(id);
    const line = lookups.supplyLine(id);
    const pegged = lookups.peggingOfReceipt(id)[0];
    if (order !== undefined)
      root = receiptStep(lookups, 'plannedOrder', id, order.item, order.warehouse);
    else if (line !== undefined)
      root = receiptStep(lookups, 'supply', id, line.item, line.warehouse);
    else if (pegged !== undefined && pegged.receiptKind === 'onHand') {
      root = receiptStep(lookups, 'onHand', id, pegged.item, pegged.warehouse);
      // A version that does not record its on-hand: what is pegged from it.
      root.quantity ??= lookups.peggingOfReceipt(id).reduce((sum, p) => sum + p.quantity, 0);
    } else return undefined;
  } else {
    await lookups.loadRequirements([ref.requirement]);
    const rows = lookups
      .requirementsWithId(ref.requirement)
      .filter(
        (r) =>
          (ref.item === undefined || r.item === ref.item) &&
          (ref.warehouse === undefined || r.warehouse === ref.warehouse),
      );
    const row = rows[0];
    if (row === undefined) return undefined;
    await lookups.loadDelays(row.kind === 'demand' ? [row.id] : []);
    root = requirementStep(lookups, row, row);
  }
  const servedBy = await expandUp(lookups, root, budget, maxDepth);
  await expandDown(lookups, root, budget, maxDepth);
  const tree: WhyTree = { root, servedBy };
  if (root.step === 'requirement' && root.lateDays > 0) {
    const [cause] = await rootCauses(lookups, [root]);
    if (cause !== undefined) tree.rootCause = cause;
  } else if (root.step === 'receipt' && later(root.futuresDate, root.date)) {
    const below = lookups
      .requirementsOfOrder(root.id)
      .map((row) => requirementStep(lookups, row, row));
    const causes = await rootCauses(lookups, below);
    let best: { cause: RootCause; lateDays: number } | undefined;
    causes.forEach((cause, i) => {
      const lateDays = below[i]?.lateDays ?? 0;
      if (cause !== undefined && lateDays > (best?.lateDays ?? 0)) best = { cause, lateDays };
    });
    if (best !== undefined) {
      tree.rootCause = { receipt: best.cause.receipt, path: [stepKey(root), ...best.cause.path] };
    }
  } else if (root.step === 'receipt' && root.lateDays > 0) {
    tree.rootCause = { receipt: root, path: [stepKey(root)] };
  }
  return tree;
}
