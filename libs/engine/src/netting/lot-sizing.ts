/**
 * Order quantities: the min/multiple/max modifiers with splitting, and the min/max
 * coverage rule. Pure arithmetic on one node's numbers.
 */

/**
 * Quantities this close to zero are zero (floating-point sums of scrap factors). Half the
 * output rounding (six decimals), so nothing planned is written as 0.
 */
export const EPSILON = 5e-7;

export interface OrderQuantityRules {
  minOrderQuantity: number;
  maxOrderQuantity: number;
  orderMultiple: number;
}

/**
 * Splits a required quantity into planned order quantities: whole maxima first (the largest
 * multiple ≤ the maximum), then the remainder raised to the minimum and rounded up to the
 * multiple. Writes the pieces to `out` and returns how many there are; when that would be
 * more than `maxPieces`, writes nothing and returns a count above it.
 * 450 with max 100 → 100, 100, 100, 100, 50; 140 with min 50, max 100 → 100, 50.
 */
export function splitOrderQuantity(
  required: number,
  rules: OrderQuantityRules,
  out: number[],
  maxPieces = Number.POSITIVE_INFINITY,
): number {
  const multiple = rules.orderMultiple;
  let maximum = rules.maxOrderQuantity;
  if (multiple > 0 && Number.isFinite(maximum)) {
    maximum = Math.floor(maximum / multiple + EPSILON) * multiple;
    if (maximum <= 0) maximum = multiple;
  }
  // Whole maxima make at least required / maximum - 1 pieces: too many are not written.
  if (required / maximum > maxPieces + 1) return Math.ceil(required / maximum);
  let count = 0;
  let rest = required;
  while (rest > maximum + EPSILON) {
    out[count++] = maximum;
    rest -= maximum;
  }
  // Exactly one maximum left is a whole maximum, not a remainder to raise to the minimum.
  if (Number.isFinite(maximum) && Math.abs(rest - maximum) <= EPSILON) {
    out[count++] = maximum;
    return count;
  }
  let last = Math.max(rest, rules.minOrderQuantity);
  // At least one multiple: a sliver of a requirement still needs a whole one.
  if (multiple > 0) last = Math.max(1, Math.ceil(last / multiple - EPSILON)) * multiple;
  out[count++] = last;
  return count;
}

/**
 * The min/max rule: the order that brings projected stock up to the maximum (up to the
 * minimum when there is no maximum or it is below the minimum). With a multiple, the largest
 * multiple that keeps stock + order ≤ that level, plus one multiple more when that would
 * leave stock below `floor` (the minimum from F on, zero before).
 * min 15, max 22, stock 10 → 12; with multiple 5 → 10.
 */
export function minMaxQuantity(
  projected: number,
  floor: number,
  settings: { minimumInventory: number; maximumInventory: number; orderMultiple: number },
): number {
  const multiple = settings.orderMultiple;
  let quantity = Math.max(settings.maximumInventory, settings.minimumInventory) - projected;
  if (multiple > 0) {
    quantity = Math.floor(quantity / multiple + EPSILON) * multiple;
    if (projected + quantity < floor - EPSILON) quantity += multiple;
  }
  return quantity;
}
