/**
 * The generic mapping between dataset objects and rows: a column `snake_case` mirrors the
 * field `snakeCase`, unless renamed; context columns (plan id, version, line number, parent
 * key) are given by the caller.
 */
import type { ColumnSpec, TableSpec } from './schema';
import { fromSql, showValue, SqlValueError, toSql, type Row, type SqlValue } from './values';

export function fieldOf(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

export interface MappingOptions {
  /** Column → field where the field is not the camelCase of the column. */
  rename?: Readonly<Record<string, string>>;
}

const fieldCache = new WeakMap<TableSpec, string[]>();

/** The field of each column of `spec` (cached: rows are mapped by the million). */
export function fieldsOf(spec: TableSpec, options: MappingOptions): string[] {
  if (options.rename) {
    return spec.columns.map((c) => options.rename?.[c.name] ?? fieldOf(c.name));
  }
  let fields = fieldCache.get(spec);
  if (!fields) {
    fields = spec.columns.map((c) => fieldOf(c.name));
    fieldCache.set(spec, fields);
  }
  return fields;
}

/** One row of `spec` from an object; `context` gives the columns the object has no field for. */
export function objectToRow(
  spec: TableSpec,
  object: object,
  context: Readonly<Record<string, SqlValue>> = {},
  options: MappingOptions = {},
): Row {
  const source = object as Record<string, unknown>;
  const fields = fieldsOf(spec, options);
  const row: Row = {};
  const columns = spec.columns;
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const fromContext = context[column.name];
    row[column.name] =
      fromContext !== undefined
        ? sqlValueOf(spec, i, fromContext, source)
        : sqlValueOf(spec, i, source[fields[i]!], source);
  }
  return row;
}

/**
 * The value of column `index` of `spec` for an object's field value, checked against the
 * column; an error names the table, the column and the object's row.
 */
export function sqlValueOf(
  spec: TableSpec,
  index: number,
  value: unknown,
  source: Readonly<Record<string, unknown>>,
): SqlValue {
  try {
    return toSql(value, spec.columns[index]!);
  } catch (error) {
    throw new Error(
      `${spec.versionOf ?? spec.name}: ${(error as Error).message} (row ${describe(source)})`,
    );
  }
}

/**
 * The row of `spec` as messages name it: its primary key values (without one, those of its
 * first index, or its first column), quoted and shortened; NULL where one is missing.
 */
export function describeRow(spec: TableSpec, row: Readonly<Record<string, unknown>>): string {
  const key = spec.primaryKey ?? spec.indexes?.[0]?.columns ?? [spec.columns[0]?.name ?? ''];
  const values = key.map((column) => {
    const value = row[column];
    if (value === null || value === undefined) return 'NULL';
    return showValue(typeof value === 'string' ? value : JSON.stringify(value));
  });
  return `${spec.name} row ${values.join(' / ')}`;
}

/** Column `column` of a row of `spec`, read as its type; an error names table, row and column. */
export function readColumn(
  spec: TableSpec,
  row: Readonly<Record<string, unknown>>,
  column: ColumnSpec,
): string | number | boolean | undefined {
  try {
    return fromSql(row[column.name], column);
  } catch (error) {
    if (!(error instanceof SqlValueError)) throw error;
    throw new UnreadableRowError(spec.name, describeRow(spec, row), error.column, error.detail);
  }
}

/** A row of an ERP table with a value that cannot be read: names the table, row and column. */
export class UnreadableRowError extends Error {
  constructor(
    readonly table: string,
    /** `<table> row <key>`. */
    readonly row: string,
    readonly column: string,
    readonly detail: string,
  ) {
    super(`${row}: column '${column}' ${detail}`);
    this.name = 'UnreadableRowError';
  }
}

/** The object of one row of `spec`, leaving out `skip` columns and null values. */
export function rowToObject(
  spec: TableSpec,
  row: Readonly<Record<string, unknown>>,
  skip: ReadonlySet<string> = new Set(),
  options: MappingOptions = {},
): Record<string, string | number | boolean> {
  const object: Record<string, string | number | boolean> = {};
  for (const column of spec.columns) {
    if (skip.has(column.name)) continue;
    const value = readColumn(spec, row, column);
    if (value !== undefined) object[options.rename?.[column.name] ?? fieldOf(column.name)] = value;
  }
  return object;
}

function describe(object: Readonly<Record<string, unknown>>): string {
  const key = object.id ?? object.item;
  return typeof key === 'string' ? key : JSON.stringify(object).slice(0, 200);
}
