/**
 * First row of each key (an id, or item and warehouse) of one table: an open-addressing hash
 * table over typed arrays. Indexing the ids of ten million demand lines in a Map takes
 * several seconds and is capped at 2^24 entries; this table is sized once from the row
 * count, compares stored hashes before strings, and takes a fraction of that time.
 */

const EMPTY = 0;

/** FNV-1a over UTF-16 code units. */
function hashOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

function capacityFor(count: number): number {
  let capacity = 16;
  while (capacity < count * 2) capacity *= 2;
  return capacity;
}

export class RowIndex {
  /**
   * Two numbers per slot, side by side so a probe reads one cache line: the first row with
   * the slot's key + 1 (0 when the slot is empty), and the key's hash, compared before the
   * key itself.
   */
  private table: Int32Array;
  private mask: number;
  private count = 0;

  /**
   * `expected`: about how many keys will be added (the row count), to size the table once.
   * `keyOf`: the key of a row already added; keys are not stored, so a table of ten
   * million ids costs one typed array and no objects.
   */
  constructor(
    expected: number,
    private readonly keyOf: (row: number) => string | undefined,
  ) {
    const capacity = capacityFor(expected);
    this.table = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Whether some row has this key. */
  has(key: string): boolean {
    return this.find(key, hashOf(key)) >= 0;
  }

  /**
   * Records `key` at row `row` unless an earlier row has it: returns that earlier row, or
   * -1 when the key is new.
   */
  claim(key: string, row: number): number {
    const hash = hashOf(key);
    const first = this.find(key, hash);
    if (first >= 0) return first;
    if ((this.count + 1) * 2 > this.mask + 1) this.grow();
    place(this.table, this.mask, row + 1, hash);
    this.count++;
    return -1;
  }

  /** The first row with `key`, or -1. */
  private find(key: string, hash: number): number {
    const { table, mask } = this;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const rowPlusOne = table[slot * 2] ?? EMPTY;
      if (rowPlusOne === EMPTY) return -1;
      if (table[slot * 2 + 1] === hash && this.keyOf(rowPlusOne - 1) === key) {
        return rowPlusOne - 1;
      }
    }
  }

  private grow(): void {
    const old = this.table;
    const capacity = (this.mask + 1) * 2;
    this.table = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
    for (let at = 0; at < old.length; at += 2) {
      const rowPlusOne = old[at] ?? EMPTY;
      if (rowPlusOne !== EMPTY) place(this.table, this.mask, rowPlusOne, old[at + 1] ?? 0);
    }
  }
}

function place(table: Int32Array, mask: number, rowPlusOne: number, hash: number): void {
  let slot = hash & mask;
  while (table[slot * 2] !== EMPTY) slot = (slot + 1) & mask;
  table[slot * 2] = rowPlusOne;
  table[slot * 2 + 1] = hash;
}
