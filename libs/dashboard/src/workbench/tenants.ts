/**
 * Where the workbench finds each tenant's ERP database: the service's tenant registry (or
 * anything with the same two methods).
 */
import type { Knex } from 'knex';

export interface WorkbenchTenants {
  /** The tenants the workbench shows. */
  ids(): readonly string[];
  /** The tenant's database, or undefined when the tenant is not known. */
  database(tenant: string): Knex | undefined;
}

/** The tenants of a tenant registry (`TenantRegistry` of @replan/pipeline). */
export function registryTenants<T>(registry: {
  ids(): string[];
  get(id: string): T | undefined;
  openTenantDatabase(tenant: T): Knex;
}): WorkbenchTenants {
  return {
    ids: () => registry.ids(),
    database(tenant) {
      const entry = registry.get(tenant);
      return entry === undefined ? undefined : registry.openTenantDatabase(entry);
    },
  };
}
