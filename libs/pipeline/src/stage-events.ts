/**
 * How coordinators follow their runs' stage jobs: through BullMQ's QueueEvents of the three
 * stage queues (one blocking connection per queue, shared by every run a process
 * coordinates), not by asking each job's state over and over. A coordinator waits for the
 * next `completed` or `failed` event of its run's jobs, and looks again at least every
 * `checkMs` for what has no event (a cancel key, a shutdown, an event missed while Redis
 * was away).
 */
import { QueueEvents } from 'bullmq';
import type { ConnectionOptions } from 'bullmq';
import { queueNames, type WorkerStage } from '@replan/queue';

const STAGES: readonly WorkerStage[] = ['extract', 'plan', 'write'];

export class StageEvents {
  private readonly events: QueueEvents[];
  private readonly waiters = new Map<string, Set<() => void>>();

  constructor(connection: ConnectionOptions, prefix: string) {
    this.events = STAGES.map((stage) => {
      const events = new QueueEvents(queueNames[stage], { connection, prefix });
      const wake = ({ jobId }: { jobId: string }): void => {
        const waiting = this.waiters.get(jobId);
        if (waiting === undefined) return;
        this.waiters.delete(jobId);
        for (const resolve of waiting) resolve();
      };
      events.on('completed', wake);
      events.on('failed', wake);
      events.on('error', () => {
        // ioredis reconnects; the coordinators' periodic check covers the gap.
      });
      return events;
    });
  }

  async waitUntilReady(): Promise<void> {
    await Promise.all(this.events.map((e) => e.waitUntilReady()));
  }

  /**
   * Resolves at the next `completed` or `failed` event of a stage job with id `jobId`, or
   * after `checkMs`, whichever comes first.
   */
  next(jobId: string, checkMs: number): Promise<void> {
    return new Promise<void>((resolve) => {
      let waiting = this.waiters.get(jobId);
      if (waiting === undefined) {
        waiting = new Set();
        this.waiters.set(jobId, waiting);
      }
      const own = waiting;
      const done = (): void => {
        clearTimeout(timer);
        own.delete(done);
        if (own.size === 0 && this.waiters.get(jobId) === own) this.waiters.delete(jobId);
        resolve();
      };
      const timer = setTimeout(done, checkMs);
      own.add(done);
    });
  }

  async close(): Promise<void> {
    for (const waiting of this.waiters.values()) for (const resolve of waiting) resolve();
    this.waiters.clear();
    await Promise.all(this.events.map((e) => e.close()));
  }
}
