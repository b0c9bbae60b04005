/**
 * The plan stage as a flow of partition jobs, against a real Redis: the plan job's
 * partitions are child jobs of it, any engine's partition worker plans them, and the result
 * stream is byte for byte the one of the run planned whole; a partition that fails once at
 * a level is planned again and the plan is unchanged. One service process with a partition
 * concurrency ≥ K here; separate engine apps: apps/connector/src/partitioned-apps.int.test.ts.
 */
import { createHash } from 'node:crypto';
import { encodeDatasetBatches } from '@replan/contracts';
import { generateDataset } from '@replan/datagen';
import { compileDataset, runPlan } from '@replan/engine';
import {
  collectBatches,
  deleteKeysMatching,
  queueNames,
  signStageJob,
  streamKey,
  writeBatches,
  type PlanJob,
} from '@replan/queue';
import { Job, Queue, QueueEvents } from 'bullmq';
import { Redis } from 'ioredis';
import { encodeRunResult } from '../engine-stage';
import { startService, type Service, type ServiceOptions } from '../service';
import { PARTITION_QUEUE } from './partition-job';
import type { PartitionOutcome } from './plan-partition';

jest.setTimeout(60_000);

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const PREFIX = `replan-test-flow-${process.pid}-${Date.now()}`;
const TENANT = 'acme';

// Four BOM levels below the finished goods: requirements cross partitions at every level.
const dataset = generateDataset({ items: 400, seed: 7, depth: 4 });
const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
const connection = { host: '127.0.0.1', port: 6379 };
const planQueue = new Queue(queueNames.plan, { connection, prefix: PREFIX });
const partitionQueue = new Queue(PARTITION_QUEUE, { connection, prefix: PREFIX });
const planEvents = new QueueEvents(queueNames.plan, { connection, prefix: PREFIX });

const sha = (batches: Uint8Array[]): string =>
  createHash('sha256').update(Buffer.concat(batches)).digest('hex');

/** The result stream's bytes of the run planned whole, in this process, as the stage encodes them. */
const wholeHash = sha([
  ...encodeRunResult(runPlan(compileDataset(dataset, { planDate: dataset.plan.planDate }))).batches,
]);

/** The service key the coordinator would sign the plan job with. */
const SERVICE_KEY = 'plan-flow-test-service-key-0123456789abcdef';

async function planRun(
  runId: string,
  options: Partial<ServiceOptions>,
): Promise<{ hash: string; job: PlanJob; value: { partitions?: PartitionOutcome[] } }> {
  const service: Service = await startService({
    redisUrl: REDIS_URL,
    roles: ['plan'],
    prefix: PREFIX,
    serviceKey: SERVICE_KEY,
    streamTimeoutMs: 20_000,
    ...options,
  });
  try {
    const job: PlanJob = {
      runId,
      tenant: TENANT,
      plan: dataset.plan.id,
      planDate: dataset.plan.planDate,
      requestedAt: Date.now(),
      snapshotKey: streamKey(TENANT, runId, 'snapshot', PREFIX),
      resultKey: streamKey(TENANT, runId, 'result', PREFIX),
    };
    await writeBatches(redis, job.snapshotKey, encodeDatasetBatches(dataset), { ttlSeconds: 600 });
    const added = await planQueue.add('plan', signStageJob('plan', job, SERVICE_KEY), {
      jobId: `${TENANT}/${runId}`,
    });
    const value = (await added.waitUntilFinished(planEvents, 50_000)) as {
      partitions?: PartitionOutcome[];
    };
    return { hash: sha(await collectBatches(redis, job.resultKey)), job, value };
  } finally {
    await service.close();
  }
}

beforeAll(async () => {
  await planEvents.waitUntilReady();
});

afterAll(async () => {
  await planEvents.close();
  await planQueue.close();
  await partitionQueue.close();
  await deleteKeysMatching(redis, `${PREFIX}:*`);
  await redis.quit();
});

describe('the plan stage as a flow of partitions', () => {
  it('plans whole with one partition, as before', async () => {
    const { hash, value } = await planRun('run-k1', {});
    expect(hash).toBe(wholeHash);
    expect(value.partitions).toBeUndefined();
  });

  it.each([2, 3])('gives the whole run’s result stream with %i partitions', async (k) => {
    const { hash, value } = await planRun(`run-k${k}`, {
      planPartitions: k,
      partitionConcurrency: k,
    });
    expect(hash).toBe(wholeHash);
    const parts = value.partitions ?? [];
    expect(parts.map((p) => p.partition)).toEqual([...Array(k).keys()]);
    // Requirements crossed from partition to partition.
    const handedOver = parts.reduce(
      (sum, p) => sum + (p.ok ? p.levels.reduce((s, l) => s + l.bytesOut, 0) : 0),
      0,
    );
    expect(handedOver).toBeGreaterThan(0);
    // Each partition encoded a range of the result stream, the ranges end to end.
    const ranges = parts.map((p) => (p.ok ? p.result : undefined));
    expect(ranges[0]?.from).toBe(0);
    for (let p = 0; p < k; p++) {
      expect(ranges[p]?.to ?? 0).toBeGreaterThan(ranges[p]?.from ?? 0);
      if (p > 0) expect(ranges[p]?.from).toBe(ranges[p - 1]?.to);
    }
    // The handovers and partition results are gone once the plan is merged.
    expect(await redis.keys(`${PREFIX}:tenant:${TENANT}:run:run-k${k}:part:*`)).toEqual([]);
  });

  it('lists the partitions as children of the plan job', async () => {
    const children = await Promise.all(
      [0, 1].map((p) => Job.fromId(partitionQueue, `${TENANT}/run-k2/p${p}`)),
    );
    for (const child of children) {
      expect(child?.parentKey).toBe(`${PREFIX}:${queueNames.plan}:${TENANT}/run-k2`);
    }
  });

  it('plans a partition again when it fails at a level, and the plan is unchanged', async () => {
    const { hash } = await planRun('run-fault', {
      planPartitions: 3,
      partitionConcurrency: 3,
      partitionFault: { partition: 1, level: 2 },
    });
    expect(hash).toBe(wholeHash);
    const failed = await Job.fromId(partitionQueue, `${TENANT}/run-fault/p1`);
    // The first attempt failed at level 2, the second planned the partition.
    expect(failed?.attemptsMade).toBe(2);
    expect((failed?.stacktrace ?? []).join('\n')).toMatch(/failed at level 2/);
  });

  it('fails the run when a partition goes over a plan-size limit, naming it', async () => {
    // The dataset plans hundreds of orders; each partition may plan 5.
    const failed = planRun('run-too-large', {
      planPartitions: 2,
      partitionConcurrency: 2,
      planSizeLimits: { maxPlannedOrders: 5 },
    });
    // The plan job fails with its failed partition (BullMQ names the child).
    await expect(failed).rejects.toThrow(/run-too-large\/p[01] failed/);
    // The partition's own error names the limit; it is not retried: the plan is as large
    // at every attempt.
    const children = await Promise.all(
      [0, 1].map((p) => Job.fromId(partitionQueue, `${TENANT}/run-too-large/p${p}`)),
    );
    const reasons = children.map((c) => c?.failedReason ?? '').join('\n');
    expect(reasons).toMatch(/more than 5 planned orders \(the maxPlannedOrders limit\)/);
    for (const child of children) expect(child?.attemptsMade ?? 0).toBeLessThanOrEqual(1);
  });

  it('plans a partition again when it fails after appending its result, and the stream is unchanged', async () => {
    // Partition 1 of 3 appends its batches, fails before the next partition is told, and
    // appends them again on its second attempt: the batches already there stay, none twice.
    const { hash } = await planRun('run-fault-result', {
      planPartitions: 3,
      partitionConcurrency: 3,
      partitionFault: { partition: 1, level: 0, result: true },
    });
    expect(hash).toBe(wholeHash);
    const failed = await Job.fromId(partitionQueue, `${TENANT}/run-fault-result/p1`);
    expect(failed?.attemptsMade).toBe(2);
    expect((failed?.stacktrace ?? []).join('\n')).toMatch(/after appending its result/);
  });
});
