/**
 * Growable typed-array columns. The planner keeps requirements, planned orders and pegging
 * in columns rather than objects per row, so millions of rows cost a few bytes each and
 * netting loops stay on numbers.
 *
 * The first buffers of a run's columns come from one allocation (a `ColumnArena`): every
 * large buffer allocated separately counts as new external memory, and V8 answers each
 * with a full garbage collection of the heap, which at a million nodes costs more than a
 * tenth of the run.
 */

type TypedArray = Int32Array | Float64Array | Uint8Array;

class Column<T extends TypedArray> {
  data: T;
  constructor(
    private readonly allocate: (length: number) => T,
    initial: T,
  ) {
    this.data = initial;
  }
  /** Makes room for `size` rows, doubling so that appending stays amortised O(1). */
  ensure(size: number): void {
    if (size <= this.data.length) return;
    const next = this.allocate(Math.max(size, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}

/** Bytes of a column of `length` rows of `bytesPerRow`, padded to 8-byte alignment. */
export function columnBytes(length: number, bytesPerRow: number): number {
  return Math.ceil((length * bytesPerRow) / 8) * 8;
}

/** One buffer carved into the first buffers of many columns. */
export class ColumnArena {
  private readonly buffer: ArrayBuffer;
  private offset = 0;

  /** `bytes` is the sum of what the columns will take; `columnBytes` adds it up. */
  constructor(bytes: number) {
    this.buffer = new ArrayBuffer(bytes);
  }

  private take(length: number, bytesPerRow: number): number {
    const start = this.offset;
    const bytes = columnBytes(length, bytesPerRow);
    if (start + bytes > this.buffer.byteLength) return -1;
    this.offset += bytes;
    return start;
  }

  int32(length: number): Int32Array {
    const start = this.take(length, 4);
    return start < 0 ? new Int32Array(length) : new Int32Array(this.buffer, start, length);
  }

  float64(length: number): Float64Array {
    const start = this.take(length, 8);
    return start < 0 ? new Float64Array(length) : new Float64Array(this.buffer, start, length);
  }

  uint8(length: number): Uint8Array {
    const start = this.take(length, 1);
    return start < 0 ? new Uint8Array(length) : new Uint8Array(this.buffer, start, length);
  }
}

export class Int32Column extends Column<Int32Array> {
  constructor(capacity = 1024, arena?: ColumnArena) {
    super((length) => new Int32Array(length), arena?.int32(capacity) ?? new Int32Array(capacity));
  }
}

export class Float64Column extends Column<Float64Array> {
  constructor(capacity = 1024, arena?: ColumnArena) {
    super(
      (length) => new Float64Array(length),
      arena?.float64(capacity) ?? new Float64Array(capacity),
    );
  }
}

export class Uint8Column extends Column<Uint8Array> {
  constructor(capacity = 1024, arena?: ColumnArena) {
    super((length) => new Uint8Array(length), arena?.uint8(capacity) ?? new Uint8Array(capacity));
  }
}
