/**
 * The workbench's SQL on SQL Server, offline: the statements its views send, built with the
 * mssql dialect and checked without a server (the live cases run on SQLite and PostgreSQL).
 */
import knexFactory from 'knex';

import {
  actionsQuery,
  delaysQuery,
  planSnapshot,
  plannedOrdersQuery,
  runHistoryQuery,
  runMessagesQuery,
} from './index';

const mssql = knexFactory({ client: 'mssql' });
const snapshot = planSnapshot(mssql, { planId: 'P', version: 2, planDate: '2026-03-02' });

describe('workbench statements on SQL Server (offline)', () => {
  it('pages planned orders with OFFSET … FETCH, dates as text, always on the version', () => {
    const query = plannedOrdersQuery(snapshot, {
      item: 'A',
      late: true,
      from: '2026-03-01',
      sort: 'delayDays',
    })
      .offset(100)
      .limit(51)
      .toSQL();
    expect(query.sql).toMatch(
      /^select .*convert\(char\(10\), \[receipt_date\], 23\) as \[receipt_date\].* from \[replan_planned_orders\] where \[plan_id\] = \? and \[plan_version\] = \? and \[item\] = \? and \[delay_days\] > \? and \[receipt_date\] >= \? order by \[delay_days\] desc, \[id\] asc offset \? rows fetch next \? rows only$/,
    );
    expect(query.bindings).toEqual(['P', 2, 'A', 0, '2026-03-01', 100, 51]);
  });

  it('reads delays latest first, actions, messages in line order and runs newest first', () => {
    expect(delaysQuery(snapshot).toSQL().sql).toMatch(
      /from \[replan_delays\] where \[plan_id\] = \? and \[plan_version\] = \? order by \[delay_days\] desc, \[line_no\] asc$/,
    );
    expect(actionsQuery(snapshot, { kind: 'cancel' }).toSQL().sql).toMatch(
      /from \[replan_action_messages\] where .*\[kind\] = \? order by \[line_no\] asc$/,
    );
    expect(runMessagesQuery(snapshot, { severity: 'error' }).toSQL().bindings).toEqual([
      'P',
      2,
      'error',
    ]);
    expect(runHistoryQuery(mssql, 'P').toSQL().sql).toMatch(
      /from \[replan_run_history\] where \[plan_id\] = \? order by \[requested_at\] desc, \[run_id\] desc$/,
    );
  });

  it('qualifies the version of an aliased table', () => {
    const query = snapshot.rows({ name: 'replan_pegging', columns: [] }, 'p').select('p.quantity');
    expect(query.toSQL().sql).toBe(
      'select [p].[quantity] from [replan_pegging] as [p] where [p].[plan_id] = ? and [p].[plan_version] = ?',
    );
  });
});
