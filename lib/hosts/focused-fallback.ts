// A built-in host never leaves the agent uncoached: when its own selectors find no reply editor
// (the help desk changed its markup, or the agent writes somewhere the host does not know), the
// editor the agent is typing in is found the way enabled sites find theirs (lib/hosts/any-editor).

import { focusIsWithin } from '@/lib/editors/composed-tree';
import { anyEditorHost } from './any-editor/host';
import type { HostAdapter } from './types';

/**
 * `host`, finding the focused editor by generic detection when its selectors find none. The editor
 * found that way stays offered while it is on the page, so that coaching does not drop it when the
 * agent clicks into the sidebar; everything else (the conversation, the agent) is still the host's.
 */
export function withFocusedEditorFallback(host: HostAdapter): HostAdapter {
  let fallback: WeakRef<HTMLElement> | null = null;
  return {
    ...host,
    findEditors(doc) {
      const own = host.findEditors(doc);
      if (own.length > 0) {
        fallback = null;
        return own;
      }
      const generic = anyEditorHost.findEditors(doc);
      const focused = generic.find(focusIsWithin);
      if (focused) fallback = new WeakRef(focused);
      const remembered = fallback?.deref();
      return remembered && generic.includes(remembered) ? [remembered] : [];
    },
  };
}
