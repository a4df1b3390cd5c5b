// How the agent lays out the sidebar: collapsed to its tab or open, and how wide. Kept per site
// (lib/coach/sidebar-state.ts) and shared by every tab of the site.

import { writeLayout, type KeyValueArea, type SidebarLayout } from './sidebar-state';
import type { Session } from './session';

export interface LayoutActions {
  setCollapsed(collapsed: boolean): void;
  /** While the agent drags the sidebar's edge or presses an arrow key on it. */
  resize(width: number): void;
  /** The agent settled on a width: it is remembered for the site. */
  commitWidth(width: number): void;
  /** The site's layout as stored, read at start or saved by another tab of the site. */
  layoutStored(layout: SidebarLayout): void;
}

/** Where the site's layout is kept: the extension's storage.local, under the page's origin. */
export interface LayoutStorage {
  area: KeyValueArea;
  origin: string;
}

export function createLayoutActions(session: Session, storage: LayoutStorage): LayoutActions {
  const { store } = session;
  // This tab's own writes come back through storage.onChanged, possibly after the agent changed
  // the layout again (two key presses in a row on a busy machine). Such an echo is not news and
  // must not undo the later change, so each write is remembered until its echo arrives.
  let unheardWrites: string[] = [];
  const save = (layout: SidebarLayout) => {
    unheardWrites.push(layoutSignature(layout));
    // A failed write (the extension reloading under the page) only means the layout is not remembered.
    writeLayout(storage.area, storage.origin, layout).catch(() => {});
  };
  const update = (change: Partial<SidebarLayout>) => {
    const layout = { ...store.get().layout, ...change };
    store.update({ layout });
    return layout;
  };
  return {
    setCollapsed: (collapsed) => save(update({ collapsed })),
    resize: (width) => void update({ width }),
    commitWidth: (width) => save(update({ width })),
    layoutStored(stored) {
      const echo = unheardWrites.indexOf(layoutSignature(stored));
      if (echo >= 0) {
        // Writes before it were either heard already or changed nothing in storage (no event).
        unheardWrites = unheardWrites.slice(echo + 1);
        return;
      }
      const { layout } = store.get();
      if (stored.collapsed !== layout.collapsed || stored.width !== layout.width) store.update({ layout: stored });
    },
  };
}

function layoutSignature(layout: SidebarLayout): string {
  return `${layout.collapsed ? 'collapsed' : 'open'}:${Math.round(layout.width)}`;
}
