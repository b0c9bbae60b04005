/**
 * Tenant registry fixtures: the JSON file the connector and writer read
 * (REPLAN_REGISTRY), written for a test's tenants.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TenantFixture {
  id: string;
  secret: string;
  database: { client: string; connection: unknown; searchPath?: string[] };
}

/** Writes `tenants.json` into `dir` and returns its path. */
export function writeRegistry(dir: string, tenants: readonly TenantFixture[]): string {
  const path = join(dir, 'tenants.json');
  writeFileSync(path, `${JSON.stringify({ tenants }, null, 2)}\n`);
  return path;
}
