/**
 * The delays page: demand lines that will be delivered late, latest first, each with its
 * root cause (the deepest late receipt on the chain that feeds it: the order to expedite).
 */
import type { Delay } from '@replan/engine';

import { DELAYS } from '../schema';
import { readPage, resultObject, type Page, type PageRequest } from './paging';
import { PlanLookups } from './plan-lookups';
import type { PlanSnapshot } from './plan-snapshot';
import { rootCauses, type ReceiptStep } from './why-tree';

export interface DelayWithCause extends Delay {
  /** The deepest late receipt below the line, when the chain names one. */
  rootCause?: ReceiptStep;
}

export interface DelayFilter extends PageRequest {
  item?: string;
  warehouse?: string;
}

/** The query of a delays page: the latest first, then in the result's order. */
export function delaysQuery(snapshot: PlanSnapshot, filter: DelayFilter = {}) {
  const query = snapshot.rows(DELAYS).select(snapshot.columns(DELAYS));
  if (filter.item !== undefined) query.andWhere('item', filter.item);
  if (filter.warehouse !== undefined) query.andWhere('warehouse', filter.warehouse);
  return query.orderBy('delay_days', 'desc').orderBy('line_no');
}

/** One page of delays with their root causes, found for the whole page at once. */
export async function listDelays(
  snapshot: PlanSnapshot,
  filter: DelayFilter = {},
  lookups: PlanLookups = new PlanLookups(snapshot),
): Promise<Page<DelayWithCause>> {
  const page = await readPage(delaysQuery(snapshot, filter), filter, resultObject<Delay>(DELAYS));
  const roots = page.rows.map((d) => ({
    step: 'requirement' as const,
    kind: 'demand' as const,
    id: d.demandId,
    item: d.item,
    warehouse: d.warehouse,
    date: d.requirementDate,
    covered: 0,
    lateDays: d.delayDays,
    children: [],
  }));
  const causes = await rootCauses(lookups, roots);
  return {
    ...page,
    rows: page.rows.map((delay, i) => {
      const cause = causes[i];
      return cause === undefined ? delay : { ...delay, rootCause: cause.receipt };
    }),
  };
}
