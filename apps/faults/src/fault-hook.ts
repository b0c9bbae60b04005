/**
 * The fault point: a module the fault matrix preloads into the connector, engine and writer
 * (`node --require`), so that a fault strikes at a known moment of a run without any hook in
 * the service's own code. It watches the process's own traffic — the Redis commands of
 * ioredis and the SQL of pg — and, the first time the armed point is reached, writes a
 * marker file and stops the process (SIGSTOP). The matrix then does its fault (kills a
 * process, restarts Redis or PostgreSQL) and lets the stopped process go on (SIGCONT), or
 * kills it.
 *
 * Points (REPLAN_FAULT_POINT):
 * - `extract`: the connector is about to send its first snapshot batch (its read
 *   transaction is open, the engine has nothing yet);
 * - `plan`: the engine has planned and is about to send its first result batch;
 * - `write`: the writer, inside its transaction, is about to write its first result rows;
 * - `flip`: the writer's transaction that flipped the plan's active version has just
 *   committed, and the writer has not yet heard of it (nor reported it).
 *
 * The point is armed while the file REPLAN_FAULT_ARM exists; reaching it removes the file,
 * so a point strikes once. The marker (REPLAN_FAULT_MARKER) holds the point and the pid.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';

import { Client } from 'pg';
import { Redis } from 'ioredis';

export type FaultPoint = 'extract' | 'plan' | 'write' | 'flip';

export const FAULT_POINTS: readonly FaultPoint[] = ['extract', 'plan', 'write', 'flip'];

const RESULT_TABLE =
  /^\s*(copy|insert\s+into)\s+"?replan_(nodes|planned_orders|requirements|receipts|pegging|delays|action_messages|forecast_remaining|capacity_load|capacity_reservations|run_messages)(?:_p[0-9a-f]+_v\d+[ab])?\b/i;
const FLIP =
  /^\s*(update\s+"?replan_plan_versions"?\s+set\s+.*"?run_id"?|insert\s+into\s+"?replan_plan_versions)/i;
const COMMIT = /^\s*commit\b/i;

/** What a pg query call was given as its text. */
function queryText(config: unknown): string {
  if (typeof config === 'string') return config;
  if (typeof config === 'object' && config !== null) {
    const text = (config as { text?: unknown }).text;
    if (typeof text === 'string') return text;
  }
  return '';
}

/** Reaches the point: marks it, disarms it and stops this process until told to go on. */
function strike(point: FaultPoint, armFile: string, markerFile: string): void {
  rmSync(armFile, { force: true });
  writeFileSync(markerFile, JSON.stringify({ point, pid: process.pid }));
  process.kill(process.pid, 'SIGSTOP');
}

function install(point: FaultPoint, armFile: string, markerFile: string): void {
  const armed = (): boolean => existsSync(armFile);

  if (point === 'extract' || point === 'plan') {
    const suffix = point === 'extract' ? ':snapshot' : ':result';
    type SendCommand = (this: Redis, command: unknown, ...rest: unknown[]) => unknown;
    const proto = Redis.prototype as unknown as { sendCommand: SendCommand };
    const original = proto.sendCommand;
    proto.sendCommand = function (this: Redis, command: unknown, ...rest: unknown[]): unknown {
      const { name, args } = command as { name?: unknown; args?: unknown[] };
      if (name === 'xadd' && Array.isArray(args)) {
        const key = args[0];
        const text = Buffer.isBuffer(key) ? key.toString() : String(key);
        if (text.endsWith(suffix) && armed()) strike(point, armFile, markerFile);
      }
      return original.call(this, command, ...rest);
    };
    return;
  }

  type Query = (this: Client, ...args: unknown[]) => unknown;
  const proto = Client.prototype as unknown as { query: Query };
  const original = proto.query;
  const flipped = new WeakSet<Client>();
  proto.query = function (this: Client, ...args: unknown[]): unknown {
    const text = queryText(args[0]);
    if (point === 'write') {
      if (RESULT_TABLE.test(text) && armed()) strike(point, armFile, markerFile);
      return original.apply(this, args);
    }
    if (FLIP.test(text)) flipped.add(this);
    if (!COMMIT.test(text) || !flipped.has(this)) return original.apply(this, args);
    flipped.delete(this);
    const last = args[args.length - 1];
    if (typeof last === 'function' && armed()) {
      const callback = last as (error: unknown, result: unknown) => void;
      args[args.length - 1] = (error: unknown, result: unknown): void => {
        if (error === null || error === undefined) strike(point, armFile, markerFile);
        callback(error, result);
      };
    }
    return original.apply(this, args);
  };
}

const point = process.env.REPLAN_FAULT_POINT as FaultPoint | undefined;
const armFile = process.env.REPLAN_FAULT_ARM;
const markerFile = process.env.REPLAN_FAULT_MARKER;
if (
  point !== undefined &&
  FAULT_POINTS.includes(point) &&
  armFile !== undefined &&
  markerFile !== undefined
) {
  install(point, armFile, markerFile);
}
