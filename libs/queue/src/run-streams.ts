/**
 * Bulk data between workers: a run's snapshot (connector → engine) and result (engine →
 * writer) travel as Redis streams of protobuf batches, one batch per entry, keyed by
 * tenant and run. Jobs carry only the keys.
 *
 * Stream layout: entries `b` = <batch bytes>, then one final entry `end` = <number of
 * batches>, `bytes` = <their total size>. A reader can start before the writer is done: it
 * blocks for new entries until it sees the end marker and checks the count.
 */
import type { Redis } from 'ioredis';
import { checkId, InvalidIdError, isValidId } from './ids';

/** What a run stream carries. */
export type StreamKind = 'snapshot' | 'result';

const streamKinds: readonly StreamKind[] = ['snapshot', 'result'];

/** The first segment of every Replan data key (BullMQ keys use QUEUE_PREFIX + queue name). */
export const KEY_PREFIX = 'replan';

/** Default lifetime of a run stream: a day, so an abandoned run cleans up after itself. */
export const DEFAULT_STREAM_TTL_SECONDS = 24 * 60 * 60;

/** Thrown when a stream is incomplete, corrupt or does not arrive in time. */
export class RunStreamError extends Error {
  override name = 'RunStreamError';
}

/**
 * The key of a run's stream: `<prefix>:tenant:<tenant>:run:<runId>:<kind>`. The `tenant`
 * segment keeps tenant keys apart from BullMQ's `<prefix>:<queue>:…` keys, whatever the
 * tenant is called. Throws when an id holds ':' , spaces or other characters unfit for a key.
 */
export function streamKey(
  tenant: string,
  runId: string,
  kind: StreamKind,
  prefix: string = KEY_PREFIX,
): string {
  if (!streamKinds.includes(kind)) {
    throw new InvalidIdError(`stream kind must be 'snapshot' or 'result', got ${String(kind)}`);
  }
  return `${runKeyBase(tenant, runId, prefix)}:${kind}`;
}

/**
 * The key that stops a run's stages: `<prefix>:tenant:<tenant>:run:<runId>:abort`, holding
 * the reason. The run's coordinator sets it when the run is cancelled or a stage failed;
 * every stage looks for it while it waits or works and gives up with that reason.
 */
export function abortKey(tenant: string, runId: string, prefix: string = KEY_PREFIX): string {
  return `${runKeyBase(tenant, runId, prefix)}:abort`;
}

/**
 * The key that records which request job a run was accepted from:
 * `<prefix>:tenant:<tenant>:run:<runId>:accepted` (see accepted-requests). It outlives the
 * run's streams and abort key (deleteRunKeys leaves it), and goes with the tenant.
 */
export function acceptedKey(tenant: string, runId: string, prefix: string = KEY_PREFIX): string {
  return `${runKeyBase(tenant, runId, prefix)}:accepted`;
}

/**
 * The set of a tenant's run ids, `<prefix>:tenant:<tenant>:runs`, kept by the coordinators
 * so that removing the tenant finds every run it had (also those whose jobs are gone).
 */
export function tenantRunsKey(tenant: string, prefix: string = KEY_PREFIX): string {
  return `${tenantKeyBase(tenant, prefix)}:runs`;
}

/** A tenant's run set lives a month after its last run, longer than any job or event. */
export const TENANT_RUNS_TTL_SECONDS = 30 * 24 * 3600;

/** The parts of a run stream key. */
export interface StreamKeyParts {
  prefix: string;
  tenant: string;
  runId: string;
  kind: StreamKind;
}

/** Splits a run stream key into its parts, or returns undefined when it is not one. */
export function parseStreamKey(key: string): StreamKeyParts | undefined {
  const parts = key.split(':');
  if (parts.length !== 6) return undefined;
  const [prefix, tenantTag, tenant, runTag, runId, kind] = parts;
  if (prefix === undefined || tenant === undefined || runId === undefined) return undefined;
  if (tenantTag !== 'tenant' || runTag !== 'run') return undefined;
  if (kind !== 'snapshot' && kind !== 'result') return undefined;
  if (!isValidId(prefix) || !isValidId(tenant) || !isValidId(runId)) return undefined;
  return { prefix, tenant, runId, kind };
}

/** The SCAN MATCH pattern of every key of one tenant. */
export function tenantKeyPattern(tenant: string, prefix: string = KEY_PREFIX): string {
  return `${tenantKeyBase(tenant, prefix)}:*`;
}

function tenantKeyBase(tenant: string, prefix: string): string {
  return `${checkId('key prefix', prefix)}:tenant:${checkId('tenant', tenant)}`;
}

function runKeyBase(tenant: string, runId: string, prefix: string): string {
  return `${tenantKeyBase(tenant, prefix)}:run:${checkId('run id', runId)}`;
}

export interface WriteBatchesOptions {
  /** Lifetime of the stream in seconds, set with the first entry and again at the end. */
  ttlSeconds: number;
  /** Most commands sent in one pipeline before waiting for the replies (default 64). */
  maxPipeline?: number;
  /** Most bytes of batches sent in one pipeline before waiting (default 8 MiB). */
  maxPipelineBytes?: number;
}

export interface WriteBatchesResult {
  /** Batches written (the end marker not counted). */
  entries: number;
  /** Total size of the batches in bytes. */
  bytes: number;
}

/**
 * Writes `batches` to the stream `key`: one XADD per batch (field `b`), then the end
 * marker, pipelined, and sets the TTL. Any stream already at `key` (from an attempt that
 * crashed) is deleted first, so a retry never appends to a half-written stream; a reader
 * still reading the old one fails on the count check instead of mixing the two.
 */
export async function writeBatches(
  redis: Redis,
  key: string,
  batches: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: WriteBatchesOptions,
): Promise<WriteBatchesResult> {
  const ttl = options.ttlSeconds;
  if (!Number.isInteger(ttl) || ttl < 1) {
    throw new RangeError(`ttlSeconds must be a whole number of seconds ≥ 1, got ${ttl}`);
  }
  const maxPipeline = options.maxPipeline ?? 64;
  const maxPipelineBytes = options.maxPipelineBytes ?? 8 * 1024 * 1024;
  if (!Number.isInteger(maxPipeline) || maxPipeline < 1) {
    throw new RangeError(`maxPipeline must be a whole number ≥ 1, got ${maxPipeline}`);
  }

  let pipeline = redis.pipeline().del(key);
  let queued = 1;
  let queuedBytes = 0;
  let entries = 0;
  let bytes = 0;

  const flush = async (): Promise<void> => {
    const replies = await pipeline.exec();
    for (const [error] of replies ?? []) {
      if (error) throw new RunStreamError(`writing stream ${key} failed: ${error.message}`);
    }
    pipeline = redis.pipeline();
    queued = 0;
    queuedBytes = 0;
  };

  for await (const batch of batches) {
    const buffer = Buffer.from(batch.buffer, batch.byteOffset, batch.byteLength);
    pipeline.xadd(key, '*', 'b', buffer);
    if (entries === 0) {
      pipeline.expire(key, ttl);
      queued += 1;
    }
    entries += 1;
    bytes += batch.byteLength;
    queued += 1;
    queuedBytes += batch.byteLength;
    if (queued >= maxPipeline || queuedBytes >= maxPipelineBytes) await flush();
  }
  pipeline.xadd(key, '*', 'end', String(entries), 'bytes', String(bytes));
  pipeline.expire(key, ttl);
  await flush();
  return { entries, bytes };
}

export interface ReadBatchesOptions {
  /** BLOCK of each XREAD in ms (default 1000, at least 1: never block forever). */
  blockMs?: number;
  /** COUNT of each XREAD: most entries per round trip (default 100). */
  count?: number;
  /**
   * Fail when no new entry arrived for this long, in ms (default 60 000). It bounds the
   * wait between entries, not the whole read, so a long but moving extraction is fine.
   */
  timeoutMs?: number;
  /** Stops the read (with the signal's reason) between two XREADs. */
  signal?: AbortSignal;
}

type StreamEntry = [id: Buffer, fields: Buffer[]];

/**
 * Reads the batches of the stream `key` from the start, waiting for entries the writer
 * has not added yet, until the end marker; checks the number and size of the batches.
 *
 * XREAD BLOCK holds the connection: give each concurrent reader its own connection
 * (`redis.duplicate()`), not one that BullMQ or other code is using.
 */
export async function* readBatches(
  redis: Redis,
  key: string,
  options: ReadBatchesOptions = {},
): AsyncGenerator<Uint8Array, void, undefined> {
  const blockMs = options.blockMs ?? 1000;
  const count = options.count ?? 100;
  const timeoutMs = options.timeoutMs ?? 60_000;
  if (!Number.isInteger(blockMs) || blockMs < 1) {
    throw new RangeError(`blockMs must be a whole number of ms ≥ 1, got ${blockMs}`);
  }
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`count must be a whole number ≥ 1, got ${count}`);
  }

  let lastId = '0-0';
  let entries = 0;
  let bytes = 0;
  let idleSince = Date.now();
  for (;;) {
    options.signal?.throwIfAborted();
    const idle = Date.now() - idleSince;
    if (idle >= timeoutMs) {
      throw new RunStreamError(
        `no end marker on stream ${key} after ${timeoutMs} ms without a new entry ` +
          `(${entries} batches read): the producer stopped or the stream expired`,
      );
    }
    const block = Math.max(1, Math.min(blockMs, timeoutMs - idle));
    const reply = await redis.xreadBuffer('COUNT', count, 'BLOCK', block, 'STREAMS', key, lastId);
    const items: StreamEntry[] = reply?.[0]?.[1] ?? [];
    if (items.length === 0) continue;
    idleSince = Date.now();
    for (const [id, fields] of items) {
      lastId = id.toString();
      const name = fields[0]?.toString();
      const value = fields[1];
      if (name === 'b' && value !== undefined && fields.length === 2) {
        entries += 1;
        bytes += value.byteLength;
        yield value;
      } else if (name === 'end' && value !== undefined) {
        checkEnd(key, fields, entries, bytes);
        return;
      } else {
        throw new RunStreamError(
          `stream ${key} holds an unexpected entry ${lastId} (fields ${fields
            .filter((_, i) => i % 2 === 0)
            .map((f) => f.toString())
            .join(', ')}): it is not a Replan run stream`,
        );
      }
    }
  }
}

function checkEnd(key: string, fields: Buffer[], entries: number, bytes: number): void {
  const expected = Number(fields[1]?.toString());
  if (expected !== entries) {
    throw new RunStreamError(
      `stream ${key} ends after ${expected} batches but ${entries} were read: ` +
        `the stream was rewritten while it was read, or is corrupt`,
    );
  }
  const bytesIndex = fields.findIndex((f, i) => i % 2 === 0 && f.toString() === 'bytes');
  const expectedBytes = bytesIndex < 0 ? undefined : Number(fields[bytesIndex + 1]?.toString());
  if (expectedBytes !== undefined && expectedBytes !== bytes) {
    throw new RunStreamError(
      `stream ${key} ends after ${expectedBytes} bytes but ${bytes} were read: it is corrupt`,
    );
  }
}

/** Reads a whole run stream into an array (see readBatches). */
export async function collectBatches(
  redis: Redis,
  key: string,
  options: ReadBatchesOptions = {},
): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const batch of readBatches(redis, key, options)) out.push(batch);
  return out;
}

/** Deletes the streams and the abort key of one run; returns how many keys existed. */
export async function deleteRunKeys(
  redis: Redis,
  tenant: string,
  runId: string,
  prefix: string = KEY_PREFIX,
): Promise<number> {
  const keys = streamKinds.map((kind) => streamKey(tenant, runId, kind, prefix));
  return redis.unlink(...keys, abortKey(tenant, runId, prefix));
}

/**
 * Calls `each` with the keys matching the SCAN MATCH pattern `match`, a page at a time
 * (SCAN, never KEYS, which blocks Redis).
 */
export async function forEachKey(
  redis: Redis,
  match: string,
  each: (keys: string[]) => Promise<void>,
): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', match, 'COUNT', 1000);
    cursor = next;
    if (keys.length > 0) await each(keys);
  } while (cursor !== '0');
}

/** Deletes the keys matching the SCAN MATCH pattern `match`; returns how many. */
export async function deleteKeysMatching(redis: Redis, match: string): Promise<number> {
  let deleted = 0;
  await forEachKey(redis, match, async (keys) => {
    deleted += await redis.unlink(...keys);
  });
  return deleted;
}

/**
 * Deletes every data key of a tenant (all runs); returns how many were deleted. BullMQ jobs
 * of the tenant are not keys of the tenant and are not touched (see removeTenant in
 * @replan/pipeline).
 */
export function deleteTenantKeys(
  redis: Redis,
  tenant: string,
  prefix: string = KEY_PREFIX,
): Promise<number> {
  return deleteKeysMatching(redis, tenantKeyPattern(tenant, prefix));
}
