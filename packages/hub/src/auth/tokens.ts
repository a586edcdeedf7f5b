/** Secrets of the hub's bearer tokens: made from 24 random bytes, shown once, stored as their SHA-256 only. */
import { createHash, randomBytes } from 'node:crypto';

/** A new token secret: "ct_" and 32 base64url characters. */
export function newSecret(): string {
  return `ct_${randomBytes(24).toString('base64url')}`;
}

/** The hash the store keeps for a secret. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
