import type { TestPage } from './browsers';
import { pollUntil } from './poll';

// Reads and drives Tactful's sidebar from the page. The sidebar lives in an open shadow root on
// the <tactful-sidebar> host element, which both drivers can reach from the page's main world.

export interface SidebarSnapshot {
  visible: boolean;
  emotions: string[];
  ruleIds: string[];
  statements: string[];
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
      text: aside?.textContent ?? '',
    };
  });
}

export function waitForSidebar(
  page: TestPage,
  condition: (sidebar: SidebarSnapshot) => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<SidebarSnapshot> {
  return pollUntil(() => readSidebar(page), condition, `the sidebar to show ${what}`, timeoutMs);
}

/** Clicks a button in the sidebar with the real mouse, as an agent would. */
export async function clickInSidebar(page: TestPage, selector: string): Promise<void> {
  const point = await page.evaluate((target) => {
    const element = document.querySelector('tactful-sidebar')?.shadowRoot?.querySelector(target);
    if (!element) return null;
    element.scrollIntoView({ block: 'center' });
    const box = element.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, selector);
  if (!point) throw new Error(`No sidebar element matches ${selector}`);
  await page.mouseClick(point.x, point.y);
}
