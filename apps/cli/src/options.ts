/**
 * Parsers for option values. They throw commander's `InvalidArgumentError`, which commander
 * reports as a usage error naming the option (exit code 2).
 */
import { InvalidArgumentError } from 'commander';
import { parseDay } from '@replan/engine';

/** A real calendar date written YYYY-MM-DD. */
export function parseIsoDate(value: string): string {
  if (parseDay(value) === undefined) {
    throw new InvalidArgumentError(`Expected a date as YYYY-MM-DD, got '${value}'.`);
  }
  return value;
}

/** A whole number, optionally with underscores ('1_000_000') or a k/m suffix ('10k', '1m'). */
export function parseCount(value: string): number {
  const match = /^(\d+(?:_\d{3})*)([kKmM]?)$/.exec(value.trim());
  if (match === null) {
    throw new InvalidArgumentError(`Expected a whole number such as 10000 or 10k, got '${value}'.`);
  }
  const digits = Number((match[1] ?? '').replace(/_/g, ''));
  const suffix = (match[2] ?? '').toLowerCase();
  const count = digits * (suffix === 'k' ? 1_000 : suffix === 'm' ? 1_000_000 : 1);
  if (!Number.isSafeInteger(count)) throw new InvalidArgumentError(`'${value}' is too large.`);
  return count;
}

/** A whole number of at least 1. */
export function parsePositiveCount(value: string): number {
  const count = parseCount(value);
  if (count < 1) throw new InvalidArgumentError(`Expected at least 1, got '${value}'.`);
  return count;
}

/** A whole number that may be negative (seeds). */
export function parseInteger(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) {
    throw new InvalidArgumentError(`Expected a whole number, got '${value}'.`);
  }
  const n = Number(value);
  if (!Number.isSafeInteger(n)) throw new InvalidArgumentError(`'${value}' is too large.`);
  return n;
}

/** A comma-separated list of counts: '10000,100000,1m'. */
export function parseCountList(value: string): number[] {
  const parts = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length === 0) throw new InvalidArgumentError('Expected at least one size.');
  return parts.map(parsePositiveCount);
}
