import { browser } from 'wxt/browser';
// Direct module imports rather than '@/lib/library': the worker needs no CSV or backup code.
import { openLibrary } from '@/lib/library/library';
import { purgeTrash } from '@/lib/library/repository';
import { seedStarterLibrary } from '@/lib/library/seed';
import { LibraryService } from '@/lib/library/service';
import { onMessage, sendMessage, type LibraryChange } from '@/lib/messaging/protocol';

// The background owns the snippet library: it opens the database in the extension's origin (a
// content script's IndexedDB would belong to the help desk's site), seeds the starter snippets,
// answers the content scripts' library messages, and tells every tab when the library changes.
export default defineBackground(() => {
  // Listeners are registered synchronously: the message that wakes a stopped service worker must
  // find them. Each waits for the library, which opens once per worker start.
  const service = startLibrary();

  onMessage('library.status', async () => (await service).status());
  onMessage('library.search', async ({ data }) => (await service).search(data));
  onMessage('library.get', async ({ data }) => (await service).get(data));
  onMessage('library.getByShortcut', async ({ data }) => (await service).getByShortcut(data));
  onMessage('library.recordUsage', async ({ data }) => (await service).recordUsage(data));
});

async function startLibrary(): Promise<LibraryService> {
  const library = await openLibrary();
  try {
    // Adds only starter snippets never seeded before: everything on first install, new ones after
    // an update, nothing otherwise (and never one the agent deleted).
    await seedStarterLibrary(library);
    await purgeTrash(library);
  } catch (error) {
    // A read-only library (private window, full disk) still answers from what it has.
    console.warn('Tactful: could not prepare the snippet library.', error);
  }
  return new LibraryService(library, { onChange: (change) => void broadcast(change) });
}

/**
 * Sends the change to every tab (a content script there may show snippets) and to extension pages.
 * Without the "tabs" permission the background cannot tell which tabs run Tactful, so it asks them
 * all; tabs without a listener simply do not answer.
 */
async function broadcast(change: LibraryChange): Promise<void> {
  const tabs = await browser.tabs.query({}).catch(() => []);
  const deliveries = tabs.map((tab) => (tab.id === undefined ? Promise.resolve() : sendMessage('library.changed', change, tab.id).catch(() => {})));
  deliveries.push(sendMessage('library.changed', change).catch(() => {}));
  await Promise.all(deliveries);
}
