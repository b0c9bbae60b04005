/**
 * Order quantities (docs/planning-semantics.md, "Order quantity"): "The required quantity
 * is split at the maximum order quantity (the largest multiple of the order multiple that is
 * ≤ the maximum): whole maxima first, then the remainder, which is raised to the minimum order
 * quantity and rounded up to the multiple."
 */
import type { OracleSettings } from './settings';

/** Quantities are compared with this tolerance, so that 0.1 + 0.2 counts as 0.3. */
export const EPSILON = 1e-9;

export function roundUpToMultiple(quantity: number, multiple: number | undefined): number {
  if (multiple === undefined) return quantity;
  const times = Math.ceil(quantity / multiple - EPSILON);
  return Math.max(1, times) * multiple;
}

/** The planned order quantities for a required quantity, in the order they are made. */
export function splitOrderQuantity(
  required: number,
  s: OracleSettings,
  exactMaximumIsWhole = true,
): number[] {
  if (required <= EPSILON) return [];
  const m = s.orderMultiple;
  let max = s.maxOrderQuantity;
  if (max !== undefined && m !== undefined) {
    // READING (doc silent): a multiple larger than the maximum splits at one multiple.
    max = Math.max(m, Math.floor(max / m + EPSILON) * m);
  }
  const orders: number[] = [];
  let rest = required;
  if (max !== undefined) {
    while (rest > max + EPSILON) {
      orders.push(max);
      rest -= max;
    }
    // An exact multiple of the maximum leaves no remainder: "450 with max 100 → 4 × 100 + 50".
    // READING exactMaximum (doc silent, matters only with a minimum above the maximum): the
    // last maximum is a whole one, not a remainder to raise.
    if (exactMaximumIsWhole && Math.abs(rest - max) <= EPSILON) {
      orders.push(max);
      rest = 0;
    }
  }
  if (rest > EPSILON) {
    const raised = Math.max(rest, s.minOrderQuantity ?? 0);
    orders.push(roundUpToMultiple(raised, m));
  }
  return orders;
}
