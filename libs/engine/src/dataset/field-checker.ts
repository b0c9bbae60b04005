/**
 * Field checks for dataset rows. Each check reads one field of the row at the checker's
 * current location, reports what is wrong with it and returns the value when it is usable.
 * Checking a valid row allocates nothing: the location object is reused and date strings
 * are parsed once per distinct value.
 */
import { parseDay } from '../calendar/day';
import { dayCountProblem, quantityProblem } from './bounds';
import { describeValue, quote, type IssueCollector, type IssueLocation } from './issues';

/** The ids of a table that other rows refer to. */
export interface IdLookup {
  has(id: string): boolean;
}

/** A dataset row as read from JSON, before its fields are known to be right. */
export type Row = Record<string, unknown>;

const DATE_CACHE_LIMIT = 1 << 20;

function isArray(value: unknown): value is unknown[] {
  return Array.isArray(value);
}

export function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An enumeration: its values, and how messages list them. */
export interface Choice<T extends string> {
  values: ReadonlySet<T>;
  list: string;
}

export function choice<T extends string>(...values: T[]): Choice<T> {
  return { values: new Set(values), list: values.map((v) => `'${v}'`).join(', ') };
}

function isChoice<T extends string>(allowed: Choice<T>, value: string): value is T {
  const values: ReadonlySet<string> = allowed.values;
  return values.has(value);
}

/** Unknown fields, gathered per entity and field so a typo on a million rows is one warning. */
interface UnknownField {
  entity: string;
  field: string;
  rows: number;
  firstIndex: number | undefined;
  firstId: string | undefined;
}

export class FieldChecker {
  /** The row being checked; callers update it in place. */
  readonly loc: IssueLocation = { entity: 'dataset', index: undefined, id: undefined, prefix: '' };
  private readonly dayCache = new Map<string, number | null>();
  private readonly unknown = new Map<string, UnknownField>();

  constructor(readonly issues: IssueCollector) {}

  /** Points the location at row `index` of `entity`, id not yet known. */
  at(entity: string, index: number | undefined, prefix = ''): void {
    const loc = this.loc;
    loc.entity = entity;
    loc.index = index;
    loc.id = undefined;
    loc.prefix = prefix;
  }

  error(field: string | undefined, detail: string): void {
    this.issues.error(this.loc, field, detail);
  }

  warning(field: string | undefined, detail: string): void {
    this.issues.warning(this.loc, field, detail);
  }

  /** A field that must be there: reports it missing and returns false when it is not. */
  private present(value: unknown, field: string, required: boolean): boolean {
    if (value !== undefined) return true;
    if (required) this.error(field, 'is required');
    return false;
  }

  private wrongType(field: string, expected: string, value: unknown): void {
    const hint = value === null ? ' (leave the field out instead of null)' : '';
    this.error(field, `must be ${expected}, got ${describeValue(value)}${hint}`);
  }

  /** An id or reference: a non-empty string. */
  string(row: Row, field: string, required: boolean): string | undefined {
    const value = row[field];
    if (!this.present(value, field, required)) return undefined;
    if (typeof value === 'string' && value.length > 0) return value;
    this.wrongType(field, 'a non-empty string', value);
    return undefined;
  }

  /** Free text such as a name: any string. */
  text(row: Row, field: string): void {
    const value = row[field];
    if (value !== undefined && typeof value !== 'string') this.wrongType(field, 'a string', value);
  }

  boolean(row: Row, field: string, required: boolean): boolean | undefined {
    const value = row[field];
    if (!this.present(value, field, required)) return undefined;
    if (typeof value === 'boolean') return value;
    this.wrongType(field, 'true or false', value);
    return undefined;
  }

  /** Any finite number, negative included. */
  number(row: Row, field: string, required: boolean): number | undefined {
    const value = row[field];
    if (!this.present(value, field, required)) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    if (typeof value === 'number') this.error(field, `must be a finite number, got ${value}`);
    else this.wrongType(field, 'a number', value);
    return undefined;
  }

  /** A number within the quantity bounds (see bounds.ts), negative included. */
  signedQuantity(row: Row, field: string, required: boolean): number | undefined {
    const value = row[field];
    if (!this.present(value, field, required)) return undefined;
    if (typeof value !== 'number') {
      this.wrongType(field, 'a number', value);
      return undefined;
    }
    const problem = quantityProblem(value);
    if (problem === undefined) return value;
    this.error(field, problem);
    return undefined;
  }

  /** A quantity or size: within the quantity bounds, not negative. */
  quantity(row: Row, field: string, required: boolean): number | undefined {
    const value = this.signedQuantity(row, field, required);
    if (value === undefined || value >= 0) return value;
    this.error(field, `must not be negative, got ${value}`);
    return undefined;
  }

  /** A quantity or size greater than zero. */
  positive(row: Row, field: string, required: boolean): number | undefined {
    const value = this.signedQuantity(row, field, required);
    if (value === undefined || value > 0) return value;
    this.error(field, `must be greater than 0, got ${value}`);
    return undefined;
  }

  /** A number within [min, max]. */
  between(
    row: Row,
    field: string,
    required: boolean,
    min: number,
    max: number,
  ): number | undefined {
    const value = this.number(row, field, required);
    if (value === undefined || (value >= min && value <= max)) return value;
    this.error(field, `must be between ${min} and ${max}, got ${value}`);
    return undefined;
  }

  /** A day count (lead time, margin, fence, offset): a whole number of days within the bounds. */
  dayCount(row: Row, field: string, required: boolean): number | undefined {
    const value = row[field];
    if (!this.present(value, field, required)) return undefined;
    if (typeof value !== 'number') {
      this.wrongType(field, 'a whole number of days', value);
      return undefined;
    }
    const problem = dayCountProblem(value);
    if (problem === undefined) return value;
    this.error(field, problem);
    return undefined;
  }

  /** A whole number from 0 to `max` (an operation's sequence number, say). */
  wholeNumber(row: Row, field: string, required: boolean, max: number): number | undefined {
    const value = row[field];
    if (!this.present(value, field, required)) return undefined;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max) {
      return value;
    }
    if (typeof value === 'number') {
      this.error(field, `must be a whole number from 0 to ${max}, got ${value}`);
    } else {
      this.wrongType(field, 'a whole number', value);
    }
    return undefined;
  }

  /** An ISO `YYYY-MM-DD` date that exists in the calendar; returns its day number. */
  date(row: Row, field: string, required: boolean): number | undefined {
    const value = row[field];
    if (!this.present(value, field, required)) return undefined;
    if (typeof value !== 'string') {
      this.wrongType(field, 'a date (YYYY-MM-DD)', value);
      return undefined;
    }
    let day = this.dayCache.get(value);
    if (day === undefined) {
      day = parseDay(value) ?? null;
      if (this.dayCache.size >= DATE_CACHE_LIMIT) this.dayCache.clear();
      this.dayCache.set(value, day);
    }
    if (day !== null) return day;
    this.error(field, `must be a real date in YYYY-MM-DD form, got ${quote(value)}`);
    return undefined;
  }

  /** One of a fixed set of strings. */
  choice<T extends string>(
    row: Row,
    field: string,
    required: boolean,
    allowed: Choice<T>,
  ): T | undefined {
    const value = row[field];
    if (!this.present(value, field, required)) return undefined;
    if (typeof value === 'string' && isChoice(allowed, value)) return value;
    this.error(field, `must be one of ${allowed.list}, got ${describeValue(value)}`);
    return undefined;
  }

  /** An array; returns it, or undefined (reported) when it is something else. */
  array(row: Row, field: string, required: boolean): unknown[] | undefined {
    const value = row[field];
    if (!this.present(value, field, required)) return undefined;
    if (isArray(value)) return value;
    this.wrongType(field, 'an array', value);
    return undefined;
  }

  /** An object; returns it, or undefined (reported) when it is something else. */
  object(row: Row, field: string, required: boolean): Row | undefined {
    const value = row[field];
    if (!this.present(value, field, required)) return undefined;
    if (isRow(value)) return value;
    this.wrongType(field, 'an object', value);
    return undefined;
  }

  /** A reference field: a non-empty string naming a row of `target` (e.g. 'item'). */
  reference(
    row: Row,
    field: string,
    required: boolean,
    ids: IdLookup,
    target: string,
  ): string | undefined {
    const value = this.string(row, field, required);
    if (value === undefined || ids.has(value)) return value;
    this.error(field, `refers to unknown ${target} ${quote(value)}`);
    return undefined;
  }

  /** A reference held in an array element rather than a field of a row. */
  referenceValue(value: unknown, field: string, ids: IdLookup, target: string): string | undefined {
    if (typeof value !== 'string' || value.length === 0) {
      this.wrongType(field, 'a non-empty string', value);
      return undefined;
    }
    if (ids.has(value)) return value;
    this.error(field, `refers to unknown ${target} ${quote(value)}`);
    return undefined;
  }

  /** Notes fields of `row` not in `known`; reported once per entity and field by {@link finish}. */
  unknownFields(row: Row, known: ReadonlySet<string>): void {
    for (const field in row) {
      if (!known.has(field)) this.noteUnknown(field);
    }
  }

  private noteUnknown(field: string): void {
    const loc = this.loc;
    const name = loc.prefix + field;
    const key = `${loc.entity}\u0000${name}`;
    const seen = this.unknown.get(key);
    if (seen !== undefined) {
      seen.rows++;
      return;
    }
    this.unknown.set(key, {
      entity: loc.entity,
      field: name,
      rows: 1,
      firstIndex: loc.index,
      firstId: loc.id,
    });
  }

  /** Reports the unknown fields gathered. */
  finish(): void {
    const loc: IssueLocation = { entity: '', index: undefined, id: undefined, prefix: '' };
    for (const u of this.unknown.values()) {
      loc.entity = u.entity;
      loc.index = u.firstIndex;
      loc.id = u.firstId;
      const others = u.rows - 1;
      const more =
        others > 0 ? ` (and ${others} more ${others === 1 ? 'row' : 'rows'} of ${u.entity})` : '';
      this.issues.warning(loc, u.field, `is not a known field and is ignored${more}`);
    }
  }
}
