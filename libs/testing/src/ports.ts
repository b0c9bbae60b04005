/** Ports for processes a test or the fault matrix starts. */
import { createServer } from 'node:net';

/** A TCP port free on the loopback interface now (0 would turn an app's endpoints off). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
