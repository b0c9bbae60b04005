import { COPY_CHUNK_ROWS, PEGGING, chunks, copyLines, copyText, objectCopyLines } from './index';
import { copyField } from './bulk/pg-copy-out';
import { objectToRow } from './mapping';

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

describe('objectCopyLines', () => {
  const peg = {
    receiptKind: 'onHand',
    receiptId: 'A@MAIN',
    issueKind: 'demand',
    issueId: 'SO\t1',
    item: 'A',
    warehouse: 'MAIN',
    quantity: 2.5,
  };

  it('writes objects as the lines their rows would make, numbering line_no from firstLine', () => {
    // The context gives plan_id and plan_version; line_no counts from 7; the absent
    // issueOrderId is NULL; the tab in the issue id is escaped.
    const text = objectCopyLines(PEGGING, {
      objects: [peg, { ...peg, quantity: 1 }],
      context: { plan_id: 'P', plan_version: 2 },
      firstLine: 7,
    });
    expect(text).toBe(
      'P\t2\t7\tonHand\tA@MAIN\tdemand\tSO\\t1\t\\N\tA\tMAIN\t2.5\n' +
        'P\t2\t8\tonHand\tA@MAIN\tdemand\tSO\\t1\t\\N\tA\tMAIN\t1\n',
    );
    const rows = [peg, { ...peg, quantity: 1 }].map((o, i) =>
      objectToRow(PEGGING, o, { plan_id: 'P', plan_version: 2, line_no: 7 + i }),
    );
    expect(text).toBe(copyLines(PEGGING.columns, rows));
  });

  it('checks each value as objectToRow does, naming the table, column and row', () => {
    const bad = { ...peg, quantity: Number.NaN };
    const slice = { objects: [bad], context: { plan_id: 'P', plan_version: 1 }, firstLine: 0 };
    expect(() => objectCopyLines(PEGGING, slice)).toThrow(
      'replan_pegging: column quantity: not a finite number: NaN (row A)',
    );
    expect(() => objectToRow(PEGGING, bad, { plan_id: 'P', plan_version: 1, line_no: 0 })).toThrow(
      'replan_pegging: column quantity: not a finite number: NaN (row A)',
    );
  });
});

describe('copyField (COPY TO text)', () => {
  it('reads NULL, the backslash escapes and octal escapes back', () => {
    expect(copyField('\\N')).toBeNull();
    expect(copyField('plain')).toBe('plain');
    // What copyText writes comes back as it was.
    for (const value of ['a\\b\tc\nd\re', '\\N', 'x\\', '2026-03-02']) {
      expect(copyField(copyText(value))).toBe(value);
    }
    expect(copyField('a\\011b')).toBe('a\tb');
    expect(copyField('\\x41')).toBe('A');
  });
});
