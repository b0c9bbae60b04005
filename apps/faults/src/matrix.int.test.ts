/**
 * One cell of the fault matrix end to end: a lane with its own Redis and PostgreSQL
 * cluster, the built connector, engine and writer apps, the demo company planned once as
 * the baseline, then a request signed with the wrong secret. Needs redis-server and
 * PostgreSQL's initdb and pg_ctl on this machine, and the apps built (npm run build).
 */
import { demoCompany } from '@replan/datagen';

import { CELLS } from './cells';
import { Lane } from './lane';

jest.setTimeout(120_000);

let lane: Lane | undefined;

afterAll(async () => {
  await lane?.close();
});

it('refuses a forged request: the old plan stays active and whole, no history row', async () => {
  lane = await Lane.open({
    dataset: demoCompany({ today: '2026-03-02' }),
    outcomeTimeoutMs: 60_000,
    forgedWaitMs: 20_000,
  });
  const cell = CELLS.find((c) => c.name === 'forged request');
  if (cell === undefined) throw new Error('no forged request cell');
  const record = await lane.run(cell, 1);
  expect(record.cls).toBe('refused');
  // The ERP's view itself, not only its class: told failed, the baseline plan untouched.
  expect(record.view.outcome).toMatchObject({ kind: 'outcome', status: 'failed' });
  expect(record.view.history).toBeUndefined();
  expect(record.view.active?.runId).toBe(record.baselineRunId);
  // The demo company plans 307 planned orders (docs/reliability.md, the matrix's data).
  expect(record.view.rows.replan_planned_orders).toBeGreaterThan(0);
  expect(record.crashes).toEqual([]);
});
