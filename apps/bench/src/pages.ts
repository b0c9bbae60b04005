/**
 * Page times of the planner's workbench: generates the benchmark's dataset (seed 42, the
 * size asked for), loads it into a fresh PostgreSQL schema with the benchmark's bulk path,
 * plans it and writes the result as the active version, then times each workbench view's
 * read (the server time of its page, less rendering) over a few rounds, and prints them:
 *
 *   npm run build && node apps/bench/bin/replan-bench-pages.js --size M [--rounds 5] [--keep]
 *     [--routes N]      N route operations per manufactured item (capacity pages loaded)
 *     [--schema NAME]   time the pages of a schema kept earlier with --keep (no load, no plan)
 */
import { performance } from 'node:perf_hooks';

import { GENERATED_PLAN_ID, generateDataset, itemsForNodes } from '@replan/datagen';
import {
  compileDataset,
  planResultParts,
  runPlan,
  type ResultPart,
  type ResultSlice,
} from '@replan/engine';
import {
  PlanLookups,
  listActions,
  listDelays,
  listResourceLoads,
  listPlannedOrders,
  listRunMessages,
  listRuns,
  readActivePlanSnapshot,
  readNetRequirements,
  readPlanOverview,
  readResourceDays,
  readWhyTree,
  writeResultSlices,
  type PlanSnapshot,
} from '@replan/sql';

import type { Knex } from 'knex';

import { createBenchDatabase, loadBench, openBenchSchema } from './database';
import { SIZE_NODES, pgConnectionFromEnv, type Size } from './options';

function arg(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
}

/** A database holding the benchmark's plan, and whether it is to be dropped at the end. */
interface PagesDatabase {
  knex: Knex;
  planId: string;
  close(): Promise<void>;
}

/** Generates, loads, plans and writes the benchmark's dataset into a fresh schema. */
async function planIntoFreshSchema(size: Size, routes: number): Promise<PagesDatabase> {
  const nodes = SIZE_NODES[size];
  const say = (text: string): void => void process.stderr.write(`${text}\n`);
  let started = performance.now();
  const dataset = generateDataset({
    items: itemsForNodes(nodes),
    seed: 42,
    ...(routes > 0 ? { routeOperations: routes } : {}),
  });
  say(
    `generated ${size} (${nodes} nodes, ${routes} route operations) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  const db = await createBenchDatabase('pg', pgConnectionFromEnv(process.env));
  try {
    started = performance.now();
    await loadBench(db, dataset, () => undefined);
    say(`loaded into ${db.where} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    const run = runPlan(compileDataset(dataset));
    const parts = planResultParts(run);
    const first = parts.next().value as ResultPart;
    if (first.kind !== 'head') throw new Error('the result has no head');
    function* slices(): Generator<ResultSlice> {
      for (const part of parts) if (part.kind === 'rows') yield part;
    }
    await writeResultSlices(db.knex, first.head, slices(), { run: { runId: 'bench-pages' } });
    // Fresh tables: give the planner their statistics, as autovacuum would soon.
    await db.knex.raw('analyze');
    say(`planned and written in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } catch (error) {
    await db.drop();
    throw error;
  }
  const keep = process.argv.includes('--keep');
  if (keep) say(`keeping ${db.where}: time its pages again with --schema`);
  return {
    knex: db.knex,
    planId: dataset.plan.id,
    close: () => (keep ? db.knex.destroy() : db.drop()),
  };
}

async function main(): Promise<void> {
  const size = arg('size', 'S') as Size;
  const rounds = Number(arg('rounds', '5'));
  const routes = Number(arg('routes', '0'));
  const schema = arg('schema', '');
  const nodes = SIZE_NODES[size];
  if (nodes === undefined) throw new Error(`--size must be S, M or L, got ${size}`);
  if (!Number.isInteger(routes) || routes < 0) {
    throw new Error(`--routes must be a whole number ≥ 0, got ${arg('routes', '')}`);
  }
  const db: PagesDatabase =
    schema === '' ? await planIntoFreshSchema(size, routes) : keptSchema(schema);
  try {
    const planId = db.planId;

    // What the pages are opened on: the latest delay, the node of its root cause, a planned order.
    const pick = await readActivePlanSnapshot(db.knex, planId, async (s) => {
      const delay = (await listDelays(s, { limit: 1 })).rows[0];
      const order = (await listPlannedOrders(s, { sort: 'delayDays', limit: 1 })).rows[0];
      return { delay, order };
    });
    const delay = pick?.delay;
    const order = pick?.order;
    if (order === undefined) throw new Error('the plan has no planned orders');
    const node = delay?.rootCause ?? order;
    const pages: [string, (s: PlanSnapshot) => Promise<unknown>][] = [
      ['overview', (s) => readPlanOverview(s)],
      ['planned orders (first page)', (s) => listPlannedOrders(s)],
      [
        'planned orders (late, by days late)',
        (s) => listPlannedOrders(s, { late: true, sort: 'delayDays' }),
      ],
      ['planned orders (one item)', (s) => listPlannedOrders(s, { item: order.item })],
      [
        `net requirements ${node.item}@${node.warehouse}`,
        (s) => readNetRequirements(s, node.item, node.warehouse),
      ],
      [
        `why ${delay?.demandId ?? order.id}`,
        (s) =>
          readWhyTree(
            new PlanLookups(s),
            delay === undefined
              ? { receipt: order.id }
              : { requirement: delay.demandId, item: delay.item, warehouse: delay.warehouse },
          ),
      ],
      [
        `why ${order.id} (up and down)`,
        (s) => readWhyTree(new PlanLookups(s), { receipt: order.id }),
      ],
      ['delays with root causes (50)', (s) => listDelays(s)],
      ['action messages', (s) => listActions(s)],
      ['capacity (resources)', (s) => listResourceLoads(s)],
      ['capacity (overloaded resources)', (s) => listResourceLoads(s, { overloaded: true })],
      [
        'capacity of the most loaded resource',
        async (s) => {
          const top = (await listResourceLoads(s, { limit: 1 })).rows[0];
          return top === undefined ? undefined : readResourceDays(s, top.resource);
        },
      ],
      ['runs', (s) => listRuns(s.db, s.planId)],
      ['messages', (s) => listRunMessages(s)],
    ];
    const rows: [string, number, number][] = [];
    for (const [name, read] of pages) {
      const times: number[] = [];
      for (let r = 0; r < rounds; r++) {
        const t = performance.now();
        await readActivePlanSnapshot(db.knex, planId, read);
        times.push(performance.now() - t);
      }
      times.sort((a, b) => a - b);
      rows.push([name, times[Math.floor(times.length / 2)] ?? 0, times[times.length - 1] ?? 0]);
    }
    const width = Math.max(...rows.map(([n]) => n.length));
    process.stdout.write(
      `Workbench page times at ${size} (${nodes.toLocaleString('en-US')} nodes), PostgreSQL, ${rounds} rounds\n` +
        `${'page'.padEnd(width)}  median ms  max ms\n` +
        rows
          .map(
            ([n, med, max]) =>
              `${n.padEnd(width)}  ${med.toFixed(1).padStart(9)}  ${max.toFixed(1).padStart(6)}`,
          )
          .join('\n') +
        '\n',
    );
  } finally {
    await db.close();
  }
}

function keptSchema(schema: string): PagesDatabase {
  const knex = openBenchSchema(pgConnectionFromEnv(process.env), schema);
  return { knex, planId: GENERATED_PLAN_ID, close: () => knex.destroy() };
}

main().catch((error: unknown) => {
  process.stderr.write(
    `replan-bench-pages: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
});
