// Who may send the background each message. Only the extension's own contexts: its content
// scripts, which run in a tab, and its own pages (popup, options), which run at the extension's
// origin. A message from anything else (another extension, a web page through
// externally_connectable, a frame the browser does not attribute) is refused, whatever it asks.

import type { ProtocolMap } from './protocol';

/** What a browser reports about a message's sender (runtime.MessageSender, the fields used here). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
  frameId?: number;
}

export type SenderKind = 'content-script' | 'extension-page';

export interface OwnExtension {
  id: string;
  /** `chrome-extension://<id>` or `moz-extension://<uuid>`, no trailing slash. */
  origin: string;
}

const EITHER: readonly SenderKind[] = ['content-script', 'extension-page'];
const PAGES: readonly SenderKind[] = ['extension-page'];
const NOBODY: readonly SenderKind[] = [];

/**
 * The contexts each message may come from. The library and the coaching settings are read by the
 * sidebar (content scripts) and the extension's pages; sites, the pause and today's counts are the
 * popup's and the options page's. Messages the background itself sends are accepted from no one.
 */
export const ALLOWED_SENDERS: Readonly<Record<keyof ProtocolMap, readonly SenderKind[]>> = {
  'library.status': EITHER,
  'library.search': EITHER,
  'library.searchAhead': EITHER,
  'library.get': EITHER,
  'library.getByShortcut': EITHER,
  'library.recordUsage': EITHER,
  'library.changed': NOBODY,
  'sites.sync': PAGES,
  'coaching.paused': EITHER,
  'coaching.ruleSettings': EITHER,
  'coaching.team': EITHER,
  'snippets.trigger': EITHER,
  'coaching.setRuleEnabled': EITHER,
  'coaching.setPaused': PAGES,
  'coaching.pausedChanged': NOBODY,
  'sidebar.command': NOBODY,
  'stats.record': ['content-script'],
  'stats.today': PAGES,
  'packs.refresh': PAGES,
};

/**
 * Which of the extension's own contexts sent a message, or null when it is none of them. An
 * extension page opened in a tab reports a tab too: its origin tells it apart from a content script.
 */
export function senderKind(sender: MessageSender, own: OwnExtension): SenderKind | null {
  if (sender.id !== own.id) return null;
  const url = sender.url ?? '';
  if (url.startsWith(`${own.origin}/`)) return 'extension-page';
  const tabId = sender.tab?.id;
  if (typeof tabId === 'number' && tabId >= 0 && typeof sender.frameId === 'number' && url !== '')
    return 'content-script';
  return null;
}

export function mayAsk(type: keyof ProtocolMap, sender: MessageSender, own: OwnExtension): boolean {
  const kind = senderKind(sender, own);
  return kind !== null && ALLOWED_SENDERS[type].includes(kind);
}

/** This extension as its own contexts report it in their messages' senders. */
export function ownExtension(runtime: { id: string; getURL(path: string): string }): OwnExtension {
  // Not URL.origin: for an extension's scheme that is "null" outside the browser that knows it.
  return { id: runtime.id, origin: runtime.getURL('/').replace(/\/+$/, '') };
}
