import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  it('locks a client out after its free failures, doubling the lock each time', () => {
    const throttle = new LoginThrottle({ freeFailures: 3, firstLockMs: 1000, maxLockMs: 5000 });
    const t = 1_000_000;
    // Three wrong tokens are free.
    for (let i = 0; i < 3; i++) expect(throttle.failed('1.2.3.4', t)).toEqual({ allowed: true });
    // The 4th locks for 1 s, the 5th (after the lock) for 2 s, the 6th for 4 s, then 5 s (max).
    expect(throttle.failed('1.2.3.4', t)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(throttle.check('1.2.3.4', t + 999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
    expect(throttle.check('1.2.3.4', t + 1000)).toEqual({ allowed: true });
    expect(throttle.failed('1.2.3.4', t + 1000)).toEqual({ allowed: false, retryAfterSeconds: 2 });
    expect(throttle.failed('1.2.3.4', t + 3000)).toEqual({ allowed: false, retryAfterSeconds: 4 });
    expect(throttle.failed('1.2.3.4', t + 7000)).toEqual({ allowed: false, retryAfterSeconds: 5 });
    // Another client is not affected.
    expect(throttle.check('5.6.7.8', t + 7000)).toEqual({ allowed: true });
  });

  it('forgets a client after a success, and after a quiet hour', () => {
    const throttle = new LoginThrottle({ freeFailures: 1, forgetAfterMs: 3600_000 });
    throttle.failed('a', 0);
    expect(throttle.failed('a', 0).allowed).toBe(false);
    throttle.succeeded('a');
    expect(throttle.failed('b', 0)).toEqual({ allowed: true });
    expect(throttle.failed('b', 10).allowed).toBe(false);
    // An hour and more later (the lock long over), b starts again with its free failure.
    expect(throttle.failed('b', 3600_000 + 20)).toEqual({ allowed: true });
  });

  it('remembers at most maxClients, forgetting the oldest', () => {
    const throttle = new LoginThrottle({ freeFailures: 0, maxClients: 2 });
    throttle.failed('a', 0);
    throttle.failed('b', 0);
    throttle.failed('c', 0);
    expect(throttle.check('a', 0)).toEqual({ allowed: true });
    expect(throttle.check('c', 0).allowed).toBe(false);
  });
});
