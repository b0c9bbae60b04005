/**
 * One-process mode (`replan serve`, the demo, tests): every role of the pipeline in one
 * process, through the same code as the separate connector, engine and writer apps.
 */
import { startService, WORKER_ROLES, type Service, type ServiceOptions } from './service';

export type ServeOptions = Omit<ServiceOptions, 'roles'>;

export type Server = Service;

/** Starts all roles; resolves once every worker is connected and taking jobs. */
export function startServe(options: ServeOptions): Promise<Server> {
  return startService({ serviceName: 'serve', ...options, roles: WORKER_ROLES });
}
