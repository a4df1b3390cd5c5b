// Ed25519 signatures over a pack's exact UTF-8 bytes. The browser's WebCrypto verifies when it
// knows Ed25519 (Chromium 137+, Firefox 129+); @noble/ed25519, small and audited, covers older
// engines. Whether a key is trusted is the caller's list: the agent's settings or the policy.

import { verifyAsync } from '@noble/ed25519';
import type { PackSignature, SignedPackFile } from './format';

export type SignatureState =
  /** Signed by one of the trusted keys, and the bytes are as signed. */
  | 'verified'
  /** The signature holds, but the key is not one the agent or the administrator trusts. */
  | 'untrusted-key'
  /** The bytes were changed after signing, or the signature is not from this key. */
  | 'invalid'
  | 'unsigned';

export async function checkPackSignature(
  packText: string,
  signature: PackSignature | null,
  trustedKeys: readonly string[],
): Promise<SignatureState> {
  if (!signature) return 'unsigned';
  const publicKey = fromBase64(signature.publicKey);
  const value = fromBase64(signature.value);
  if (!publicKey || publicKey.length !== 32 || !value || value.length !== 64) return 'invalid';
  const holds = await verifyEd25519(value, new TextEncoder().encode(packText), publicKey);
  if (!holds) return 'invalid';
  return trustedKeys.some((key) => sameKey(key, signature.publicKey)) ? 'verified' : 'untrusted-key';
}

async function verifyEd25519(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): Promise<boolean> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    try {
      const key = await subtle.importKey('raw', publicKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
      return await subtle.verify({ name: 'Ed25519' }, key, signature as BufferSource, message as BufferSource);
    } catch (error) {
      // Engines without Ed25519 throw NotSupportedError; a malformed key throws DataError and
      // fails below as well.
      if (!(error instanceof Error) || error.name !== 'NotSupportedError') return false;
    }
  }
  try {
    return await verifyAsync(signature, message, publicKey);
  } catch {
    return false;
  }
}

/** The signed file a trainer publishes: the pack's exact text and the signature over its bytes. */
export function signedPackText(packText: string, signature: Omit<PackSignature, 'algorithm'>): string {
  const file: SignedPackFile = {
    $schema: './pack.schema.json',
    formatVersion: 1,
    signedPack: packText,
    signature: { algorithm: 'Ed25519', publicKey: signature.publicKey, value: signature.value },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Keys are compared as bytes, so padding or line breaks a person pasted do not matter. */
export function sameKey(a: string, b: string): boolean {
  const left = fromBase64(a);
  const right = fromBase64(b);
  return !!left && !!right && left.length === right.length && left.every((byte, index) => byte === right[index]);
}

export function fromBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean) || clean.length % 4 !== 0) return null;
  try {
    return Uint8Array.from(atob(clean), (char) => char.charCodeAt(0));
  } catch {
    return null;
  }
}

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
