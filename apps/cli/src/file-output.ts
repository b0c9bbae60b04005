/**
 * Writing large outputs to files: chunk by chunk through a write stream that waits for
 * 'drain' when the disk is slower than the producer, or, for producers that hand chunks to
 * a synchronous callback, straight to the file descriptor.
 */
import { createWriteStream, closeSync, openSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { CliError } from './exit-codes';
import { describeFsError } from './fs-error';

/** Writes the chunks in order, with backpressure; throws a `CliError` when the file cannot be written. */
export async function writeChunksToFile(path: string, chunks: Iterable<string>): Promise<number> {
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let failure: unknown;
  stream.on('error', (error) => {
    failure ??= error;
  });
  try {
    for (const chunk of chunks) {
      if (failure !== undefined) break;
      if (!stream.write(chunk)) await once(stream, 'drain');
    }
    if (failure === undefined) {
      stream.end();
      await finished(stream);
    }
  } catch (error) {
    failure ??= error;
  }
  if (failure !== undefined) {
    stream.destroy();
    throw new CliError(`cannot write '${path}': ${describeFsError(failure)}`);
  }
  return stream.bytesWritten;
}

/**
 * Opens `path` and hands `produce` a synchronous `write`; every chunk goes to the file before
 * `write` returns, so nothing piles up in memory. Returns the number of bytes written.
 */
export function writeFileSynchronously(
  path: string,
  produce: (write: (chunk: string) => void) => void,
): number {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new CliError(`cannot write '${path}': ${describeFsError(error)}`);
  }
  let bytes = 0;
  try {
    produce((chunk) => {
      const buffer = Buffer.from(chunk, 'utf8');
      let offset = 0;
      while (offset < buffer.length) {
        offset += writeSync(fd, buffer, offset, buffer.length - offset);
      }
      bytes += buffer.length;
    });
  } catch (error) {
    if (error instanceof Error && 'code' in error) {
      throw new CliError(`cannot write '${path}': ${describeFsError(error)}`);
    }
    throw error;
  } finally {
    closeSync(fd);
  }
  return bytes;
}
