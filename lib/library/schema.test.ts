import { afterEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from './errors';
import { createSnippet, getSnippet, listSnippets } from './repository';
import { createLibraryDatabase, SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import { starterSnippetRecords } from './starter-snippets';
import { openTestLibrary, snippetInput, START } from './test-support';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';

afterEach(() => {
  vi.restoreAllMocks();
});

interface UpgradeCase {
  /** Records per table, written at the version before. */
  before: Record<string, unknown[]>;
  /** Records per table after opening at this version. */
  after: Record<string, unknown[]>;
}

/**
 * One entry per schema version after the first: what the upgrade into it must do. Adding a
 * version to SCHEMA_VERSIONS without an entry here fails the first test below.
 */
const UPGRADES: Record<number, UpgradeCase> = {
  2: {
    before: { snippets: [starterSnippetRecords(START)[0]!] },
    after: { snippets: [starterSnippetRecords(START)[0]!], packs: [], subscriptions: [] },
  },
};

/** What a next release might do: a new index and a reshaped field. */
const NEXT_VERSION: SchemaVersion = {
  version: SCHEMA_VERSION + 1,
  stores: {
    ...SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.stores,
    snippets: 'id, &shortcut, packId, *tags, updatedAt, lastUsedAt',
  },
  upgrade: async (transaction) => {
    await transaction
      .table('snippets')
      .toCollection()
      .modify((snippet: { title: string }) => {
        snippet.title = snippet.title.toUpperCase();
      });
  },
};

/** Writes `before` at version - 1, opens at `version`, returns the tables named in `after`. */
async function runUpgrade(
  versions: readonly SchemaVersion[],
  version: number,
  { before, after }: UpgradeCase,
): Promise<Record<string, unknown[]>> {
  const factory = new IDBFactory();
  const old = createLibraryDatabase({ indexedDB: factory, IDBKeyRange, versions: versions.slice(0, version - 1) });
  await old.open();
  for (const [table, records] of Object.entries(before)) await old.table(table).bulkAdd(records);
  old.close();
  const upgraded = createLibraryDatabase({ indexedDB: factory, IDBKeyRange, versions: versions.slice(0, version) });
  const tables: Record<string, unknown[]> = {};
  for (const table of Object.keys(after)) tables[table] = await upgraded.table(table).toArray();
  upgraded.close();
  return tables;
}

describe('schema versions', () => {
  it('count up from 1, and every upgrade has a test case', () => {
    expect(SCHEMA_VERSIONS.map((entry) => entry.version)).toEqual(SCHEMA_VERSIONS.map((_, index) => index + 1));
    expect(SCHEMA_VERSION).toBe(SCHEMA_VERSIONS.length);
    const upgraded = SCHEMA_VERSIONS.slice(1).map((entry) => entry.version);
    expect(
      Object.keys(UPGRADES)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(upgraded);
  });

  it('upgrade stored records from each version to the next', async () => {
    for (const [key, upgradeCase] of Object.entries(UPGRADES)) {
      expect(await runUpgrade(SCHEMA_VERSIONS, Number(key), upgradeCase), `v${key}`).toEqual(upgradeCase.after);
    }
  });

  it("run a version's upgrade on records stored by the version before (shown with a next version)", async () => {
    const record = { ...starterSnippetRecords(START)[0]!, title: 'Mixed Case' };
    const upgradeCase: UpgradeCase = {
      before: { snippets: [record] },
      after: { snippets: [{ ...record, title: 'MIXED CASE' }] },
    };
    expect(await runUpgrade([...SCHEMA_VERSIONS, NEXT_VERSION], NEXT_VERSION.version, upgradeCase)).toEqual(
      upgradeCase.after,
    );
  });
});

describe('an upgrade while another window holds the old version open', () => {
  it('closes the old connection so the upgrade proceeds, and the old window reports it must reload', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { library: oldWindow, factory } = await openTestLibrary();
    const saved = await createSnippet(oldWindow, snippetInput());
    const statuses: unknown[] = [];
    oldWindow.onStatusChange((status) => statuses.push(status));
    const blocked = vi.fn();

    const newWindow = createLibraryDatabase({
      indexedDB: factory,
      IDBKeyRange,
      versions: [...SCHEMA_VERSIONS, NEXT_VERSION],
    });
    newWindow.on('blocked', blocked);
    await newWindow.open();

    expect(blocked).not.toHaveBeenCalled();
    expect(newWindow.verno).toBe(NEXT_VERSION.version);
    expect(await newWindow.table('snippets').get(saved.id)).toMatchObject({
      title: saved.title.toUpperCase(),
      body: saved.body,
    });

    const reload = { writable: false, reason: 'reload-required', message: MESSAGES.reloadRequired };
    expect(oldWindow.status).toEqual(reload);
    expect(statuses).toEqual([reload]);
    await expect(createSnippet(oldWindow, snippetInput({ shortcut: 'other' }))).rejects.toMatchObject({
      code: 'reload-required',
    });
    await expect(getSnippet(oldWindow, saved.id)).rejects.toMatchObject({ code: 'reload-required' });
    newWindow.close();
  });

  it('reopens on the new version once the window reloads, with nothing lost', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { library: oldWindow, factory } = await openTestLibrary();
    const saved = await createSnippet(oldWindow, snippetInput());
    const newWindow = createLibraryDatabase({
      indexedDB: factory,
      IDBKeyRange,
      versions: [...SCHEMA_VERSIONS, NEXT_VERSION],
    });
    await newWindow.open();
    newWindow.close();

    const { library: reloaded } = await openTestLibrary({ factory, versions: [...SCHEMA_VERSIONS, NEXT_VERSION] });
    expect(reloaded.status).toEqual({ writable: true });
    expect((await listSnippets(reloaded)).map((snippet) => snippet.id)).toEqual([saved.id]);
  });
});
