/**
 * Cancellation: the client marks a running run by setting its cancel key; the request
 * processor looks for it between stages.
 */
import { cancelKey } from '@replan/client';
import type { Redis } from 'ioredis';

export async function isCancelRequested(
  redis: Redis,
  prefix: string,
  runId: string,
): Promise<boolean> {
  return (await redis.exists(cancelKey(prefix, runId))) > 0;
}
