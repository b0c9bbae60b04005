import { randomBytes } from 'node:crypto';
import { decodeDatasetBatches, encodeDatasetBatches } from '@replan/contracts';
import { generateDataset } from '@replan/datagen';
import { QueueEvents, Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import {
  collectBatches,
  createRedisConnection,
  deleteKeysMatching,
  deleteRunKeys,
  deleteTenantKeys,
  parseExtractJob,
  queueNames,
  readBatches,
  redisConnectionOptions,
  runJobId,
  streamKey,
  waitUntilReady,
  writeBatches,
  type ExtractJob,
} from './index';

// Real Redis; every key of this run lives under a prefix of its own.
const REDIS_URL = process.env.REPLAN_REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replantest-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;

jest.setTimeout(30_000);

let producer: Redis;
let reader: Redis;

beforeAll(async () => {
  producer = createRedisConnection(REDIS_URL, 'producer');
  reader = createRedisConnection(REDIS_URL, 'worker');
  await Promise.all([waitUntilReady(producer), waitUntilReady(reader)]);
});

afterAll(async () => {
  await deleteKeysMatching(producer, `${PREFIX}:*`);
  await Promise.all([producer.quit(), reader.quit()]);
});

const key = (tenant: string, runId: string, kind: 'snapshot' | 'result' = 'snapshot'): string =>
  streamKey(tenant, runId, kind, PREFIX);

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('run streams', () => {
  it('carry a 2000-item snapshot unchanged', async () => {
    const batches = encodeDatasetBatches(generateDataset({ items: 2000, seed: 1 }));
    const k = key('acme', 'roundtrip');
    const written = await writeBatches(producer, k, batches, { ttlSeconds: 600 });
    expect(written.entries).toBe(batches.length);
    expect(written.bytes).toBe(batches.reduce((sum, b) => sum + b.byteLength, 0));

    const read = await collectBatches(reader, k, { timeoutMs: 5000 });
    expect(read.length).toBe(batches.length);
    read.forEach((b, i) => expect(Buffer.compare(b, batches[i] ?? new Uint8Array())).toBe(0));
    expect(decodeDatasetBatches(read)).toEqual(decodeDatasetBatches(batches));
  });

  it('can be read while they are still being written', async () => {
    const batches = Array.from({ length: 12 }, (_, i) => randomBytes(1000 + i));
    const k = key('acme', 'concurrent');
    let yielded = 0;
    async function* slowly(): AsyncGenerator<Uint8Array> {
      for (const b of batches) {
        await sleep(25);
        yielded += 1;
        yield b;
      }
    }
    const seenWhileWriting: number[] = [];
    const readAll = (async () => {
      const out: Uint8Array[] = [];
      for await (const b of readBatches(reader, k, { blockMs: 50, count: 2, timeoutMs: 5000 })) {
        seenWhileWriting.push(yielded);
        out.push(b);
      }
      return out;
    })();
    const [written, read] = await Promise.all([
      writeBatches(producer, k, slowly(), { ttlSeconds: 60, maxPipeline: 1 }),
      readAll,
    ]);
    expect(written.entries).toBe(12);
    expect(read).toEqual(batches.map((b) => Buffer.from(b)));
    // The first batches arrived while the producer had not yielded them all.
    expect(seenWhileWriting[0]).toBeLessThan(batches.length);
  });

  it('fail with a clear error when the end marker never comes', async () => {
    const k = key('acme', 'stopped');
    await producer.xadd(k, '*', 'b', Buffer.from([1, 2, 3]));
    await producer.expire(k, 60);
    const started = Date.now();
    await expect(collectBatches(reader, k, { blockMs: 100, timeoutMs: 400 })).rejects.toThrow(
      /^no end marker on stream .*:stopped:snapshot after 400 ms .*: the producer stopped or the stream expired$/,
    );
    expect(Date.now() - started).toBeLessThan(3000);
    await expect(
      collectBatches(reader, key('acme', 'never'), { blockMs: 100, timeoutMs: 200 }),
    ).rejects.toThrow(/no end marker on stream .*:never:snapshot after 200 ms/);
  });

  it('detect a count that does not match the end marker', async () => {
    const k = key('acme', 'short');
    await producer.xadd(k, '*', 'b', Buffer.from([1]));
    await producer.xadd(k, '*', 'end', '2', 'bytes', '2');
    await producer.expire(k, 60);
    await expect(collectBatches(reader, k, { timeoutMs: 1000 })).rejects.toThrow(
      /ends after 2 batches but 1 were read/,
    );
  });

  it('replace a half-written stream of an earlier attempt', async () => {
    const k = key('acme', 'retried');
    await producer.xadd(k, '*', 'b', Buffer.from([9, 9]));
    await writeBatches(producer, k, [Buffer.from([1]), Buffer.from([2])], { ttlSeconds: 60 });
    expect(await collectBatches(reader, k, { timeoutMs: 1000 })).toEqual([
      Buffer.from([1]),
      Buffer.from([2]),
    ]);
  });

  it('expire: the TTL is set', async () => {
    const k = key('acme', 'ttl');
    await writeBatches(producer, k, [new Uint8Array([1, 2])], { ttlSeconds: 120 });
    const ttl = await producer.ttl(k);
    expect(ttl).toBeGreaterThan(100);
    expect(ttl).toBeLessThanOrEqual(120);
    const empty = key('acme', 'empty');
    expect(await writeBatches(producer, empty, [], { ttlSeconds: 30 })).toEqual({
      entries: 0,
      bytes: 0,
    });
    expect(await producer.ttl(empty)).toBeGreaterThan(0);
    expect(await collectBatches(reader, empty, { timeoutMs: 1000 })).toEqual([]);
  });

  it("delete one run's or one tenant's keys and nothing else", async () => {
    const one = [new Uint8Array([1])];
    const opts = { ttlSeconds: 60 };
    for (const [tenant, runId] of [
      ['gone', 'r1'],
      ['gone', 'r2'],
      ['gone2', 'r1'],
      ['kept', 'r1'],
    ] as const) {
      await writeBatches(producer, key(tenant, runId, 'snapshot'), one, opts);
      await writeBatches(producer, key(tenant, runId, 'result'), one, opts);
    }
    expect(await deleteRunKeys(producer, 'gone', 'r2', PREFIX)).toBe(2);
    expect(await deleteRunKeys(producer, 'gone', 'r2', PREFIX)).toBe(0);
    expect(await deleteTenantKeys(producer, 'gone', PREFIX)).toBe(2);
    expect(await producer.exists(key('gone', 'r1'), key('gone', 'r1', 'result'))).toBe(0);
    expect(await producer.exists(key('gone2', 'r1'), key('gone2', 'r1', 'result'))).toBe(2);
    expect(await producer.exists(key('kept', 'r1'), key('kept', 'r1', 'result'))).toBe(2);
    expect(await deleteTenantKeys(producer, 'gone', PREFIX)).toBe(0);
  });
});

describe('connections', () => {
  it('fail fast for producers when Redis cannot be reached', async () => {
    const down = createRedisConnection('redis://127.0.0.1:1', 'producer', { lazyConnect: true });
    down.on('error', () => undefined);
    try {
      await expect(down.ping()).rejects.toThrow(/enableOfflineQueue/);
    } finally {
      // Before the first reconnect: disconnecting a closed socket leaves ioredis's 2 s
      // disconnect timer running.
      down.disconnect();
    }
  });
});

describe('BullMQ queues', () => {
  it('deduplicate jobs by id and deliver the return value', async () => {
    const queue = new Queue(queueNames.extract, { connection: producer, prefix: PREFIX });
    const events = new QueueEvents(queueNames.extract, {
      connection: redisConnectionOptions(REDIS_URL, 'worker'),
      prefix: PREFIX,
    });
    const workerConnection = createRedisConnection(REDIS_URL, 'worker');
    let worker: Worker | undefined;
    try {
      await events.waitUntilReady();
      const data: ExtractJob = {
        runId: 'run-42',
        tenant: 'acme',
        plan: 'MAIN',
        planDate: '2026-01-05',
        requestedAt: Date.now(),
        snapshotKey: key('acme', 'run-42'),
      };
      const jobId = runJobId(data.tenant, data.runId);
      const first = await queue.add('extract', data, { jobId });
      const second = await queue.add('extract', { ...data, plan: 'OTHER' }, { jobId });
      expect(first.id).toBe(jobId);
      expect(second.id).toBe(jobId);
      expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 1 });

      const processed: string[] = [];
      worker = new Worker(
        queueNames.extract,
        (job) => {
          const payload = parseExtractJob(job.data);
          processed.push(payload.plan);
          return Promise.resolve({ runId: payload.runId, rows: 7 });
        },
        { connection: workerConnection, prefix: PREFIX, concurrency: 1 },
      );
      const result: unknown = await first.waitUntilFinished(events, 10_000);
      expect(result).toEqual({ runId: 'run-42', rows: 7 });
      expect(processed).toEqual(['MAIN']);
    } finally {
      await worker?.close();
      await events.close();
      await queue.close();
      await workerConnection.quit();
    }
  });
});
