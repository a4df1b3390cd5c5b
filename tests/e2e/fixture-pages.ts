import type { EditorFixture } from '../../demo/editors/catalog';
import type { TestPage } from './browsers';

// Opens and drives the editor fixtures (demo/editors/): the ground the editor adapters are
// proven on. Every helper is frame-aware, for TinyMCE's iframe editor.

export async function openFixture(page: TestPage, demoUrl: string, fixture: EditorFixture): Promise<void> {
  await page.goto(`${demoUrl}/editors/${fixture.kind}/`);
  await page.waitForFunction(
    ({ kind, editableSelector, frameSelector }) => {
      if (window.fixtureEditor?.kind !== kind) return false;
      const frame = frameSelector ? document.querySelector<HTMLIFrameElement>(frameSelector) : null;
      const root = frameSelector ? frame?.contentDocument : document;
      return !!root?.querySelector(editableSelector);
    },
    { kind: fixture.kind, editableSelector: fixture.editableSelector, frameSelector: fixture.frameSelector },
  );
}

/** The content as the editor's own model holds it (its API, not the DOM). */
export function readModelText(page: TestPage): Promise<string | undefined> {
  return page.evaluate(() => window.fixtureEditor?.getText());
}

/**
 * Clicks the middle of the draft's first line with the real mouse, the way an agent puts the caret
 * in a reply. For an iframe editor the point is computed inside the frame and offset by the frame's
 * position: both drivers send viewport-coordinate clicks into whichever frame lies under them.
 */
export async function clickIntoEditor(
  page: TestPage,
  fixture: Pick<EditorFixture, 'editableSelector' | 'frameSelector'>,
): Promise<void> {
  const point = await page.evaluate(
    ({ editableSelector, frameSelector }) => {
      let offsetX = 0;
      let offsetY = 0;
      let root: Document = document;
      if (frameSelector) {
        const frame = document.querySelector<HTMLIFrameElement>(frameSelector);
        if (!frame?.contentDocument) throw new Error(`No same-origin frame at ${frameSelector}`);
        const frameBox = frame.getBoundingClientRect();
        offsetX = frameBox.left + frame.clientLeft;
        offsetY = frameBox.top + frame.clientTop;
        root = frame.contentDocument;
      }
      const editable = root.querySelector<HTMLElement>(editableSelector);
      if (!editable) throw new Error(`No editable at ${editableSelector}`);
      editable.scrollIntoView({ block: 'center' });
      const walker = root.createTreeWalker(editable, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.textContent?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP),
      });
      const firstText = walker.nextNode();
      const range = root.createRange();
      if (firstText) range.selectNodeContents(firstText);
      // A textarea's text is not laid out as DOM text, so its range has no boxes; aim at its first line.
      const lineBox = firstText ? range.getClientRects()[0] : undefined;
      const box = editable.getBoundingClientRect();
      const target = lineBox ?? { left: box.left + 8, top: box.top + 8, width: box.width / 2, height: 16 };
      return { x: offsetX + target.left + target.width / 2, y: offsetY + target.top + target.height / 2 };
    },
    { editableSelector: fixture.editableSelector, frameSelector: fixture.frameSelector },
  );
  await page.mouseClick(point.x, point.y);
}

export function editorHasFocus(page: TestPage, fixture: EditorFixture): Promise<boolean> {
  return page.evaluate(
    ({ editableSelector, frameSelector }) => {
      if (frameSelector) {
        const frame = document.querySelector<HTMLIFrameElement>(frameSelector);
        const frameDocument = frame?.contentDocument;
        return (
          document.activeElement === frame &&
          !!frameDocument?.hasFocus() &&
          !!frameDocument.activeElement?.matches(editableSelector)
        );
      }
      return !!document.activeElement?.closest(editableSelector);
    },
    { editableSelector: fixture.editableSelector, frameSelector: fixture.frameSelector },
  );
}

/**
 * Waits until the page has handled the last key's selection change. Editors read the DOM selection
 * on `selectionchange`, which fires asynchronously: a key pressed in the same instant would act at
 * the old position. A person never types that fast; a test driver does.
 */
export function settleSelection(page: TestPage): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 30)));
      }),
  );
}
