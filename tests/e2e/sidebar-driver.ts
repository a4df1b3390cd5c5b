import { expect } from 'vitest';
import { STATE_WAIT_MS, type TestPage } from './browsers';
import { pollUntil } from './poll';

// Reads and drives Tactful's sidebar from the page. The sidebar lives in an open shadow root on
// the <tactful-sidebar> host element, which both drivers can reach from the page's main world.

export interface SidebarSnapshot {
  visible: boolean;
  emotions: string[];
  ruleIds: string[];
  statements: string[];
  /** Its buttons are disabled while a change it made to the reply is being checked. */
  busy: boolean;
  /** The error it shows the agent, if any. */
  error: string | null;
  text: string;
}

export function readSidebar(page: TestPage): Promise<SidebarSnapshot> {
  return page.evaluate(() => {
    const root = document.querySelector('tactful-sidebar')?.shadowRoot;
    const aside = root?.querySelector('aside');
    const all = (selector: string) => Array.from(root?.querySelectorAll(selector) ?? []);
    const box = aside?.getBoundingClientRect();
    return {
      visible: !!box && box.width > 0 && box.height > 0,
      emotions: all('[data-emotion]').map((element) => element.getAttribute('data-emotion') ?? ''),
      ruleIds: all('[data-rule-id]').map((element) => element.getAttribute('data-rule-id') ?? ''),
      statements: all('.tf-statement-text').map((element) => element.textContent ?? ''),
      busy: all('.tf-statement button').some((button) => (button as HTMLButtonElement).disabled),
      error: root?.querySelector('.tf-notice-error')?.textContent ?? null,
      text: aside?.textContent ?? '',
    };
  });
}

export function waitForSidebar(
  page: TestPage,
  condition: (sidebar: SidebarSnapshot) => boolean,
  what: string,
  timeoutMs = STATE_WAIT_MS,
): Promise<SidebarSnapshot> {
  return pollUntil(() => readSidebar(page), condition, `the sidebar to show ${what}`, timeoutMs);
}

/**
 * Clicks a button in the sidebar with the real mouse, as an agent would: once the button has stood
 * still and uncovered for a while. The sidebar re-renders a moment after each change to the draft
 * (its analysis waits for a pause in typing), which can move the button; a click aimed at where it
 * was would miss it. A button that never stands still and uncovered fails the click, rather than
 * being clicked where it happened to be.
 */
export async function clickInSidebar(page: TestPage, selector: string): Promise<void> {
  const point = await page.evaluate(
    ({ target, giveUpAfterMs }) =>
      new Promise<{ x: number; y: number } | 'missing' | 'restless'>((resolve) => {
        const STILL_FOR_MS = 300;
        const started = performance.now();
        let last = '';
        let stillSince = started;
        const sample = () => {
          const root = document.querySelector('tactful-sidebar')?.shadowRoot;
          const element = root?.querySelector(target);
          if (!root || !element) return resolve('missing');
          if (last === '') element.scrollIntoView({ block: 'center' });
          const box = element.getBoundingClientRect();
          const x = box.left + box.width / 2;
          const y = box.top + box.height / 2;
          const where = `${x},${y}`;
          const now = performance.now();
          if (where !== last) {
            last = where;
            stillSince = now;
          }
          const hit = root.elementFromPoint(x, y);
          const uncovered = !!hit && (hit === element || element.contains(hit));
          if (uncovered && now - stillSince >= STILL_FOR_MS) return resolve({ x, y });
          if (now - started > giveUpAfterMs) return resolve('restless');
          requestAnimationFrame(sample);
        };
        sample();
      }),
    { target: selector, giveUpAfterMs: STATE_WAIT_MS },
  );
  if (point === 'missing') throw new Error(`No sidebar element matches ${selector}`);
  if (point === 'restless') throw new Error(`The sidebar's ${selector} never stood still and uncovered to be clicked`);
  await page.mouseClick(point.x, point.y);
}

/** The sidebar's size as the page sees it: its host element's box, and the box of the sidebar inside. */
export function readSidebarBox(
  page: TestPage,
): Promise<{ host: { width: number; height: number }; aside: { width: number; height: number } }> {
  return page.evaluate(() => {
    const host = document.querySelector('tactful-sidebar');
    const aside = host?.shadowRoot?.querySelector('aside');
    const size = (element: Element | null | undefined) => {
      const box = element?.getBoundingClientRect();
      return { width: box?.width ?? 0, height: box?.height ?? 0 };
    };
    return { host: size(host), aside: size(aside) };
  });
}

/** A sidebar an agent can use: at least this big, unless the agent collapsed it to its tab. */
export const USABLE_SIDEBAR = { width: 240, height: 150 } as const;

/** Fails unless the sidebar, as the page measures its host element and the sidebar inside, is of a usable size. */
export async function expectUsableSize(page: TestPage): Promise<void> {
  const box = await pollUntil(
    () => readSidebarBox(page),
    (b) => b.host.height > 0,
    'the sidebar placed',
  );
  for (const measured of [box.host, box.aside]) {
    expect(measured.width).toBeGreaterThanOrEqual(USABLE_SIDEBAR.width);
    expect(measured.height).toBeGreaterThanOrEqual(USABLE_SIDEBAR.height);
  }
}

/** The sidebar's "Pick the customer's message" button. */
export const PICK_BUTTON = '[data-tactful-pick-customer]';

/**
 * On a page whose host can no longer read the conversation: types a flawed reply into `editor`,
 * expects it coached with the offer to pick the customer's message (the sidebar at a usable size),
 * picks `message` by clicking it, and waits for the picked message's frustration to be read.
 */
export async function coachUnreadThenPick(page: TestPage, editor: string, message: string): Promise<void> {
  await page.click(editor);
  // Anywhere in the reply will do: what matters is that the typed words are coached.
  await page.type(' Obviously you did not read my reply.');
  const unread = await waitForSidebar(
    page,
    (s) => s.visible && s.text.includes("Pick the customer's message") && s.ruleIds.includes('condescension'),
    'the typed reply coached, and the offer to pick the message',
  );
  expect(unread.emotions).toEqual([]);
  await expectUsableSize(page);
  await clickInSidebar(page, PICK_BUTTON);
  await waitForSidebar(page, (s) => s.text.includes("Click the customer's message"), 'picking');
  // A click on the message picks it, and does nothing else on the page.
  await page.click(message);
  await waitForSidebar(page, (s) => s.emotions.includes('frustrated'), 'the picked message read');
}
