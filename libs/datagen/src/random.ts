/**
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32), so the same
 * seed always gives the same dataset on every machine and Node version. Math.random is
 * never used: it cannot be seeded.
 */
export class Random {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number) {
    // splitmix32 spreads the seed (both 32-bit halves of a safe integer) over the state.
    let s = (seed >>> 0) ^ Math.imul(Math.floor(seed / 0x1_0000_0000) | 0, 0x27d4eb2d);
    const split = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
      return (z ^ (z >>> 16)) | 0;
    };
    this.a = split();
    this.b = split();
    this.c = split();
    this.d = split();
    for (let i = 0; i < 12; i++) this.uint32();
  }

  /** Uniform 32-bit unsigned integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 0x1_0000_0000;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** Uniform index into a collection of this length (0 when it is empty). */
  index(length: number): number {
    return Math.floor(this.next() * length);
  }

  /** One of the values, uniformly. */
  pick<T>(values: readonly [T, ...T[]]): T {
    return values[this.index(values.length)] ?? values[0];
  }

  /** Fisher–Yates shuffle in place. */
  shuffle(values: Int32Array | Uint8Array): void {
    for (let i = values.length - 1; i > 0; i--) {
      const j = this.index(i + 1);
      const v = values[i] ?? 0;
      values[i] = values[j] ?? 0;
      values[j] = v;
    }
  }
}
