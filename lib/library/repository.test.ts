import { describe, expect, it } from 'vitest';
import { isLibraryError, LibraryError } from './errors';
import {
  bulkTag,
  createSnippet,
  deleteSnippets,
  duplicateSnippet,
  getSnippet,
  getSnippetByShortcut,
  listSnippets,
  listTrash,
  purgeTrash,
  readSettings,
  recordUsage,
  restoreDeletedSnippets,
  TRASH_RETENTION_MS,
  updateSnippet,
  writeSettings,
} from './repository';
import { seedStarterLibrary } from './seed';
import { STARTER_PACK_ID, starterSnippetId } from './starter-snippets';
import { addSnippets, openTestLibrary, snippetInput, START } from './test-support';
import { MAX_BODY_BYTES } from './validation';

async function failure(promise: Promise<unknown>): Promise<LibraryError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof LibraryError)) throw new Error(`expected a LibraryError, got ${String(error)}`);
  return error;
}

describe('createSnippet', () => {
  it('stores a normalised personal snippet with fresh usage', async () => {
    const { library } = await openTestLibrary();
    const snippet = await createSnippet(
      library,
      snippetInput({
        title: '  Refund  ',
        shortcut: ' Refund ',
        tags: ['Billing', 'billing '],
        emotions: ['anxious', 'angry'],
      }),
    );
    expect(snippet).toMatchObject({
      title: 'Refund',
      shortcut: 'refund',
      tags: ['billing'],
      emotions: ['angry', 'anxious'],
      packId: null,
      createdAt: START,
      updatedAt: START,
      usageCount: 0,
      lastUsedAt: null,
    });
    expect(await getSnippet(library, snippet.id)).toEqual(snippet);
    expect(await getSnippetByShortcut(library, 'REFUND')).toEqual(snippet);
  });

  it('refuses a shortcut another snippet uses, naming that snippet, and saves nothing', async () => {
    const { library } = await openTestLibrary();
    await createSnippet(library, snippetInput({ title: 'First', shortcut: 'thanks' }));
    const error = await failure(createSnippet(library, snippetInput({ title: 'Second', shortcut: 'Thanks' })));
    expect(error.code).toBe('duplicate-shortcut');
    expect(error.message).toContain('"First"');
    expect(error.issues).toEqual([{ field: 'shortcut', message: 'Already used by "First".' }]);
    expect((await listSnippets(library)).map((snippet) => snippet.title)).toEqual(['First']);
  });

  it('refuses a body over 100 KB, and accepts one exactly at the limit', async () => {
    const { library } = await openTestLibrary();
    const error = await failure(createSnippet(library, snippetInput({ body: 'a'.repeat(MAX_BODY_BYTES + 1) })));
    expect(error.code).toBe('body-too-large');
    expect(error.issues[0]?.field).toBe('body');
    // Counted in UTF-8 bytes: 'é' takes two.
    expect(
      (await failure(createSnippet(library, snippetInput({ body: 'é'.repeat(MAX_BODY_BYTES / 2 + 1) })))).code,
    ).toBe('body-too-large');
    expect((await createSnippet(library, snippetInput({ body: 'a'.repeat(MAX_BODY_BYTES) }))).body.length).toBe(
      MAX_BODY_BYTES,
    );
  });

  it('reports an unknown placeholder by name when the snippet is saved', async () => {
    const { library } = await openTestLibrary();
    const error = await failure(
      createSnippet(library, snippetInput({ body: 'Hi {{customer.lastName}}, about {{order.id}}: {{ticket.id}}' })),
    );
    expect(error.code).toBe('unknown-placeholder');
    // Only the unknown ones are named as unknown; the message then lists what Tactful can fill.
    expect(error.message).toMatch(
      /^Unknown placeholders \{\{customer\.lastName\}\}, \{\{order\.id\}\}\. Tactful can fill \{\{customer\.firstName\}\}/,
    );
    expect(await listSnippets(library)).toEqual([]);
  });

  it('lists every invalid field', async () => {
    const { library } = await openTestLibrary();
    const error = await failure(
      createSnippet(library, { title: '', body: ' ', shortcut: 'has space', emotions: ['sad' as never] }),
    );
    expect(error.code).toBe('invalid-snippet');
    expect(error.issues.map((issue) => issue.field)).toEqual(['title', 'body', 'shortcut', 'emotions.0']);
  });
});

describe('updateSnippet', () => {
  it('changes the given fields and moves updatedAt on', async () => {
    const { library, clock } = await openTestLibrary();
    const snippet = await createSnippet(library, snippetInput());
    clock.advance(1000);
    const updated = await updateSnippet(library, snippet.id, { title: 'Refund sent', tags: ['refunds'] });
    expect(updated).toEqual({ ...snippet, title: 'Refund sent', tags: ['refunds'], updatedAt: START + 1000 });
    expect(await getSnippet(library, snippet.id)).toEqual(updated);
  });

  it("keeps its own shortcut but cannot take another snippet's", async () => {
    const { library } = await openTestLibrary();
    const [first, second] = await addSnippets(library, [{ shortcut: 'one' }, { shortcut: 'two' }]);
    await expect(updateSnippet(library, first!.id, { shortcut: 'one', title: 'Renamed' })).resolves.toMatchObject({
      shortcut: 'one',
    });
    expect((await failure(updateSnippet(library, first!.id, { shortcut: 'two' }))).code).toBe('duplicate-shortcut');
    expect(await getSnippet(library, second!.id)).toEqual(second);
  });

  it('refuses to edit a pack snippet, and refuses when another window changed it first', async () => {
    const { library, clock } = await openTestLibrary();
    await seedStarterLibrary(library);
    expect((await failure(updateSnippet(library, starterSnippetId('deadline'), { title: 'x' }))).code).toBe(
      'not-found',
    );
    expect((await failure(updateSnippet(library, starterSnippetId('anxious-deadline'), { title: 'x' }))).code).toBe(
      'pack-snippet-read-only',
    );

    const mine = await createSnippet(library, snippetInput());
    clock.advance(10);
    await updateSnippet(library, mine.id, { title: 'Saved elsewhere' });
    const error = await failure(
      updateSnippet(library, mine.id, { title: 'Stale edit' }, { expectedUpdatedAt: mine.updatedAt }),
    );
    expect(error.code).toBe('edit-conflict');
    expect((await getSnippet(library, mine.id))?.title).toBe('Saved elsewhere');
  });
});

describe('deleting and undoing', () => {
  it('moves deleted snippets to the trash and restores them intact', async () => {
    const { library, clock } = await openTestLibrary();
    const [kept, gone] = await addSnippets(library, [{ title: 'Kept' }, { title: 'Gone' }]);
    await recordUsage(library, gone!.id);
    const used = await getSnippet(library, gone!.id);
    clock.advance(5);
    expect(await deleteSnippets(library, [gone!.id, 'no-such-id'])).toEqual([gone!.id]);
    expect(await listSnippets(library)).toEqual([kept]);
    expect(await listTrash(library)).toEqual([{ ...used, deletedAt: START + 5 }]);

    const restored = await restoreDeletedSnippets(library, [gone!.id]);
    expect(restored).toEqual([{ snippet: used, previousShortcut: null }]);
    expect(await getSnippet(library, gone!.id)).toEqual(used);
    expect(await listTrash(library)).toEqual([]);
  });

  it('restores under a numbered shortcut when the old one was taken meanwhile', async () => {
    const { library } = await openTestLibrary();
    const original = await createSnippet(library, snippetInput({ shortcut: 'refund' }));
    await deleteSnippets(library, [original.id]);
    await createSnippet(library, snippetInput({ title: 'New refund', shortcut: 'refund' }));
    const [restored] = await restoreDeletedSnippets(library, [original.id]);
    expect(restored).toEqual({ snippet: { ...original, shortcut: 'refund-2' }, previousShortcut: 'refund' });
  });

  it('purges only trash older than the retention period', async () => {
    const { library, clock } = await openTestLibrary();
    const [old, recent] = await addSnippets(library, [{}, {}]);
    await deleteSnippets(library, [old!.id]);
    clock.advance(TRASH_RETENTION_MS);
    await deleteSnippets(library, [recent!.id]);
    clock.advance(1);
    expect(await purgeTrash(library)).toBe(1);
    expect((await listTrash(library)).map((snippet) => snippet.id)).toEqual([recent!.id]);
  });
});

describe('duplicateSnippet', () => {
  it('copies a pack snippet into a personal one with a free shortcut and no usage', async () => {
    const { library, clock } = await openTestLibrary();
    await seedStarterLibrary(library);
    const source = (await getSnippet(library, starterSnippetId('anxious-deadline')))!;
    await recordUsage(library, source.id);
    clock.advance(100);
    const copy = await duplicateSnippet(library, source.id);
    expect(copy).toEqual({
      ...source,
      id: copy.id,
      shortcut: 'deadline-2',
      packId: null,
      createdAt: START + 100,
      updatedAt: START + 100,
      usageCount: 0,
      lastUsedAt: null,
    });
    expect(copy.id).not.toBe(source.id);
    expect((await updateSnippet(library, copy.id, { title: 'My deadline' })).title).toBe('My deadline');
    expect((await getSnippet(library, source.id))?.packId).toBe(STARTER_PACK_ID);
  });

  it('takes changes, checking the shortcut like any save', async () => {
    const { library } = await openTestLibrary();
    const [source] = await addSnippets(library, [{ shortcut: 'a' }, { shortcut: 'b' }]);
    expect((await duplicateSnippet(library, source!.id, { shortcut: 'c', title: 'Copy' })).title).toBe('Copy');
    expect((await failure(duplicateSnippet(library, source!.id, { shortcut: 'b' }))).code).toBe('duplicate-shortcut');
    expect((await failure(duplicateSnippet(library, 'missing'))).code).toBe('not-found');
  });
});

describe('bulkTag', () => {
  it('adds and removes tags on personal snippets and skips pack ones with a reason', async () => {
    const { library } = await openTestLibrary();
    await seedStarterLibrary(library);
    const [first, second] = await addSnippets(library, [{ tags: ['billing', 'old'] }, { tags: ['new'] }]);
    const starter = starterSnippetId('anxious-deadline');
    const result = await bulkTag(library, [first!.id, second!.id, starter, 'missing'], {
      add: ['New', 'vip'],
      remove: ['old'],
    });
    expect(result.updated).toEqual([first!.id, second!.id]);
    expect(result.skipped.map((entry) => entry.id)).toEqual([starter, 'missing']);
    expect((await getSnippet(library, first!.id))?.tags).toEqual(['billing', 'new', 'vip']);
    expect((await getSnippet(library, second!.id))?.tags).toEqual(['new', 'vip']);
  });

  it('refuses an invalid tag before changing anything', async () => {
    const { library } = await openTestLibrary();
    const [snippet] = await addSnippets(library, [{ tags: ['billing'] }]);
    expect(
      isLibraryError(
        await bulkTag(library, [snippet!.id], { add: ['a,b'] }).catch((error: unknown) => error),
        'invalid-snippet',
      ),
    ).toBe(true);
    expect((await getSnippet(library, snippet!.id))?.tags).toEqual(['billing']);
  });
});

describe('recordUsage', () => {
  it('counts insertions and remembers the last one, without touching updatedAt', async () => {
    const { library, clock } = await openTestLibrary();
    const snippet = await createSnippet(library, snippetInput());
    clock.advance(60_000);
    await recordUsage(library, snippet.id);
    clock.advance(60_000);
    expect(await recordUsage(library, snippet.id)).toEqual({ ...snippet, usageCount: 2, lastUsedAt: START + 120_000 });
    expect((await failure(recordUsage(library, 'missing'))).code).toBe('not-found');
  });
});

describe('settings', () => {
  it('stores, overwrites and removes keys', async () => {
    const { library } = await openTestLibrary();
    await writeSettings(library, { trigger: ';', coaching: { jargon: false } });
    await writeSettings(library, { trigger: '/', theme: 'dark' });
    await writeSettings(library, { theme: null });
    expect(await readSettings(library)).toEqual({ trigger: '/', coaching: { jargon: false } });
  });
});
