/**
 * Converting between dataset values and SQL column values, the same way on every dialect.
 */
import { parseDay } from '@replan/engine';

import type { ColumnSpec, ColumnType } from './schema';

/** A value as bound to a column. Dates are `YYYY-MM-DD` strings. */
export type SqlValue = string | number | boolean | null;
/** One row for a table: column name → value. */
export type Row = Record<string, SqlValue>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;

/** Most characters of a value a message shows. */
const SHOWN_CHARS = 60;

/** A value as a message shows it: quoted when text, shortened when long. */
export function showValue(value: unknown): string {
  const text =
    typeof value === 'string'
      ? `'${value}'`
      : typeof value === 'object' && value !== null && !(value instanceof Date)
        ? JSON.stringify(value)
        : String(value);
  return text.length > SHOWN_CHARS
    ? `${text.slice(0, SHOWN_CHARS)}… (${text.length} characters)`
    : text;
}

const show = showValue;

/** A column value that cannot be read as its column's type; `detail` says why. */
export class SqlValueError extends Error {
  constructor(
    readonly column: string,
    readonly detail: string,
  ) {
    super(`column ${column}: ${detail}`);
    this.name = 'SqlValueError';
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** A DATE column value as `YYYY-MM-DD`, without any time-zone shift; a real date or an error. */
export function toIsoDate(value: unknown, column: string): string {
  let iso: string | undefined;
  if (typeof value === 'string' && ISO_DATE.test(value)) iso = value.slice(0, 10);
  else if (value instanceof Date && Number.isFinite(value.getTime())) {
    // Drivers that parse DATE into a Date (pg, mysql2) make it local midnight.
    iso = `${pad(value.getFullYear(), 4)}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  } else if (typeof value === 'number' && Number.isFinite(new Date(value).getTime())) {
    iso = new Date(value).toISOString().slice(0, 10);
  }
  if (iso !== undefined && parseDay(iso) !== undefined) return iso;
  throw new SqlValueError(column, `is not a real date (YYYY-MM-DD): ${show(value)}`);
}

function toNumber(value: unknown, column: string): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (typeof value === 'boolean' || value === '' || !Number.isFinite(n)) {
    throw new SqlValueError(column, `is not a finite number: ${show(value)}`);
  }
  return n;
}

function toBoolean(value: unknown, column: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === 1 || value === '1' || value === 't' || value === 'true') return true;
  if (value === 0 || value === '0' || value === 'f' || value === 'false') return false;
  throw new SqlValueError(column, `is not a boolean: ${show(value)}`);
}

function toText(value: unknown, column: ColumnSpec): string {
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'bigint'
        ? String(value)
        : undefined;
  if (text === undefined) throw new SqlValueError(column.name, `is not text: ${show(value)}`);
  if (column.length !== undefined && text.length > column.length) {
    throw new SqlValueError(
      column.name,
      `is ${text.length} characters long, more than the ${column.length} it may have: ${show(text)}`,
    );
  }
  return text;
}

/**
 * A value read from a column, as the dataset wants it; null and undefined stay undefined
 * where the column may be NULL. A value that cannot be read throws a SqlValueError.
 */
export function fromSql(value: unknown, column: ColumnSpec): string | number | boolean | undefined {
  if (value === null || value === undefined) {
    if (column.nullable) return undefined;
    throw new SqlValueError(column.name, 'is NULL, but a value is required');
  }
  const type: ColumnType = column.type;
  switch (type) {
    case 'string':
    case 'text':
      return toText(value, column);
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
        throw new Error(`column ${column.name}: longer than ${column.length}: ${show(value)}`);
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
