/**
 * Reading rows with `COPY (SELECT …) TO STDOUT` on PostgreSQL: the database's fastest way
 * out, several times quicker than a cursor (pg-query-stream) for the snapshot's big tables.
 * Rows come as COPY text (columns by tab, rows by newline, `\N` for NULL, backslash
 * escapes), parsed here into column-name → text values that `fromSql` reads.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Knex } from 'knex';
import type { PoolClient } from 'pg';
import { to as copyTo } from 'pg-copy-streams';

const ESCAPES: Readonly<Record<string, string>> = {
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\\': '\\',
};

/** One COPY text field: `\N` is NULL; backslash escapes (and octal `\ooo`) are undone. */
export function copyField(text: string): string | null {
  if (text === '\\N') return null;
  if (!text.includes('\\')) return text;
  return text.replace(/\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/g, (_, code: string) => {
    if (code.length > 1 || /[0-7]/.test(code)) {
      return String.fromCharCode(code[0] === 'x' ? parseInt(code.slice(1), 16) : parseInt(code, 8));
    }
    return ESCAPES[code] ?? code;
  });
}

/**
 * Streams the rows of `query` (a knex query on a PostgreSQL connection) through COPY, as
 * objects keyed by `columns` in select order. Runs on the transaction's own connection
 * when `knex` is a transaction (so it reads in the transaction's snapshot), else on a
 * pooled connection released at the end.
 */
export async function* copyRows(
  knex: Knex,
  query: Knex.QueryBuilder,
  columns: readonly string[],
): AsyncGenerator<Record<string, string | null>> {
  // COPY takes no bind parameters: knex inlines the values, escaped for PostgreSQL.
  const sql = `COPY (${query.toQuery()}) TO STDOUT`;
  const client = knex.client as {
    acquireConnection(): Promise<unknown>;
    releaseConnection(connection: unknown): Promise<unknown>;
  };
  const connection = (await client.acquireConnection()) as PoolClient;
  const stream = connection.query(copyTo(sql));
  // Iterated by hand, not with for-await: leaving a for-await early would destroy the
  // stream while the server is still sending, and leave the connection mid-COPY.
  const chunks = (stream as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
  const decoder = new StringDecoder('utf8');
  let rest = '';
  let ended = false;
  try {
    for (;;) {
      const next = await chunks.next();
      if (next.done === true) break;
      const text = rest + decoder.write(next.value);
      let start = 0;
      for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
        yield rowOf(text.slice(start, end), columns);
        start = end + 1;
      }
      rest = text.slice(start);
    }
    ended = true;
    rest += decoder.end();
    if (rest !== '') yield rowOf(rest, columns);
  } finally {
    // A reader that stopped early: read the COPY to its end, so the connection goes back
    // to its pool (or transaction) ready for the next statement.
    if (!ended) {
      try {
        while ((await chunks.next()).done !== true);
      } catch {
        // The COPY failed: the connection has left COPY mode with the error.
      }
    }
    // A transaction's connection stays with the transaction.
    if (knex.isTransaction !== true) await client.releaseConnection(connection);
  }
}

function rowOf(line: string, columns: readonly string[]): Record<string, string | null> {
  const fields = line.split('\t');
  const row: Record<string, string | null> = {};
  for (let i = 0; i < columns.length; i++) row[columns[i]!] = copyField(fields[i] ?? '\\N');
  return row;
}
