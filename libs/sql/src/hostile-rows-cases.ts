/**
 * Rows an ERP should not have but may: a NULL where a value is required, a date that does
 * not exist, text in a number column, NaN, an id of 10,000 characters. Run against each
 * database the tests have (SQLite in hostile-rows.test.ts, PostgreSQL in
 * hostile-rows.int.test.ts): reading the plan must fail with a message naming the table,
 * the row and the column, never with a TypeError, and a readable but out-of-bounds
 * quantity must fail validation naming the row.
 */
import { validateDataset } from '@replan/engine';
import type { Knex } from 'knex';

import { loadDataset, readDataset, UnreadableRowError } from './index';
import { readExample } from '@replan/testing';

const DEMAND = 'replan_demand_lines';

/**
 * Loads the bike shop and remakes the demand table as an ERP view might have it: without
 * NOT NULL constraints, and (where the database types its columns strictly) with the
 * quantity as text, so the hostile rows can be stored at all.
 */
export async function loadLooseBikeShop(
  knex: Knex,
  dialect: 'sqlite' | 'postgresql',
): Promise<void> {
  await loadDataset(knex, readExample('bike-shop.json'));
  await knex.raw(`create table loose_demand as select * from ${DEMAND}`);
  await knex.raw(`drop table ${DEMAND}`);
  await knex.raw(`alter table loose_demand rename to ${DEMAND}`);
  if (dialect === 'postgresql') {
    // As an ERP's view over its own tables may deliver them: numbers and dates as text.
    await knex.raw(
      `alter table ${DEMAND} alter column quantity type text, alter column id type text, ` +
        'alter column date type text',
    );
  }
}

interface HostileRow {
  name: string;
  row: Record<string, string | number | null>;
  message: string;
}

const line = (
  values: Record<string, string | number | null>,
): Record<string, string | number | null> => ({
  id: 'SO-X',
  type: 'sales',
  item: 'BIKE',
  warehouse: 'SHOP',
  date: '2026-03-02',
  quantity: 1,
  ...values,
});

const LONG_ID = `SO-X${'X'.repeat(9_996)}`;
/** The long id as a message shows it: its first 60 characters with the quote, and its length. */
const LONG_ID_SHOWN = `'SO-X${'X'.repeat(55)}… (10002 characters)`;

export function hostileRowCases(db: () => Knex): void {
  const cases: HostileRow[] = [
    {
      name: 'a NULL item',
      row: line({ item: null }),
      message: "replan_demand_lines row 'SO-X': column 'item' is NULL, but a value is required",
    },
    {
      name: "text in the quantity column ('abc')",
      row: line({ quantity: 'abc' }),
      message: "replan_demand_lines row 'SO-X': column 'quantity' is not a finite number: 'abc'",
    },
    {
      name: "'NaN' in the quantity column",
      row: line({ quantity: 'NaN' }),
      message: "replan_demand_lines row 'SO-X': column 'quantity' is not a finite number: 'NaN'",
    },
    {
      name: 'an id of 10,000 characters',
      row: line({ id: LONG_ID }),
      message:
        `replan_demand_lines row ${LONG_ID_SHOWN}: column 'id' is 10000 characters long, ` +
        `more than the 100 it may have: ${LONG_ID_SHOWN}`,
    },
  ];
  // PostgreSQL's DATE columns cannot hold a date that does not exist; the loose demand
  // table's text column (and SQLite's) can.
  cases.push(
    {
      name: "a date that does not exist ('2026-02-30')",
      row: line({ date: '2026-02-30' }),
      message:
        "replan_demand_lines row 'SO-X': column 'date' is not a real date (YYYY-MM-DD): '2026-02-30'",
    },
    {
      name: "a date in another form ('02/03/2026')",
      row: line({ date: '02/03/2026' }),
      message:
        "replan_demand_lines row 'SO-X': column 'date' is not a real date (YYYY-MM-DD): '02/03/2026'",
    },
  );

  describe('hostile rows', () => {
    afterEach(async () => {
      await db()(DEMAND).whereLike('id', 'SO-X%').delete();
    });

    it.each(cases)('names the table, row and column of $name', async ({ row, message }) => {
      await db()(DEMAND).insert(row);
      const read = readDataset(db(), 'BIKE-SHOP');
      await expect(read).rejects.toThrow(UnreadableRowError);
      await expect(read).rejects.toThrow(message);
    });

    it('reads a quantity of 1e15, which validation rejects naming the row', async () => {
      await db()(DEMAND).insert(line({ quantity: 1e15 }));
      const dataset = await readDataset(db(), 'BIKE-SHOP');
      const validation = validateDataset(dataset);
      const row = dataset.demand?.findIndex((d) => d.id === 'SO-X');
      expect(validation.ok ? [] : validation.errors.map((e) => e.message)).toEqual([
        `demand 'SO-X' (row ${row}): field 'quantity' must be at most 1e12 in size (the largest quantity an ERP column holds), got 1000000000000000`,
      ]);
    });
  });
}
