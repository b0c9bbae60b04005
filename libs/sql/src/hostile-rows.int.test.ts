/**
 * Hostile rows on PostgreSQL (127.0.0.1:5432, or PG* / DATABASE_URL), in a fresh schema
 * dropped afterwards: the cases of hostile-rows-cases.ts.
 */
import { randomBytes } from 'node:crypto';

import knexFactory, { type Knex } from 'knex';

import { hostileRowCases, loadLooseBikeShop } from './hostile-rows-cases';
import { migrateLatest, readDataset, UnreadableRowError } from './index';

const connection = process.env.DATABASE_URL ?? {
  host: process.env.PGHOST ?? '127.0.0.1',
  port: Number(process.env.PGPORT ?? 5432),
  user: process.env.PGUSER ?? 'postgres',
  database: process.env.PGDATABASE ?? 'test',
};

describe('PostgreSQL: unreadable values in the ERP tables', () => {
  const schema = `replan_test_hostile_${randomBytes(6).toString('hex')}`;
  let admin: Knex;
  let knex: Knex;

  beforeAll(async () => {
    admin = knexFactory({ client: 'pg', connection, pool: { min: 0, max: 1 } });
    await admin.raw('create schema ??', [schema]);
    knex = knexFactory({
      client: 'pg',
      connection,
      searchPath: [schema],
      pool: { min: 0, max: 2 },
    });
    await migrateLatest(knex);
    await loadLooseBikeShop(knex, 'postgresql');
  });

  afterAll(async () => {
    await knex?.destroy();
    await admin?.raw('drop schema if exists ?? cascade', [schema]);
    await admin?.destroy();
  });

  hostileRowCases(() => knex);

  it("names the row of a NaN in a float column (PostgreSQL's double precision holds one)", async () => {
    await knex('replan_on_hand')
      .where({ item: 'WHEEL' })
      .update({ quantity: knex.raw("'NaN'") });
    try {
      const read = readDataset(knex, 'BIKE-SHOP');
      await expect(read).rejects.toThrow(UnreadableRowError);
      await expect(read).rejects.toThrow(
        /^replan_on_hand row 'WHEEL' \/ 'MAIN': column 'quantity' is not a finite number: 'NaN'$/,
      );
    } finally {
      await knex('replan_on_hand').where({ item: 'WHEEL' }).update({ quantity: 1 });
    }
  });

  it("reads DATE columns as YYYY-MM-DD whatever the server's DateStyle", async () => {
    // A session printing dates as 02/03/2026 (DateStyle SQL, DMY): the reader must not care.
    const dmy = knexFactory({
      client: 'pg',
      connection,
      searchPath: [schema],
      pool: {
        min: 0,
        max: 1,
        afterCreate: (
          conn: { query(sql: string, done: (err?: Error) => void): void },
          done: (err?: Error) => void,
        ) => {
          conn.query("set datestyle = 'SQL, DMY'", done);
        },
      },
    });
    try {
      const shown: unknown = await dmy.raw("select '2026-03-02'::date::text as d");
      expect((shown as { rows: { d: string }[] }).rows[0]?.d).toBe('02/03/2026');
      const iso = await readDataset(knex, 'BIKE-SHOP');
      const read = await readDataset(dmy, 'BIKE-SHOP');
      expect(read).toEqual(iso);
      // The supply lines' due dates are a DATE column in the loose bike shop too.
      expect(read.supply?.map((s) => s.date).every((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))).toBe(
        true,
      );
      expect(read.supply?.length).toBeGreaterThan(0);
    } finally {
      await dmy.destroy();
    }
  });
});
