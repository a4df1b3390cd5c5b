// Editors that start empty and render their content anew on the first keystroke (Draft.js 0.11.7
// under React 18's createRoot, with no seed text): coaching must follow what the agent types, not
// report "Looks good" on a reply full of problems, and the sidebar must be of a usable size.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { E2E_BROWSERS, launchWithExtension, type ExtensionSession } from './browsers';
import { readModelText } from './fixture-pages';
import { expectUsableSize, waitForSidebar } from './sidebar-driver';

const DRAFT_EDITABLE = '.public-DraftEditor-content[contenteditable="true"]';
const TYPED = 'Calm down. Obviously you did not read the FAQ.';

describe.each(E2E_BROWSERS)('an editor starting empty in %s', (browserName) => {
  let session: ExtensionSession;

  beforeAll(async () => {
    session = await launchWithExtension(browserName);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('coaches what the agent types into an empty, one-line Draft.js editor', async () => {
    const page = await session.newPage();
    await page.goto(`${inject('demoUrl')}/editors/draftjs/?empty`);
    await page.waitForFunction(
      (selector) => window.fixtureEditor?.kind === 'draftjs' && !!document.querySelector(selector),
      DRAFT_EDITABLE,
    );
    expect(await readModelText(page)).toBe('');
    // The page gives the editor no height of its own: empty, it is one line high.
    const height = await page.evaluate(
      (selector) => document.querySelector(selector)!.getBoundingClientRect().height,
      DRAFT_EDITABLE,
    );
    expect(height).toBeLessThan(28);
    await page.click(DRAFT_EDITABLE);
    await page.type(TYPED);
    await waitForSidebar(
      page,
      (s) => s.visible && s.ruleIds.includes('hostility') && s.ruleIds.includes('condescension'),
      'the typed reply coached',
    );
    expect(await readModelText(page)).toBe(TYPED);
    await expectUsableSize(page);
    expect(page.errors()).toEqual([]);
    await page.close();
  });
});
