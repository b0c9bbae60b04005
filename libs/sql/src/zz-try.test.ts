import knexFactory from 'knex';
import { migrateLatest, writeResult, readActivePlan } from './index';
import { syntheticResult } from './test-support';
it('flip', async () => {
  const conn = { host: '127.0.0.1', user: 'postgres', database: 'test' };
  const admin = knexFactory({ client: 'pg', connection: conn });
  await admin.raw('drop schema if exists replan_try cascade');
  await admin.raw('create schema replan_try');
  const knex = knexFactory({
    client: 'pg',
    connection: conn,
    searchPath: ['replan_try'],
    pool: { min: 0, max: 4 },
  });
  try {
    await migrateLatest(knex);
    await writeResult(knex, syntheticResult('MIX', 300, '-a'));
    console.log('a');
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    let paused: () => void = () => {};
    const atFlip = new Promise<void>((r) => (paused = r));
    const wb = writeResult(knex, syntheticResult('MIX', 300, '-b'), {
      beforeFlip: () => {
        paused();
        return gate;
      },
    });
    wb.catch((e) => console.log('b failed', e));
    await atFlip;
    console.log('at flip');
    const r = await readActivePlan(knex, 'MIX');
    console.log('read', r?.version);
    release();
    await wb;
    console.log('b');
  } finally {
    await knex.destroy();
    await admin.destroy();
  }
}, 60000);
