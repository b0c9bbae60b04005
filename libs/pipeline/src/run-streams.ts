/**
 * Reading a run stream on a connection of its own (XREAD BLOCK holds the connection).
 */
import { collectBatches, type ReadBatchesOptions } from '@replan/queue';
import type { Redis } from 'ioredis';

export async function readRunStream(
  redis: Redis,
  key: string,
  options: ReadBatchesOptions = {},
): Promise<Uint8Array[]> {
  const reader = redis.duplicate();
  try {
    return await collectBatches(reader, key, options);
  } finally {
    reader.disconnect();
  }
}
