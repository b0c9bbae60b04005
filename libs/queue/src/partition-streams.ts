/**
 * The data a run planned in partitions passes between engine workers, through Redis:
 *
 * - handovers: after level L, what partition p hands to partition q, one stream per
 *   (level, from, to) holding one entry, `<run>:part:level:<L>:from:<p>:to:<q>`;
 * - results: each partition's rows for the merge, a run stream of batches per partition,
 *   `<run>:part:result:<p>`.
 *
 * A handover is written once: its entry has the fixed id 1-0, so a partition retried after a
 * crash (which makes the same handover again: planning is deterministic) leaves the first
 * one in place, and partitions that already read it are not disturbed. Readers block on
 * XREAD until every handover they wait for is there.
 *
 * The keys sit under the run's tenant (`<prefix>:tenant:<tenant>:run:<runId>:…`), so they
 * go with the tenant's other keys, and expire like run streams.
 */
import type { Redis } from 'ioredis';
import { checkId } from './ids';
import { abortKey, RunStreamError } from './run-streams';

function runBase(tenant: string, runId: string, prefix: string): string {
  // The abort key is `<run base>:abort`: the partition keys share its base.
  return abortKey(tenant, runId, prefix).replace(/:abort$/, '');
}

/** The stream of what partition `from` hands to partition `to` after `level`. */
export function handoverKey(
  tenant: string,
  runId: string,
  level: number,
  from: number,
  to: number,
  prefix: string,
): string {
  return `${runBase(tenant, runId, prefix)}:part:level:${level}:from:${from}:to:${to}`;
}

/** The run stream of partition `partition`'s result. */
export function partitionResultKey(
  tenant: string,
  runId: string,
  partition: number,
  prefix: string,
): string {
  return `${runBase(tenant, runId, prefix)}:part:result:${partition}`;
}

/** The SCAN MATCH pattern of every partition key of a run (handovers and results). */
export function partitionKeysPattern(tenant: string, runId: string, prefix: string): string {
  return `${runBase(tenant, runId, prefix)}:part:*`;
}

/** The id of a partition's job in the partition queue: `<tenant>/<runId>/<partition>`. */
export function partitionJobId(tenant: string, runId: string, partition: number): string {
  return `${checkId('tenant', tenant)}/${checkId('run id', runId)}/p${partition}`;
}

/**
 * Writes a handover once (see above); returns true when this call wrote it, false when it
 * was already there.
 */
export async function writeHandover(
  redis: Redis,
  key: string,
  bytes: Uint8Array,
  ttlSeconds: number,
): Promise<boolean> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    await redis.xadd(key, '1-0', 'h', buffer);
  } catch (error) {
    if (error instanceof Error && /equal or smaller/i.test(error.message)) return false;
    throw error;
  }
  await redis.expire(key, ttlSeconds);
  return true;
}

export interface ReadHandoversOptions {
  /** BLOCK of each XREAD in ms (default 1000). */
  blockMs?: number;
  /** Fail when the handovers are not all there after this long, in ms. */
  timeoutMs: number;
  signal?: AbortSignal;
}

/**
 * The handovers at `keys`, in that order, waiting (XREAD BLOCK) for those not written yet.
 * XREAD BLOCK holds the connection: give the reader a connection of its own.
 */
export async function readHandovers(
  redis: Redis,
  keys: readonly string[],
  options: ReadHandoversOptions,
): Promise<Buffer[]> {
  const found = new Map<string, Buffer>();
  const started = Date.now();
  const blockMs = options.blockMs ?? 1000;
  while (found.size < keys.length) {
    options.signal?.throwIfAborted();
    const waited = Date.now() - started;
    const missing = keys.filter((key) => !found.has(key));
    if (waited >= options.timeoutMs) {
      throw new RunStreamError(
        `the handover ${missing[0] ?? ''} did not arrive within ${options.timeoutMs} ms: ` +
          'the partition that makes it is not running (too few partition workers?)',
      );
    }
    const block = Math.max(1, Math.min(blockMs, options.timeoutMs - waited));
    const reply = await redis.xreadBuffer(
      'COUNT',
      1,
      'BLOCK',
      block,
      'STREAMS',
      ...missing,
      ...missing.map(() => '0-0'),
    );
    for (const [key, entries] of reply ?? []) {
      const fields = entries[0]?.[1];
      const value = fields?.[1];
      if (fields?.[0]?.toString() !== 'h' || value === undefined) {
        throw new RunStreamError(`stream ${key.toString()} is not a partition handover`);
      }
      found.set(key.toString(), value);
    }
  }
  return keys.map((key) => found.get(key) as Buffer);
}

/** Cuts `bytes` into batches of at most `size` bytes (views, no copies). */
export function* chunks(bytes: Uint8Array, size = 8 * 1024 * 1024): Generator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += size) {
    yield bytes.subarray(at, Math.min(bytes.byteLength, at + size));
  }
}

/** The batches as one buffer. */
export function joinBatches(batches: readonly Uint8Array[]): Uint8Array {
  if (batches.length === 1 && batches[0] !== undefined) return batches[0];
  return Buffer.concat(batches);
}

/**
 * The key where partition `partition` says it has appended its range of the run's result
 * stream (one entry, written once, holding the batches and bytes of the stream so far).
 */
export function partitionWrittenKey(
  tenant: string,
  runId: string,
  partition: number,
  prefix: string,
): string {
  return `${runBase(tenant, runId, prefix)}:part:written:${partition}`;
}

export interface AppendBatchesOptions {
  /** Index of the first batch in the stream (0: the stream's start). */
  first: number;
  ttlSeconds: number;
  /** Most commands per pipeline (default 64) and bytes per pipeline (default 8 MiB). */
  maxPipeline?: number;
  maxPipelineBytes?: number;
}

const isTaken = (error: Error | null): boolean =>
  error !== null && /equal or smaller/i.test(error.message);

/**
 * Appends `batches` to the run stream `key` as the batches `first`, `first + 1`, … of the
 * stream, at the fixed entry ids `<index + 1>-0`: the partitions of a run append their
 * ranges of one result stream in turn, and a partition retried after a crash appends the
 * same batches again (planning is deterministic), which leaves those already there as they
 * were. Starting the stream (`first` 0), a stream left at `key` by a run planned whole
 * (entries with other ids) is deleted first, as writeBatches does. Readers read the stream
 * as any run stream (readBatches); `endBatches` adds its end marker.
 */
export async function appendBatches(
  redis: Redis,
  key: string,
  batches: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: AppendBatchesOptions,
): Promise<{ entries: number; bytes: number }> {
  const maxPipeline = options.maxPipeline ?? 64;
  const maxPipelineBytes = options.maxPipelineBytes ?? 8 * 1024 * 1024;
  if (options.first === 0) {
    const head = await redis.xrange(key, '-', '+', 'COUNT', 1);
    if (head.length > 0 && head[0]?.[0] !== '1-0') await redis.del(key);
  }
  let pipeline = redis.pipeline();
  let queued = 0;
  let queuedBytes = 0;
  let entries = 0;
  let bytes = 0;
  const flush = async (): Promise<void> => {
    const replies = await pipeline.exec();
    for (const [error] of replies ?? []) {
      if (error && !isTaken(error)) {
        throw new RunStreamError(`writing stream ${key} failed: ${error.message}`);
      }
    }
    pipeline = redis.pipeline();
    queued = 0;
    queuedBytes = 0;
  };
  for await (const batch of batches) {
    const buffer = Buffer.from(batch.buffer, batch.byteOffset, batch.byteLength);
    pipeline.xadd(key, `${options.first + entries + 1}-0`, 'b', buffer);
    if (entries === 0) {
      pipeline.expire(key, options.ttlSeconds);
      queued += 1;
    }
    entries += 1;
    bytes += batch.byteLength;
    queued += 1;
    queuedBytes += batch.byteLength;
    if (queued >= maxPipeline || queuedBytes >= maxPipelineBytes) await flush();
  }
  await flush();
  return { entries, bytes };
}

/** Ends a stream appended by appendBatches: its end marker (once), after `entries` batches. */
export async function endBatches(
  redis: Redis,
  key: string,
  entries: number,
  bytes: number,
  ttlSeconds: number,
): Promise<void> {
  const replies = await redis
    .pipeline()
    .xadd(key, `${entries + 1}-0`, 'end', String(entries), 'bytes', String(bytes))
    .expire(key, ttlSeconds)
    .exec();
  for (const [error] of replies ?? []) {
    if (error && !isTaken(error)) {
      throw new RunStreamError(`ending stream ${key} failed: ${error.message}`);
    }
  }
}
