/**
 * Redis for the demo: the one at the given URL when it answers, else a private
 * `redis-server` started on a free port (when one is installed) and stopped with the demo.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { connect, createServer } from 'node:net';
import { delimiter, join } from 'node:path';
import {
  RedisUrlError,
  createRedisConnection,
  parseRedisUrl,
  redactRedisUrl,
  waitUntilReady,
} from '@replan/queue';
import { CliError, ExitCode, messageOf } from '../exit-codes';

export interface DemoRedis {
  /** The URL the demo uses. */
  url: string;
  /** Set when the demo started its own redis-server. */
  startedPort?: number;
  /** Stops the redis-server the demo started (nothing otherwise). */
  stop(): Promise<void>;
}

export interface EnsureRedisOptions {
  url: string;
  /** Where the URL came from ('--redis', 'REPLAN_REDIS_URL' or 'the default'), named in errors. */
  setting: string;
  /** Told what happens ("Redis is not reachable …, starting one"). */
  say: (line: string) => void;
  /** How long one connection attempt may take; default 2 s. */
  timeoutMs?: number;
  /** Where to look for redis-server; default the PATH. */
  path?: string;
}

/** Resolves when something accepts TCP connections at host:port. */
function probeTcp(host: string, port: number, timeoutMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const socket = connect({ host, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer from ${host}:${port} within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.destroy();
      resolve();
    });
    socket.once('error', (error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error);
    });
  });
}

/** Resolves when Redis answers PING at `url`; rejects with the reason otherwise. */
export async function pingRedis(url: string, setting: string, timeoutMs = 2_000): Promise<void> {
  // A plain TCP probe first: it says why (connection refused, no answer) in a few
  // milliseconds, and leaves no client behind when nothing listens.
  const { host = '127.0.0.1', port = 6379 } = parseRedisUrl(url, setting);
  await probeTcp(host, port, timeoutMs);
  const redis = createRedisConnection(url, 'producer', {
    setting,
    lazyConnect: true,
    connectionName: 'replan-demo-check',
  });
  // Connection errors are reported by waitUntilReady; ioredis would print them again.
  redis.on('error', () => undefined);
  try {
    await waitUntilReady(redis, timeoutMs);
    await redis.ping();
  } finally {
    redis.disconnect();
  }
}

/** The full path of an executable on the PATH, or undefined. */
export function findExecutable(name: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === '') continue;
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not here.
    }
  }
  return undefined;
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export function redisMissingMessage(url: string, setting: string, reason: string): string {
  return (
    `Redis is not reachable at ${redactRedisUrl(url)} (${setting}): ${reason}; and ` +
    `redis-server is not on the PATH, so the demo cannot start one itself.\n` +
    `Start Redis, then run the demo again, for example:\n` +
    `  docker run -d -p 6379:6379 redis:7        # with Docker\n` +
    `  sudo apt-get install redis-server         # Debian or Ubuntu: installs and starts it\n` +
    `  redis-server --daemonize yes              # once Redis is installed\n` +
    `or point the demo at another Redis with --redis URL (or REPLAN_REDIS_URL).`
  );
}

/** Starts redis-server on `port` and resolves once it answers; kills it on failure. */
async function startRedisServer(executable: string, port: number): Promise<ChildProcess> {
  const child = spawn(
    executable,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--daemonize',
      'no',
    ],
    // A process group of its own: Ctrl-C reaches the demo, which stops this server last.
    { stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-2_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let exited: string | undefined;
  child.on('exit', (code, signal) => {
    exited = signal !== null ? `killed by ${signal}` : `exit code ${code ?? '?'}`;
  });
  child.on('error', (error) => {
    exited = error.message;
  });
  const url = `redis://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited !== undefined) {
      throw new CliError(
        `redis-server (${executable}) stopped at once (${exited}):\n${output.trim()}`,
        ExitCode.Internal,
      );
    }
    try {
      await pingRedis(url, 'the demo redis-server', 500);
      return child;
    } catch (error) {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new CliError(
          `redis-server (${executable}) on port ${port} did not answer within 10 s: ` +
            `${messageOf(error)}\n${output.trim()}`,
          ExitCode.Internal,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * The Redis the demo uses: `options.url` when it answers; else a redis-server the demo
 * starts (and `stop()` ends); else a CliError saying how to start Redis.
 */
export async function ensureRedis(options: EnsureRedisOptions): Promise<DemoRedis> {
  const shown = redactRedisUrl(options.url);
  try {
    await pingRedis(options.url, options.setting, options.timeoutMs);
    options.say(`Redis      ${shown} answers`);
    return { url: options.url, stop: () => Promise.resolve() };
  } catch (error) {
    if (error instanceof RedisUrlError) throw new CliError(error.message);
    const reason = messageOf(error);
    const executable = findExecutable('redis-server', options.path);
    if (executable === undefined) {
      throw new CliError(redisMissingMessage(options.url, options.setting, reason));
    }
    const port = await freePort();
    options.say(
      `Redis      not reachable at ${shown} (${options.setting}): ${reason};\n` +
        `           starting ${executable} on port ${port} for the demo (stopped when it ends)`,
    );
    const child = await startRedisServer(executable, port);
    // Whatever ends the process, the private Redis ends with it.
    const killOnExit = (): void => {
      child.kill('SIGTERM');
    };
    process.once('exit', killOnExit);
    return {
      url: `redis://127.0.0.1:${port}`,
      startedPort: port,
      stop: async () => {
        process.off('exit', killOnExit);
        await stopChild(child);
      },
    };
  }
}
