import { findDuplicates } from './duplicates';

function duplicatesOf(keys: (string | undefined)[]): [number, number][] {
  const found: [number, number][] = [];
  findDuplicates(
    keys.length,
    (row) => keys[row],
    (row, first) => found.push([row, first]),
  );
  return found;
}

describe('findDuplicates', () => {
  it('reports each repeat with the first row of its key, in row order', () => {
    expect(duplicatesOf(['a', 'b', 'a', undefined, 'b', 'a', undefined])).toEqual([
      [2, 0],
      [4, 1],
      [5, 0],
    ]);
  });

  it('reports nothing when keys are unique', () => {
    expect(duplicatesOf(['a', 'b', 'c'])).toEqual([]);
    expect(duplicatesOf([])).toEqual([]);
  });

  it('finds repeats among enough rows to be split into hash groups', () => {
    const keys = Array.from({ length: 50_000 }, (_, n) => `SO-${n}`);
    keys[40_000] = 'SO-7';
    keys[49_999] = 'SO-123';
    keys[45_000] = 'SO-7';
    expect(duplicatesOf(keys)).toEqual([
      [40_000, 7],
      [45_000, 7],
      [49_999, 123],
    ]);
  });
});
