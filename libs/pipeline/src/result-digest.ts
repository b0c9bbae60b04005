/**
 * The SHA-256 of a run's result stream, taken as its batches are written: two plans are the
 * same, byte for byte, when their digests are (the benchmark prints it for every engine count).
 */
import { createHash } from 'node:crypto';

export interface Digest {
  /** The hex digest, once the batches have been read through. */
  hex(): string;
}

/** `batches` passed through, hashed on the way. */
export function digesting(batches: Iterable<Uint8Array>): {
  batches: Generator<Uint8Array>;
  digest: Digest;
} {
  const hash = createHash('sha256');
  let hex: string | undefined;
  function* through(): Generator<Uint8Array> {
    for (const batch of batches) {
      hash.update(batch);
      yield batch;
    }
    hex = hash.digest('hex');
  }
  return {
    batches: through(),
    digest: {
      hex: () => {
        if (hex === undefined) throw new Error('the result digest is read before the result');
        return hex;
      },
    },
  };
}
