// Snippet packs in the built extension: a trainer's pack imported on the options page, once through
// the file input and once as a dropped file, reaches the sidebar of a help desk tab already open
// (its snippets in the search, its avoided phrase underlined), and a refused pack leaves every
// table of the library as it was.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { examplePack } from '../../lib/packs/test-support';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { giveFile, packStatus } from './options-driver';
import { pollUntil } from './poll';
import { clickInSidebar, waitForSidebar } from './sidebar-driver';
import { waitForUnderlines } from './underline-reader';

const demoUrl = inject('demoUrl');
const TEXTAREA = 'textarea.reply-textarea';
const AVOIDED = 'pronto';

const teamPack = examplePack({
  id: 'e2e-team',
  name: 'E2E team pack',
  snippets: [
    { id: 'zebra', title: 'Zebra crossing update', body: 'The zebra crossing is repaired.', shortcut: 'zebra' },
  ],
  settings: { avoid: [{ phrase: AVOIDED, replacements: ['soon'], reason: 'Promise a time instead.' }] },
});
const droppedPack = examplePack({
  id: 'e2e-dropped',
  name: 'Dropped pack',
  snippets: [{ id: 'okapi', title: 'Okapi shipping note', body: 'Your okapi ships today.', shortcut: 'okapi' }],
});

/** Every table of the library, every record, as the options page's IndexedDB holds them. */
function dumpLibrary(page: TestPage): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('tactful-library');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const db = request.result;
          const names = Array.from(db.objectStoreNames);
          const transaction = db.transaction(names, 'readonly');
          const tables: Record<string, unknown[]> = {};
          for (const name of names) {
            const read = transaction.objectStore(name).getAll();
            read.onsuccess = () => (tables[name] = read.result);
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(names.map((name) => [name, tables[name]])));
          };
        };
      }),
  );
}

function searchTitles(page: TestPage): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(
      document
        .querySelector('tactful-sidebar')
        ?.shadowRoot?.querySelectorAll('.tf-snippets-results .tf-snippet-title') ?? [],
      (title) => title.textContent ?? '',
    ),
  );
}

describe.each(E2E_BROWSERS)('snippet packs in %s', (browserName) => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension(browserName, { extensionPages: true });
  });
  afterAll(async () => {
    await session?.close();
  });

  it('imports packs by file input and by drop, coaches with the team phrase, finds their snippets, and refuses a bad pack without a trace', async () => {
    const desk = await session.newPage();
    const options = await session.newPage();
    try {
      await desk.goto(`${demoUrl}/editors/textarea/`);
      await desk.waitForFunction((selector) => !!document.querySelector(selector), TEXTAREA);
      await desk.focus(TEXTAREA);
      await desk.press('Control+End');
      await desk.type(` We will sort this out ${AVOIDED}.`);
      await waitForSidebar(desk, (sidebar) => sidebar.visible, 'the sidebar');

      await options.goto(`${session.extensionOrigin}/options.html`);
      await options.waitForFunction(() => document.querySelector('#packs')?.textContent?.includes('Tactful starter'));
      await giveFile(options, 'input', 'team.json', JSON.stringify(teamPack));
      await pollUntil(
        () => packStatus(options),
        (text) => text.startsWith('Installed “E2E team pack”'),
        'the install',
      );

      // The help desk tab already open follows: the avoided phrase is underlined in the reply.
      await waitForUnderlines(
        desk,
        (underlines) => [...(underlines.warning ?? []), ...(underlines.suggestion ?? [])].includes(AVOIDED),
        `"${AVOIDED}" underlined`,
      );

      await giveFile(options, 'drop', 'dropped.json', JSON.stringify(droppedPack));
      await pollUntil(
        () => packStatus(options),
        (text) => text.startsWith('Installed “Dropped pack”'),
        'the drop',
      );

      const before = await dumpLibrary(options);
      await giveFile(options, 'input', 'broken.json', JSON.stringify({ ...droppedPack, version: 'two' }));
      const refused = await pollUntil(
        () => packStatus(options),
        (text) => text.includes('not imported'),
        'refusal',
      );
      expect(refused).toBe('broken.json was not imported; nothing changed.');
      expect(
        await options.evaluate(() => document.querySelector('[data-testid="pack-refused"]')?.textContent),
      ).toContain('At version');
      expect(await dumpLibrary(options)).toBe(before);

      await clickInSidebar(desk, '.tf-snippets-input');
      await desk.type('zebra');
      await pollUntil(
        () => searchTitles(desk),
        (titles) => titles.includes('Zebra crossing update'),
        'the pack snippet',
      );
      await desk.press('Control+A');
      await desk.type('okapi');
      await pollUntil(
        () => searchTitles(desk),
        (titles) => titles.includes('Okapi shipping note'),
        'the dropped one',
      );
      expect(options.errors()).toEqual([]);
    } finally {
      await options.close();
      await desk.close();
    }
  });
});
