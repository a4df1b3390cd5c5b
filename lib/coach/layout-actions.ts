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
  const save = (layout: SidebarLayout) => {
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
      const { layout } = store.get();
      if (stored.collapsed !== layout.collapsed || stored.width !== layout.width) store.update({ layout: stored });
    },
  };
}
