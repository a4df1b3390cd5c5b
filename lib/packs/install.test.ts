import { afterEach, describe, expect, it, vi } from 'vitest';
import { failWritesWithQuota, openTestLibrary, snippetInput } from '@/lib/library/test-support';
import {
  createSnippet,
  duplicateSnippet,
  getSnippet,
  listSnippets,
  recordUsage,
  updateSnippet,
} from '@/lib/library/repository';
import type { Library } from '@/lib/library/library';
import { seedStarterLibrary } from '@/lib/library/seed';
import { MAX_PACK_BYTES, type Pack } from './format';
import { installPack, listPacks, removePack, type InstallOptions, type InstallOutcome } from './install';
import { examplePack, snippetsOf } from './test-support';
import { dumpLibrary, packText } from './install-test-support';

const fromFile: InstallOptions = {
  source: { kind: 'file', fileName: 'acme.json' },
  trustedKeys: [],
  requireSignature: false,
};

afterEach(() => {
  vi.restoreAllMocks();
});

function install(library: Library, pack: Pack | string, options: Partial<InstallOptions> = {}) {
  return installPack(library, typeof pack === 'string' ? pack : packText(pack), { ...fromFile, ...options });
}

function expectInstalled(outcome: InstallOutcome): Extract<InstallOutcome, { status: 'installed' | 'replaced' }> {
  if (outcome.status !== 'installed' && outcome.status !== 'replaced') {
    throw new Error(`expected an install, got ${JSON.stringify(outcome)}`);
  }
  return outcome;
}

describe('installPack', () => {
  it('stores the pack record and its snippets as <packId>:<snippetId>, read-only', async () => {
    const { library } = await openTestLibrary();
    const outcome = expectInstalled(await install(library, examplePack()));
    expect(outcome).toMatchObject({ status: 'installed', added: 2, removed: 0, kept: 0, clashes: [] });
    expect(outcome.pack).toMatchObject({
      id: 'acme-support',
      name: 'Acme support',
      version: '1.0.0',
      author: 'Acme training team',
      source: { kind: 'file', fileName: 'acme.json' },
      signature: { state: 'unsigned', publicKey: null },
      snippetCount: 2,
    });
    expect(await listPacks(library)).toEqual([outcome.pack]);
    const refund = await getSnippet(library, 'acme-support:refund-delay');
    expect(refund).toMatchObject({
      packId: 'acme-support',
      shortcut: 'refund-delay',
      tags: ['billing'],
      emotions: ['frustrated'],
      fields: [{ name: 'Date', default: 'Friday' }],
      usageCount: 0,
    });
    await expect(updateSnippet(library, refund!.id, { title: 'Mine now' })).rejects.toMatchObject({
      code: 'pack-snippet-read-only',
    });
    const copy = await duplicateSnippet(library, refund!.id);
    expect(copy).toMatchObject({ packId: null, shortcut: 'refund-delay-2', body: refund!.body });
  });

  it('replaces an older version in one go, keeping the usage of the snippets that stay', async () => {
    const { library, clock } = await openTestLibrary();
    await install(library, examplePack());
    await recordUsage(library, 'acme-support:thanks-wait');
    const used = await recordUsage(library, 'acme-support:thanks-wait');
    clock.advance(60_000);
    const next = examplePack({
      version: '1.1.0',
      snippets: [
        {
          id: 'thanks-wait',
          title: 'Thanks for waiting',
          body: 'Thank you for your patience.',
          shortcut: 'thanks-wait',
        },
        { id: 'new-one', title: 'New one', body: 'Something new.', shortcut: 'new-one' },
      ],
    });
    const outcome = expectInstalled(await install(library, next));
    expect(outcome).toMatchObject({ status: 'replaced', added: 1, removed: 1, kept: 1 });
    expect(outcome.pack.installedAt).toBeLessThan(outcome.pack.updatedAt);
    expect(await getSnippet(library, 'acme-support:refund-delay')).toBeNull();
    expect(await getSnippet(library, 'acme-support:thanks-wait')).toMatchObject({
      body: 'Thank you for your patience.',
      usageCount: 2,
      lastUsedAt: used.lastUsedAt,
      createdAt: used.createdAt,
    });
    expect(await getSnippet(library, 'acme-support:new-one')).toMatchObject({ usageCount: 0 });
  });

  it('leaves the snippets a newer version repeats exactly as they were', async () => {
    const { library, clock } = await openTestLibrary();
    await install(library, examplePack());
    const before = await getSnippet(library, 'acme-support:refund-delay');
    clock.advance(60_000);
    const outcome = expectInstalled(await install(library, examplePack({ version: '1.0.1' })));
    expect(outcome).toMatchObject({ status: 'replaced', added: 0, removed: 0, kept: 2 });
    expect(await getSnippet(library, 'acme-support:refund-delay')).toEqual(before);
    expect(outcome.pack.updatedAt).toBe(before!.updatedAt + 60_000);
  });

  it('answers unchanged for the same version and bytes, and refuses an older or equal one unless forced', async () => {
    const { library } = await openTestLibrary();
    await install(library, examplePack({ version: '2.0.0' }));
    expect(await install(library, examplePack({ version: '2.0.0' }))).toMatchObject({ status: 'unchanged' });
    const before = await dumpLibrary(library);
    for (const [version, words] of [
      ['1.9.9', 'older than'],
      ['2.0.0', 'the same version as'],
      ['2.0.0-beta.1', 'older than'],
    ] as const) {
      const outcome = await install(library, examplePack({ version, description: 'edited' }));
      expect(outcome).toMatchObject({ status: 'refused', problems: [{ code: 'older-version', path: 'version' }] });
      if (outcome.status === 'refused') expect(outcome.problems[0]!.message).toContain(`${version} is ${words}`);
      if (outcome.status === 'refused') expect(outcome.problems[0]!.message).toContain('installed 2.0.0');
    }
    expect(await dumpLibrary(library)).toBe(before);
    const forced = expectInstalled(await install(library, examplePack({ version: '1.0.0' }), { force: true }));
    expect(forced.pack.version).toBe('1.0.0');
  });

  it('keeps HTML and script in bodies as the text they are', async () => {
    const { library } = await openTestLibrary();
    const body = 'Hello <b>there</b> <script>alert(1)</script><img src=x onerror=alert(2)>';
    await install(library, examplePack({ snippets: [{ id: 'html', title: '<i>Title</i>', body, shortcut: 'html' }] }));
    expect(await getSnippet(library, 'acme-support:html')).toMatchObject({ title: '<i>Title</i>', body });
  });

  it('writes nothing when the transaction fails part-way', async () => {
    const { library } = await openTestLibrary();
    await install(library, examplePack());
    const before = await dumpLibrary(library);
    const restore = failWritesWithQuota(1);
    await expect(install(library, examplePack({ version: '1.1.0' }))).rejects.toMatchObject({
      code: 'quota-exceeded',
    });
    restore();
    expect(await dumpLibrary(library)).toBe(before);
  });

  it('refuses to take the place of a pack the policy installed', async () => {
    const { library } = await openTestLibrary();
    await install(library, examplePack(), { source: { kind: 'policy', url: 'https://packs.example/acme.json' } });
    const before = await dumpLibrary(library);
    const outcome = await install(library, examplePack({ version: '9.0.0' }));
    expect(outcome).toMatchObject({ status: 'refused', problems: [{ code: 'clash', path: 'id' }] });
    expect(await dumpLibrary(library)).toBe(before);
  });
});

describe('removePack', () => {
  it('removes the pack and its snippets only', async () => {
    const { library } = await openTestLibrary();
    await seedStarterLibrary(library);
    const mine = await createSnippet(library, snippetInput());
    await install(library, examplePack());
    await install(library, examplePack({ id: 'other', snippets: snippetsOf(3) }));
    const copy = await duplicateSnippet(library, 'acme-support:thanks-wait');
    await removePack(library, 'acme-support');
    const left = await listSnippets(library);
    expect(left.some((snippet) => snippet.packId === 'acme-support')).toBe(false);
    expect(left.filter((snippet) => snippet.packId === 'other')).toHaveLength(3);
    expect(left.map((snippet) => snippet.id)).toEqual(expect.arrayContaining([mine.id, copy.id]));
    expect((await listPacks(library)).map((pack) => pack.id)).toEqual(['other', 'tactful-starter']);
  });
});

describe('a bad pack file', () => {
  const tooManySnippets = () => packText(examplePack({ snippets: snippetsOf(20_001) }));
  const cases: [string, () => string | Uint8Array, string, string][] = [
    ['invalid JSON', () => '{ "id": "acme", ', 'not-json', ''],
    ['a schema violation', () => packText({ ...examplePack(), name: 42 } as unknown as Pack), 'schema', 'name'],
    ['a file over 5 MB', () => new Uint8Array(MAX_PACK_BYTES + 1).fill(32), 'too-large', ''],
    ['over 20,000 snippets', tooManySnippets, 'too-many-snippets', 'snippets'],
    [
      'duplicate ids',
      () => packText(examplePack({ snippets: [...snippetsOf(2), { ...snippetsOf(1)[0]!, shortcut: 'other' }] })),
      'duplicate-id',
      'snippets[2].id',
    ],
    [
      'duplicate shortcuts',
      () => packText(examplePack({ snippets: [...snippetsOf(2), { ...snippetsOf(1)[0]!, id: 'other' }] })),
      'duplicate-shortcut',
      'snippets[2].shortcut',
    ],
    [
      'a placeholder Tactful cannot fill',
      () => packText(examplePack({ snippets: [{ id: 'a', title: 'A', body: 'Hi {{customer.age}}', shortcut: 'a' }] })),
      'invalid-snippet',
      'snippets[0].body',
    ],
    [
      'a newer format',
      () => packText({ ...examplePack(), formatVersion: 2 } as unknown as Pack),
      'newer-format',
      'formatVersion',
    ],
    ['the starter pack id', () => packText(examplePack({ id: 'tactful-starter' })), 'clash', 'id'],
  ];

  it.each(cases)('refuses %s with what and where, and changes nothing', async (_name, file, code, path) => {
    const { library } = await openTestLibrary();
    await seedStarterLibrary(library);
    await createSnippet(library, snippetInput());
    await install(library, examplePack({ id: 'installed' }));
    const before = await dumpLibrary(library);
    const outcome = await installPack(library, file(), fromFile);
    expect(outcome.status).toBe('refused');
    if (outcome.status !== 'refused') return;
    expect(outcome.problems[0]).toMatchObject({ code, path });
    expect(outcome.problems[0]!.message.length).toBeGreaterThan(10);
    expect(await dumpLibrary(library)).toBe(before);
  });
});
