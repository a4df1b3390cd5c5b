// A content script's coaching session: one coaching store for the tab, the views that render from
// it (sidebar, underlines, inline cards), and the watches that feed it (the page's editors, the
// background). Everything takes its lifetime from the content script's context.

import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { watchBackground } from '@/lib/coach/background-watch';
import { watchCardPointer } from '@/lib/coach/card-pointer';
import { createCoachingStore } from '@/lib/coach/coaching-store';
import { watchCustomerPick } from '@/lib/coach/customer-pick';
import { watchPage } from '@/lib/coach/page-watch';
import { showUnderlines } from '@/lib/coach/underlines-view';
import { removeFindingUnderlines } from '@/lib/editors/highlights';
import type { HostAdapter } from '@/lib/hosts/types';
import { sendMessage } from '@/lib/messaging/protocol';
import { CARD_TAG, SIDEBAR_TAG } from '@/lib/page-elements';
import { mountCards } from './card-view';
import { mountSidebar } from './sidebar-view';

/**
 * How often a copy of this script checks that its extension is still there. Chromium leaves the
 * content scripts of a reloaded, updated or disabled extension running, cut off from it; the first
 * check after that invalidates the context, which takes the copy's sidebar, underlines and
 * listeners away.
 */
const EXTENSION_CHECK_MS = 1000;

/**
 * Coaches the reply editors a host page offers: follows the editor the agent is in, re-analyses
 * as they type, and shows the result in one sidebar docked beside that editor.
 */
export async function startCoaching(ctx: ContentScriptContext, host: HostAdapter): Promise<void> {
  try {
    await coach(ctx, host);
  } catch (error) {
    // Never surface our failure as an error in the host page's console; the page works as before.
    console.debug('Tactful could not start coaching on this page:', error);
  }
}

function isOwnElement(element: Element): boolean {
  return element.closest(`${SIDEBAR_TAG}, ${CARD_TAG}`) !== null;
}

async function coach(ctx: ContentScriptContext, host: HostAdapter): Promise<void> {
  // Underlines an earlier copy of this script (reloaded or updated) left in the page.
  removeFindingUnderlines(document);
  const origin = location.origin;
  const coaching = createCoachingStore({
    host,
    send: sendMessage,
    signal: ctx.signal,
    layout: { area: browser.storage.local, origin },
  });
  await mountSidebar(ctx, coaching);
  if (ctx.isInvalid) return;
  // How the agent left the sidebar on this site, read before it first shows.
  await watchBackground(coaching, { ...coaching.actions, storage: browser.storage, origin });
  if (ctx.isInvalid) return;
  await mountCards(ctx, coaching);
  if (ctx.isInvalid) return;
  // Tactful's own elements (sidebar, card) are never the customer's message.
  await watchCustomerPick(coaching, coaching.actions.customerPick, isOwnElement);
  if (ctx.isInvalid) return;
  showUnderlines(coaching);
  watchCardPointer(coaching, coaching.actions.cards);
  watchPage(coaching, coaching.actions.analysis, (listener) =>
    ctx.addEventListener(window, 'wxt:locationchange', listener),
  );
  // Reading isInvalid is the check (WXT invalidates the context once the extension is gone).
  ctx.setInterval(() => void ctx.isInvalid, EXTENSION_CHECK_MS);
}
