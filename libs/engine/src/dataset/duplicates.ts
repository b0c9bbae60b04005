/**
 * Duplicate keys (ids, or item and warehouse) among the rows of one table. A Map of ten
 * million ids spends most of its time waiting on memory, and caps out at 2^24 entries.
 * Here keys are hashed in row order, the rows are grouped by the top bits of their hash,
 * and each group is checked in a hash table small enough to stay in the processor's cache.
 */

/** Rows per group aimed at, so that a group's table (8 bytes a slot, half full) fits in cache. */
const GROUP_SIZE = 4096;

/** FNV-1a over UTF-16 code units. */
export function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

/**
 * Calls `onDuplicate(row, first)`, in row order, for every row whose key an earlier row
 * already has; `first` is the earliest row with that key. Rows whose key is undefined are
 * skipped.
 */
export function findDuplicates(
  rowCount: number,
  keyOf: (row: number) => string | undefined,
  onDuplicate: (row: number, first: number) => void,
): void {
  if (rowCount < 2) return;
  let bits = 0;
  while (bits < 16 && rowCount >>> bits > GROUP_SIZE) bits++;
  const groups = 1 << bits;
  const shift = 32 - bits;

  // Hash every key once, in row order, and count the rows of each group.
  const hashes = new Int32Array(rowCount);
  const keyed = new Uint8Array(rowCount);
  const groupStart = new Int32Array(groups + 1);
  for (let row = 0; row < rowCount; row++) {
    const key = keyOf(row);
    if (key === undefined) continue;
    const hash = hashOf(key);
    hashes[row] = hash;
    keyed[row] = 1;
    groupStart[(bits === 0 ? 0 : hash >>> shift) + 1]++;
  }
  let largest = 0;
  for (let group = 0; group < groups; group++) {
    const size = groupStart[group + 1] ?? 0;
    if (size > largest) largest = size;
    groupStart[group + 1] = (groupStart[group] ?? 0) + size;
  }

  // Rows grouped by hash, in row order within each group.
  const order = new Int32Array(groupStart[groups] ?? 0);
  const next = groupStart.slice(0, groups);
  for (let row = 0; row < rowCount; row++) {
    if (keyed[row] === 0) continue;
    const hash = hashes[row] ?? 0;
    const group = bits === 0 ? 0 : hash >>> shift;
    const at = next[group] ?? 0;
    order[at] = row;
    next[group] = at + 1;
  }

  // Each group through one open-addressing table of (row + 1) per slot; 0 is empty.
  let capacity = 16;
  while (capacity < largest * 2) capacity *= 2;
  const table = new Int32Array(capacity);
  let firstOf: Int32Array | undefined;
  for (let group = 0; group < groups; group++) {
    const begin = groupStart[group] ?? 0;
    const end = groupStart[group + 1] ?? 0;
    let size = 16;
    while (size < (end - begin) * 2) size *= 2;
    const mask = size - 1;
    table.fill(0, 0, size);
    for (let at = begin; at < end; at++) {
      const row = order[at] ?? 0;
      const hash = hashes[row] ?? 0;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const other = (table[slot] ?? 0) - 1;
        if (other < 0) {
          table[slot] = row + 1;
          break;
        }
        if (hashes[other] === hash && keyOf(other) === keyOf(row)) {
          firstOf ??= new Int32Array(rowCount).fill(-1);
          firstOf[row] = other;
          break;
        }
      }
    }
  }

  if (firstOf === undefined) return;
  for (let row = 0; row < rowCount; row++) {
    const first = firstOf[row] ?? -1;
    if (first >= 0) onDuplicate(row, first);
  }
}
