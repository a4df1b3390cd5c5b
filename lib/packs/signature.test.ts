import { describe, expect, it } from 'vitest';
import { readPackFile } from './format';
import { checkPackSignature, fromBase64, sameKey } from './signature';
import { examplePack, trainerKeys } from './test-support';

async function stateOf(signedText: string, trusted: string[]) {
  const reading = readPackFile(signedText);
  if (!reading.ok) throw new Error(reading.problems[0]!.message);
  return checkPackSignature(reading.text, reading.signature, trusted);
}

describe('checkPackSignature', () => {
  const keys = trainerKeys();
  const text = JSON.stringify(examplePack(), null, 2);

  it('verifies a pack signed by a trusted key', async () => {
    expect(await stateOf(keys.sign(text), [keys.publicKey])).toBe('verified');
  });

  it('tells an untrusted signer from a broken signature', async () => {
    expect(await stateOf(keys.sign(text), [trainerKeys().publicKey])).toBe('untrusted-key');
  });

  it('fails when one byte of the signed text changed', async () => {
    const signed = JSON.parse(keys.sign(text)) as { signedPack: string };
    signed.signedPack = signed.signedPack.replace('Acme support', 'Acme Support');
    expect(await stateOf(JSON.stringify(signed), [keys.publicKey])).toBe('invalid');
  });

  it('fails when the signature comes from another key than the one named', async () => {
    const signed = JSON.parse(keys.sign(text)) as { signature: { publicKey: string } };
    const other = trainerKeys();
    signed.signature.publicKey = other.publicKey;
    expect(await stateOf(JSON.stringify(signed), [other.publicKey])).toBe('invalid');
  });

  it('reports an unsigned pack as unsigned', async () => {
    expect(await checkPackSignature(text, null, [keys.publicKey])).toBe('unsigned');
  });

  it('compares keys as bytes', () => {
    expect(sameKey(keys.publicKey, ` ${keys.publicKey.slice(0, 10)}\n${keys.publicKey.slice(10)} `)).toBe(true);
    expect(fromBase64('not base64!')).toBeNull();
  });
});
