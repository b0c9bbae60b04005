/**
 * Structured JSON logs (pino): one line per event, with the service name on every line and
 * the run id and tenant on every line about a run (see runLogger).
 */
import pino, { type Logger, type LevelWithSilent } from 'pino';

export type { Logger };

/** Where log lines go: any object with a write(line) method. */
export type LogDestination = pino.DestinationStream;

const LEVELS: readonly LevelWithSilent[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];

/** True when `value` is a pino log level name. */
export function isLogLevel(value: string): value is LevelWithSilent {
  return (LEVELS as readonly string[]).includes(value);
}

export interface LoggerOptions {
  /** The process's role, e.g. 'connector'; on every line as `service`. */
  service: string;
  /** Default 'info'. */
  level?: LevelWithSilent;
  /** Where lines go (default standard output). */
  destination?: LogDestination;
}

/** A JSON logger for a service process. */
export function createLogger(options: LoggerOptions): Logger {
  const settings: pino.LoggerOptions = {
    level: options.level ?? 'info',
    base: { service: options.service },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  };
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination);
}

/** A logger that writes nothing (tests, library defaults). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}

/** The logger of one run: every line carries the run id and the tenant. */
export function runLogger(log: Logger, run: { runId: string; tenant: string }): Logger {
  return log.child({ runId: run.runId, tenant: run.tenant });
}
