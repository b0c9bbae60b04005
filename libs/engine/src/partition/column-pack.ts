/**
 * Tables of typed-array columns packed into one byte buffer and back: how a partition's
 * requirements and its result travel between engine workers. The layout is a 4-byte
 * length, a JSON header (the tables' row counts and any plain values), then every column's
 * rows, each padded to 8 bytes, in the order the schema names them.
 */

export type ColumnType = 'i32' | 'f64' | 'u8';

export type ArrayOf<T extends ColumnType> = T extends 'i32'
  ? Int32Array
  : T extends 'f64'
    ? Float64Array
    : Uint8Array;

/** Column names and types of one table. */
export type TableSchema = Readonly<Record<string, ColumnType>>;

/** A table of `count` rows: one typed array per column, at least `count` long. */
export type Table<S extends TableSchema> = { count: number } & {
  -readonly [K in keyof S]: ArrayOf<S[K]>;
};

const BYTES: Readonly<Record<ColumnType, number>> = { i32: 4, f64: 8, u8: 1 };

const padded = (bytes: number): number => Math.ceil(bytes / 8) * 8;

function allocate(type: ColumnType, buffer: ArrayBuffer, offset: number, length: number) {
  if (type === 'i32') return new Int32Array(buffer, offset, length);
  if (type === 'f64') return new Float64Array(buffer, offset, length);
  return new Uint8Array(buffer, offset, length);
}

/** Packs `tables` (laid out by `schemas`) and a JSON-able `extra` into bytes. */
export function packTables<S extends Readonly<Record<string, TableSchema>>, E>(
  schemas: S,
  tables: { [T in keyof S]: Table<S[T]> },
  extra: E,
): Uint8Array {
  const names = Object.keys(schemas) as (keyof S & string)[];
  const counts: Record<string, number> = {};
  let body = 0;
  for (const name of names) {
    const count = tables[name].count;
    counts[name] = count;
    for (const type of Object.values(schemas[name] as TableSchema)) {
      body += padded(count * BYTES[type]);
    }
  }
  const header = new TextEncoder().encode(JSON.stringify({ counts, extra }));
  const start = padded(4 + header.byteLength);
  const out = new Uint8Array(start + body);
  new DataView(out.buffer).setUint32(0, header.byteLength, true);
  out.set(header, 4);
  let at = start;
  for (const name of names) {
    const table = tables[name] as Record<string, unknown> & { count: number };
    for (const [column, type] of Object.entries(schemas[name] as TableSchema)) {
      const data = table[column] as Int32Array | Float64Array | Uint8Array;
      const bytes = table.count * BYTES[type];
      out.set(new Uint8Array(data.buffer, data.byteOffset, bytes), at);
      at += padded(bytes);
    }
  }
  return out;
}

/** The tables and extra value `packTables` packed; the columns are views of one copy. */
export function unpackTables<S extends Readonly<Record<string, TableSchema>>, E>(
  schemas: S,
  bytes: Uint8Array,
): { tables: { [T in keyof S]: Table<S[T]> }; extra: E } {
  // One aligned copy, so that every column can be a view of it.
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  const length = new DataView(buffer).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length))) as {
    counts: Record<string, number>;
    extra: E;
  };
  let at = padded(4 + length);
  const tables: Record<string, Record<string, unknown>> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const count = header.counts[name];
    if (count === undefined) throw new Error(`packed tables: table ${name} is missing`);
    const table: Record<string, unknown> = { count };
    for (const [column, type] of Object.entries(schema)) {
      const size = count * BYTES[type];
      if (at + size > buffer.byteLength) {
        throw new Error(`packed tables: column ${name}.${column} runs past the end`);
      }
      table[column] = allocate(type, buffer, at, count);
      at += padded(size);
    }
    tables[name] = table;
  }
  return { tables: tables as { [T in keyof S]: Table<S[T]> }, extra: header.extra };
}
