/**
 * PostgreSQL integration tests: a real server at 127.0.0.1:5432 (user postgres, database
 * test, or PG* / DATABASE_URL overrides), each run in a fresh schema dropped afterwards.
 */
import { demoCompany, generateDataset } from '@replan/datagen';
import { planDataset, validateDataset } from '@replan/engine';
import knexFactory, { type Knex } from 'knex';

import {
  BatchInsertWriter,
  PEGGING,
  PgCopyWriter,
  loadDataset,
  readActivePlan,
  readDataset,
  readPlanVersion,
  streamTable,
  versionTable,
  writeResult,
  type BulkWriter,
} from './index';
import {
  createPgSchema,
  expectedRows,
  normaliseDataset,
  readExample,
  syntheticResult,
  testPgConnection,
  type PgSchema,
} from '@replan/testing';

const connection = testPgConnection();

describe('PostgreSQL', () => {
  let suite: PgSchema;
  let schema: string;
  let admin: Knex;
  let knex: Knex;

  beforeAll(async () => {
    suite = await createPgSchema();
    ({ schema, knex } = suite);
    admin = knexFactory({ client: 'pg', connection, pool: { min: 0, max: 1 } });
  });

  afterAll(async () => {
    await admin?.destroy();
    await suite?.drop();
  });

  afterEach(() => jest.restoreAllMocks());

  it('reads tables by COPY; a reader that stops early leaves its connection usable', async () => {
    await writeResult(knex, syntheticResult('EARLY', 20_000));
    const onePool = knexFactory({
      client: 'pg',
      connection,
      searchPath: [schema],
      pool: { min: 0, max: 1 },
    });
    try {
      let taken = 0;
      for await (const row of streamTable(onePool, PEGGING, ['line_no'], { plan_id: 'EARLY' })) {
        expect(typeof row.issue_id).toBe('string');
        if (++taken === 3) break;
      }
      // The pool's only connection is back, out of COPY mode, and answers.
      const answer: unknown = await onePool.raw('select 1 as one');
      expect((answer as { rows: { one: number }[] }).rows[0]?.one).toBe(1);
    } finally {
      await onePool.destroy();
    }
  });

  it('shows a reader the old plan or the new one, never a mix, while later runs write', async () => {
    // Three runs of one plan, told apart by the tag in their planned order ids.
    const [a, b, c] = ['-a', '-b', '-c'].map((tag) => syntheticResult('MIX', 3000, tag));
    if (a === undefined || b === undefined || c === undefined) throw new Error('no results');
    const ids = (rows: { plannedOrders: { id: string }[] } | undefined): string[] =>
      (rows?.plannedOrders ?? []).map((o) => o.id).sort();
    await writeResult(knex, a); // version 1
    // Run b writes version 2 and, before its flip commits, a reader still gets a, whole.
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let paused: () => void = () => {};
    const atFlip = new Promise<void>((resolve) => (paused = resolve));
    const writingB = writeResult(knex, b, {
      beforeFlip: () => {
        paused();
        return gate;
      },
    });
    await atFlip;
    expect(ids(await readActivePlan(knex, 'MIX'))).toEqual(ids(a));
    // A reader that took its snapshot now reads version 1 (a)…
    const reader = await knex.transaction({ isolationLevel: 'repeatable read', readOnly: true });
    const early = await readActivePlan(reader, 'MIX');
    expect(early?.version).toBe(1);
    expect(ids(early)).toEqual(ids(a));
    // …and b's flip (which swaps version 2's tables in) waits for that reader to end…
    let flippedB = false;
    release();
    const flip = writingB.then((summary) => {
      flippedB = true;
      return summary;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(flippedB).toBe(false);
    // …so that reader, reading version 1 again in its snapshot, still finds all of a.
    expect(ids(await readPlanVersion(reader, 'MIX', 1))).toEqual(ids(a));
    await reader.commit();
    expect(await flip).toMatchObject({ version: 2, previousVersion: 1 });
    expect(ids(await readActivePlan(knex, 'MIX'))).toEqual(ids(b));
    // Run c replaces version 1 (a) and flips to it.
    expect(await writeResult(knex, c)).toMatchObject({ version: 1, previousVersion: 2 });
    expect(ids(await readActivePlan(knex, 'MIX'))).toEqual(ids(c));
  }, 60_000);

  it('replaces a version with no DELETE, drops its old tables, and readers never see a mix', async () => {
    const [a, b, c] = ['-a', '-b', '-c'].map((tag) => syntheticResult('SWAP', 2000, tag));
    if (a === undefined || b === undefined || c === undefined) throw new Error('no results');
    const tag = (rows: { plannedOrders: { id: string }[] } | undefined): string[] => [
      ...new Set((rows?.plannedOrders ?? []).map((o) => o.id.slice(-2))),
    ];
    await writeResult(knex, a);
    const old = await versionTable(knex, PEGGING, 'SWAP', 1);
    expect(old).toMatch(/^replan_pegging_p[0-9a-f]{12}_v1a$/);
    // Readers read while b (version 2) and c (version 1 again, replacing a) flip: each sees
    // one whole plan (all its orders carry one tag, and as many as the plan has), no error.
    let writing = true;
    const seen: string[][] = [];
    const readers = [0, 1].map(async () => {
      while (writing) {
        const read = await readActivePlan(knex, 'SWAP');
        expect(read?.plannedOrders).toHaveLength(2000);
        seen.push(tag(read));
      }
    });
    await writeResult(knex, b);
    await writeResult(knex, c);
    writing = false;
    await Promise.all(readers);
    for (const tags of seen) expect(['-a', '-b', '-c']).toContain(tags.join(''));
    expect(tag(await readActivePlan(knex, 'SWAP'))).toEqual(['-c']);
    // No row was deleted from any result table's version tables (pg_stat counts them).
    await new Promise((resolve) => setTimeout(resolve, 700));
    const deleted = await knex.raw<{ rows: { n: number }[] }>(
      'select coalesce(sum(n_tup_del), 0)::int as n from pg_stat_user_tables ' +
        "where schemaname = current_schema() and relname like 'replan\\_%\\_p%'",
    );
    expect(deleted.rows[0]?.n).toBe(0);
    // Version 1's old table (a's rows) is gone; a new one holds c.
    const now = await versionTable(knex, PEGGING, 'SWAP', 1);
    expect(now).not.toBe(old);
    const gone = await knex.raw<{ rows: { t: string | null }[] }>(
      'select to_regclass(?)::text as t',
      [old ?? ''],
    );
    expect(gone.rows[0]?.t).toBeNull();
  }, 60_000);

  it('creates the tables in the test schema', async () => {
    const rows = await admin('information_schema.tables')
      .where({ table_schema: schema })
      .count<{ n: string }[]>({ n: '*' });
    expect(Number(rows[0]?.n)).toBeGreaterThanOrEqual(22);
  });

  it('round-trips the bike shop dataset and its plan', async () => {
    const dataset = readExample('bike-shop.json');
    await loadDataset(knex, dataset);
    const read = await readDataset(knex, dataset.plan.id);
    expect(normaliseDataset(read)).toEqual(normaliseDataset(dataset));

    const copy = jest.spyOn(PgCopyWriter.prototype, 'insert');
    const result = planDataset(read);
    const summary = await writeResult(knex, result);
    expect(summary).toMatchObject({ version: 1, method: 'copy' });
    expect(copy).toHaveBeenCalled();
    expect(await readActivePlan(knex, result.plan)).toEqual({
      planId: result.plan,
      version: 1,
      ...expectedRows(result),
    });
  });

  it('reads DATE columns as YYYY-MM-DD text, not through the driver Date parser', async () => {
    // pg's default DATE parser makes a local-midnight Date; the reader formats in SQL instead.
    const raw: unknown[] = await knex('replan_plans')
      .select('plan_date')
      .where({ id: 'BIKE-SHOP' });
    expect((raw[0] as { plan_date?: unknown } | undefined)?.plan_date).toBeInstanceOf(Date);
    const read = await readDataset(knex, 'BIKE-SHOP');
    expect(read.plan.planDate).toBe('2026-03-02');
  });

  // 44,000 rows written and read back twice: more than the default 5 s on a busy machine.
  it('round-trips 20,000 planned orders through COPY, with escapes', async () => {
    const result = syntheticResult('BIG', 20_000);
    const summary = await writeResult(knex, result);
    expect(summary.method).toBe('copy');
    expect(summary.rows).toMatchObject({ replan_planned_orders: 20_000, replan_pegging: 20_000 });
    expect(await readActivePlan(knex, 'BIG')).toEqual({
      planId: 'BIG',
      version: 1,
      ...expectedRows(result),
    });

    const next = syntheticResult('BIG', 1_000, '-b');
    expect(await writeResult(knex, next)).toMatchObject({ version: 2, previousVersion: 1 });
    expect((await readActivePlan(knex, 'BIG'))?.plannedOrders).toEqual(
      expectedRows(next).plannedOrders,
    );
  }, 20_000);

  it('rolls back a failed COPY and keeps the active version', async () => {
    const before = await readActivePlan(knex, 'BIG');
    const inner = new PgCopyWriter();
    const failing: BulkWriter = {
      method: 'copy',
      async insert(trx, table, rows) {
        const list = [...rows];
        if ((table.versionOf ?? table.name) === PEGGING.name && list[0]) list.push(list[0]);
        return inner.insert(trx, table, list);
      },
    };
    await expect(
      writeResult(knex, syntheticResult('BIG', 500, '-c'), { bulkWriter: failing }),
      // The key is built once the rows are in: the duplicate fails it.
    ).rejects.toThrow(
      /could not create unique index "replan_pegging_p[0-9a-f]{12}_v[12][ab]_pkey"/,
    );
    expect(await readActivePlan(knex, 'BIG')).toEqual(before);
  });

  it('aborts a COPY on a bad row mid-stream, and the next write still works', async () => {
    const before = await readActivePlan(knex, 'BIG');
    const bad = syntheticResult('BIG', 12_000, '-bad');
    const order = bad.plannedOrders[11_000];
    if (order) order.quantity = Number.NaN;
    await expect(writeResult(knex, bad)).rejects.toThrow(/quantity/);
    expect(await readActivePlan(knex, 'BIG')).toEqual(before);
    const good = syntheticResult('BIG', 100, '-good');
    await writeResult(knex, good);
    expect((await readActivePlan(knex, 'BIG'))?.plannedOrders).toEqual(
      expectedRows(good).plannedOrders,
    );
  });

  it('batched inserts give the same rows as COPY', async () => {
    const result = syntheticResult('BATCH', 3_000);
    const summary = await writeResult(knex, result, { bulkWriter: new BatchInsertWriter() });
    expect(summary.method).toBe('insert');
    expect(await readPlanVersion(knex, 'BATCH', 1)).toEqual({
      planId: 'BATCH',
      version: 1,
      ...expectedRows(result),
    });
  });

  it('round-trips a generated mid-size dataset and its plan', async () => {
    const dataset = generateDataset({ items: 300, seed: 7 });
    await loadDataset(knex, dataset, { replace: true });
    const read = await readDataset(knex, dataset.plan.id);
    expect(normaliseDataset(read)).toEqual(normaliseDataset(dataset));
    expect(validateDataset(read).ok).toBe(true);
    const result = planDataset(read);
    expect(result.plannedOrders.length).toBeGreaterThan(100);
    await writeResult(knex, result);
    const active = await readActivePlan(knex, dataset.plan.id);
    expect(active).toEqual({
      planId: dataset.plan.id,
      version: 1,
      ...expectedRows(result),
    });
  });

  it('round-trips the demo company with routes, and its capacity load through COPY', async () => {
    const dataset = demoCompany({ today: '2026-03-02' });
    await loadDataset(knex, dataset, { replace: true });
    const read = await readDataset(knex, dataset.plan.id);
    expect(normaliseDataset(read)).toEqual(normaliseDataset(dataset));
    const result = planDataset(read);
    expect(JSON.stringify(result)).toBe(JSON.stringify(planDataset(dataset)));
    expect(result.capacityReservations.length).toBeGreaterThan(0);
    const summary = await writeResult(knex, result);
    expect(summary.method).toBe('copy');
    const active = await readActivePlan(knex, dataset.plan.id);
    expect(active?.capacityLoad).toEqual(expectedRows(result).capacityLoad);
    expect(active?.capacityReservations).toEqual(expectedRows(result).capacityReservations);

    // A filtered write rebuilds the load from the reservations, in PostgreSQL's own SQL.
    const frames = ['FRAME-CITY', 'FRAME-KIDS', 'FRAME-MTB', 'FRAME-TREK'];
    const filtered = planDataset({ ...read, filter: { items: frames, bomLevels: 0 } });
    await writeResult(knex, filtered);
    const after = await readActivePlan(knex, dataset.plan.id);
    const total = (rows: readonly { hours: number }[]): number =>
      rows.reduce((sum, row) => sum + row.hours, 0);
    const loadTotal = (after?.capacityLoad ?? []).reduce((sum, row) => sum + row.requiredHours, 0);
    expect(loadTotal).toBeCloseTo(total(after?.capacityReservations ?? []), 6);
    expect(after?.capacityReservations.filter((r) => r.item.startsWith('WHEEL'))).toEqual(
      expectedRows(result).capacityReservations.filter((r) => r.item.startsWith('WHEEL')),
    );
  });
});
