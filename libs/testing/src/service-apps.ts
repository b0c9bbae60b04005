/**
 * A service app (connector, engine, writer) started as a process of its own from its built
 * bin, as operators run it: its JSON log lines collected, its operations port read from the
 * line that names it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The repository's root, from libs/testing/src or libs/testing/dist. */
const ROOT = join(__dirname, '..', '..', '..');

export interface ServiceApp {
  name: string;
  child: ChildProcess;
  /** Every JSON log line so far. */
  lines: Record<string, unknown>[];
  /** The port of its operations endpoints, once it logs it (rejected if it exits first). */
  port: Promise<number>;
  exit: Promise<number | null>;
}

/** Starts `apps/<name>/bin/replan-<name>.js` with `env` (and PATH) only. */
export function startServiceApp(name: string, env: Record<string, string>): ServiceApp {
  const child = spawn(process.execPath, [join(ROOT, 'apps', name, 'bin', `replan-${name}.js`)], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, unknown>[] = [];
  let resolvePort: (port: number) => void = () => {};
  let rejectPort: (error: Error) => void = () => {};
  const port = new Promise<number>((resolve, reject) => {
    resolvePort = resolve;
    rejectPort = reject;
  });
  // A test that never reads the port must not see an unhandled rejection when the app ends.
  port.catch(() => undefined);
  let buffered = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    let newline: number;
    while ((newline = buffered.indexOf('\n')) >= 0) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      const parsed = JSON.parse(line) as Record<string, unknown>;
      lines.push(parsed);
      if (typeof parsed.port === 'number') resolvePort(parsed.port);
    }
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      rejectPort(new Error(`${name} exited with ${code}: ${stderr}`));
      resolve(code);
    });
  });
  return { name, child, lines, port, exit };
}
