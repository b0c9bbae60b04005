/**
 * Growable typed-array columns. The planner keeps requirements, planned orders and pegging
 * in columns rather than objects per row, so millions of rows cost a few bytes each and
 * netting loops stay on numbers.
 */

export class Int32Column {
  data: Int32Array;
  constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  ensure(size: number): void {
    if (size <= this.data.length) return;
    const next = new Int32Array(Math.max(size, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}

export class Float64Column {
  data: Float64Array;
  constructor(capacity = 1024) {
    this.data = new Float64Array(capacity);
  }
  ensure(size: number): void {
    if (size <= this.data.length) return;
    const next = new Float64Array(Math.max(size, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}

export class Uint8Column {
  data: Uint8Array;
  constructor(capacity = 1024) {
    this.data = new Uint8Array(capacity);
  }
  ensure(size: number): void {
    if (size <= this.data.length) return;
    const next = new Uint8Array(Math.max(size, this.data.length * 2));
    next.set(this.data);
    this.data = next;
  }
}
