/**
 * Paged lists of the workbench: an offset and a limit, one row more read than shown to
 * tell whether another page follows (a count of millions of rows would cost more than the
 * page itself).
 */
import type { Knex } from 'knex';

import { rowToObject } from '../mapping';
import type { TableSpec } from '../schema';

export interface PageRequest {
  /** Rows to skip (default 0). */
  offset?: number;
  /** Rows to return (default 50, at most MAX_PAGE_ROWS). */
  limit?: number;
}

export interface Page<T> {
  rows: T[];
  offset: number;
  limit: number;
  /** Another page follows. */
  hasMore: boolean;
}

export const DEFAULT_PAGE_ROWS = 50;
export const MAX_PAGE_ROWS = 500;

/** The offset and limit of a request, checked (a RangeError names the bad one). */
export function pageBounds(request: PageRequest = {}): { offset: number; limit: number } {
  const offset = request.offset ?? 0;
  const limit = request.limit ?? DEFAULT_PAGE_ROWS;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new RangeError(`offset must be a whole number ≥ 0, got ${offset}`);
  }
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PAGE_ROWS) {
    throw new RangeError(`limit must be a whole number from 1 to ${MAX_PAGE_ROWS}, got ${limit}`);
  }
  return { offset, limit };
}

/** Reads one page of an ordered query, mapping its rows with `map`. */
export async function readPage<T>(
  query: Knex.QueryBuilder,
  request: PageRequest,
  map: (row: Record<string, unknown>) => T,
): Promise<Page<T>> {
  const { offset, limit } = pageBounds(request);
  const rows = (await query.offset(offset).limit(limit + 1)) as Record<string, unknown>[];
  return {
    rows: rows.slice(0, limit).map(map),
    offset,
    limit,
    hasMore: rows.length > limit,
  };
}

const VERSION_COLUMNS = new Set(['plan_id', 'plan_version', 'line_no']);

/** The object of a result row (without its plan, version and line number). */
export function resultObject<T>(table: TableSpec): (row: Record<string, unknown>) => T {
  return (row) => rowToObject(table, row, VERSION_COLUMNS) as unknown as T;
}

/** Ids in groups small enough for an IN list on every dialect (SQL Server: 2,100 parameters). */
export function* idGroups<T>(ids: readonly T[], size = 1000): Generator<T[]> {
  for (let at = 0; at < ids.length; at += size) yield ids.slice(at, at + size);
}
