import {
  describeJsonErrorAt,
  findJsonErrorOffset,
  locateJsonError,
  positionOf,
} from './json-error';

/** The offset our scan finds, checked against JSON.parse's verdict on the same text. */
function offsetOf(text: string): number | undefined {
  let valid = true;
  try {
    JSON.parse(text);
  } catch {
    valid = false;
  }
  const offset = findJsonErrorOffset(text);
  expect(offset === undefined).toBe(valid);
  return offset;
}

describe('findJsonErrorOffset', () => {
  it.each([
    ['{}'],
    ['[]'],
    [' {"a": [1, -2.5e+3, true, false, null, "x\\"\\u00e9\\n"], "b": {}} '],
    ['"just a string"'],
    ['0'],
    ['{"a":{"b":[[],[{}]]}}'],
  ])('finds nothing wrong in %s', (text) => {
    expect(offsetOf(text)).toBeUndefined();
  });

  it.each([
    ['{"a":}', 5],
    ['{"a":1', 6],
    ['{"a" 1}', 5],
    ['{"a":1,}', 7],
    ['[1,2 3]', 5],
    ['', 0],
    ['   ', 3],
    ['{"a":tru}', 8],
    ['{"a":"x\n"}', 7],
    ['{"a":"\\q"}', 7],
    ['{"a":"\\u12g4"}', 10],
    ['[01]', 2],
    ['[1.]', 2],
    ['{} {}', 3],
    ["{'a':1}", 1],
    ['[1,]', 3],
    ['{"a":"open', 10],
  ])('finds the error in %j at %i', (text, expected) => {
    expect(offsetOf(text)).toBe(expected);
  });
});

describe('positionOf', () => {
  it('counts lines and columns from 1', () => {
    const text = '{\n  "a": 1,\n  "b": ]\n}';
    expect(positionOf(text, 0)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(positionOf(text, text.indexOf(']'))).toEqual({ offset: 19, line: 3, column: 8 });
  });
});

describe('locateJsonError', () => {
  it('locates what JSON.parse rejected', () => {
    const text = '[\n1,\n2 3]';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(locateJsonError(text, error)).toEqual({ offset: 7, line: 3, column: 3 });
    expect(describeJsonErrorAt(text, 7)).toBe("unexpected '3'");
    expect(describeJsonErrorAt(text, text.length)).toBe('unexpected end of the file');
  });
});
