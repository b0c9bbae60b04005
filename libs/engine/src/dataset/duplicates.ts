/**
 * Duplicate keys (ids, or item and warehouse) among the rows of one table. A Map of ten
 * million ids spends most of its time waiting on memory, and caps out at 2^24 entries.
 * Here keys are hashed in row order, the rows are grouped by the top bits of their hash,
 * and each group is checked in a hash table small enough to stay in the processor's cache.
 */

/** Rows per group aimed at, so that a group's table (8 bytes a slot, at most half full) fits in cache. */
const GROUP_SIZE = 4096;
/** At most 2^8 groups: writing rows into more groups at once thrashes the TLB. */
const MAX_GROUP_BITS = 8;

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
  while (bits < MAX_GROUP_BITS && rowCount >>> bits > GROUP_SIZE) bits++;
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
    const after = (bits === 0 ? 0 : hash >>> shift) + 1;
    groupStart[after] = (groupStart[after] ?? 0) + 1;
  }
  let largest = 0;
  for (let group = 0; group < groups; group++) {
    const size = groupStart[group + 1] ?? 0;
    if (size > largest) largest = size;
    groupStart[group + 1] = (groupStart[group] ?? 0) + size;
  }

  // Rows and their hashes grouped by hash, in row order within each group, so that each
  // group is then read front to back.
  const total = groupStart[groups] ?? 0;
  const groupedRows = new Int32Array(total);
  const groupedHashes = new Int32Array(total);
  const next = groupStart.slice(0, groups);
  for (let row = 0; row < rowCount; row++) {
    if (keyed[row] === 0) continue;
    const hash = hashes[row] ?? 0;
    const group = bits === 0 ? 0 : hash >>> shift;
    const at = next[group] ?? 0;
    groupedRows[at] = row;
    groupedHashes[at] = hash;
    next[group] = at + 1;
  }

  // Each group through one open-addressing table of two numbers per slot: row + 1 (0 when
  // the slot is empty) and hash.
  let capacity = 16;
  while (capacity < largest * 2) capacity *= 2;
  const table = new Int32Array(capacity * 2);
  let firstOf: Int32Array | undefined;
  for (let group = 0; group < groups; group++) {
    const begin = groupStart[group] ?? 0;
    const end = groupStart[group + 1] ?? 0;
    let size = 16;
    while (size < (end - begin) * 2) size *= 2;
    const mask = size - 1;
    table.fill(0, 0, size * 2);
    for (let at = begin; at < end; at++) {
      const row = groupedRows[at] ?? 0;
      const hash = groupedHashes[at] ?? 0;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const other = (table[slot * 2] ?? 0) - 1;
        if (other < 0) {
          table[slot * 2] = row + 1;
          table[slot * 2 + 1] = hash;
          break;
        }
        if (table[slot * 2 + 1] === hash && keyOf(other) === keyOf(row)) {
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
