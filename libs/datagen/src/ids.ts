/**
 * Row ids: a prefix and a zero-padded number of one width per kind of row, so sorting ids
 * as strings sorts them by number ('FG-000123').
 */

export const MIN_ID_DIGITS = 6;

/** Digits needed for numbers up to maxCount, at least six. */
export function idWidth(maxCount: number): number {
  return Math.max(MIN_ID_DIGITS, String(Math.max(0, Math.floor(maxCount))).length);
}

export function formatId(prefix: string, n: number, width: number): string {
  return prefix + String(n).padStart(width, '0');
}

/** Numbers the rows 1..count in their current order (ids are set once every row exists). */
export function numberRows(rows: readonly { id: string }[], prefix: string): void {
  const width = idWidth(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row !== undefined) row.id = formatId(prefix, i + 1, width);
  }
}
