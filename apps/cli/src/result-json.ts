/**
 * The plan result as JSON text in pieces: the top-level fields first, then each array one
 * row per line. Joined, the pieces are exactly one JSON document that parses back to the
 * result, but no piece is larger than one row, so a plan of millions of rows is never one
 * string in memory.
 */
import type { PlanResult } from '@replan/engine';

/** Default size of the chunks handed to a file: large enough for few system calls. */
export const DEFAULT_CHUNK_CHARS = 64 * 1024;

export function* planResultJson(result: PlanResult): Generator<string, void, undefined> {
  const fields = Object.entries(result) as [string, unknown][];
  let first = true;
  yield '{';
  // Scalars and small objects (plan, planDate, counts) on the first line.
  for (const [key, value] of fields) {
    if (value === undefined || Array.isArray(value)) continue;
    yield `${first ? '' : ','}${JSON.stringify(key)}:${JSON.stringify(value)}`;
    first = false;
  }
  for (const [key, value] of fields) {
    if (!Array.isArray(value)) continue;
    const rows: readonly unknown[] = value;
    yield `${first ? '' : ','}\n${JSON.stringify(key)}:[`;
    first = false;
    for (let i = 0; i < rows.length; i++) {
      // As in JSON.stringify, an array element that has no JSON form is written as null.
      yield `${i === 0 ? '\n' : ',\n'}${JSON.stringify(rows[i]) ?? 'null'}`;
    }
    yield rows.length === 0 ? ']' : '\n]';
  }
  yield '}\n';
}

/** Joins small pieces into chunks of about `size` characters. */
export function* inChunks(
  pieces: Iterable<string>,
  size: number = DEFAULT_CHUNK_CHARS,
): Generator<string, void, undefined> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}
