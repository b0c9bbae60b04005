/**
 * One-process mode (`replan serve`, the demo, tests): every role of the pipeline in one
 * process, through the same code as the separate connector, engine and writer apps.
 */
import { randomBytes } from 'node:crypto';
import { startService, WORKER_ROLES, type Service, type ServiceOptions } from './service';

/**
 * Without a service key, the process makes one of its own: it holds every role, so no other
 * process needs to verify its stage jobs (the `replan serve` app reads REPLAN_SERVICE_KEY,
 * so that `replan tenant remove` and other serve processes share it).
 */
export type ServeOptions = Omit<ServiceOptions, 'roles' | 'serviceKey'> & {
  serviceKey?: ServiceOptions['serviceKey'];
};

export type Server = Service;

/** Starts all roles; resolves once every worker is connected and taking jobs. */
export function startServe(options: ServeOptions): Promise<Server> {
  return startService({
    serviceName: 'serve',
    ...options,
    serviceKey: options.serviceKey ?? randomBytes(32),
    roles: WORKER_ROLES,
  });
}
