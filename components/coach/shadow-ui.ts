import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { E2E_BUILD } from '@/lib/development-build';
import { isScripted } from '@/lib/scripted-events';

/**
 * Events a page script could fire at Tactful's controls to act as the agent (search the snippet
 * library, insert, apply a fix, open a card). Focus events are not here: the browser marks those
 * trusted even when our own code moves the focus with focus().
 */
const AGENT_INPUT_EVENTS = [
  'click',
  'dblclick',
  'auxclick',
  'contextmenu',
  'mousedown',
  'mouseup',
  'mousemove',
  'mouseover',
  'mouseout',
  'pointerdown',
  'pointerup',
  'pointermove',
  'pointerover',
  'pointerout',
  'pointerenter',
  'pointerleave',
  'pointercancel',
  'keydown',
  'keyup',
  'keypress',
  'beforeinput',
  'input',
  'change',
  'submit',
  'wheel',
  'paste',
  'drop',
] as const;

/**
 * Mounts one of Tactful's pieces in a CLOSED shadow root of its own at the end of the page's body,
 * with `css` inside it and the page's key and pointer listeners kept out: page scripts cannot reach
 * into it (element.shadowRoot is null), and any event a script fires inside it is dropped before
 * our handlers see it, so only the agent's own input acts. A reloaded or updated extension starts
 * a new content script while the old copy's element may still be on the page: that one goes
 * first, so there is only ever one. It goes with the content script's context.
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
    mode: shadowMode(),
    isolateEvents: true,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });
  ignoreScriptedInput(ui.shadow, ctx.signal);
  if (!ctx.isInvalid) ui.mount();
  return ui;
}

function ignoreScriptedInput(root: ShadowRoot, signal: AbortSignal): void {
  const dropUntrusted = (event: Event) => {
    if (isScripted(event)) event.stopImmediatePropagation();
  };
  for (const type of AGENT_INPUT_EVENTS) root.addEventListener(type, dropUntrusted, { capture: true, signal });
}

/**
 * Closed, except in the e2e build on a page the test harness marked (scripts/browsers/test-page.ts):
 * the tests read the sidebar and cards through element.shadowRoot. The store build has no such way in.
 */
function shadowMode(): ShadowRootMode {
  if (E2E_BUILD && document.documentElement.dataset.tactfulOpenUiForTests !== undefined) return 'open';
  return 'closed';
}
