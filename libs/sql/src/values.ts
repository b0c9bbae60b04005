/**
 * Converting between dataset values and SQL column values, the same way on every dialect.
 */
import type { ColumnSpec, ColumnType } from './schema';

/** A value as bound to a column. Dates are `YYYY-MM-DD` strings. */
export type SqlValue = string | number | boolean | null;
/** One row for a table: column name → value. */
export type Row = Record<string, SqlValue>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

const show = (value: unknown): string =>
  typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A DATE column value as `YYYY-MM-DD`, without any time-zone shift. */
export function toIsoDate(value: unknown, column: string): string {
  if (typeof value === 'string' && ISO_DATE.test(value)) return value.slice(0, 10);
  if (value instanceof Date) {
    // Drivers that parse DATE into a Date (pg, mysql2) make it local midnight.
    return `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  if (typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  throw new Error(`column ${column}: not a date: ${show(value)}`);
}

function toNumber(value: unknown, column: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'boolean' || value === '' || !Number.isFinite(n)) {
    throw new Error(`column ${column}: not a number: ${show(value)}`);
  }
  return n;
}

function toBoolean(value: unknown, column: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 't' || value === 'true') return true;
  if (value === 0 || value === '0' || value === 'f' || value === 'false') return false;
  throw new Error(`column ${column}: not a boolean: ${show(value)}`);
}

/** A value read from a column, as the dataset wants it; null and undefined stay undefined. */
export function fromSql(value: unknown, column: ColumnSpec): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  const type: ColumnType = column.type;
  switch (type) {
    case 'string':
    case 'text':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' || typeof value === 'bigint') return String(value);
      throw new Error(`column ${column.name}: not a string: ${show(value)}`);
    case 'integer':
    case 'float':
      return toNumber(value, column.name);
    case 'boolean':
      return toBoolean(value, column.name);
    case 'date':
      return toIsoDate(value, column.name);
  }
}

/** A dataset value as bound to a column; undefined becomes null. */
export function toSql(value: unknown, column: ColumnSpec): SqlValue {
  if (value === null || value === undefined) {
    if (!column.nullable) throw new Error(`column ${column.name}: a value is required`);
    return null;
  }
  switch (column.type) {
    case 'string':
    case 'text':
      if (typeof value !== 'string') throw new Error(`column ${column.name}: not a string`);
      if (column.length !== undefined && value.length > column.length) {
        throw new Error(`column ${column.name}: longer than ${column.length}: ${value}`);
      }
      return value;
    case 'integer':
    case 'float':
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new Error(`column ${column.name}: not a finite number: ${show(value)}`);
      }
      return value;
    case 'boolean':
      if (typeof value !== 'boolean') throw new Error(`column ${column.name}: not a boolean`);
      return value;
    case 'date':
      if (typeof value !== 'string' || !ISO_DATE.test(value)) {
        throw new Error(`column ${column.name}: not a YYYY-MM-DD date: ${show(value)}`);
      }
      return value.slice(0, 10);
  }
}
