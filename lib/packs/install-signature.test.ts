import { describe, expect, it } from 'vitest';
import { openTestLibrary } from '@/lib/library/test-support';
import { installPack, type InstallOptions } from './install';
import { examplePack, trainerKeys } from './test-support';
import { dumpLibrary, packText } from './install-test-support';

const keys = trainerKeys();
const signed = keys.sign(packText(examplePack()));
const fromUrl = (overrides: Partial<InstallOptions>): InstallOptions => ({
  source: { kind: 'url', url: 'https://packs.example/acme.json' },
  trustedKeys: [],
  requireSignature: false,
  ...overrides,
});

function tampered(file: string): string {
  const parsed = JSON.parse(file) as { signedPack: string };
  return JSON.stringify({ ...parsed, signedPack: parsed.signedPack.replace('Thank you', 'Thanks') });
}

describe('installPack and signatures', () => {
  it('records a signature by a trusted key as verified', async () => {
    const { library } = await openTestLibrary();
    const outcome = await installPack(
      library,
      signed,
      fromUrl({ trustedKeys: [keys.publicKey], requireSignature: true }),
    );
    expect(outcome).toMatchObject({
      status: 'installed',
      pack: { signature: { state: 'verified', publicKey: keys.publicKey } },
    });
  });

  it('installs a pack signed by an unknown key when no signature is required, saying so', async () => {
    const { library } = await openTestLibrary();
    const outcome = await installPack(library, signed, fromUrl({}));
    expect(outcome).toMatchObject({ status: 'installed', pack: { signature: { state: 'untrusted-key' } } });
  });

  const refusals: [string, string, Partial<InstallOptions>, string, string][] = [
    [
      'an unsigned pack where the policy requires one',
      packText(examplePack()),
      { requireSignature: true },
      'signature-required',
      '',
    ],
    [
      'a key nobody trusts where the policy requires one',
      signed,
      { requireSignature: true },
      'untrusted-key',
      'signature.publicKey',
    ],
    [
      'a pack changed after signing',
      tampered(signed),
      { trustedKeys: [keys.publicKey] },
      'signature-invalid',
      'signature',
    ],
    [
      'a signature by another key',
      trainerKeys()
        .sign(packText(examplePack()))
        .replace(/"publicKey": "[^"]+"/, `"publicKey": "${keys.publicKey}"`),
      { trustedKeys: [keys.publicKey], requireSignature: true },
      'signature-invalid',
      'signature',
    ],
  ];

  it.each(refusals)('refuses %s and changes nothing', async (_name, file, options, code, path) => {
    const { library } = await openTestLibrary();
    await installPack(library, packText(examplePack({ id: 'installed' })), fromUrl({}));
    const before = await dumpLibrary(library);
    const outcome = await installPack(library, file, fromUrl(options));
    expect(outcome).toMatchObject({ status: 'refused', problems: [{ code, path }] });
    expect(await dumpLibrary(library)).toBe(before);
  });
});
