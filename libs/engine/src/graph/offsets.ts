/**
 * Grouping rows by a key into one flat array with offsets (compressed rows): group g is
 * `rows[start[g] .. start[g + 1]]`. Used for requirements and receipts per node and nodes
 * per low-level code.
 */

/** Turns counts stored at `start[g + 1]` into offsets, in place. */
export function countsToOffsets(start: Int32Array): void {
  for (let g = 1; g < start.length; g++) start[g] = (start[g] ?? 0) + (start[g - 1] ?? 0);
}

/**
 * The rows `0 .. rowCount` placed in their groups, in row order within a group; rows whose
 * group is negative are left out. `start` must already hold the offsets.
 */
export function groupRows(
  start: Int32Array,
  rowCount: number,
  groupOf: (row: number) => number,
): Int32Array {
  const rows = new Int32Array(start[start.length - 1] ?? 0);
  const fill = start.slice(0, start.length - 1);
  for (let row = 0; row < rowCount; row++) {
    const g = groupOf(row);
    if (g < 0) continue;
    const position = fill[g] ?? 0;
    rows[position] = row;
    fill[g] = position + 1;
  }
  return rows;
}
