import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';

/**
 * Mounts one of Tactful's pieces in a shadow root of its own at the end of the page's body, with
 * `css` inside it and the page's key and pointer listeners kept out. A reloaded or updated
 * extension starts a new content script while the old copy's element may still be on the page:
 * that one goes first, so there is only ever one. It goes with the content script's context.
 */
export async function mountShadowUi(
  ctx: ContentScriptContext,
  tag: string,
  css: string,
): Promise<ShadowRootContentScriptUi<HTMLElement>> {
  document.querySelectorAll(tag).forEach((stale) => stale.remove());
  const ui = await createShadowRootUi<HTMLElement>(ctx, {
    name: tag,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    isolateEvents: true,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  if (!ctx.isInvalid) ui.mount();
  return ui;
}
