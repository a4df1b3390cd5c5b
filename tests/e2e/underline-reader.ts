import type { TestPage } from './browsers';
import { STATE_WAIT_MS } from './browsers';
import { pollUntil } from './poll';

// Reads Tactful's underlines back from the page. The content script registers them in the
// document's CSS highlight registry, which the page's main world shares in both browsers (checked
// in Chromium 156 and Firefox ESR 153), so the test sees exactly what the browser paints.

export interface UnderlineSnapshot {
  /** The text under each highlight's ranges, sorted; absent when the highlight is not registered. */
  error?: string[];
  warning?: string[];
  suggestion?: string[];
  /** How many adopted style sheets carry our ::highlight() rules. */
  adoptedSheets: number;
  /** How many <style data-tactful-highlights> elements the page holds (the fallback path). */
  styleElements: number;
}

/**
 * Our highlights as the browser holds them, in the page's document or, with `frameSelector`, in
 * the document of that same-origin iframe (where an iframe editor's underlines must live).
 */
export function readUnderlines(page: TestPage, frameSelector?: string): Promise<UnderlineSnapshot> {
  return page.evaluate((frame) => {
    const doc = frame ? document.querySelector<HTMLIFrameElement>(frame)?.contentDocument : document;
    const view = doc?.defaultView;
    if (!doc || !view) throw new Error(`No same-origin document for ${frame ?? 'the page'}`);
    const snapshot: Record<string, unknown> = {
      adoptedSheets: doc.adoptedStyleSheets.filter((sheet) =>
        sheet.cssRules[0]?.cssText.startsWith('::highlight(tactful-'),
      ).length,
      styleElements: doc.querySelectorAll('style[data-tactful-highlights]').length,
    };
    for (const severity of ['error', 'warning', 'suggestion']) {
      const highlight = view.CSS.highlights.get(`tactful-${severity}`);
      if (highlight) snapshot[severity] = Array.from(highlight, (range) => (range as Range).toString()).sort();
    }
    return snapshot as unknown as UnderlineSnapshot;
  }, frameSelector);
}

export function waitForUnderlines(
  page: TestPage,
  condition: (underlines: UnderlineSnapshot) => boolean,
  what: string,
  timeoutMs = STATE_WAIT_MS,
  frameSelector?: string,
): Promise<UnderlineSnapshot> {
  return pollUntil(() => readUnderlines(page, frameSelector), condition, `underlines: ${what}`, timeoutMs);
}

/**
 * Registers a highlight and an adopted style sheet of the page's own, as a page using the same
 * API would, keeping references in the main world so the test can check they were left alone.
 */
export function addPageHighlight(page: TestPage, selector: string, words: string): Promise<void> {
  return page.evaluate(
    ({ selector, words }) => {
      const element = document.querySelector(selector);
      const walker = document.createTreeWalker(element ?? document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(words);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + words.length);
        const highlight = new Highlight(range);
        const sheet = new CSSStyleSheet();
        sheet.replaceSync('::highlight(page-search) { background-color: #fff3a0; }');
        CSS.highlights.set('page-search', highlight);
        document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        Object.assign(window, { pageHighlight: highlight, pageSheet: sheet });
        return;
      }
      throw new Error(`"${words}" not found in ${selector}`);
    },
    { selector, words },
  );
}

/** True when the page's own highlight and sheet from addPageHighlight are still in place, unchanged. */
export function pageHighlightIntact(page: TestPage): Promise<boolean> {
  return page.evaluate(() => {
    const { pageHighlight, pageSheet } = window as unknown as { pageHighlight?: Highlight; pageSheet?: CSSStyleSheet };
    return (
      !!pageHighlight &&
      CSS.highlights.get('page-search') === pageHighlight &&
      pageHighlight.size === 1 &&
      !!pageSheet &&
      document.adoptedStyleSheets.includes(pageSheet)
    );
  });
}
