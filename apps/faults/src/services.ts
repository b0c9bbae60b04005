/**
 * The matrix's own Redis and PostgreSQL, so that it can kill and restart them without
 * touching anyone else's: a redis-server on a free port with the append-only file on (in a
 * temporary directory, `appendfsync everysec` as docs/operations.md recommends), and a
 * PostgreSQL cluster made with initdb in a temporary directory, run with pg_ctl on a free
 * port (as the `postgres` user when the matrix runs as root, which PostgreSQL refuses).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

import { eventually, freePort } from '@replan/testing';
import { Redis } from 'ioredis';

export class OwnRedis {
  private child: ChildProcess | undefined;
  readonly url: string;

  private constructor(
    readonly port: number,
    private readonly dir: string,
  ) {
    this.url = `redis://127.0.0.1:${port}`;
  }

  static async start(dir: string): Promise<OwnRedis> {
    const redis = new OwnRedis(await freePort(), dir);
    await redis.start();
    return redis;
  }

  async start(): Promise<void> {
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(this.port),
        '--bind',
        '127.0.0.1',
        '--dir',
        this.dir,
        '--appendonly',
        'yes',
        '--appendfsync',
        'everysec',
        '--save',
        '',
        '--maxmemory-policy',
        'noeviction',
      ],
      { stdio: 'ignore' },
    );
    this.child = child;
    await eventually(
      async () => {
        if (child.exitCode !== null) throw new Error('redis-server exited at start');
        const probe = new Redis(this.url, { lazyConnect: true, maxRetriesPerRequest: 0 });
        probe.on('error', () => undefined);
        try {
          await probe.connect();
          const loading = /^loading:1/m.test(await probe.info('persistence'));
          if (loading) throw new Error('redis-server is loading its append-only file');
        } finally {
          probe.disconnect();
        }
      },
      { timeoutMs: 15_000, intervalMs: 50 },
    );
  }

  /** kill -9: whatever the append-only file does not hold yet is lost. */
  async kill(): Promise<void> {
    const child = this.child;
    if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  async stop(): Promise<void> {
    await this.kill();
  }
}

/** Where initdb and pg_ctl are: on the PATH, or the newest /usr/lib/postgresql/N/bin. */
function pgBin(name: string): string {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir !== '' && existsSync(join(dir, name))) return join(dir, name);
  }
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).sort((a, b) => Number(b) - Number(a));
    for (const version of versions) {
      const path = join(root, version, 'bin', name);
      if (existsSync(path)) return path;
    }
  }
  throw new Error(`${name} is not installed: the fault matrix needs PostgreSQL's server tools`);
}

export interface PgConnectionConfig {
  host: string;
  port: number;
  user: string;
  database: string;
}

export class OwnPostgres {
  private constructor(
    readonly port: number,
    private readonly dir: string,
    private readonly asUser: string | undefined,
  ) {}

  get dataDir(): string {
    return join(this.dir, 'data');
  }

  connection(database: string): PgConnectionConfig {
    return { host: '127.0.0.1', port: this.port, user: 'postgres', database };
  }

  /** initdb and start a cluster of its own in `dir`. */
  static async start(dir: string): Promise<OwnPostgres> {
    const root = typeof process.getuid === 'function' && process.getuid() === 0;
    const pg = new OwnPostgres(await freePort(), dir, root ? 'postgres' : undefined);
    mkdirSync(dir, { recursive: true });
    if (root) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString().trim()), 0);
    pg.run(pgBin('initdb'), ['-D', pg.dataDir, '-A', 'trust', '-U', 'postgres', '--no-sync']);
    await pg.start();
    return pg;
  }

  private run(command: string, args: readonly string[]): void {
    const [file, argv] =
      this.asUser === undefined
        ? [command, args]
        : ['runuser', ['-u', this.asUser, '--', command, ...args]];
    execFileSync(file, argv, { stdio: 'ignore' });
  }

  start(): Promise<void> {
    const options = [
      `-p ${this.port}`,
      `-k ${this.dir}`,
      '-c listen_addresses=127.0.0.1',
      '-c fsync=off',
      '-c max_connections=200',
    ].join(' ');
    this.run(pgBin('pg_ctl'), [
      '-D',
      this.dataDir,
      '-o',
      options,
      '-l',
      join(this.dir, 'postgres.log'),
      '-w',
      'start',
    ]);
    return Promise.resolve();
  }

  /** A fast shutdown: every session is ended, open transactions roll back. */
  stop(): Promise<void> {
    this.run(pgBin('pg_ctl'), ['-D', this.dataDir, '-m', 'fast', '-w', 'stop']);
    return Promise.resolve();
  }
}
