/**
 * Throttling of the dashboard's login: a client (by IP address) gets a few wrong tokens
 * for free; after that each further failure locks it out for twice as long as the last,
 * from a second up to a quarter of an hour, and a login attempt while locked out is
 * answered 429 with Retry-After, whether the token is right or not. A successful login
 * clears the client's failures; failures are forgotten after a quiet hour.
 */

export interface LoginThrottleOptions {
  /** Wrong tokens a client may send before it is locked out (default 5). */
  freeFailures?: number;
  /** The first lock-out, in ms (default 1000). */
  firstLockMs?: number;
  /** The longest lock-out, in ms (default 15 minutes). */
  maxLockMs?: number;
  /** Failures older than this are forgotten, in ms (default an hour). */
  forgetAfterMs?: number;
  /** Most clients remembered; the oldest are forgotten first (default 10 000). */
  maxClients?: number;
}

export type LoginVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface ClientRecord {
  failures: number;
  lastFailure: number;
  lockedUntil: number;
}

export class LoginThrottle {
  private readonly clients = new Map<string, ClientRecord>();
  private readonly freeFailures: number;
  private readonly firstLockMs: number;
  private readonly maxLockMs: number;
  private readonly forgetAfterMs: number;
  private readonly maxClients: number;

  constructor(options: LoginThrottleOptions = {}) {
    this.freeFailures = options.freeFailures ?? 5;
    this.firstLockMs = options.firstLockMs ?? 1000;
    this.maxLockMs = options.maxLockMs ?? 15 * 60_000;
    this.forgetAfterMs = options.forgetAfterMs ?? 3600_000;
    this.maxClients = options.maxClients ?? 10_000;
  }

  /** Whether `client` may try a token now. */
  check(client: string, now: number = Date.now()): LoginVerdict {
    const record = this.current(client, now);
    if (record === undefined || record.lockedUntil <= now) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.ceil((record.lockedUntil - now) / 1000) };
  }

  /** Notes a wrong token from `client`; returns the verdict for its next attempt. */
  failed(client: string, now: number = Date.now()): LoginVerdict {
    const record = this.current(client, now) ?? { failures: 0, lastFailure: now, lockedUntil: 0 };
    record.failures += 1;
    record.lastFailure = now;
    const over = record.failures - this.freeFailures;
    if (over > 0) {
      record.lockedUntil = now + Math.min(this.maxLockMs, this.firstLockMs * 2 ** (over - 1));
    }
    // Re-inserted: the map's order is the order of the last failure, oldest first.
    this.clients.delete(client);
    this.clients.set(client, record);
    while (this.clients.size > this.maxClients) {
      const oldest = this.clients.keys().next().value;
      if (oldest === undefined) break;
      this.clients.delete(oldest);
    }
    return this.check(client, now);
  }

  /** A right token from `client`: its failures are forgotten. */
  succeeded(client: string): void {
    this.clients.delete(client);
  }

  private current(client: string, now: number): ClientRecord | undefined {
    const record = this.clients.get(client);
    if (record === undefined) return undefined;
    if (now - record.lastFailure > this.forgetAfterMs && record.lockedUntil <= now) {
      this.clients.delete(client);
      return undefined;
    }
    return record;
  }
}
