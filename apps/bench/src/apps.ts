/**
 * The service apps as the benchmark runs them: the connector, engine and writer started as
 * separate processes from their bin scripts on a prefix of the benchmark's own, each with
 * its operations port, and stopped (SIGTERM, then SIGKILL) afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';

import { freePort } from '@replan/testing';

export { freePort };

export type AppName = 'connector' | 'engine' | 'writer';

export const APP_NAMES: readonly AppName[] = ['connector', 'engine', 'writer'];

export interface RunningProcess {
  name: AppName;
  port: number;
  child: ChildProcess;
  logFile: string;
}

/** The bin script of an app (apps/<name>/bin/replan-<name>.js), next to this app. */
export function appBin(name: AppName): string {
  return join(__dirname, '..', '..', name, 'bin', `replan-${name}.js`);
}

export async function startProcess(
  name: AppName,
  env: Readonly<Record<string, string>>,
  logDir: string,
  nodeArgs: readonly string[] = [],
  logName: string = name,
): Promise<RunningProcess> {
  const port = await freePort();
  const logFile = join(logDir, `${logName}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [...nodeArgs, appBin(name)], {
    env: { ...process.env, ...env, REPLAN_HTTP_PORT: String(port), REPLAN_HTTP_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return { name, port, child, logFile };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Waits until the app answers /readyz with 200; fails when it exits first or takes too long. */
export async function waitReady(app: RunningProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (app.child.exitCode !== null) {
      throw new Error(
        `the ${app.name} app exited with code ${app.child.exitCode} (log: ${app.logFile})`,
      );
    }
    try {
      const response = await fetch(`http://127.0.0.1:${app.port}/readyz`);
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`the ${app.name} app was not ready within ${timeoutMs} ms (log: ${app.logFile})`);
}

/** A gauge of the app's /metrics, or undefined when it is not there. */
export async function scrapeGauge(app: RunningProcess, name: string): Promise<number | undefined> {
  const response = await fetch(`http://127.0.0.1:${app.port}/metrics`);
  return parseGauge(await response.text(), name);
}

/** The value of an unlabelled metric in Prometheus text format. */
export function parseGauge(text: string, name: string): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name)) continue;
    const rest = line.slice(name.length);
    if (!rest.startsWith(' ') && !rest.startsWith('{')) continue;
    const value = Number(rest.slice(rest.lastIndexOf(' ') + 1));
    if (Number.isFinite(value)) return value;
  }
  return undefined;
}

/** Stops the app: SIGTERM, then SIGKILL after `graceMs`. */
export async function stopProcess(app: RunningProcess, graceMs = 15_000): Promise<void> {
  const { child } = app;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
