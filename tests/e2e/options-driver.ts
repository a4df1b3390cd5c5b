import type { TestPage } from './browsers';
import { pollUntil } from './poll';

// Drives the options page's Packs section: a pack file handed over, the outcome it reports.

/** Hands the options page a file, as the file picker or a drop would: through the same events. */
export function giveFile(page: TestPage, how: 'input' | 'drop', name: string, text: string): Promise<void> {
  return page.evaluate(
    ({ how, name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      if (how === 'input') {
        const input = document.querySelector<HTMLInputElement>('#packs input[type="file"]')!;
        input.files = transfer.files;
        input.dispatchEvent(new Event('change', { bubbles: true }));
        return;
      }
      const zone = document.querySelector('[data-testid="pack-drop-zone"]')!;
      for (const type of ['dragenter', 'dragover', 'drop'])
        zone.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    },
    { how, name, text },
  );
}

/** What the Packs section last reported (an install, a refusal). */
export function packStatus(page: TestPage): Promise<string> {
  return page.evaluate(
    () => document.querySelector('#packs [role="status"], #packs [role="alert"]')?.textContent ?? '',
  );
}

/** What the pack subscriptions section last reported. */
export function subscriptionStatus(page: TestPage): Promise<string> {
  return page.evaluate(() => document.querySelector('#pack-url-outcome')?.textContent ?? '');
}

/** Subscribes to the pack at `url` from the options page already open, and waits for it installed. */
export async function subscribeToPackUrl(page: TestPage, url: string, packName: string): Promise<void> {
  await page.focus('#pack-url-address');
  await page.type(url);
  await page.click('#pack-urls form button[type="submit"]');
  await pollUntil(
    () => subscriptionStatus(page),
    (text) => text === `${packName} is up to date.`,
    'the subscription',
  );
}
