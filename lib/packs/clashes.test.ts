import { describe, expect, it } from 'vitest';
import { openTestLibrary, snippetInput } from '@/lib/library/test-support';
import { createSnippet, getSnippet, getSnippetByShortcut } from '@/lib/library/repository';
import type { Library } from '@/lib/library/library';
import { listClashes, resolveClash } from './clashes';
import { installPack } from './install';
import { examplePack } from './test-support';
import { packText } from './install-test-support';

const options = { source: { kind: 'file' as const, fileName: 'acme.json' }, trustedKeys: [], requireSignature: false };

async function libraryWithClash(): Promise<{ library: Library; mineId: string }> {
  const { library } = await openTestLibrary();
  const mine = await createSnippet(library, snippetInput({ title: 'My thanks', shortcut: 'thanks-wait' }));
  return { library, mineId: mine.id };
}

describe('shortcut clashes', () => {
  it('installs the pack snippet under a variant and reports the clash, leaving the agent’s snippet alone', async () => {
    const { library, mineId } = await libraryWithClash();
    const outcome = await installPack(library, packText(examplePack()), options);
    const clash = {
      packId: 'acme-support',
      snippetId: 'acme-support:thanks-wait',
      title: 'Thanks for waiting',
      shortcut: 'thanks-wait',
      heldAs: 'thanks-wait-2',
      owner: { id: mineId, title: 'My thanks', packId: null },
    };
    expect(outcome).toMatchObject({ status: 'installed', clashes: [clash] });
    expect(await listClashes(library)).toEqual([clash]);
    expect((await getSnippetByShortcut(library, 'thanks-wait'))?.id).toBe(mineId);
    expect((await getSnippetByShortcut(library, 'thanks-wait-2'))?.id).toBe('acme-support:thanks-wait');
  });

  it('keep mine: closes the clash, and a newer version of the pack does not ask again', async () => {
    const { library, mineId } = await libraryWithClash();
    await installPack(library, packText(examplePack()), options);
    await resolveClash(library, 'acme-support', 'acme-support:thanks-wait', { kind: 'keep-mine' });
    expect(await listClashes(library)).toEqual([]);
    const next = await installPack(library, packText(examplePack({ version: '1.1.0' })), options);
    expect(next).toMatchObject({ status: 'replaced', clashes: [] });
    expect((await getSnippetByShortcut(library, 'thanks-wait'))?.id).toBe(mineId);
    expect((await getSnippet(library, 'acme-support:thanks-wait'))?.shortcut).toBe('thanks-wait-2');
  });

  it('take the pack’s: the agent’s snippet moves to a free variant', async () => {
    const { library, mineId } = await libraryWithClash();
    await installPack(library, packText(examplePack()), options);
    await resolveClash(library, 'acme-support', 'acme-support:thanks-wait', { kind: 'take-pack' });
    expect((await getSnippetByShortcut(library, 'thanks-wait'))?.id).toBe('acme-support:thanks-wait');
    expect((await getSnippet(library, mineId))?.shortcut).toBe('thanks-wait-3');
    expect(await listClashes(library)).toEqual([]);
  });

  it('rename: the agent’s snippet takes the shortcut they typed, refusing one in use', async () => {
    const { library, mineId } = await libraryWithClash();
    await installPack(library, packText(examplePack()), options);
    const clash = ['acme-support', 'acme-support:thanks-wait'] as const;
    await expect(resolveClash(library, ...clash, { kind: 'rename', shortcut: 'refund-delay' })).rejects.toMatchObject({
      code: 'duplicate-shortcut',
    });
    await expect(resolveClash(library, ...clash, { kind: 'rename', shortcut: 'no spaces' })).rejects.toMatchObject({
      code: 'invalid-snippet',
    });
    await resolveClash(library, ...clash, { kind: 'rename', shortcut: 'My-Thanks' });
    expect((await getSnippet(library, mineId))?.shortcut).toBe('my-thanks');
    expect((await getSnippetByShortcut(library, 'thanks-wait'))?.id).toBe('acme-support:thanks-wait');
    await expect(resolveClash(library, ...clash, { kind: 'keep-mine' })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('reports a clash with another pack too', async () => {
    const { library } = await openTestLibrary();
    await installPack(library, packText(examplePack()), options);
    const other = await installPack(library, packText(examplePack({ id: 'other-team' })), options);
    expect(other).toMatchObject({ status: 'installed' });
    if (other.status === 'installed') {
      expect(other.clashes.map((clash) => [clash.shortcut, clash.owner?.packId])).toEqual([
        ['refund-delay', 'acme-support'],
        ['thanks-wait', 'acme-support'],
      ]);
    }
  });
});
