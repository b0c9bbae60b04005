/**
 * The bounds on a dataset's numbers: what an ERP's columns can hold, and so what a run
 * accepts. Quantities (and sizes: order quantities and multiples, inventory levels, scrap,
 * hours) are at most 10^12 in size with at most six decimals: a `decimal(18,6)` column,
 * the common ERP quantity type, holds exactly that. Day counts (lead times, fences, margins,
 * coverage periods, offsets) are whole days from 0 to 36,500 (a hundred years).
 *
 * Each check takes the value and where it is (the table or section, row and column, as a
 * message names them) and returns the error sentence, or undefined when the value is within
 * its bounds; the `…Problem` functions return the detail alone for callers that put the
 * location in front themselves. Pure functions: any validator can call them.
 */

/** Largest size of a quantity: |q| ≤ 10^12. */
export const MAX_QUANTITY = 1e12;
/** Most decimals a quantity may have. */
export const QUANTITY_DECIMALS = 6;
/** Largest day count: a hundred years. */
export const MAX_DAYS = 36_500;

const SCALE = 10 ** QUANTITY_DECIMALS;
/** Above this a double has no digits left beyond the sixth decimal. */
const EXACT_LIMIT = Number.MAX_SAFE_INTEGER / SCALE;
/** Relative error of a few roundings of a double. */
const NOISE = 4 * Number.EPSILON;

/** A number as a message shows it. */
function show(value: number): string {
  return String(value);
}

/**
 * More than six decimals: further from the nearest six-decimal number than floating-point
 * noise explains (0.1 + 0.2 is 0.30000000000000004, which is 0.3 for this check).
 */
function hasTooManyDecimals(value: number): boolean {
  if (Number.isInteger(value) || Math.abs(value) >= EXACT_LIMIT) return false;
  const nearest = Math.round(value * SCALE) / SCALE;
  return Math.abs(value - nearest) > Math.abs(value) * NOISE;
}

/** What is wrong with a quantity (sign not considered), or undefined. */
export function quantityProblem(value: number): string | undefined {
  if (!Number.isFinite(value)) return `must be a finite number, got ${show(value)}`;
  if (Math.abs(value) > MAX_QUANTITY) {
    return `must be at most 1e12 in size (the largest quantity an ERP column holds), got ${show(value)}`;
  }
  if (hasTooManyDecimals(value)) {
    return `must have at most ${QUANTITY_DECIMALS} decimals, got ${show(value)}`;
  }
  return undefined;
}

/** What is wrong with a day count, or undefined. */
export function dayCountProblem(value: number): string | undefined {
  if (Number.isInteger(value) && value >= 0 && value <= MAX_DAYS) return undefined;
  return `must be a whole number of days from 0 to ${MAX_DAYS}, got ${show(value)}`;
}

/** `where` (say "demand 'SO-7' (row 3): field 'quantity'") and the problem, or undefined. */
function at(where: string, problem: string | undefined): string | undefined {
  return problem === undefined ? undefined : `${where} ${problem}`;
}

/** A quantity or size within the bounds: finite, |q| ≤ 10^12, at most six decimals. */
export function checkQuantity(value: number, where: string): string | undefined {
  return at(where, quantityProblem(value));
}

/** A day count within the bounds: a whole number from 0 to 36,500. */
export function checkDayCount(value: number, where: string): string | undefined {
  return at(where, dayCountProblem(value));
}
