// Packs from a URL in the built extension: the options page subscribes to a pack a local server
// publishes, the background fetches and installs it and its snippets appear; the trainer publishes
// a new version, Refresh now brings it (a conditional request with the old ETag); an unchanged pack
// gets 304; with the server down, the last copy stays and the page says why and since when.
//
// The local server speaks plain http, which only the e2e build allows (pack-server.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePack } from '../../lib/packs/test-support';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession, type TestPage } from './browsers';
import { subscribeToPackUrl, subscriptionStatus } from './options-driver';
import { startPackServer, type PackServer } from './pack-server';
import { pollUntil } from './poll';

function quokkaPack(version: string, title: string): string {
  return JSON.stringify(
    examplePack({
      id: 'quokka',
      name: 'Quokka pack',
      version,
      snippets: [{ id: 'hello', title, body: 'Hello from the quokka team.', shortcut: 'quokka-hello' }],
    }),
  );
}

function listedTitles(page: TestPage): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.tfo-snippets .tfo-snippet-title')].map((cell) => cell.textContent ?? ''),
  );
}

function rowText(page: TestPage): Promise<string> {
  return page.evaluate(() => document.querySelector('#pack-urls li.tfo-pack-url')?.textContent ?? '');
}

describe.each(E2E_BROWSERS)('packs from a URL in %s', (browserName) => {
  let session: ExtensionSession;
  let page: TestPage;
  let server: PackServer;

  beforeAll(async () => {
    server = await startPackServer();
    session = await launchWithExtension(browserName, { extensionPages: true });
    page = await session.newPage();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('subscribes, shows the snippets, refreshes to a new version, keeps the copy when the server is down', async () => {
    const firstEtag = server.publish(quokkaPack('1.0.0', 'Quokka greeting'));
    await page.goto(`${session.extensionOrigin}/options.html`);
    await subscribeToPackUrl(page, server.url, 'Quokka pack');

    await page.focus('.tfo-filter input[type="search"]');
    await page.type('quokka');
    await pollUntil(
      () => listedTitles(page),
      (titles) => titles.join() === 'Quokka greeting',
      'the pack snippet',
    );

    server.publish(quokkaPack('1.1.0', 'Quokka welcome'));
    const refresh = 'button[aria-label="Refresh Quokka pack now"]';
    // The section is busy until a refresh has reported its outcome, and a busy button does nothing:
    // the new version can show in the list before the refresh that fetched it has finished.
    const clickRefresh = async () => {
      await page.waitForFunction(
        (selector) => document.querySelector(selector)?.getAttribute('aria-disabled') === 'false',
        refresh,
      );
      await page.click(refresh);
    };
    const requestsBefore = server.conditions.length;
    await clickRefresh();
    await pollUntil(
      () => listedTitles(page),
      (titles) => titles.join() === 'Quokka welcome',
      'the new version',
    );
    // One conditional request, with the ETag of the copy installed.
    expect(server.conditions.slice(requestsBefore)).toEqual([firstEtag]);

    await clickRefresh();
    await pollUntil(
      () => subscriptionStatus(page),
      (text) => text === 'No newer version of Quokka pack.',
      'the 304',
    );

    await server.close();
    await clickRefresh();
    const row = await pollUntil(
      () => rowText(page),
      (text) => text.includes('Could not reach'),
      'the error',
    );
    expect(row).toContain('stays in use.');
    expect(row).toContain('Last fetched');
    expect(await listedTitles(page)).toEqual(['Quokka welcome']);
    expect(page.errors()).toEqual([]);
  });
});
