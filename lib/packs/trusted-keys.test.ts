import { describe, expect, it } from 'vitest';
import { readTrustedKeys, TRUSTED_KEYS_SETTING, withoutTrustedKey, withTrustedKey } from './trusted-keys';
import { trainerKeys } from './test-support';

describe('trusted keys', () => {
  const key = trainerKeys().publicKey;

  it('adds a 32-byte base64 key once, whatever spaces were pasted with it', () => {
    expect(withTrustedKey([], `  ${key.slice(0, 20)}\n${key.slice(20)} `)).toEqual({ keys: [key] });
    expect(withTrustedKey([key], key)).toEqual({ problem: 'already-trusted' });
    expect(withTrustedKey([], 'not a key')).toEqual({ problem: 'not-a-key' });
    expect(withTrustedKey([], btoa('too short'))).toEqual({ problem: 'not-a-key' });
  });

  it('removes a key, and reads only well-formed stored keys', () => {
    expect(withoutTrustedKey([key, 'other'], key)).toEqual(['other']);
    expect(readTrustedKeys({ [TRUSTED_KEYS_SETTING]: [key, 'junk', 3] })).toEqual([key]);
    expect(readTrustedKeys({ [TRUSTED_KEYS_SETTING]: 'junk' })).toEqual([]);
  });
});
