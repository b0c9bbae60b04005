/**
 * SQL Server, offline: the statements knex and tedious would send, checked without a
 * server. Live tests run only when MSSQL_URL is set (CI has no SQL Server).
 */
import knexFactory, { type Knex } from 'knex';
import { Connection } from 'tedious';

import {
  ALL_TABLES,
  PLANNED_ORDERS,
  PLANS,
  addBulkLoadColumns,
  createTable,
  datasetToRows,
  insertChunkSize,
  loadDataset,
  migrateLatest,
  readActivePlan,
  readDataset,
  writeResult,
} from './index';
import { migrationSchema } from './migrations';
import { CAPACITY_RESERVATIONS, ROUTES_MIGRATION } from './schema';
import { expectedRows, normaliseDataset, readExample, syntheticResult } from '@replan/testing';
import { capacityLoadFromReservations } from './writer';

const mssql = knexFactory({ client: 'mssql' });

describe('SQL Server statements (offline)', () => {
  it('creates tables with bracket quoting, a named primary key and indexes', () => {
    const statements = createTable(mssql.schema, PLANNED_ORDERS).toSQL();
    const create = statements[0]?.sql ?? '';
    expect(create).toMatch(/^CREATE TABLE \[replan_planned_orders\] \(/);
    expect(create).toContain('[plan_id] nvarchar(100) not null');
    expect(create).toContain('[plan_version] int not null');
    expect(create).toContain('[quantity] float not null');
    expect(create).toContain('[order_date] date not null');
    expect(create).toContain('[to_firm] bit not null');
    expect(create).toContain(
      'CONSTRAINT [replan_planned_orders_pkey] PRIMARY KEY ([plan_id], [plan_version], [id])',
    );
    expect(statements.map((s) => s.sql)).toContain(
      'CREATE INDEX [replan_planned_orders_item] ON [replan_planned_orders] ([plan_id], [plan_version], [item])',
    );
  });

  it('compiles every migration table', () => {
    for (const table of ALL_TABLES) {
      const sql = createTable(mssql.schema, table)
        .toSQL()
        .map((s) => s.sql)
        .join(';\n');
      expect(sql).toContain(`CREATE TABLE [${table.name}]`);
      for (const column of table.columns) expect(sql).toContain(`[${column.name}]`);
    }
  });

  it('keeps a batch insert within 2100 parameters and 1000 rows', () => {
    const result = syntheticResult('P', 3_000);
    const rows = result.plannedOrders.map((order) => ({
      plan_id: 'P',
      plan_version: 1,
      id: order.id,
      type: order.type,
      item: order.item,
      warehouse: order.warehouse,
      from_warehouse: order.fromWarehouse ?? null,
      quantity: order.quantity,
      order_date: order.orderDate,
      start_date: order.startDate,
      delivery_date: order.deliveryDate,
      receipt_date: order.receiptDate,
      requirement_date: order.requirementDate,
      delay_days: order.delayDays,
      bom_level: order.bomLevel,
      futures_date: order.futuresDate,
      to_firm: order.toFirm,
    }));
    const size = insertChunkSize('mssql', PLANNED_ORDERS.columns.length);
    expect(size).toBe(Math.floor(2000 / 17));
    const native = mssql(PLANNED_ORDERS.name).insert(rows.slice(0, size)).toSQL().toNative();
    expect(native.sql).toMatch(
      /^insert into \[replan_planned_orders\] \(\[bom_level\], \[delay_days\], /,
    );
    expect(native.bindings.length).toBe(size * 17);
    expect(native.bindings.length).toBeLessThanOrEqual(2100);
    expect(native.sql).toContain(`@p${size * 17 - 1})`);
  });

  it('sizes chunks by the dialect limits', () => {
    expect(insertChunkSize('mssql', 1)).toBe(1000);
    expect(insertChunkSize('mssql', PLANS.columns.length)).toBeLessThanOrEqual(
      Math.floor(2100 / PLANS.columns.length),
    );
    expect(insertChunkSize('sqlite', 3)).toBe(500);
    expect(insertChunkSize('postgresql', 20)).toBe(3276);
    expect(insertChunkSize('mssql', 5000)).toBe(1);
    expect(() => insertChunkSize('mssql', 0)).toThrow();
  });

  it('builds the tedious BulkLoad statement for planned orders', () => {
    const connection = new Connection({
      server: 'localhost',
      authentication: { type: 'default', options: { userName: 'x', password: 'y' } },
    });
    const bulkLoad = connection.newBulkLoad(PLANNED_ORDERS.name, { keepNulls: true }, () => {});
    addBulkLoadColumns(bulkLoad, PLANNED_ORDERS);
    const sql = bulkLoad.getBulkInsertSql();
    expect(sql).toMatch(/^insert bulk replan_planned_orders\(/);
    expect(sql).toContain('[plan_id] nvarchar(100)');
    expect(sql).toContain('[plan_version] int');
    expect(sql).toContain('[quantity] float');
    expect(sql).toContain('[order_date] date');
    expect(sql).toContain('[to_firm] bit');
    expect(sql).toContain('KEEP_NULLS');
    for (const column of PLANNED_ORDERS.columns) expect(sql).toContain(`[${column.name}]`);
  });

  it('maps run message text to nvarchar(max) in a BulkLoad', () => {
    const connection = new Connection({
      server: 'localhost',
      authentication: { type: 'default', options: { userName: 'x', password: 'y' } },
    });
    const table = ALL_TABLES.find((t) => t.name === 'replan_run_messages');
    if (!table) throw new Error('replan_run_messages missing');
    const bulkLoad = connection.newBulkLoad(table.name, () => {});
    addBulkLoadColumns(bulkLoad, table);
    expect(bulkLoad.getBulkInsertSql()).toContain('[text] nvarchar(max)');
  });

  it('upgrades a first-release database to routes and capacity (migration 2)', () => {
    const up = migrationSchema(mssql.schema, ROUTES_MIGRATION, 'up')
      .toSQL()
      .map((statement) => statement.sql);
    expect(up).toContain('ALTER TABLE [replan_bom_lines] ADD [operation] int null');
    for (const table of [
      'replan_resources',
      'replan_resource_groups',
      'replan_resource_group_members',
      'replan_route_operations',
      'replan_capacity_load',
      'replan_capacity_reservations',
    ]) {
      expect(up.some((sql) => sql.startsWith(`CREATE TABLE [${table}]`))).toBe(true);
    }
    // Migration 1 no longer creates them, nor the new column.
    const first = migrationSchema(mssql.schema, 1, 'up')
      .toSQL()
      .map((statement) => statement.sql)
      .join('\n');
    expect(first).not.toContain('replan_resources');
    expect(first).not.toContain('[operation]');
    const down = migrationSchema(mssql.schema, ROUTES_MIGRATION, 'down')
      .toSQL()
      .map((statement) => statement.sql)
      .join('\n');
    expect(down).toContain('ALTER TABLE [replan_bom_lines] DROP COLUMN [operation]');
    expect(down).toContain(
      "if object_id('[replan_capacity_load]', 'U') is not null DROP TABLE [replan_capacity_load]",
    );
  });

  it('builds the BulkLoad of capacity reservations and the load rebuilt from them', () => {
    const connection = new Connection({
      server: 'localhost',
      authentication: { type: 'default', options: { userName: 'x', password: 'y' } },
    });
    const bulkLoad = connection.newBulkLoad(CAPACITY_RESERVATIONS.name, () => {});
    addBulkLoadColumns(bulkLoad, CAPACITY_RESERVATIONS);
    const sql = bulkLoad.getBulkInsertSql();
    expect(sql).toContain('[order_id] nvarchar(220)');
    expect(sql).toContain('[hours] float');
    expect(sql).toContain('[date] date');
    const rebuild = capacityLoadFromReservations(mssql, { plan_id: 'P', plan_version: 2 }).toSQL();
    expect(rebuild.sql).toBe(
      'insert into [replan_capacity_load] select [plan_id], [plan_version], [resource], [date], ' +
        'sum([hours]) as [required_hours], max([available_hours]) as [available_hours] from ' +
        '[replan_capacity_reservations] where [plan_id] = ? and [plan_version] = ? group by ' +
        '[plan_id], [plan_version], [resource], [date]',
    );
  });

  it('maps a dataset to rows of every input table', () => {
    const dataset = readExample('bike-shop.json');
    const tables = datasetToRows(dataset);
    expect(tables.map((t) => t.table.name)).toContain('replan_calendar_exceptions');
    const calendars = tables.find((t) => t.table.name === 'replan_calendars');
    expect(calendars?.rows[0]).toMatchObject({ id: 'WORKWEEK', monday: true, sunday: false });
  });
});

const itMssql = process.env.MSSQL_URL ? it : it.skip;

describe('SQL Server (live, MSSQL_URL)', () => {
  let knex: Knex | undefined;

  afterAll(async () => {
    await knex?.destroy();
  });

  itMssql('round-trips the bike shop dataset and a BulkLoad result', async () => {
    // MSSQL_URL: mssql://user:password@host:port/database
    const url = new URL(process.env.MSSQL_URL ?? '');
    knex = knexFactory({
      client: 'mssql',
      connection: {
        server: url.hostname,
        port: Number(url.port || 1433),
        user: decodeURIComponent(url.username),
        password: decodeURIComponent(url.password),
        database: url.pathname.slice(1) || 'master',
        options: { trustServerCertificate: true },
      },
    });
    await migrateLatest(knex);
    const dataset = readExample('bike-shop.json');
    await loadDataset(knex, dataset, { replace: true });
    expect(normaliseDataset(await readDataset(knex, dataset.plan.id))).toEqual(
      normaliseDataset(dataset),
    );
    const result = syntheticResult(`MSSQL-${Date.now()}`, 5_000);
    const summary = await writeResult(knex, result);
    expect(summary.method).toBe('bulkLoad');
    expect(await readActivePlan(knex, result.plan)).toMatchObject(expectedRows(result));
  });
});
