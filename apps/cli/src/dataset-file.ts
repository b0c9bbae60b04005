/**
 * Reading a dataset file: a size check before anything is read, then the JSON parse with
 * a message naming the file and the position of a syntax error.
 */
import { readFile, stat } from 'node:fs/promises';
import { CliError, messageOf } from './exit-codes';
import { describeFsError } from './fs-error';
import { formatBytes } from './format';
import { describeJsonErrorAt, locateJsonError } from './json-error';

/**
 * Largest dataset file read as one JSON document. V8 strings max out near 512 MB (2^29
 * characters), and the parsed rows need several times the text's size again.
 */
export const MAX_DATASET_BYTES = 400 * 1024 * 1024;

/** Reads and parses a JSON file; throws a `CliError` (exit 2) when that is not possible. */
export async function readJsonFile(
  path: string,
  maxBytes: number = MAX_DATASET_BYTES,
): Promise<unknown> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new CliError(`dataset '${path}' is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot read dataset file '${path}': ${describeFsError(error)}`);
  }
  if (size > maxBytes) {
    throw new CliError(
      `dataset file '${path}' is ${formatBytes(size)}, too large to read as one JSON document ` +
        `(the limit is ${formatBytes(maxBytes)}; a JavaScript string holds at most about 512 MB). ` +
        'Plan data of this size through the database pipeline (connector, engine and writer ' +
        'workers), or generate or export a smaller dataset.',
    );
  }
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read dataset file '${path}': ${describeFsError(error)}`);
  }
  // Editors on Windows may start a UTF-8 file with a byte order mark; JSON.parse rejects it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const where = locateJsonError(text, error);
    if (where === undefined) {
      throw new CliError(`dataset file '${path}' is not valid JSON: ${messageOf(error)}`);
    }
    throw new CliError(
      `dataset file '${path}' is not valid JSON: ${describeJsonErrorAt(text, where.offset)} ` +
        `at line ${where.line}, column ${where.column} (offset ${where.offset})`,
    );
  }
}
