/**
 * A result batch as its reader holds it once decoded: one array per field, by the field
 * names of the list's rows, without a row object. The writer turns such batches straight
 * into its bulk format (COPY text, a prepared statement's values).
 */
import type { ResultListName } from './to-result';

/** How a column's values are read; `row` indexes the arrays. */
export type ColumnValues =
  /** Strings in place. */
  | { kind: 'text'; values: readonly string[] }
  /** References into `dictionary`; 0 is absent. */
  | { kind: 'ref'; refs: ArrayLike<number>; dictionary: readonly string[] }
  | { kind: 'number'; values: ArrayLike<number> }
  /** Day numbers (days since 1970-01-01). */
  | { kind: 'day'; values: ArrayLike<number> }
  | { kind: 'bool'; values: ArrayLike<boolean | number> }
  /** Indexes into `names`; an index whose name is undefined is absent. */
  | { kind: 'name'; values: ArrayLike<number>; names: readonly (string | undefined)[] };

/** One batch of a result list as columns (checked by the decoder: lengths, references). */
export interface ResultColumnBatch {
  list: ResultListName;
  /** Rows in the batch. */
  size: number;
  /** By the field name of the list's rows (`id`, `item`, `receiptDate`, …). */
  columns: Readonly<Record<string, ColumnValues>>;
}
