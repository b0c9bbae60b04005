/**
 * The tenant of a stage job, looked up in the registry.
 */
import { UnrecoverableError } from 'bullmq';
import type { Tenant, TenantRegistry } from './tenants';

/** The registered tenant `id`; an unknown tenant fails the run without retries. */
export function tenantOf(registry: TenantRegistry, id: string): Tenant {
  const tenant = registry.get(id);
  if (tenant === undefined) {
    throw new UnrecoverableError(`unknown tenant '${id}': it is not in the tenant registry`);
  }
  return tenant;
}
