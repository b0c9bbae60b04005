/**
 * The operations endpoints, the JSON logger and the shutdown handler, on their own.
 */
import { createLogger, runLogger } from './logger';
import { createServiceMetrics } from './metrics';
import { startOpsServer } from './ops-server';
import { handleShutdownSignals } from './shutdown';

describe('the operations server', () => {
  it('answers liveness, readiness with its reason, and metrics with the queue depths', async () => {
    let ready = true;
    const metrics = createServiceMetrics({
      service: 'engine',
      collectQueueJobs: () => Promise.resolve({ 'replan-plan': { waiting: 3, active: 1 } }),
    });
    metrics.stageRows.inc({ stage: 'plan' }, 42);
    const server = await startOpsServer({
      port: 0,
      host: '127.0.0.1',
      registry: metrics.registry,
      readiness: () =>
        Promise.resolve(ready ? { ready: true } : { ready: false, reason: 'shutting down' }),
    });
    const url = (path: string): string => `http://127.0.0.1:${server.port}${path}`;
    try {
      expect((await fetch(url('/healthz'))).status).toBe(200);
      const readyResponse = await fetch(url('/readyz'));
      expect(readyResponse.status).toBe(200);
      ready = false;
      const notReady = await fetch(url('/readyz'));
      expect(notReady.status).toBe(503);
      expect(await notReady.json()).toEqual({ status: 'not ready', reason: 'shutting down' });
      const text = await (await fetch(url('/metrics'))).text();
      expect(text).toMatch(
        /replan_queue_jobs\{queue="replan-plan",state="waiting",service="engine"\} 3/,
      );
      expect(text).toMatch(/replan_stage_rows_total\{stage="plan",service="engine"\} 42/);
      expect(text).toMatch(/replan_process_peak_resident_memory_bytes\{service="engine"\} [1-9]/);
      expect((await fetch(url('/nothing'))).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('names the variable to change when its port is taken', async () => {
    const registry = createServiceMetrics().registry;
    const first = await startOpsServer({
      port: 0,
      host: '127.0.0.1',
      registry,
      readiness: () => Promise.resolve({ ready: true }),
    });
    try {
      await expect(
        startOpsServer({
          port: first.port,
          host: '127.0.0.1',
          registry,
          readiness: () => Promise.resolve({ ready: true }),
        }),
      ).rejects.toThrow(/already in use \(set REPLAN_HTTP_PORT/);
    } finally {
      await first.close();
    }
  });
});

describe('the logger', () => {
  it('writes JSON lines naming the service, and the run and tenant of a run logger', () => {
    const lines: string[] = [];
    const log = createLogger({
      service: 'writer',
      destination: { write: (l) => void lines.push(l) },
    });
    runLogger(log, { runId: 'run-1', tenant: 'acme' }).info('wrote plan P version 2');
    const line = JSON.parse(lines[0] ?? '{}') as Record<string, unknown>;
    expect(line).toMatchObject({
      level: 'info',
      service: 'writer',
      runId: 'run-1',
      tenant: 'acme',
      msg: 'wrote plan P version 2',
    });
    expect(typeof line.time).toBe('string');
  });
});

describe('handleShutdownSignals', () => {
  it('stops once on the first signal and exits 0; a second signal exits at once', async () => {
    const codes: number[] = [];
    let stops = 0;
    let finishStop: () => void = () => {};
    const remove = handleShutdownSignals({
      log: createLogger({ service: 't', level: 'silent' }),
      timeoutMs: 1000,
      signals: ['SIGUSR2'],
      stop: () => {
        stops += 1;
        return new Promise<void>((resolve) => {
          finishStop = resolve;
        });
      },
      exit: (code) => void codes.push(code),
    });
    try {
      process.emit('SIGUSR2', 'SIGUSR2');
      process.emit('SIGUSR2', 'SIGUSR2');
      expect(stops).toBe(1);
      expect(codes).toEqual([130]);
      finishStop();
      await new Promise((resolve) => setImmediate(resolve));
      expect(codes).toEqual([130, 0]);
    } finally {
      remove();
    }
  });
});
