/**
 * Growable typed-array columns. The planner keeps requirements, planned orders and pegging
 * in columns rather than objects per row, so millions of rows cost a few bytes each and
 * netting loops stay on numbers.
 */

type TypedArray = Int32Array | Float64Array | Uint8Array;

class Column<T extends TypedArray> {
  data: T;
  constructor(
    private readonly allocate: (length: number) => T,
    capacity: number,
  ) {
    this.data = allocate(capacity);
  }
  /** Makes room for `size` rows, doubling so that appending stays amortised O(1). */
  ensure(size: number): void {
    if (size <= this.data.length) return;
    const next = this.allocate(Math.max(size, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}

export class Int32Column extends Column<Int32Array> {
  constructor(capacity = 1024) {
    super((length) => new Int32Array(length), capacity);
  }
}

export class Float64Column extends Column<Float64Array> {
  constructor(capacity = 1024) {
    super((length) => new Float64Array(length), capacity);
  }
}

export class Uint8Column extends Column<Uint8Array> {
  constructor(capacity = 1024) {
    super((length) => new Uint8Array(length), capacity);
  }
}
