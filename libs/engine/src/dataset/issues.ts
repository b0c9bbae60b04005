/**
 * Dataset issues: what validation reports about one input row, and the collector that
 * gathers them. Messages are full sentences naming the entity, the row and the field, so an
 * integrator can find the row in the ERP without reading code.
 */

/** One problem found in a dataset. */
export interface DatasetIssue {
  /** The top-level field the row belongs to: 'demand', 'bomLines', 'plan', 'dataset', … */
  entity: string;
  /** Position of the row in its array, counting from 0. */
  index?: number;
  /** The row's id, or `item@warehouse` for rows without one. */
  id?: string;
  /** The field, with a path for nested values: 'defaults.coverageCode', 'exceptions[2].date'. */
  field?: string;
  /** A full sentence, e.g. "demand 'SO-7' (row 3): field 'item' refers to unknown item 'X-9'". */
  message: string;
}

/**
 * Where the row being checked is. One object per entity is reused from row to row, so a row
 * that passes allocates nothing for its location.
 */
export interface IssueLocation {
  entity: string;
  index: number | undefined;
  id: string | undefined;
  /** Prepended to field names of nested objects: 'defaults.', 'periods[1].'. */
  prefix: string;
}

/** Errors (and warnings) listed before the rest are only counted. */
export const MAX_LISTED_ISSUES = 1000;

const MAX_SHOWN_CHARS = 60;

/** A value as a message shows it: strings quoted and shortened, other types named. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return Array.isArray(value) ? 'an array' : 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/** A string in single quotes, shortened when long. */
export function quote(text: string): string {
  return text.length > MAX_SHOWN_CHARS ? `'${text.slice(0, MAX_SHOWN_CHARS)}…'` : `'${text}'`;
}

/** "demand 'SO-7' (row 3)", "demand row 3", "plan 'P1'" or "dataset". */
export function describeLocation(entity: string, index?: number, id?: string): string {
  if (id !== undefined) {
    return index === undefined ? `${entity} ${quote(id)}` : `${entity} ${quote(id)} (row ${index})`;
  }
  return index === undefined ? entity : `${entity} row ${index}`;
}

function sentence(
  entity: string,
  index: number | undefined,
  id: string | undefined,
  field: string | undefined,
  detail: string,
): string {
  const where = describeLocation(entity, index, id);
  return field === undefined ? `${where}: ${detail}` : `${where}: field '${field}' ${detail}`;
}

/**
 * An issue as one line of text. Issues made by the validator already carry the full
 * sentence; an issue made elsewhere with only the detail in `message` ("is required") gets
 * its location and field put in front.
 */
export function formatIssue(issue: DatasetIssue): string {
  const where = describeLocation(issue.entity, issue.index, issue.id);
  if (issue.message.startsWith(`${where}:`) || issue.message === where) return issue.message;
  return sentence(issue.entity, issue.index, issue.id, issue.field, issue.message);
}

function makeIssue(
  entity: string,
  index: number | undefined,
  id: string | undefined,
  field: string | undefined,
  detail: string,
): DatasetIssue {
  const issue: DatasetIssue = { entity, message: sentence(entity, index, id, field, detail) };
  if (index !== undefined) issue.index = index;
  if (id !== undefined) issue.id = id;
  if (field !== undefined) issue.field = field;
  return issue;
}

/** Gathers errors and warnings; lists the first {@link MAX_LISTED_ISSUES} of each and counts the rest. */
export class IssueCollector {
  readonly errors: DatasetIssue[] = [];
  readonly warnings: DatasetIssue[] = [];
  private errorTotal = 0;
  private warningTotal = 0;

  constructor(private readonly limit: number = MAX_LISTED_ISSUES) {}

  get errorCount(): number {
    return this.errorTotal;
  }

  /** An error about a field (or the whole row when `field` is undefined) of the row at `loc`. */
  error(loc: IssueLocation, field: string | undefined, detail: string): void {
    this.errorTotal++;
    if (this.errors.length < this.limit) {
      this.errors.push(makeIssue(loc.entity, loc.index, loc.id, withPrefix(loc, field), detail));
    }
  }

  warning(loc: IssueLocation, field: string | undefined, detail: string): void {
    this.warningTotal++;
    if (this.warnings.length < this.limit) {
      this.warnings.push(makeIssue(loc.entity, loc.index, loc.id, withPrefix(loc, field), detail));
    }
  }

  /** Appends, to each list that overflowed, a last issue saying how many were left out. */
  finish(): void {
    const moreErrors = this.errorTotal - this.errors.length;
    if (moreErrors > 0) this.errors.push(suppressed(moreErrors, 'errors', this.limit));
    const moreWarnings = this.warningTotal - this.warnings.length;
    if (moreWarnings > 0) this.warnings.push(suppressed(moreWarnings, 'warnings', this.limit));
  }
}

function withPrefix(loc: IssueLocation, field: string | undefined): string | undefined {
  return field === undefined || loc.prefix === '' ? field : loc.prefix + field;
}

function suppressed(count: number, kind: 'errors' | 'warnings', limit: number): DatasetIssue {
  return {
    entity: 'dataset',
    message: `dataset: ${count} more ${kind} were suppressed (only the first ${limit} are listed)`,
  };
}
