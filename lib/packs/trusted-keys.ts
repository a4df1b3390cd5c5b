// The trainers' public keys the agent trusts, kept in the library's settings (so in backups). The
// policy's keys are added to these by the caller; a key is a raw 32-byte Ed25519 key in base64.

import type { JsonValue } from '@/lib/library/schema';
import { fromBase64, sameKey, toBase64 } from './signature';

export const TRUSTED_KEYS_SETTING = 'packs.trustedKeys';

export function readTrustedKeys(settings: Record<string, JsonValue>): string[] {
  const stored = settings[TRUSTED_KEYS_SETTING];
  if (!Array.isArray(stored)) return [];
  return stored.filter((key): key is string => typeof key === 'string' && normaliseKey(key) !== null);
}

/** The key in its canonical base64 form, or null when it is not a 32-byte key in base64. */
export function normaliseKey(text: string): string | null {
  const bytes = fromBase64(text.trim());
  return bytes && bytes.length === 32 ? toBase64(bytes) : null;
}

export type KeyProblem = 'not-a-key' | 'already-trusted';

/** The list with `text` added, or why it cannot be. */
export function withTrustedKey(keys: readonly string[], text: string): { keys: string[] } | { problem: KeyProblem } {
  const key = normaliseKey(text);
  if (!key) return { problem: 'not-a-key' };
  if (keys.some((trusted) => sameKey(trusted, key))) return { problem: 'already-trusted' };
  return { keys: [...keys, key] };
}

export function withoutTrustedKey(keys: readonly string[], key: string): string[] {
  return keys.filter((trusted) => !sameKey(trusted, key));
}
