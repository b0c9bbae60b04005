/**
 * The generic mapping between dataset objects and rows: a column `snake_case` mirrors the
 * field `snakeCase`, unless renamed; context columns (plan id, version, line number, parent
 * key) are given by the caller.
 */
import type { TableSpec } from './schema';
import { fromSql, toSql, type Row, type SqlValue } from './values';

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
    const value = fromSql(row[column.name], column);
    if (value !== undefined) object[options.rename?.[column.name] ?? fieldOf(column.name)] = value;
  }
  return object;
}

function describe(object: Readonly<Record<string, unknown>>): string {
  const key = object.id ?? object.item;
  return typeof key === 'string' ? key : JSON.stringify(object).slice(0, 200);
}
