/**
 * The names of a plan version's own tables. Each (plan, version) of a result table is stored
 * in a table named `<result table>_p<plan key>_v<version><slot>`: the plan key is the first
 * 12 hex digits of the SHA-1 of the plan id (plan ids are free text, table names are not),
 * and the slot (`a` or `b`) alternates, so the next rows of a version load into a new table
 * while the old one is still read.
 */
import { createHash } from 'node:crypto';

export type Slot = 'a' | 'b';

export const SLOTS: readonly Slot[] = ['a', 'b'];

/** The plan's key in table names. */
export function planKey(planId: string): string {
  return createHash('sha1').update(planId, 'utf8').digest('hex').slice(0, 12);
}

/** The table of `table`'s rows of one (plan, version) in one slot. */
export function versionTableName(
  table: string,
  planId: string,
  version: number,
  slot: Slot,
): string {
  return `${table}_p${planKey(planId)}_v${version}${slot}`;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `name` is a version table of `table` (of any plan, version and slot). */
export function isVersionTableOf(table: string, name: string): boolean {
  return new RegExp(`^${escapeRegExp(table)}_p[0-9a-f]{12}_v[0-9]+[ab]$`).test(name);
}

/** SQLite and SQL Server: the empty table every result view starts from. */
export const emptyTableName = (table: string): string => `${table}_empty`;

/** A string literal: DDL (CHECK constraints, partition bounds) takes no bound parameters. */
export function sqlString(text: string, national = false): string {
  return `${national ? 'N' : ''}'${text.replace(/'/g, "''")}'`;
}
