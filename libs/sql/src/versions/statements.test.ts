/**
 * The version-table statements as SQL text, without a database: SQL Server (a partitioned
 * view over member tables) and PostgreSQL (a partition per version).
 */
import knexFactory from 'knex';

import { PLANNED_ORDERS } from '../schema';
import { versionTableName } from './names';
import {
  attachPartitionSql,
  createVersionTableSql,
  indexVersionTableSql,
  resultViewSql,
} from './statements';

const mssql = knexFactory({ client: 'mssql' });

describe('plan version tables as SQL text', () => {
  afterAll(() => mssql.destroy());

  it('SQL Server: a member table checked to its plan and version, keyed after loading', () => {
    const name = versionTableName(PLANNED_ORDERS.name, "O'NEIL", 2, 'b');
    expect(name).toMatch(/^replan_planned_orders_p[0-9a-f]{12}_v2b$/);
    const create = createVersionTableSql(mssql, 'mssql', PLANNED_ORDERS, name, "O'NEIL", 2);
    expect(create[0]).toMatch(new RegExp(`^CREATE TABLE \\[${name}\\] \\(`));
    // No key or index while the rows load.
    expect(create[0]).not.toMatch(/PRIMARY KEY/i);
    // The plan id is a quoted national literal (DDL takes no parameters).
    expect(create[1]).toBe(
      `alter table [${name}] add constraint [${name}_version] check ` +
        "([plan_id] = N'O''NEIL' and [plan_version] = 2)",
    );
    expect(indexVersionTableSql('mssql', PLANNED_ORDERS, name)[0]).toBe(
      `alter table [${name}] add constraint [${name}_pkey] primary key ` +
        '([plan_id], [plan_version], [id])',
    );
  });

  it('SQL Server: the result view is the UNION ALL of the empty table and the members', () => {
    const [view] = resultViewSql('mssql', PLANNED_ORDERS, ['m1', 'm2']);
    expect(view).toMatch(/^create or alter view \[replan_planned_orders\] as select \[plan_id\]/);
    expect(view?.match(/ union all /g)).toHaveLength(2);
    expect(view).toContain('from [replan_planned_orders_empty] union all');
    expect(view).toMatch(/from \[m2\]$/);
  });

  it('PostgreSQL: a partition holds exactly one plan and version', () => {
    expect(attachPartitionSql('replan_pegging', 'x', 'P', 1)).toBe(
      `alter table "replan_pegging" attach partition "x" for values from ('P', 1) to ('P', 2)`,
    );
  });
});
