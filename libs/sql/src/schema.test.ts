import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { ALL_TABLES, COVERAGE_COLUMNS, DEFAULT_PREFIX, INPUT_TABLES, RESULT_TABLES } from './index';

describe('schema and its documentation', () => {
  const doc = readFileSync(join(__dirname, '..', '..', '..', 'docs', 'erp-contract.md'), 'utf8');
  const coverage = new Set(COVERAGE_COLUMNS.map((c) => c.column.name));

  it('documents every table and column of the migrations', () => {
    for (const table of ALL_TABLES) {
      expect(doc).toContain(`### ${table.name}\n`);
      for (const column of table.columns) {
        const name = column.name.startsWith(DEFAULT_PREFIX)
          ? column.name.slice(DEFAULT_PREFIX.length)
          : column.name;
        if (coverage.has(name)) continue;
        expect(doc).toMatch(new RegExp(`\\| ${column.name} +\\|`));
      }
    }
    for (const name of coverage) expect(doc).toMatch(new RegExp(`\\| ${name} +\\|`));
  });

  it('prefixes every table and versions every result table', () => {
    for (const table of ALL_TABLES) expect(table.name).toMatch(/^replan_/);
    expect(INPUT_TABLES).toHaveLength(18);
    for (const table of RESULT_TABLES) {
      expect(table.primaryKey?.slice(0, 2)).toEqual(['plan_id', 'plan_version']);
    }
  });
});
