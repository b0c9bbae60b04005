/**
 * The operations endpoints of a Replan process, on a port of their own:
 * - GET /healthz: 200 while the process runs (liveness);
 * - GET /readyz: 200 when the process can take work (its Redis answers, its workers run and
 *   it is not shutting down), else 503 with the reason;
 * - GET /metrics: Prometheus metrics.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';

/** Ready, or the reason the process is not. */
export type Readiness = { ready: true } | { ready: false; reason: string };

export interface OpsServerOptions {
  port: number;
  host?: string;
  registry: Registry;
  readiness: () => Promise<Readiness>;
}

export interface OpsServer {
  /** The port it listens on (useful when started on port 0). */
  readonly port: number;
  close(): Promise<void>;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function startOpsServer(options: OpsServerOptions): Promise<OpsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string): void => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'text/plain; charset=utf-8', 'method not allowed\n');
      return;
    }
    if (path === '/healthz') {
      send(200, 'application/json', JSON.stringify({ status: 'ok' }) + '\n');
    } else if (path === '/readyz') {
      options
        .readiness()
        .catch((error: unknown): Readiness => ({ ready: false, reason: messageOf(error) }))
        .then((state) => {
          const body = state.ready
            ? { status: 'ready' }
            : { status: 'not ready', reason: state.reason };
          send(state.ready ? 200 : 503, 'application/json', JSON.stringify(body) + '\n');
        })
        .catch(() => response.destroy());
    } else if (path === '/metrics') {
      options.registry
        .metrics()
        .then((body) => send(200, options.registry.contentType, body))
        .catch((error: unknown) =>
          send(500, 'text/plain; charset=utf-8', `metrics failed: ${messageOf(error)}\n`),
        );
    } else {
      send(404, 'text/plain; charset=utf-8', 'not found: try /healthz, /readyz or /metrics\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const where = `${options.host ?? '0.0.0.0'}:${options.port}`;
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `the operations port ${where} is already in use (set REPLAN_HTTP_PORT to another port, or 0 for none)`
            : `could not listen on ${where}: ${error.message}`,
        ),
      );
    });
    server.listen(options.port, options.host ?? '0.0.0.0', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
