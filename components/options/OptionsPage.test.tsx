// @vitest-environment happy-dom
// Dexie's liveQuery only runs where a global indexedDB exists when Dexie loads, so fake-indexeddb
// is installed globally before anything imports Dexie (each test still opens its own database).
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBKeyRange } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { rules as coachingRules } from '@/coaching/rules';
import {
  createSnippet,
  deleteSnippets,
  getSnippet,
  getSnippetByShortcut,
  listSnippets,
  openLibrary,
  readSettings,
  seedStarterLibrary,
  STARTER_SNIPPETS,
  updateSnippet,
  writeSettings,
  type Library,
  type Snippet,
} from '@/lib/library';
import { failWritesWithQuota, openTestLibrary, snippetInput } from '@/lib/library/test-support';
import { OptionsPage } from './OptionsPage';
import { installPack } from '@/lib/packs/install';
import { examplePack } from '@/lib/packs/test-support';
import { packText } from '@/lib/packs/install-test-support';
import { SETTING_KEYS } from '@/lib/settings/preferences';

// The Sites section reads the manifest and the granted sites (SiteSettings.test.tsx covers it):
// here, a browser with no content scripts and no sites.
beforeEach(() => {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ content_scripts: [] } as never);
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockResolvedValue({ origins: [] });
  for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved]) {
    vi.spyOn(event, 'addListener').mockImplementation(() => {});
    vi.spyOn(event, 'removeListener').mockImplementation(() => {});
  }
});

afterEach(async () => {
  cleanup();
  // Preact runs an unmounted component's effect cleanups after the next paint: the Sites section
  // lets go of its permission listeners before the stubs above are taken away.
  const { onAdded } = fakeBrowser.permissions;
  await waitFor(() =>
    expect(vi.mocked(onAdded.removeListener).mock.calls.length).toBe(vi.mocked(onAdded.addListener).mock.calls.length),
  );
  vi.restoreAllMocks();
});

const STARTER_COUNT = STARTER_SNIPPETS.length;

interface Rendered {
  library: Library;
  own: Snippet[];
  announceChange: ReturnType<typeof vi.fn>;
  saveFile: ReturnType<typeof vi.fn>;
}

/** The page over a fresh library holding the starter pack and two snippets of the agent's own. */
async function renderOptions(library?: Library): Promise<Rendered> {
  const own: Snippet[] = [];
  if (!library) {
    library = (await openTestLibrary()).library;
    await seedStarterLibrary(library);
    own.push(
      await createSnippet(library, snippetInput({ title: 'Refund on its way', shortcut: 'refund', tags: ['billing'] })),
    );
    own.push(
      await createSnippet(
        library,
        snippetInput({
          title: 'Password reset steps',
          shortcut: 'reset',
          body: 'Here is how to reset it.',
          tags: ['my-team'],
        }),
      ),
    );
  }
  const announceChange = vi.fn();
  const saveFile = vi.fn();
  render(<OptionsPage library={library} announceChange={announceChange} saveFile={saveFile} />);
  await screen.findByText(own[0]?.title ?? STARTER_SNIPPETS[0]!.title);
  return { library, own, announceChange, saveFile };
}

function rowOf(title: string): HTMLElement {
  const row = screen.getByText(title, { selector: '.tfo-snippet-title' }).closest('tr');
  if (!row) throw new Error(`No row for "${title}"`);
  return row;
}

function listedTitles(): string[] {
  return [...document.querySelectorAll('.tfo-snippets .tfo-snippet-title')].map((cell) => cell.textContent ?? '');
}

function typeInto(element: HTMLElement, value: string) {
  fireEvent.input(element, { target: { value } });
}

function chooseFile(label: string, name: string, text: string) {
  const input = screen.getByLabelText(label);
  fireEvent.change(input, {
    target: { files: [new File([text], name, { type: name.endsWith('.csv') ? 'text/csv' : 'application/json' })] },
  });
}

/** An IndexedDB that refuses to open (a private window, storage turned off). */
function refusingFactory(): IDBFactory {
  return {
    open: () => {
      throw new DOMException('Not allowed.', 'InvalidStateError');
    },
    deleteDatabase: () => {
      throw new DOMException('Not allowed.', 'InvalidStateError');
    },
    databases: async () => [],
    cmp: () => 0,
  } as unknown as IDBFactory;
}

describe('the snippet list', () => {
  it("lists the agent's snippets first, then the starter pack, and filters by words, tag and source", async () => {
    await renderOptions();
    expect(listedTitles().slice(0, 2)).toEqual(['Password reset steps', 'Refund on its way']);
    expect(listedTitles()).toHaveLength(STARTER_COUNT + 2);
    expect(screen.getByText(`${STARTER_COUNT + 2} snippets`)).toBeTruthy();
    expect(within(rowOf('Angry: we fell short')).getByText('Starter')).toBeTruthy();

    typeInto(screen.getByLabelText('Search'), 'REFUND way');
    expect(listedTitles()).toEqual(['Refund on its way']);
    expect(screen.getByText(`1 of ${STARTER_COUNT + 2} snippets matches`)).toBeTruthy();

    typeInto(screen.getByLabelText('Search'), '');
    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: 'my-team' } });
    expect(listedTitles()).toEqual(['Password reset steps']);

    fireEvent.change(screen.getByLabelText('Tag'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'mine' } });
    expect(listedTitles()).toEqual(['Password reset steps', 'Refund on its way']);

    typeInto(screen.getByLabelText('Search'), 'no snippet says this');
    expect(screen.getByText('No snippets match.')).toBeTruthy();
  });

  it('updates live when another window changes the library', async () => {
    const { library } = await renderOptions();
    await createSnippet(library, snippetInput({ title: 'Written elsewhere', shortcut: 'elsewhere' }));
    expect(await screen.findByText('Written elsewhere')).toBeTruthy();
  });
});

describe('creating and editing', () => {
  it('keeps what was typed and marks the shortcut when it is taken, then saves once it is free', async () => {
    const { library, announceChange } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'New snippet' }));
    const editor = screen.getByRole('region', { name: 'New snippet' });
    typeInto(within(editor).getByLabelText('Title'), 'Refund approved');
    typeInto(within(editor).getByLabelText('Shortcut'), 'refund');
    typeInto(within(editor).getByLabelText('Text'), 'Hi {{customer.firstName}}, your refund was approved.');
    typeInto(within(editor).getByLabelText('Tags'), 'billing, Refunds');
    fireEvent.click(within(editor).getByLabelText('Frustrated'));
    fireEvent.click(within(editor).getByRole('button', { name: 'Create snippet' }));

    const alert = await within(editor).findByRole('alert');
    expect(alert.textContent).toContain('The shortcut "refund" is already used by "Refund on its way"');
    const shortcut = within(editor).getByLabelText('Shortcut') as HTMLInputElement;
    expect(shortcut.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(shortcut.getAttribute('aria-describedby')!.split(' ')[1]!)?.textContent).toBe(
      'Already used by "Refund on its way".',
    );
    expect(document.activeElement).toBe(shortcut);
    expect((within(editor).getByLabelText('Title') as HTMLInputElement).value).toBe('Refund approved');
    expect(announceChange).not.toHaveBeenCalled();

    typeInto(shortcut, 'refund-approved');
    fireEvent.click(within(editor).getByRole('button', { name: 'Create snippet' }));
    expect(await screen.findByText('Saved “Refund approved”.')).toBeTruthy();
    const saved = await getSnippetByShortcut(library, 'refund-approved');
    expect(saved).toMatchObject({
      title: 'Refund approved',
      tags: ['billing', 'refunds'],
      emotions: ['frustrated'],
      packId: null,
    });
    expect(announceChange).toHaveBeenCalledWith({ kind: 'snippets', changed: [saved!.id], removed: [] });
    expect(screen.queryByRole('region', { name: 'New snippet' })).toBeNull();
    expect(await screen.findByText('Refund approved', { selector: '.tfo-snippet-title' })).toBeTruthy();
  });

  it('lists the placeholders it can fill, inserts one, and refuses an unknown one on save', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'New snippet' }));
    const editor = screen.getByRole('region', { name: 'New snippet' });
    for (const name of ['customer.firstName', 'customer.name', 'agent.firstName', 'ticket.id', 'today']) {
      expect(within(editor).getByText(`{{${name}}}`)).toBeTruthy();
    }
    typeInto(within(editor).getByLabelText('Title'), 'Order number');
    typeInto(within(editor).getByLabelText('Shortcut'), 'order');
    const body = within(editor).getByLabelText('Text') as HTMLTextAreaElement;
    typeInto(body, 'Your order {{order.number}} ships today. Ticket ');
    body.setSelectionRange(body.value.length, body.value.length);
    fireEvent.click(within(editor).getByRole('button', { name: 'Insert {{ticket.id}} into the text' }));
    expect(body.value).toBe('Your order {{order.number}} ships today. Ticket {{ticket.id}}');

    fireEvent.click(within(editor).getByRole('button', { name: 'Create snippet' }));
    const alert = await within(editor).findByRole('alert');
    expect(alert.textContent).toContain('Unknown placeholder {{order.number}}');
    expect(alert.textContent).toContain('{{customer.firstName}}');
    expect(body.getAttribute('aria-invalid')).toBe('true');
  });

  it('takes fill-in fields: offers {{field:Name}}, asks a default and choices for each field the body uses, and saves them', async () => {
    const { library } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'New snippet' }));
    const editor = screen.getByRole('region', { name: 'New snippet' });
    expect(within(editor).getByText('{{field:Name}}')).toBeTruthy();
    typeInto(within(editor).getByLabelText('Title'), 'Order shipped');
    typeInto(within(editor).getByLabelText('Shortcut'), 'shipped');
    typeInto(
      within(editor).getByLabelText('Text'),
      'Order {{field:Order number}} left with {{field:Carrier}}. {{field:order number}}',
    );
    // One set of details per field, however often it is written.
    expect(within(editor).getAllByLabelText(/^Default for/)).toHaveLength(2);
    typeInto(within(editor).getByLabelText('Default for “Carrier”'), 'UPS');
    typeInto(within(editor).getByLabelText(/^Choices for “Carrier”/), 'DHL\n UPS \n\nFedEx');
    fireEvent.click(within(editor).getByRole('button', { name: 'Create snippet' }));
    await waitFor(async () => expect(await getSnippetByShortcut(library, 'shipped')).not.toBeNull());
    const saved = await getSnippetByShortcut(library, 'shipped');
    expect(saved!.fields).toEqual([{ name: 'Carrier', default: 'UPS', options: ['DHL', 'UPS', 'FedEx'] }]);
  });

  it('refuses a choice with a single option, next to the field', async () => {
    await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'New snippet' }));
    const editor = screen.getByRole('region', { name: 'New snippet' });
    typeInto(within(editor).getByLabelText('Title'), 'Carrier');
    typeInto(within(editor).getByLabelText('Shortcut'), 'carrier');
    typeInto(within(editor).getByLabelText('Text'), 'It left with {{field:Carrier}}.');
    typeInto(within(editor).getByLabelText(/^Choices for “Carrier”/), 'DHL');
    fireEvent.click(within(editor).getByRole('button', { name: 'Create snippet' }));
    const alert = await within(editor).findByRole('alert');
    expect(alert.textContent).toContain('A choice needs at least two options.');
    expect(
      within(editor).getByText('A choice needs at least two options.', { selector: '.tfo-field-error' }),
    ).toBeTruthy();
  });

  it("edits one of the agent's own snippets", async () => {
    const { library, own, announceChange } = await renderOptions();
    fireEvent.click(within(rowOf('Refund on its way')).getByRole('button', { name: 'Edit “Refund on its way”' }));
    const editor = screen.getByRole('region', { name: 'Edit “Refund on its way”' });
    expect(document.activeElement).toBe(within(editor).getByLabelText('Title'));
    typeInto(within(editor).getByLabelText('Title'), 'Refund sent');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Saved “Refund sent”.')).toBeTruthy();
    expect((await getSnippet(library, own[0]!.id))?.title).toBe('Refund sent');
    expect(announceChange).toHaveBeenCalledWith({ kind: 'snippets', changed: [own[0]!.id], removed: [] });
    expect(await screen.findByText('Refund sent', { selector: '.tfo-snippet-title' })).toBeTruthy();
  });

  it('refuses to overwrite a snippet changed in another window since the editor opened, keeping the edit', async () => {
    const { library, own } = await renderOptions();
    fireEvent.click(within(rowOf('Refund on its way')).getByRole('button', { name: 'Edit “Refund on its way”' }));
    const editor = screen.getByRole('region', { name: 'Edit “Refund on its way”' });
    typeInto(within(editor).getByLabelText('Text'), 'My careful rewrite.');
    await updateSnippet(library, own[0]!.id, { title: 'Changed elsewhere' });
    fireEvent.click(within(editor).getByRole('button', { name: 'Save changes' }));

    expect((await within(editor).findByRole('alert')).textContent).toContain('changed in another window');
    expect((within(editor).getByLabelText('Text') as HTMLTextAreaElement).value).toBe('My careful rewrite.');
  });

  it('offers "Duplicate to edit" for a starter snippet and opens the copy', async () => {
    const { library, announceChange } = await renderOptions();
    const row = rowOf('Angry: we fell short');
    expect(within(row).queryByRole('button', { name: /^Edit/ })).toBeNull();
    fireEvent.click(
      within(row).getByRole('button', { name: 'Duplicate “Angry: we fell short” to edit your own copy' }),
    );

    const editor = await screen.findByRole('region', { name: 'Edit “Angry: we fell short”' });
    expect(
      within(editor).getByText(/This is your own copy of “Angry: we fell short”, with the shortcut ;;fell-short-2/),
    ).toBeTruthy();
    const copy = await getSnippetByShortcut(library, 'fell-short-2');
    expect(copy).toMatchObject({ packId: null, title: 'Angry: we fell short' });
    expect(announceChange).toHaveBeenCalledWith({ kind: 'snippets', changed: [copy!.id], removed: [] });

    typeInto(within(editor).getByLabelText('Title'), 'We fell short (my words)');
    fireEvent.click(within(editor).getByRole('button', { name: 'Save changes' }));
    expect(await screen.findByText('Saved “We fell short (my words)”.')).toBeTruthy();
    expect((await getSnippetByShortcut(library, 'fell-short'))?.title).toBe('Angry: we fell short');
  });
});

describe('deleting', () => {
  it('deletes with an Undo that puts the snippet back', async () => {
    const { library, own, announceChange } = await renderOptions();
    fireEvent.click(within(rowOf('Refund on its way')).getByRole('button', { name: 'Delete “Refund on its way”' }));

    const undo = await screen.findByRole('button', { name: 'Undo' });
    expect(screen.getByText('Deleted “Refund on its way”.')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(undo));
    await waitFor(() => expect(listedTitles()).not.toContain('Refund on its way'));
    expect(await getSnippet(library, own[0]!.id)).toBeNull();
    expect(announceChange).toHaveBeenCalledWith({ kind: 'snippets', changed: [], removed: [own[0]!.id] });

    fireEvent.click(undo);
    expect(await screen.findByText('Restored 1 snippet.')).toBeTruthy();
    await waitFor(() => expect(listedTitles()).toContain('Refund on its way'));
    expect((await getSnippet(library, own[0]!.id))?.shortcut).toBe('refund');
    expect(announceChange).toHaveBeenLastCalledWith({ kind: 'snippets', changed: [own[0]!.id], removed: [] });
  });

  it("says so when an undone snippet's shortcut was taken in the meantime", async () => {
    const { library } = await renderOptions();
    fireEvent.click(within(rowOf('Refund on its way')).getByRole('button', { name: 'Delete “Refund on its way”' }));
    const undo = await screen.findByRole('button', { name: 'Undo' });
    await createSnippet(library, snippetInput({ title: 'New refund text', shortcut: 'refund' }));
    fireEvent.click(undo);
    expect(
      await screen.findByText(
        /“Refund on its way” now uses the shortcut refund-2, because another snippet took refund\./,
      ),
    ).toBeTruthy();
  });
});

describe('bulk actions', () => {
  it("tags the selected snippets of the agent's own and says which pack snippets it left alone", async () => {
    const { library, own, announceChange } = await renderOptions();
    fireEvent.click(screen.getByLabelText('Select “Refund on its way”'));
    fireEvent.click(screen.getByLabelText('Select “Password reset steps”'));
    fireEvent.click(screen.getByLabelText('Select “Angry: we fell short”'));
    const bulk = screen.getByRole('form', { name: '3 selected' });
    typeInto(within(bulk).getByLabelText('Add tags'), 'Priority, vip');
    typeInto(within(bulk).getByLabelText('Remove tags'), 'billing');
    fireEvent.click(within(bulk).getByRole('button', { name: 'Apply tags' }));

    expect(
      await within(bulk).findByText(/Updated the tags of 2 snippets\. 1 starter or pack snippet was left as it is/),
    ).toBeTruthy();
    expect((await getSnippet(library, own[0]!.id))?.tags).toEqual(['priority', 'vip']);
    expect((await getSnippet(library, own[1]!.id))?.tags).toEqual(['my-team', 'priority', 'vip']);
    const change = announceChange.mock.calls.at(-1)![0];
    expect([...change.changed].sort()).toEqual([own[0]!.id, own[1]!.id].sort());
  });

  it('selects everything shown and deletes it, with one Undo for all', async () => {
    const { library } = await renderOptions();
    fireEvent.change(screen.getByLabelText('Show'), { target: { value: 'mine' } });
    fireEvent.click(screen.getByLabelText('Select all shown snippets'));
    fireEvent.click(
      within(screen.getByRole('form', { name: '2 selected' })).getByRole('button', { name: 'Delete selected' }),
    );
    expect(await screen.findByText('Deleted 2 snippets.')).toBeTruthy();
    await waitFor(async () => expect((await listSnippets(library)).length).toBe(STARTER_COUNT));

    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Restored 2 snippets.')).toBeTruthy();
    expect((await listSnippets(library)).length).toBe(STARTER_COUNT + 2);
  });
});

describe('import and export', () => {
  const CSV = [
    'title,shortcut,body,tags,notes',
    'Shipping delay,delay,"Your parcel is late, sorry.",shipping,x',
    'No body,nobody,,,',
    'Duplicate of mine,refund,Something,,',
    'Weekend hours,weekend,We answer on weekends too.,hours; support,',
  ].join('\r\n');

  it('previews an import with the rows it cannot take and why, then imports the good rows', async () => {
    const { library, announceChange } = await renderOptions();
    chooseFile('Choose a CSV or JSON file', 'team.csv', CSV);

    expect(await screen.findByText(/2 new snippets will be added\./)).toBeTruthy();
    expect(screen.getByText('2 rows cannot be imported:')).toBeTruthy();
    expect(screen.getByText('These columns were ignored: notes.')).toBeTruthy();
    const badRows = within(screen.getByRole('table', { name: '2 rows cannot be imported:' }))
      .getAllByRole('row')
      .slice(1);
    expect(badRows.map((row) => row.querySelector('td')?.textContent)).toEqual(['3', '4']);
    expect(badRows[0]!.textContent).toContain('The snippet needs some text.');
    expect(badRows[1]!.textContent).toContain('already used by "Refund on its way"');
    expect(await getSnippetByShortcut(library, 'delay')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Import 2 snippets' }));
    expect(await screen.findByText('Imported 2 snippets.')).toBeTruthy();
    expect(screen.getByText('2 rows were not imported:')).toBeTruthy();
    const imported = [await getSnippetByShortcut(library, 'delay'), await getSnippetByShortcut(library, 'weekend')];
    expect(imported.map((snippet) => snippet?.tags)).toEqual([['shipping'], ['hours', 'support']]);
    expect(announceChange).toHaveBeenCalledWith({
      kind: 'snippets',
      changed: imported.map((snippet) => snippet!.id),
      removed: [],
    });
  });

  it('previews again with replacements when asked to replace snippets with the same shortcut', async () => {
    const { library, own } = await renderOptions();
    chooseFile('Choose a CSV or JSON file', 'team.csv', CSV);
    await screen.findByText(/2 new snippets will be added\./);
    fireEvent.click(screen.getByLabelText('Replace my snippets that use the same shortcut'));
    expect(await screen.findByText(/1 snippet will be replaced\./)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import 3 snippets' }));
    expect(await screen.findByText(/Replaced 1 snippet\./)).toBeTruthy();
    expect((await getSnippet(library, own[0]!.id))?.title).toBe('Duplicate of mine');
  });

  it('refuses a file it cannot read at all, importing nothing', async () => {
    const { library } = await renderOptions();
    chooseFile('Choose a CSV or JSON file', 'notes.json', '{ not json');
    expect((await screen.findByRole('alert')).textContent).toContain('not valid JSON');
    expect((await listSnippets(library)).length).toBe(STARTER_COUNT + 2);
  });

  it("exports the agent's own snippets as JSON, or with the packs as CSV", async () => {
    const { saveFile } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    const [fileName, text, mimeType] = saveFile.mock.calls[0]!;
    expect(fileName).toMatch(/^tactful-snippets-\d{4}-\d{2}-\d{2}\.json$/);
    expect(mimeType).toBe('application/json');
    expect(JSON.parse(text).snippets.map((snippet: Snippet) => snippet.shortcut)).toEqual(['reset', 'refund']);
    expect(screen.getByText(`Exported 2 snippets to ${fileName}.`)).toBeTruthy();

    fireEvent.click(screen.getByLabelText('Include starter and pack snippets'));
    fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(2));
    const [csvName, csv] = saveFile.mock.calls[1]!;
    expect(csvName).toMatch(/\.csv$/);
    expect(csv.split('\r\n')[0]).toBe('title,shortcut,body,tags,emotions,fields');
    expect(csv).toContain('fell-short');
  });
});

describe('backup and restore', () => {
  it('downloads a backup and restores it after offering a backup of the current data', async () => {
    const { library, own, saveFile, announceChange } = await renderOptions();
    fireEvent.click(screen.getByRole('button', { name: 'Download backup' }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(1));
    const [backupName, backupText] = saveFile.mock.calls[0]!;
    expect(backupName).toMatch(/^tactful-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(screen.getByText(`Backup saved as ${backupName}.`)).toBeTruthy();

    const later = await createSnippet(library, snippetInput({ title: 'Made after the backup', shortcut: 'later' }));
    await deleteSnippets(library, [own[0]!.id]);

    chooseFile('Choose a backup file', backupName, backupText);
    expect(
      await screen.findByText(
        new RegExp(`${backupName} is a backup from .+ with ${STARTER_COUNT + 2} snippets and 0 settings\\.`),
      ),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Download a backup of my current data' }));
    await waitFor(() => expect(saveFile).toHaveBeenCalledTimes(2));
    expect(JSON.parse(saveFile.mock.calls[1]![1]).snippets.map((snippet: Snippet) => snippet.shortcut)).toContain(
      'later',
    );

    fireEvent.click(screen.getByRole('button', { name: 'Replace my data with this backup' }));
    expect(await screen.findByText(`Restored ${STARTER_COUNT + 2} snippets and 0 settings.`)).toBeTruthy();
    expect((await getSnippet(library, own[0]!.id))?.title).toBe('Refund on its way');
    expect(await getSnippet(library, later.id)).toBeNull();
    const change = announceChange.mock.calls.at(-1)![0];
    expect(change.removed).toEqual([later.id]);
    expect(change.changed).toContain(own[0]!.id);
  });

  it('refuses a backup from a newer Tactful before offering to restore it', async () => {
    const { library } = await renderOptions();
    chooseFile(
      'Choose a backup file',
      'future.json',
      JSON.stringify({
        format: 'tactful-backup',
        version: 99,
        createdAt: '2031-01-01T00:00:00Z',
        snippets: [],
        settings: {},
      }),
    );
    expect((await screen.findByRole('alert')).textContent).toContain('made by a newer version of Tactful');
    expect(screen.queryByRole('button', { name: 'Replace my data with this backup' })).toBeNull();
    expect((await listSnippets(library)).length).toBe(STARTER_COUNT + 2);
  });
});

describe('a library that cannot save', () => {
  it('says why at the top, still lists the starter snippets, and turns off every change', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const library = await openLibrary({ indexedDB: refusingFactory(), IDBKeyRange });
    await renderOptions(library);

    const banner = screen.getByRole('alert');
    expect(within(banner).getByText('Changes cannot be saved right now')).toBeTruthy();
    expect(banner.textContent).toContain('a private window does this');
    expect(listedTitles()).toHaveLength(STARTER_COUNT);
    expect((screen.getByRole('button', { name: 'New snippet' }) as HTMLButtonElement).disabled).toBe(true);
    expect(
      (
        screen.getByRole('button', {
          name: 'Duplicate “Angry: we fell short” to edit your own copy',
        }) as HTMLButtonElement
      ).disabled,
    ).toBe(true);
    expect((screen.getByRole('button', { name: 'Delete “Angry: we fell short”' }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect((screen.getByLabelText('Choose a CSV or JSON file') as HTMLInputElement).disabled).toBe(true);
    expect((screen.getByLabelText('Choose a backup file') as HTMLInputElement).disabled).toBe(true);
    expect(((await screen.findByRole('switch', { name: 'Jargon on' })) as HTMLInputElement).disabled).toBe(true);
    // Reading still works: a backup of what there is can be downloaded.
    expect((screen.getByRole('button', { name: 'Download backup' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('turns read-only when the disk fills, and writable again on "Try again"', async () => {
    const { library } = await renderOptions();
    const undoQuota = failWritesWithQuota();
    fireEvent.click(within(rowOf('Refund on its way')).getByRole('button', { name: 'Delete “Refund on its way”' }));
    expect(await screen.findByText(/storage is full/, { selector: '.tfo-read-only p' })).toBeTruthy();
    expect(listedTitles()).toContain('Refund on its way');
    expect((screen.getByRole('button', { name: 'New snippet' }) as HTMLButtonElement).disabled).toBe(true);

    undoQuota();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByText('Changes cannot be saved right now')).toBeNull());
    expect(library.status.writable).toBe(true);
    expect((screen.getByRole('button', { name: 'New snippet' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('coaching settings', () => {
  it('lists every rule with its category and description, and saves on/off and severity changes', async () => {
    const { library } = await renderOptions();
    const ruleRows = document.querySelectorAll('tr[data-rule-id]');
    expect([...ruleRows].map((row) => row.getAttribute('data-rule-id'))).toEqual(Object.keys(coachingRules));
    const jargon = document.querySelector<HTMLElement>('tr[data-rule-id="jargon"]')!;
    expect(within(jargon).getByText(coachingRules.jargon!.meta.description)).toBeTruthy();
    expect(within(jargon).getByText(coachingRules.jargon!.meta.category)).toBeTruthy();

    fireEvent.click(screen.getByRole('switch', { name: 'Jargon on' }));
    await waitFor(async () =>
      expect((await readSettings(library))[SETTING_KEYS.coachingRules]).toEqual({ jargon: { enabled: false } }),
    );
    expect((screen.getByRole('combobox', { name: 'Jargon severity' }) as HTMLSelectElement).disabled).toBe(true);

    const blameSeverity = screen.getByRole('combobox', { name: 'Blame severity' }) as HTMLSelectElement;
    expect(blameSeverity.selectedOptions[0]?.textContent).toContain('(default)');
    fireEvent.change(blameSeverity, { target: { value: 'suggestion' } });
    await waitFor(async () =>
      expect((await readSettings(library))[SETTING_KEYS.coachingRules]).toEqual({
        jargon: { enabled: false },
        blame: { severity: 'suggestion' },
      }),
    );
    expect(await screen.findByText('Saved: Blame.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Reset all rules' }));
    await waitFor(async () => expect((await readSettings(library))[SETTING_KEYS.coachingRules]).toBeUndefined());
    await waitFor(() =>
      expect((screen.getByRole('switch', { name: 'Jargon on' }) as HTMLInputElement).checked).toBe(true),
    );
  });

  it('shows a rule an installed pack turned off as off, and stores the agent turning it back on', async () => {
    const { library } = await renderOptions();
    await installPack(library, packText(examplePack({ settings: { rules: { jargon: { enabled: false } } } })), {
      source: { kind: 'file', fileName: 'acme.json' },
      trustedKeys: [],
      requireSignature: false,
    });
    const jargon = () => screen.getByRole('switch', { name: 'Jargon on' }) as HTMLInputElement;
    await waitFor(() => expect(jargon().checked).toBe(false));
    fireEvent.click(jargon());
    await waitFor(async () =>
      expect((await readSettings(library))[SETTING_KEYS.coachingRules]).toEqual({ jargon: { enabled: true } }),
    );
    await waitFor(() => expect(jargon().checked).toBe(true));
    fireEvent.click(jargon());
    await waitFor(async () => expect((await readSettings(library))[SETTING_KEYS.coachingRules]).toBeUndefined());
  });

  it("shows a rule the administrator's policy locks as locked, with the pack's setting and not the agent's", async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue({ lockedRules: ['jargon'] } as never);
    const { library } = await renderOptions();
    await installPack(library, packText(examplePack({ settings: { rules: { jargon: { enabled: false } } } })), {
      source: { kind: 'file', fileName: 'acme.json' },
      trustedKeys: [],
      requireSignature: false,
    });
    // The agent's own choice, stored before the lock: it no longer counts, and the table does not show it.
    await writeSettings(library, { [SETTING_KEYS.coachingRules]: { jargon: { enabled: true } } });
    const jargonRow = () => document.querySelector<HTMLElement>('tr[data-rule-id="jargon"]')!;
    await waitFor(() => expect(jargonRow().textContent).toContain('Set by your administrator'));
    const jargon = screen.getByRole('switch', { name: 'Jargon on' }) as HTMLInputElement;
    // The page has read the agent's choice (Reset has something to reset), and still shows the pack's.
    const reset = screen.getByRole('button', { name: 'Reset all rules' }) as HTMLButtonElement;
    await waitFor(() => expect(reset.disabled).toBe(false));
    expect(jargon.checked).toBe(false);
    expect(jargon.disabled).toBe(true);
    expect((screen.getByRole('combobox', { name: 'Jargon severity' }) as HTMLSelectElement).disabled).toBe(true);
    // The others stay the agent's to change.
    const blame = screen.getByRole('switch', { name: 'Blame on' }) as HTMLInputElement;
    expect(blame.disabled).toBe(false);
    expect(document.querySelector('tr[data-rule-id="blame"]')!.textContent).not.toContain('Set by your administrator');
  });

  it('keeps the shortcut trigger at ;; unless changed, and refuses a slash', async () => {
    const { library, announceChange } = await renderOptions();
    const trigger = screen.getByLabelText('Type this before a shortcut') as HTMLInputElement;
    expect(trigger.value).toBe(';;');
    expect(within(rowOf('Refund on its way')).getByText(';;refund')).toBeTruthy();

    typeInto(trigger, '/');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect((await screen.findByText(/A slash cannot be used/)).getAttribute('role')).toBe('alert');
    expect((await readSettings(library))[SETTING_KEYS.shortcutTrigger]).toBeUndefined();
    expect(announceChange).not.toHaveBeenCalled();

    typeInto(trigger, '##');
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Shortcuts now start with ##.')).toBeTruthy();
    expect((await readSettings(library))[SETTING_KEYS.shortcutTrigger]).toBe('##');
    // Open help desk tabs hear of it, and expand with the new trigger.
    expect(announceChange).toHaveBeenCalledWith({ kind: 'settings', keys: [SETTING_KEYS.shortcutTrigger] });
    expect(await within(rowOf('Refund on its way')).findByText('##refund')).toBeTruthy();
  });
});
