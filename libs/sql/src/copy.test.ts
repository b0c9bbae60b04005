import { COPY_CHUNK_ROWS, PEGGING, chunks, copyLines, copyText } from './index';

describe('COPY text format', () => {
  it('escapes backslash, tab, newline and carriage return, and writes NULL as \\N', () => {
    expect(copyText(null)).toBe('\\N');
    expect(copyText('a\\b\tc\nd\re')).toBe('a\\\\b\\tc\\nd\\re');
    expect(copyText('\\N')).toBe('\\\\N');
    expect(copyText(true)).toBe('t');
    expect(copyText(false)).toBe('f');
    expect(copyText(0.125)).toBe('0.125');
    expect(copyText('2026-03-02')).toBe('2026-03-02');
  });

  it('writes one line per row in column order', () => {
    const row = {
      plan_id: 'P',
      plan_version: 1,
      line_no: 0,
      receipt_kind: 'onHand',
      receipt_id: 'A@MAIN',
      issue_kind: 'demand',
      issue_id: 'SO\t1',
      issue_order_id: null,
      item: 'A',
      warehouse: 'MAIN',
      quantity: 2.5,
    };
    expect(copyLines(PEGGING.columns, [row, row])).toBe(
      'P\t1\t0\tonHand\tA@MAIN\tdemand\tSO\\t1\t\\N\tA\tMAIN\t2.5\n'.repeat(2),
    );
  });

  it('groups rows into chunks', () => {
    expect([...chunks([1, 2, 3, 4, 5], 2)]).toEqual([[1, 2], [3, 4], [5]]);
    expect([...chunks([], 2)]).toEqual([]);
    expect(COPY_CHUNK_ROWS).toBeGreaterThanOrEqual(1000);
  });
});
