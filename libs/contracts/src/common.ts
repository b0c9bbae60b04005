/**
 * Shared helpers of the columnar codecs: per-batch string dictionaries, enum mappings,
 * column readers and batching. The wire conventions are documented in
 * proto/replan/v1/snapshot.proto.
 */
import { toDay } from '@replan/engine';

/** Builds a batch's string dictionary; index 0 is the reserved "absent" placeholder. */
export class DictionaryBuilder {
  readonly values: string[] = [''];
  private readonly index = new Map<string, number>();

  /** Index of a present value (never 0). */
  ref(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }

  /** Index of an optional value: 0 when absent. */
  opt(value: string | undefined): number {
    return value === undefined ? 0 : this.ref(value);
  }
}

/** Error for a batch that does not follow the wire format. */
export class ContractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContractError';
  }
}

/** Reads a batch's dictionary-encoded string columns. */
export class DictionaryReader {
  constructor(
    private readonly values: readonly string[],
    private readonly where: string,
  ) {}

  /** A required string: index 0 or out of range is an error. */
  ref(index: number, column: string): string {
    const value = index === 0 ? undefined : this.values[index];
    if (value === undefined) {
      throw new ContractError(`${this.where}: ${column} has a bad dictionary index ${index}`);
    }
    return value;
  }

  /** An optional string: index 0 is absent. */
  opt(index: number, column: string): string | undefined {
    return index === 0 ? undefined : this.ref(index, column);
  }
}

/** Maps the string values of an engine union to wire enum numbers 1..n (0 = absent). */
export class EnumCodec<T extends string> {
  private readonly numbers = new Map<string, number>();

  constructor(
    private readonly name: string,
    private readonly values: readonly T[],
  ) {
    values.forEach((v, i) => this.numbers.set(v, i + 1));
  }

  /** The names by wire number: index 0 (absent) is undefined. */
  byNumber(): (T | undefined)[] {
    return [undefined, ...this.values];
  }

  encode(value: T): number {
    const n = this.numbers.get(value);
    if (n === undefined) throw new ContractError(`unknown ${this.name} '${String(value)}'`);
    return n;
  }

  encodeOpt(value: T | undefined): number {
    return value === undefined ? 0 : this.encode(value);
  }

  decode(n: number): T {
    const value = this.values[n - 1];
    if (value === undefined) throw new ContractError(`bad ${this.name} enum value ${n}`);
    return value;
  }

  decodeOpt(n: number): T | undefined {
    return n === 0 ? undefined : this.decode(n);
  }
}

/** Optional booleans on the wire: 0 absent, 1 false, 2 true. */
export function encodeOptBool(value: boolean | undefined): number {
  return value === undefined ? 0 : value ? 2 : 1;
}

export function decodeOptBool(n: number): boolean | undefined {
  if (n === 0) return undefined;
  if (n === 1) return false;
  if (n === 2) return true;
  throw new ContractError(`bad optional bool value ${n}`);
}

/** Optional doubles on the wire: NaN is absent. */
export function encodeOptNumber(value: number | undefined): number {
  return value === undefined ? NaN : value;
}

export function decodeOptNumber(n: number): number | undefined {
  return Number.isNaN(n) ? undefined : n;
}

/**
 * A decoded column checked to hold exactly `rows` values, so reading row i < rows is safe.
 * Absent columns (null/undefined) read as empty.
 */
export function column<T>(
  values: readonly T[] | null | undefined,
  rows: number,
  name: string,
  where: string,
): readonly T[] {
  const col = values ?? [];
  if (col.length !== rows) {
    throw new ContractError(`${where}: column ${name} has ${col.length} values for ${rows} rows`);
  }
  return col;
}

/** Cell i of a column already checked by `column` (or of a flat list checked by its counts). */
export function cell<T>(col: readonly T[], i: number): T {
  const v = col[i];
  if (v === undefined) throw new ContractError(`column read past its end at ${i}`);
  return v;
}

/** One batch of a list, as ListFramer cuts it. */
export interface ListFrame<L extends string> {
  list: L;
  rows: readonly unknown[];
  sequence: number;
  last: boolean;
}

/**
 * Cuts lists that arrive as slices of rows, in `order`, into framed batches: each list's
 * batches numbered from 0, at most `size` rows each, the list's last one marked (a batch is
 * held until the next rows or the list's end show whether it is the last), and an empty
 * list as one batch with no rows. Passing a list in `order` without rows ends it empty.
 */
export class ListFramer<L extends string> {
  private at = 0;
  private held: readonly unknown[] | undefined;
  private sequence = 0;

  constructor(
    private readonly order: readonly L[],
    private readonly size: number,
    private readonly what: string,
  ) {
    if (!Number.isInteger(size) || size < 1) {
      throw new RangeError(`rowsPerBatch must be a positive integer, got ${size}`);
    }
  }

  /** The batches that rows of `list` complete (and those of the lists before it). */
  *add(list: L, rows: readonly unknown[]): Generator<ListFrame<L>> {
    yield* this.endBefore(list);
    for (let from = 0; from < rows.length; from += this.size) {
      if (this.held !== undefined) {
        yield { list, rows: this.held, sequence: this.sequence, last: false };
        this.sequence += 1;
      }
      this.held = rows.slice(from, from + this.size);
    }
  }

  /** Ends `list` (and the lists before it): its last batch. */
  *endList(list: L): Generator<ListFrame<L>> {
    yield* this.endBefore(list);
    yield this.close();
  }

  /** Ends every list not ended yet. */
  *end(): Generator<ListFrame<L>> {
    while (this.at < this.order.length) yield this.close();
  }

  private *endBefore(list: L): Generator<ListFrame<L>> {
    const index = this.order.indexOf(list);
    if (index < this.at) throw new ContractError(`${this.what}: ${list} rows out of order`);
    while (this.at < index) yield this.close();
  }

  private close(): ListFrame<L> {
    const frame = {
      list: this.order[this.at]!,
      rows: this.held ?? [],
      sequence: this.sequence,
      last: true,
    };
    this.held = undefined;
    this.sequence = 0;
    this.at += 1;
    return frame;
  }
}

/**
 * Orders the batches of one entity by sequence and checks that they are complete: numbered
 * 0..n-1 without gaps or duplicates, with `last` set on the final one only.
 */
export function orderBatches<B extends { sequence: number; last: boolean }>(
  batches: B[],
  entity: string,
): B[] {
  const sorted = [...batches].sort((a, b) => a.sequence - b.sequence);
  sorted.forEach((b, i) => {
    if (b.sequence !== i) {
      throw new ContractError(`${entity}: batch ${i} is missing or sent twice`);
    }
    if (b.last !== (i === sorted.length - 1)) {
      throw new ContractError(
        b.last
          ? `${entity}: batch ${i} is marked last but more follow`
          : `${entity}: the last batch (${i}) is not marked last; batches are missing`,
      );
    }
  });
  return sorted;
}

const dayCache = new Map<string, number>();

/**
 * Day number of an ISO date, memoised: a snapshot repeats a few hundred distinct dates over
 * millions of rows. Invalid dates throw (the engine's toDay).
 */
export function dayOf(iso: string): number {
  let day = dayCache.get(iso);
  if (day === undefined) {
    day = toDay(iso);
    if (dayCache.size > 100_000) dayCache.clear();
    dayCache.set(iso, day);
  }
  return day;
}

/** A batch message's frame: which entity it carries and its place in that entity's stream. */
export interface FramedBatch<E extends string, B> {
  entity: E;
  sequence: number;
  last: boolean;
  body: B;
}

/**
 * Checks a decoded batch message's frame: the oneof body it carries (`batch`) must be
 * present and agree with its `entity` number. `label` names the stream in errors.
 */
export function checkFrame<
  E extends string,
  M extends { batch?: E; entity: number; sequence: number; last: boolean } & {
    [K in E]?: unknown;
  },
>(m: M, numbers: Readonly<Record<E, number>>, label: string): FramedBatch<E, NonNullable<M[E]>> {
  const entity = m.batch;
  if (entity === undefined) throw new ContractError(`${label} batch carries no entity`);
  if (m.entity !== numbers[entity]) {
    throw new ContractError(`${label} batch: entity ${m.entity} does not match its ${entity} body`);
  }
  const body = m[entity];
  if (body == null) throw new ContractError(`${label} batch: ${entity} body missing`);
  return { entity, sequence: m.sequence, last: m.last, body };
}

/** Decoded batches grouped by the entity they carry, in arrival order. */
export function groupByEntity<E extends string, B extends { entity: E }>(
  batches: Iterable<Uint8Array>,
  decode: (bytes: Uint8Array) => B,
): Map<E, B[]> {
  const byEntity = new Map<E, B[]>();
  for (const bytes of batches) {
    const b = decode(bytes);
    const list = byEntity.get(b.entity);
    if (list === undefined) byEntity.set(b.entity, [b]);
    else list.push(b);
  }
  return byEntity;
}

/** Reads a batch's columns: its dictionary, and columns checked against its row count. */
export function columnReader(
  dictionary: string[] | null | undefined,
  rows: number,
  where: string,
): {
  dict: DictionaryReader;
  col: <V>(values: readonly V[] | null | undefined, name: string) => readonly V[];
} {
  return {
    dict: new DictionaryReader(dictionary ?? [], where),
    col: (values, name) => column(values, rows, name, where),
  };
}
