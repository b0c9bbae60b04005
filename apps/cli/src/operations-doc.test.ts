/**
 * docs/operations.md must not drift from the apps' configuration: its table of the worker
 * apps' variables lists exactly SERVICE_SETTINGS, each with its default and its apps; its
 * dashboard table lists exactly the variables the dashboard reads; and every REPLAN_
 * variable it names anywhere is one an app reads.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dashboardSettings } from '@replan/dashboard';
import { SERVICE_APPS, SERVICE_SETTINGS } from '@replan/pipeline';

const ROOT = join(__dirname, '..', '..', '..');
const DOC = 'docs/operations.md';

function readText(file: string): string {
  const path = join(ROOT, file);
  return existsSync(path) ? readFileSync(path, 'utf8') : '';
}

/** The lines of a markdown section, from its heading to the next heading of any level. */
function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.trim() === heading);
  if (start < 0) return [];
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The rows of the first table in `lines` (header and separator left out), as cells. */
function tableRows(lines: readonly string[]): string[][] {
  const table = lines.filter((line) => line.trimStart().startsWith('|'));
  return table.slice(2).map((line) =>
    line
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((cell) => cell.trim()),
  );
}

/** A cell without its code marks: `` `20` `` → `20`. */
function plain(cell: string): string {
  return cell.replace(/`/g, '');
}

/** The variables the dashboard reads: its settings and the names its configuration reads. */
function dashboardVariables(): Set<string> {
  const names = new Set<string>(Object.values(dashboardSettings));
  const dir = join(ROOT, 'apps', 'dashboard', 'src');
  for (const file of readdirSync(dir)) {
    if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
    const source = readFileSync(join(dir, file), 'utf8');
    for (const match of source.matchAll(/['"`](REPLAN_[A-Z0-9_]+)['"`]/g)) {
      names.add(match[1] ?? '');
    }
  }
  return names;
}

describe('docs/operations.md', () => {
  const doc = readText(DOC);
  const workerRows = tableRows(section(doc, '### The worker apps'));
  const dashboardRows = tableRows(section(doc, '### The dashboard'));

  it('exists, with a table of the worker apps and one of the dashboard', () => {
    expect(doc).not.toBe('');
    expect(workerRows.length).toBeGreaterThan(0);
    expect(dashboardRows.length).toBeGreaterThan(0);
  });

  it('names every SERVICE_SETTINGS variable with its default', () => {
    const missing = SERVICE_SETTINGS.filter(
      (s) => !doc.includes(s.name) || !plain(doc).includes(s.default),
    ).map((s) => `${s.name} (default ${s.default})`);
    expect(missing).toEqual([]);
  });

  it('lists exactly SERVICE_SETTINGS in the worker table, each with its default and apps', () => {
    const problems: string[] = [];
    const rows = new Map(workerRows.map((cells) => [plain(cells[0] ?? ''), cells]));
    for (const setting of SERVICE_SETTINGS) {
      const cells = rows.get(setting.name);
      if (cells === undefined) {
        problems.push(`${setting.name}: no row in the worker apps' table`);
        continue;
      }
      if (!plain(cells[1] ?? '').includes(setting.default)) {
        problems.push(
          `${setting.name}: default ${JSON.stringify(cells[1])}, not ${setting.default}`,
        );
      }
      const apps = plain(cells[2] ?? '')
        .split(/[\s,]+/)
        .filter((word) => word !== '');
      const wrong = apps.filter((app) => !(SERVICE_APPS as readonly string[]).includes(app));
      if (wrong.length > 0 || [...apps].sort().join() !== [...setting.apps].sort().join()) {
        problems.push(`${setting.name}: apps ${apps.join(', ')}, not ${setting.apps.join(', ')}`);
      }
    }
    for (const name of rows.keys()) {
      if (!SERVICE_SETTINGS.some((s) => s.name === name)) {
        problems.push(`${name}: in the worker apps' table but not in SERVICE_SETTINGS`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists exactly the dashboard variables, with the defaults of the dashboard README', () => {
    const known = dashboardVariables();
    const listed = new Map(dashboardRows.map((cells) => [plain(cells[0] ?? ''), cells]));
    expect([...listed.keys()].sort()).toEqual([...known].sort());
    const readme = new Map(
      tableRows(section(readText('libs/dashboard/README.md'), '### Environment variables')).map(
        (cells) => [plain(cells[0] ?? ''), plain(cells[1] ?? '')],
      ),
    );
    const different = [...listed]
      .filter(([name, cells]) => readme.has(name) && readme.get(name) !== plain(cells[1] ?? ''))
      .map(([name, cells]) => `${name}: ${cells[1]} here, ${readme.get(name)} in the README`);
    expect(different).toEqual([]);
  });

  it('names no variable that no app reads', () => {
    const known = new Set([...SERVICE_SETTINGS.map((s) => s.name), ...dashboardVariables()]);
    const named = new Set([...doc.matchAll(/\bREPLAN_[A-Z0-9_]+/g)].map((m) => m[0]));
    expect([...named].filter((name) => !known.has(name))).toEqual([]);
  });
});
