/**
 * First row of each key (an id, or item and warehouse) of one entity. A JavaScript Map holds
 * at most 2^24 entries, which a large demand table can exceed, so keys spill over into
 * further maps; lookups stay one map probe for datasets below the shard size.
 */

const SHARD_SIZE = 1 << 23;

export class RowIndex {
  private last = new Map<string, number>();
  private readonly shards = [this.last];

  /** Whether some row has this key. */
  has(key: string): boolean {
    if (this.last.has(key)) return true;
    if (this.shards.length === 1) return false;
    for (const shard of this.shards) if (shard.has(key)) return true;
    return false;
  }

  /**
   * Records `key` at row `index` unless an earlier row has it: returns that earlier row,
   * or -1 when the key is new.
   */
  claim(key: string, index: number): number {
    if (this.shards.length === 1) {
      const first = this.last.get(key);
      if (first !== undefined) return first;
    } else {
      for (const shard of this.shards) {
        const first = shard.get(key);
        if (first !== undefined) return first;
      }
    }
    if (this.last.size >= SHARD_SIZE) {
      this.last = new Map<string, number>();
      this.shards.push(this.last);
    }
    this.last.set(key, index);
    return -1;
  }
}
