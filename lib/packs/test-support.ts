// Packs for tests: a valid one to start from, and keys to sign with.

import { generateKeyPairSync, sign } from 'node:crypto';
import type { Pack } from './format';
import { signedPackText, toBase64 } from './signature';

export function examplePack(overrides: Partial<Pack> = {}): Pack {
  return {
    formatVersion: 1,
    id: 'acme-support',
    name: 'Acme support',
    version: '1.0.0',
    author: 'Acme training team',
    updated: '2026-12-01T09:00:00Z',
    snippets: [
      {
        id: 'refund-delay',
        title: 'Refund is on its way',
        body: 'Hi {{customer.firstName}}, I am sorry the refund is taking this long. It reaches your card by {{field:Date}}.',
        shortcut: 'refund-delay',
        tags: ['billing'],
        emotions: ['frustrated'],
        fields: [{ name: 'Date', default: 'Friday' }],
      },
      { id: 'thanks-wait', title: 'Thanks for waiting', body: 'Thank you for waiting.', shortcut: 'thanks-wait' },
    ],
    ...overrides,
  };
}

export function snippetsOf(count: number): Pack['snippets'] {
  return Array.from({ length: count }, (_, index) => ({
    id: `snippet-${index}`,
    title: `Snippet ${index}`,
    body: `Thank you for your patience with order ${index}.`,
    shortcut: `s${index}`,
  }));
}

/** A trainer's key pair: `sign(text)` gives the signed pack file for that text. */
export function trainerKeys(): { publicKey: string; sign: (packText: string) => string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const publicKeyBase64 = toBase64(new Uint8Array(raw));
  return {
    publicKey: publicKeyBase64,
    sign: (packText) =>
      signedPackText(packText, {
        publicKey: publicKeyBase64,
        value: toBase64(new Uint8Array(sign(null, Buffer.from(packText, 'utf8'), privateKey))),
      }),
  };
}
