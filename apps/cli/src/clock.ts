/** Elapsed wall-clock time in milliseconds, from the monotonic high-resolution clock. */

export function now(): bigint {
  return process.hrtime.bigint();
}

export function msSince(start: bigint, end: bigint = process.hrtime.bigint()): number {
  return Number(end - start) / 1e6;
}
