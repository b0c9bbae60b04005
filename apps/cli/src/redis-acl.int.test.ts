/**
 * The Redis users of deploy/redis-users.example.acl (mounted into the redis service by
 * docker-compose.yml): the ERP's user may enqueue requests, follow and cancel them, and
 * nothing else; the workers' user reaches every Replan key.
 *
 * Offline, the users' key patterns are matched against the keys the run protocol names
 * (@replan/queue). Live, the same rules are given to a user of its own on the local Redis
 * (127.0.0.1:6379, or REDIS_URL; ACL SETUSER, deleted afterwards) that runs a real client.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplanClient } from '@replan/client';
import {
  QUEUE_PREFIX,
  abortKey,
  cancelKey,
  deleteKeysMatching,
  planDedupId,
  queueNames,
  streamKey,
  tenantRunsKey,
} from '@replan/queue';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { Redis } from 'ioredis';

const ROOT = join(__dirname, '..', '..', '..');
const ACL_FILE = join(ROOT, 'deploy', 'redis-users.example.acl');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

interface AclUser {
  name: string;
  rules: string[];
  keyPatterns: string[];
}

function readUsers(): Map<string, AclUser> {
  const users = new Map<string, AclUser>();
  for (const line of readFileSync(ACL_FILE, 'utf8').split('\n')) {
    const words = line.trim().split(/\s+/);
    if (words[0] !== 'user' || words[1] === undefined) continue;
    const rules = words.slice(2);
    users.set(words[1], {
      name: words[1],
      rules,
      keyPatterns: rules.filter((r) => r.startsWith('~')).map((r) => r.slice(1)),
    });
  }
  return users;
}

/** Redis glob matching of `*`, `?` and plain characters (all the file uses). */
function globMatches(pattern: string, key: string): boolean {
  const source = pattern
    .split('')
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(key);
}

function reaches(user: AclUser, key: string): boolean {
  return user.keyPatterns.some((p) => globMatches(p, key));
}

function user(name: string): AclUser {
  const found = readUsers().get(name);
  if (found === undefined) throw new Error(`${ACL_FILE}: no user ${name}`);
  return found;
}

const P = QUEUE_PREFIX;
const requestsKey = (suffix: string): string => `${P}:${queueNames.requests}:${suffix}`;
/** Keys the ERP's client touches: the request job, its queue's lists, events, cancel, dedup. */
const clientKeys = [
  requestsKey('run-1'),
  requestsKey('wait'),
  requestsKey('meta'),
  requestsKey('id'),
  requestsKey('events'),
  requestsKey('run-1:logs'),
  cancelKey(P, 'run-1'),
  requestsKey(`de:${planDedupId('acme', 'MASTER')}`),
];
/** Keys only workers may touch: stage queues, run streams, abort keys, run sets. */
const workerOnlyKeys = [
  `${P}:${queueNames.extract}:wait`,
  `${P}:${queueNames.plan}:acme/run-1`,
  `${P}:${queueNames.write}:events`,
  streamKey('acme', 'run-1', 'snapshot', P),
  streamKey('acme', 'run-1', 'result', P),
  abortKey('acme', 'run-1', P),
  tenantRunsKey('acme', P),
];

describe('the Redis users of deploy/redis-users.example.acl', () => {
  it('let the ERP reach the keys its client uses and no worker key', () => {
    const erp = user('replan-erp');
    expect(clientKeys.filter((key) => !reaches(erp, key))).toEqual([]);
    expect(workerOnlyKeys.filter((key) => reaches(erp, key))).toEqual([]);
    // No channel, no key scans, nothing dangerous (FLUSHALL, CONFIG, KEYS…).
    expect(erp.rules).toEqual(expect.arrayContaining(['resetchannels', '-@dangerous', '-keys']));
  });

  it('let the workers reach every Replan key, and the default user only PING', () => {
    const worker = user('replan-worker');
    expect([...clientKeys, ...workerOnlyKeys].filter((key) => !reaches(worker, key))).toEqual([]);
    expect(user('default').rules).toEqual(['on', 'nopass', 'resetchannels', '-@all', '+ping']);
  });
});

describe('the ERP and worker users on a live Redis', () => {
  const admin = new Redis(REDIS_URL, { maxRetriesPerRequest: null });
  const name = `replan-erp-acl-test-${process.pid}`;
  const password = `acl-test-${process.pid}-${Date.now()}`;
  // Its own prefix: the file's patterns with `replan:` swapped for it.
  const prefix = `replan-acl-test-${process.pid}`;
  const own = (rule: string): string =>
    rule.startsWith('~') ? `~${prefix}:${rule.slice(`~${P}:`.length)}` : rule;
  const erpUrl = (): string => {
    const url = new URL(REDIS_URL);
    url.username = name;
    url.password = password;
    return url.toString();
  };

  const workerName = `${name}-worker`;
  const workerUrl = (): string => {
    const url = new URL(REDIS_URL);
    url.username = workerName;
    url.password = password;
    return url.toString();
  };

  beforeAll(async () => {
    for (const [who, as] of [
      [name, 'replan-erp'],
      [workerName, 'replan-worker'],
    ] as const) {
      const rules = user(as)
        .rules.filter((r) => !r.startsWith('#') && !r.startsWith('>'))
        .map(own);
      await admin.call('ACL', 'SETUSER', who, 'reset', ...rules, `>${password}`);
    }
  });

  afterAll(async () => {
    await admin.call('ACL', 'DELUSER', name, workerName);
    await deleteKeysMatching(admin, `${prefix}:*`);
    await admin.quit();
  });

  it('requests, follows and cancels a run, and cannot touch a stage queue or a run key', async () => {
    const client = new ReplanClient({ redisUrl: erpUrl(), tenant: 'acme', secret: 's', prefix });
    const erp = new Redis(erpUrl(), { maxRetriesPerRequest: 1 });
    const stage = new Queue(queueNames.write, { connection: erp, prefix });
    try {
      const { runId, queued } = await client.requestRun({ plan: 'MASTER', planDate: '2026-12-01' });
      expect(queued).toBe('new');
      // Waiting (no worker here): following it reads its job and the events stream…
      const events: string[] = [];
      const stop = client.subscribe(runId, (event) => events.push(JSON.stringify(event)));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // …and cancelling it takes it off the queue, which the subscriber hears.
      expect(await client.cancelRun(runId)).toBe('cancelled');
      await new Promise((resolve) => setTimeout(resolve, 300));
      stop();
      expect(events.some((e) => e.includes('"status":"cancelled"'))).toBe(true);

      const refused = async (action: () => Promise<unknown>): Promise<string> => {
        try {
          await action();
          return 'allowed';
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
      };
      expect(await refused(() => erp.set(abortKey('acme', runId, prefix), 'x'))).toMatch(/NOPERM/);
      expect(
        await refused(() => erp.xadd(streamKey('acme', runId, 'result', prefix), '*', 'b', 'x')),
      ).toMatch(/NOPERM/);
      expect(await refused(() => stage.add('write', { runId }))).toMatch(/NOPERM/);
      expect(await refused(() => erp.keys('*'))).toMatch(/NOPERM/);
      expect(await refused(() => erp.flushall())).toMatch(/NOPERM/);
    } finally {
      await stage.close().catch(() => undefined);
      erp.disconnect();
      await client.close();
    }
  });

  it('lets the workers take jobs, follow their events and read their run streams', async () => {
    const connection = { url: workerUrl(), maxRetriesPerRequest: null };
    const worker = new Redis(workerUrl(), { maxRetriesPerRequest: null });
    const queue = new Queue(queueNames.extract, { connection: worker, prefix });
    const events = new QueueEvents(queueNames.extract, { connection, prefix });
    const taker = new Worker(queueNames.extract, () => Promise.resolve('done'), {
      connection,
      prefix,
    });
    try {
      await events.waitUntilReady();
      const job = await queue.add('extract', { runId: 'run-w' });
      expect(await job.waitUntilFinished(events, 10_000)).toBe('done');
      const key = streamKey('acme', 'run-w', 'snapshot', prefix);
      await worker.xadd(key, '*', 'b', 'x');
      expect(await worker.xlen(key)).toBe(1);
      await worker.set(abortKey('acme', 'run-w', prefix), 'x');
      expect(await worker.exists(abortKey('acme', 'run-w', prefix))).toBe(1);
    } finally {
      await taker.close();
      await events.close();
      await queue.close();
      worker.disconnect();
    }
  });
});
