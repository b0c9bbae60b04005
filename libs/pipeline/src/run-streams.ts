/**
 * Reading a run stream on a connection of its own (XREAD BLOCK holds the connection).
 */
import { collectBatches } from '@replan/queue';
import { DEFAULT_STREAM_TIMEOUT_MS, type StageContext } from './context';

export async function readRunStream(ctx: StageContext, key: string): Promise<Uint8Array[]> {
  const reader = ctx.redis.duplicate();
  try {
    const options: Parameters<typeof collectBatches>[2] = {
      timeoutMs: ctx.streamTimeoutMs ?? DEFAULT_STREAM_TIMEOUT_MS,
    };
    if (ctx.signal !== undefined) options.signal = ctx.signal;
    return await collectBatches(reader, key, options);
  } finally {
    reader.disconnect();
  }
}
