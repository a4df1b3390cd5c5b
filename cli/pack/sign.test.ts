import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readPackFile } from '../../lib/packs/format';
import { checkPackSignature } from '../../lib/packs/signature';
import { examplePack, trainerKeys } from '../../lib/packs/test-support';
import { workspace } from './test-support';

let space: ReturnType<typeof workspace>;
beforeEach(() => (space = workspace()));
afterEach(() => space.remove());

describe('tactful pack keygen, sign and verify', () => {
  it('signs the exact pack bytes with a new key, which the extension verifies and verify accepts', async () => {
    const packText = `${JSON.stringify(examplePack(), null, 2)}\n`;
    space.write('pack.json', packText);
    const keygen = await space.run('pack', 'keygen', '--out', 'trainer');
    expect(keygen.status).toBe(0);
    const publicKey = keygen.stdout.trim();
    expect(space.read('trainer.pub').trim()).toBe(publicKey);
    expect(space.read('trainer.pem')).toContain('BEGIN PRIVATE KEY');

    expect((await space.run('pack', 'sign', 'pack.json', '--key', 'trainer.pem', '-o', 'signed.json')).status).toBe(0);
    const reading = readPackFile(space.read('signed.json'));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    expect(reading.text).toBe(packText);
    expect(await checkPackSignature(reading.text, reading.signature, [publicKey])).toBe('verified');

    expect((await space.run('pack', 'verify', 'signed.json', '--key', 'trainer.pub')).status).toBe(0);
    expect((await space.run('pack', 'verify', 'signed.json', '--key', publicKey)).status).toBe(0);
  });

  it('refuses a changed pack, another key and an unsigned pack', async () => {
    const packText = JSON.stringify(examplePack(), null, 2);
    space.write('pack.json', packText);
    await space.run('pack', 'keygen', '--out', 'trainer');
    await space.run('pack', 'sign', 'pack.json', '--key', 'trainer.pem', '-o', 'signed.json');
    space.write('changed.json', space.read('signed.json').replace('Thank you for waiting', 'Thanks for waiting'));
    const changed = await space.run('pack', 'verify', 'changed.json', '--key', 'trainer.pub');
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain('changed after signing');
    const other = await space.run('pack', 'verify', 'signed.json', '--key', trainerKeys().publicKey);
    expect(other.status).toBe(1);
    expect(other.stderr).toContain('another key');
    const unsigned = await space.run('pack', 'verify', 'pack.json', '--key', 'trainer.pub');
    expect(unsigned).toMatchObject({ status: 1, stderr: 'pack.json: the pack is not signed.\n' });
  });

  it('refuses what it cannot sign with or sign', async () => {
    space.write('pack.json', JSON.stringify(examplePack()));
    space.write('not-a-key.pem', 'hello');
    const badKey = await space.run('pack', 'sign', 'pack.json', '--key', 'not-a-key.pem');
    expect(badKey).toMatchObject({ status: 2 });
    expect(badKey.stderr).toContain('not an Ed25519 private key');
    expect((await space.run('pack', 'sign', 'pack.json')).stderr).toContain('--key PRIVATE.pem is required');
    space.write('broken.json', '{"formatVersion": 1, "snippets": [');
    const broken = await space.run('pack', 'sign', 'broken.json', '--key', 'not-a-key.pem');
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/^broken\.json: The file is not valid JSON/);
    await space.run('pack', 'keygen', '--out', 'trainer');
    expect((await space.run('pack', 'keygen', '--out', 'trainer')).stderr).toContain('already exists');
  });
});
