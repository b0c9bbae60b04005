/**
 * Streams a dataset as JSON text in chunks: one row per line inside each array, so the
 * file diffs well and a million-node dataset never has to be one string in memory.
 */
import type { Dataset } from '@replan/engine';

export interface WriteJsonOptions {
  /** Approximate size of each chunk handed to `write`, in characters; default 64 KiB. */
  chunkSize?: number;
}

export function writeDatasetJson(
  dataset: Dataset,
  write: (chunk: string) => void,
  options: WriteJsonOptions = {},
): void {
  const chunkSize = Math.max(1, options.chunkSize ?? 65_536);
  let buffer = '';
  const emit = (text: string): void => {
    buffer += text;
    if (buffer.length >= chunkSize) {
      write(buffer);
      buffer = '';
    }
  };

  emit('{');
  let first = true;
  for (const [key, value] of Object.entries(dataset) as [string, unknown][]) {
    if (value === undefined) continue;
    emit(`${first ? '' : ','}\n  ${JSON.stringify(key)}: `);
    first = false;
    if (Array.isArray(value)) {
      const rows: readonly unknown[] = value;
      if (rows.length === 0) {
        emit('[]');
        continue;
      }
      emit('[');
      for (let i = 0; i < rows.length; i++) {
        emit(`${i === 0 ? '' : ','}\n    ${JSON.stringify(rows[i] ?? null)}`);
      }
      emit('\n  ]');
    } else {
      emit(JSON.stringify(value));
    }
  }
  emit('\n}\n');
  if (buffer.length > 0) write(buffer);
}
