/**
 * Where a JSON text goes wrong. `JSON.parse` names the position of some syntax errors but
 * not of others ("Unexpected token '}', ... is not valid JSON"), so a failed parse is
 * scanned again here to find the first offending character and its line and column.
 */

export interface JsonErrorPosition {
  /** Offset of the first character that cannot be part of valid JSON (the text length at an unexpected end). */
  offset: number;
  /** From 1. */
  line: number;
  /** From 1, in characters. */
  column: number;
}

const ARRAY = 0;
const OBJECT = 1;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX = /^[0-9a-fA-F]$/;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const LITERALS = ['true', 'false', 'null'] as const;

/** Offset of the first character where `text` stops being valid JSON, or undefined when it is valid. */
export function findJsonErrorOffset(text: string): number | undefined {
  const n = text.length;
  let i = 0;
  const stack: number[] = [];

  const skipWhitespace = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return;
      i++;
    }
  };
  /** At a '"': moves past the closing quote, or stops at the bad character and returns false. */
  const scanString = (): boolean => {
    i++;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const escape = text[i + 1];
        if (escape === undefined) {
          i = n;
          return false;
        }
        if (ESCAPES.has(escape)) {
          i += 2;
          continue;
        }
        if (escape !== 'u') {
          i++;
          return false;
        }
        for (let k = 2; k < 6; k++) {
          if (!HEX.test(text[i + k] ?? '')) {
            i = Math.min(n, i + k);
            return false;
          }
        }
        i += 6;
        continue;
      }
      i++;
    }
    return false;
  };
  /** Expects an object key and its colon; false with `i` at the bad character. */
  const scanKey = (): boolean => {
    skipWhitespace();
    if (text[i] !== '"' || !scanString()) return false;
    skipWhitespace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  /** A scalar at `i`; false with `i` at the bad character. */
  const scanScalar = (): boolean => {
    const c = text[i];
    if (c === '"') return scanString();
    for (const literal of LITERALS) {
      if (c !== literal[0]) continue;
      for (let k = 0; k < literal.length; k++, i++) {
        if (text[i] !== literal[k]) return false;
      }
      return true;
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text) === null) return false;
    i = NUMBER.lastIndex;
    return true;
  };

  let expectValue = true;
  for (;;) {
    skipWhitespace();
    if (expectValue) {
      if (i >= n) return n;
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        skipWhitespace();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
          continue;
        }
        stack.push(c === '{' ? OBJECT : ARRAY);
        if (c === '{' && !scanKey()) return i;
        continue;
      }
      if (!scanScalar()) return i;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) return i < n ? i : undefined;
    if (i >= n) return n;
    const c = text[i];
    if (c === ',') {
      i++;
      if (top === OBJECT && !scanKey()) return i;
      expectValue = true;
    } else if (c === (top === OBJECT ? '}' : ']')) {
      i++;
      stack.pop();
    } else {
      return i;
    }
  }
}

/** Line and column (both from 1) of an offset. */
export function positionOf(text: string, offset: number): JsonErrorPosition {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k >= 0 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  return { offset, line, column: offset - lineStart + 1 };
}

/**
 * The position of the syntax error `JSON.parse` reported for `text`: found by scanning, or
 * taken from the error message when the scan finds nothing.
 */
export function locateJsonError(text: string, error: unknown): JsonErrorPosition | undefined {
  let offset = findJsonErrorOffset(text);
  if (offset === undefined && error instanceof Error) {
    const match = /at position (\d+)/.exec(error.message);
    if (match?.[1] !== undefined) offset = Number(match[1]);
  }
  return offset === undefined ? undefined : positionOf(text, offset);
}

/** What is at an offset, for the message: "'}'", 'the end of the file'. */
export function describeJsonErrorAt(text: string, offset: number): string {
  if (offset >= text.length) return 'unexpected end of the file';
  const c = text[offset] ?? '';
  const shown = c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : c;
  return `unexpected '${shown}'`;
}
