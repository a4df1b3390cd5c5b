import { afterEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_VERSION, backupToJson, createBackup, parseBackup, restoreBackup } from './backup';
import { LibraryError } from './errors';
import {
  createSnippet,
  deleteSnippets,
  listSnippets,
  listTrash,
  readSettings,
  recordUsage,
  writeSettings,
} from './repository';
import { SCHEMA_VERSION } from './schema';
import { seedStarterLibrary } from './seed';
import { failWritesWithQuota, openTestLibrary, snippetInput, START } from './test-support';

afterEach(() => {
  vi.restoreAllMocks();
});

async function libraryWithData() {
  const test = await openTestLibrary();
  await seedStarterLibrary(test.library);
  const mine = await createSnippet(test.library, snippetInput());
  await recordUsage(test.library, mine.id);
  await writeSettings(test.library, { trigger: ';', coaching: { jargon: false } });
  return { ...test, mine };
}

async function snapshot(library: Parameters<typeof listSnippets>[0]) {
  const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
  return {
    snippets: (await listSnippets(library)).sort(byId),
    settings: await readSettings(library),
    trash: await listTrash(library),
  };
}

describe('backup', () => {
  it('holds every snippet with its usage, and the settings', async () => {
    const { library, mine } = await libraryWithData();
    const backup = await createBackup(library);
    expect(backup).toMatchObject({
      format: 'tactful-backup',
      version: BACKUP_VERSION,
      schemaVersion: SCHEMA_VERSION,
      createdAt: new Date(START).toISOString(),
    });
    expect(backup.snippets).toHaveLength((await listSnippets(library)).length);
    expect(backup.snippets.find((snippet) => snippet.id === mine.id)).toMatchObject({
      usageCount: 1,
      lastUsedAt: START,
    });
    expect(backup.settings).toEqual({ trigger: ';', coaching: { jargon: false } });
  });

  it('restores into another library exactly, replacing what was there', async () => {
    const { library } = await libraryWithData();
    const file = await backupToJson(library);
    const { library: other } = await openTestLibrary();
    const leftover = await createSnippet(other, snippetInput({ shortcut: 'leftover' }));
    await deleteSnippets(other, [leftover.id]);
    await writeSettings(other, { theme: 'dark' });

    const report = await restoreBackup(other, file);
    const expected = await snapshot(library);
    expect(report).toEqual({ snippets: expected.snippets.length, settings: 2 });
    expect(await snapshot(other)).toEqual(expected);
  });
});

describe('restoreBackup refuses, changing nothing,', () => {
  async function refusedWith(file: string): Promise<LibraryError> {
    const { library } = await libraryWithData();
    const before = await snapshot(library);
    const error = await restoreBackup(library, file).catch((caught: unknown) => caught);
    expect(await snapshot(library)).toEqual(before);
    if (!(error instanceof LibraryError)) throw new Error(`expected a LibraryError, got ${String(error)}`);
    return error;
  }

  it('a backup from a newer version, saying so', async () => {
    const { library } = await libraryWithData();
    const newer = { ...JSON.parse(await backupToJson(library)), version: BACKUP_VERSION + 1, somethingNew: [] };
    const error = await refusedWith(JSON.stringify(newer));
    expect(error.code).toBe('newer-backup');
    expect(error.message).toBe(
      `This backup was made by a newer version of Tactful (backup format ${BACKUP_VERSION + 1}; this version reads up to ${BACKUP_VERSION}). Update Tactful, then restore it. Nothing was changed.`,
    );
  });

  it('a backup with an invalid snippet, naming it', async () => {
    const { library } = await libraryWithData();
    const backup = JSON.parse(await backupToJson(library));
    backup.snippets[2].body = 'x'.repeat(200 * 1024);
    backup.snippets[4].shortcut = backup.snippets[3].shortcut;
    const error = await refusedWith(JSON.stringify(backup));
    expect(error.code).toBe('invalid-file');
    expect(error.message).toMatch(
      /: snippet 3: The text is too long: a snippet can hold up to 100 KB; snippet 5: the shortcut ".+" appears twice\. Nothing was changed\.$/,
    );
  });

  it('files that are not backups', async () => {
    expect((await refusedWith('not json')).message).toMatch(/not a Tactful backup/);
    expect((await refusedWith('{"format":"tactful-snippets","version":1,"snippets":[]}')).message).toMatch(
      /snippet export, not a backup/,
    );
    expect((await refusedWith('{"format":"tactful-backup","version":1,"snippets":{}}')).message).toMatch(
      /^This backup is damaged/,
    );
  });

  it('when storage fails part-way through the restore', async () => {
    const { library } = await libraryWithData();
    const file = await backupToJson(library);
    await createSnippet(library, snippetInput({ shortcut: 'after-backup' }));
    const before = await snapshot(library);
    const restore = failWritesWithQuota(5);
    await expect(restoreBackup(library, file)).rejects.toMatchObject({ code: 'quota-exceeded' });
    restore();
    expect(await snapshot(library)).toEqual(before);
  });
});

describe('parseBackup', () => {
  it('accepts a backup without settings', () => {
    const backup = parseBackup(JSON.stringify({ format: 'tactful-backup', version: 1, snippets: [] }));
    expect(backup.settings).toEqual({});
  });
});
