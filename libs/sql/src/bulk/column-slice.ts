/**
 * Result batches held as columns (ResultColumnBatch), written as rows of a table without a
 * row object: each column of the table gets a cell reader over the batch's arrays, checked
 * as objectToRow checks an object's values (required values, text lengths, finite numbers),
 * and the bulk writers read the cells row by row into their own format.
 */
import { toIso, type ColumnValues, type ResultColumnBatch } from '@replan/engine';

import { fieldsOf } from '../mapping';
import type { ColumnSpec, TableSpec } from '../schema';
import type { Row, SqlValue } from '../values';

/**
 * A batch of columns to write as rows of a table: each column from the batch's field of the
 * same name in camelCase, except the `context` columns (the same for every row) and, when
 * `firstLine` is given, `line_no` (numbered from it).
 */
export interface ColumnSlice {
  batch: ResultColumnBatch;
  context: Readonly<Record<string, SqlValue>>;
  firstLine?: number;
}

export function isColumnSlice(slice: object): slice is ColumnSlice {
  return 'batch' in slice;
}

/** A column's value in row `row` of the slice. */
export type Cell = (row: number) => SqlValue;

const isoDays = new Map<number, string>();

/** A day number as `YYYY-MM-DD`, memoised (a result has a few thousand distinct days). */
function isoOf(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = toIso(day);
    if (isoDays.size > 100_000) isoDays.clear();
    isoDays.set(day, iso);
  }
  return iso;
}

/** The cell reader of one table column over one batch column. */
function cellOf(
  values: ColumnValues,
  column: ColumnSpec,
  fail: (row: number, detail: string) => never,
): Cell {
  const absent = (row: number): null => {
    if (column.nullable) return null;
    return fail(row, 'a value is required');
  };
  const limit = column.length;
  const checked = (row: number, value: string): string =>
    limit !== undefined && value.length > limit
      ? fail(row, `longer than ${limit}: '${value.slice(0, 60)}'`)
      : value;
  switch (values.kind) {
    case 'text': {
      const v = values.values;
      return (row) => checked(row, v[row] ?? '');
    }
    case 'ref': {
      const { refs, dictionary } = values;
      return (row) => {
        const r = refs[row] ?? 0;
        const value = r === 0 ? undefined : dictionary[r];
        return value === undefined ? absent(row) : checked(row, value);
      };
    }
    case 'number': {
      const v = values.values;
      return (row) => {
        const n = v[row] ?? Number.NaN;
        return Number.isFinite(n) ? n : fail(row, `not a finite number: ${n}`);
      };
    }
    case 'day': {
      const v = values.values;
      return (row) => isoOf(v[row] ?? 0);
    }
    case 'bool': {
      const v = values.values;
      return (row) => Boolean(v[row]);
    }
    case 'name': {
      const { names } = values;
      const v = values.values;
      return (row) => {
        const name = names[v[row] ?? 0];
        return name === undefined ? absent(row) : checked(row, name);
      };
    }
  }
}

/**
 * The cell readers of every column of `table` for a slice, in the table's column order. A
 * bad value throws an error naming the table, the column and the row.
 */
export function columnCells(table: TableSpec, slice: ColumnSlice): Cell[] {
  const fields = fieldsOf(table, {});
  const { batch } = slice;
  const lineColumn =
    slice.firstLine === undefined ? -1 : table.columns.findIndex((c) => c.name === 'line_no');
  return table.columns.map((column, i): Cell => {
    const fail = (row: number, detail: string): never => {
      throw new Error(
        `${table.versionOf ?? table.name}: column ${column.name}: ${detail} ` +
          `(row ${row} of ${batch.list} batch)`,
      );
    };
    if (i === lineColumn) {
      const first = slice.firstLine ?? 0;
      return (row) => first + row;
    }
    const fixed = slice.context[column.name];
    if (fixed !== undefined) return () => fixed;
    const values = batch.columns[fields[i] ?? ''];
    if (values === undefined) {
      if (column.nullable) return () => null;
      throw new Error(
        `${table.versionOf ?? table.name}: column ${column.name}: the ${batch.list} batch ` +
          `has no ${fields[i] ?? ''} column`,
      );
    }
    return cellOf(values, column, fail);
  });
}

/** A column slice as rows (for the writers without a path of their own for columns). */
export function* columnSliceRows(table: TableSpec, slice: ColumnSlice): Generator<Row> {
  const cells = columnCells(table, slice);
  const names = table.columns.map((c) => c.name);
  for (let row = 0; row < slice.batch.size; row++) {
    const out: Row = {};
    for (let i = 0; i < cells.length; i++) out[names[i] ?? ''] = (cells[i] as Cell)(row);
    yield out;
  }
}
