/** Identifiers that end up inside Redis keys and BullMQ job ids. */

/**
 * Tenant ids, run ids and key prefixes: 1 to 128 characters of letters, digits, '_', '.'
 * and '-', starting with a letter or digit. That keeps them free of ':' (the Redis key
 * separator, refused by BullMQ in job ids), spaces, '/' (the job id separator) and the glob
 * characters of SCAN MATCH (`*`, `?`, `[`, `\`).
 */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/;

/** Thrown when an id or key is not fit for a Redis key. */
export class InvalidIdError extends Error {
  override name = 'InvalidIdError';
}

/** True when `value` is a valid tenant id, run id or key prefix. */
export function isValidId(value: string): boolean {
  return ID.test(value);
}

/**
 * Returns `value` when it is a valid id, else throws an error naming what it is
 * (e.g. "tenant") and why it was refused.
 */
export function checkId(what: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw new InvalidIdError(`${what} must be a string, got ${describe(value)}`);
  }
  if (!ID.test(value)) {
    throw new InvalidIdError(
      `${what} ${JSON.stringify(value)} is not a valid id: use 1 to 128 letters, digits, ` +
        `'_', '.' or '-', starting with a letter or digit (no ':', spaces or '/')`,
    );
  }
  return value;
}

/** A short description of a value's type for error messages. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}
