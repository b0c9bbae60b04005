/**
 * Reading a run stream on a connection of its own (XREAD BLOCK holds the connection):
 * whole, or batch by batch as it arrives.
 */
import { readBatches, type ReadBatchesOptions } from '@replan/queue';
import { DEFAULT_STREAM_TIMEOUT_MS, type StageContext } from './context';

/**
 * A run stream read batch by batch on a connection of its own, as the batches arrive;
 * `close` ends the read and the connection.
 */
export function openRunStream(
  ctx: StageContext,
  key: string,
): { batches: AsyncGenerator<Uint8Array, void, undefined>; close(): Promise<void> } {
  const reader = ctx.redis.duplicate();
  const options: ReadBatchesOptions = {
    timeoutMs: ctx.streamTimeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS,
  };
  if (ctx.signal !== undefined) options.signal = ctx.signal;
  const batches = readBatches(reader, key, options);
  return {
    batches,
    close: async () => {
      try {
        await batches.return();
      } finally {
        reader.disconnect();
      }
    },
  };
}

/** A whole run stream, read on a connection of its own (see openRunStream). */
export async function readRunStream(ctx: StageContext, key: string): Promise<Uint8Array[]> {
  const stream = openRunStream(ctx, key);
  try {
    const batches: Uint8Array[] = [];
    for await (const batch of stream.batches) batches.push(batch);
    return batches;
  } finally {
    await stream.close();
  }
}
