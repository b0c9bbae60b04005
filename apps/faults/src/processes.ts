/**
 * The service's apps as the fault matrix runs them: the connector, engine and writer, each
 * a child process started from its bin script with the fault point preloaded, its output in
 * a log file, its operations port free; killed with SIGKILL (the fault) or stopped at the
 * end; restarted after a kill as a supervisor (systemd, Kubernetes) would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

import { eventually, freePort } from '@replan/testing';

export type AppName = 'connector' | 'engine' | 'writer';

export const APP_NAMES: readonly AppName[] = ['connector', 'engine', 'writer'];

export interface AppProcess {
  readonly name: AppName;
  child: ChildProcess;
  port: number;
  /** Exits that the matrix did not cause (a crash), with their code or signal. */
  readonly crashes: string[];
  /** Set while the matrix kills or stops the process on purpose. */
  expectingExit: boolean;
}

/** The bin script of an app (apps/<name>/bin/replan-<name>.js), next to this app. */
export function appBin(name: AppName): string {
  return join(__dirname, '..', '..', name, 'bin', `replan-${name}.js`);
}

/** The fault point module, as built (dist/fault-hook.js), also when run from src by jest. */
export const FAULT_HOOK = join(__dirname, '..', 'dist', 'fault-hook.js');

export class AppSet {
  readonly apps = new Map<AppName, AppProcess>();

  constructor(
    private readonly env: Readonly<Record<string, string>>,
    private readonly logDir: string,
  ) {}

  private supervisor: NodeJS.Timeout | undefined;
  private restarting = false;
  private stopped = false;

  /** Starts the three apps, waits until they are ready, and restarts any that crashes. */
  async startAll(): Promise<void> {
    for (const name of APP_NAMES) await this.start(name);
    await Promise.all(APP_NAMES.map((name) => this.waitReady(name)));
    this.supervisor = setInterval(() => {
      if (this.restarting) return;
      this.restarting = true;
      void this.restartCrashed().finally(() => {
        this.restarting = false;
      });
    }, 500);
  }

  app(name: AppName): AppProcess {
    const app = this.apps.get(name);
    if (app === undefined) throw new Error(`the ${name} app is not started`);
    return app;
  }

  async start(name: AppName): Promise<AppProcess> {
    const port = await freePort();
    const log = createWriteStream(join(this.logDir, `${name}.log`), { flags: 'a' });
    const child = spawn(process.execPath, ['--require', FAULT_HOOK, appBin(name)], {
      env: {
        ...process.env,
        ...this.env,
        REPLAN_HTTP_PORT: String(port),
        REPLAN_HTTP_HOST: '127.0.0.1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.pipe(log);
    child.stderr?.pipe(log);
    const previous = this.apps.get(name);
    const app: AppProcess = {
      name,
      child,
      port,
      crashes: previous?.crashes ?? [],
      expectingExit: false,
    };
    child.on('exit', (code, signal) => {
      if (!app.expectingExit && app.child === child) {
        app.crashes.push(signal ?? `exit ${code ?? '?'}`);
      }
    });
    this.apps.set(name, app);
    return app;
  }

  /** Waits until the app answers /readyz with 200 (a loaded machine starts apps slowly). */
  async waitReady(name: AppName, timeoutMs = 90_000): Promise<void> {
    const app = this.app(name);
    await eventually(
      async () => {
        if (app.child.exitCode !== null || app.child.signalCode !== null) {
          throw new Error(`the ${name} app exited (log: ${join(this.logDir, `${name}.log`)})`);
        }
        const response = await fetch(`http://127.0.0.1:${app.port}/readyz`);
        if (response.status !== 200) throw new Error(`the ${name} app is not ready`);
      },
      { timeoutMs, intervalMs: 100 },
    );
  }

  /** kill -9, then a new process in its place (not waited for). */
  async killAndRestart(name: AppName): Promise<void> {
    await this.kill(name);
    await this.start(name);
  }

  /** kill -9; resolves once the process is gone. */
  async kill(name: AppName): Promise<void> {
    const app = this.app(name);
    const { child } = app;
    if (child.exitCode !== null || child.signalCode !== null) return;
    app.expectingExit = true;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGKILL');
    await exited;
  }

  /** Restarts every app that died on its own (a supervisor's restart). */
  async restartCrashed(): Promise<void> {
    for (const app of this.apps.values()) {
      const { child } = app;
      if (this.stopped) return;
      if (!app.expectingExit && (child.exitCode !== null || child.signalCode !== null)) {
        await this.start(app.name);
      }
    }
  }

  /** Every crash of any app since the set started. */
  crashes(): string[] {
    return [...this.apps.values()].flatMap((app) => app.crashes.map((c) => `${app.name} ${c}`));
  }

  async stopAll(): Promise<void> {
    clearInterval(this.supervisor);
    this.stopped = true;
    // A restart under way finishes first, so that no process outlives the set.
    while (this.restarting) await new Promise((resolve) => setTimeout(resolve, 50));
    await Promise.all([...this.apps.keys()].map((name) => this.kill(name)));
  }
}
