/**
 * Where a stage's time goes: the time spent producing each item of a stream it writes
 * (inside the iterator's `next`), apart from the time spent sending them.
 */

/** Milliseconds, added to as the items are produced. */
export interface Tally {
  ms: number;
}

/** `items` passed through, the time spent producing each added to `tally.ms`. */
export function* timedItems<T>(items: Iterable<T>, tally: Tally): Generator<T> {
  const iterator = items[Symbol.iterator]();
  try {
    for (;;) {
      const started = performance.now();
      const next = iterator.next();
      tally.ms += performance.now() - started;
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    iterator.return?.();
  }
}

/** `items` passed through, the time spent producing each added to `tally.ms`. */
export async function* timedAsyncItems<T>(
  items: AsyncIterable<T>,
  tally: Tally,
): AsyncGenerator<T> {
  const iterator = items[Symbol.asyncIterator]();
  try {
    for (;;) {
      const started = performance.now();
      const next = await iterator.next();
      tally.ms += performance.now() - started;
      if (next.done === true) return;
      yield next.value;
    }
  } finally {
    await iterator.return?.();
  }
}
