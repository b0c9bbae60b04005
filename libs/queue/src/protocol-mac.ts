/**
 * The HMAC every signature of the run protocol is made of: HMAC-SHA256 over the JSON text of
 * a domain tag and the signed fields in a fixed order. The domain tag keeps a signature of
 * one kind (a request, a stage job, an abort or cancel value) from ever passing as another.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** A signing key: a tenant's secret or the service key, as a string (UTF-8) or raw bytes. */
export type SigningKey = string | Uint8Array;

/** The MAC of `fields` under `domain`, keyed by `key` (which must not be empty). */
export function protocolMac(key: SigningKey, domain: string, fields: readonly unknown[]): Buffer {
  if (key.length === 0) throw new Error(`a signing key must not be empty (${domain})`);
  return createHmac('sha256', key)
    .update(Buffer.from(JSON.stringify([domain, ...fields]), 'utf8'))
    .digest();
}

/** True when `given` is `expected`, compared in constant time. */
export function macMatches(given: Uint8Array, expected: Buffer): boolean {
  const bytes = Buffer.from(given.buffer, given.byteOffset, given.byteLength);
  return bytes.length === expected.length && timingSafeEqual(bytes, expected);
}

/** A MAC as URL-safe base64 (no ':' or '.', so it fits inside keys' values). */
export function macText(mac: Buffer): string {
  return mac.toString('base64url');
}

/** True when `text` (URL-safe base64) is the MAC `expected`. */
export function macTextMatches(text: string, expected: Buffer): boolean {
  return macMatches(Buffer.from(text, 'base64url'), expected);
}
