import { MAX_SIDEBAR_WIDTH, MIN_SIDEBAR_WIDTH, SIDEBAR_WIDTH } from './placement';

// How the agent left the sidebar on a site (collapsed to its tab or open, and how wide), kept per
// site so a help desk with a wide composer and one with a narrow one each keep their own.
//
// Why browser.storage.local and not the snippet library (Dexie): the library's database lives in
// the extension's origin and only the background opens it, so every page load would have to wake
// the background and wait for a message round trip before the sidebar could take its size; a
// content script's own IndexedDB would belong to the help desk's site, which can read or clear it.
// storage.local is the extension's own, a content script reads it directly, and a two-field
// preference needs no schema, backup or library.changed broadcast.

export interface SidebarLayout {
  collapsed: boolean;
  /** The width the agent chose; placement narrows it further on a small viewport. */
  width: number;
}

export const DEFAULT_LAYOUT: SidebarLayout = { collapsed: false, width: SIDEBAR_WIDTH };

/** The part of storage.local this needs, so tests can pass a plain map. */
export interface KeyValueArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** One entry per site: its origin (scheme, host and port), as the page reports it in location.origin. */
export function layoutKey(origin: string): string {
  return `sidebar.layout:${origin}`;
}

/** A stored layout, with anything missing or malformed (an older version, a hand edit) taken from the defaults. */
export function parseLayout(stored: unknown): SidebarLayout {
  if (typeof stored !== 'object' || stored === null) return { ...DEFAULT_LAYOUT };
  const { collapsed, width } = stored as Record<string, unknown>;
  return {
    collapsed: typeof collapsed === 'boolean' ? collapsed : DEFAULT_LAYOUT.collapsed,
    width:
      typeof width === 'number' && Number.isFinite(width)
        ? Math.min(MAX_SIDEBAR_WIDTH, Math.max(MIN_SIDEBAR_WIDTH, Math.round(width)))
        : DEFAULT_LAYOUT.width,
  };
}

/** The site's layout; the defaults when none is stored or storage cannot be read. */
export async function readLayout(area: KeyValueArea, origin: string): Promise<SidebarLayout> {
  const key = layoutKey(origin);
  try {
    return parseLayout((await area.get(key))[key]);
  } catch {
    return { ...DEFAULT_LAYOUT };
  }
}

/**
 * Saves the site's layout. A failed write (the extension was reloaded under the page) only means
 * the layout is not remembered: it is reported to the caller, who decides whether that matters.
 */
export async function writeLayout(area: KeyValueArea, origin: string, layout: SidebarLayout): Promise<void> {
  await area.set({ [layoutKey(origin)]: parseLayout(layout) });
}

/** The part of browser.storage this needs to hear changes, so tests can pass a fake. */
export interface StorageChanges {
  onChanged: {
    addListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
    removeListener(listener: (changes: Record<string, { newValue?: unknown }>, areaName: string) => void): void;
  };
}

/**
 * Calls `onChange` with the site's layout whenever it is saved, from this tab or another tab of the
 * same site, so every sidebar on the site collapses, opens and resizes together. Until `signal` aborts.
 */
export function watchLayout(
  storage: StorageChanges,
  origin: string,
  onChange: (layout: SidebarLayout) => void,
  signal: AbortSignal,
): void {
  if (signal.aborted) return;
  const key = layoutKey(origin);
  const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
    if (areaName === 'local' && key in changes) onChange(parseLayout(changes[key]!.newValue));
  };
  storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => storage.onChanged.removeListener(listener), { once: true });
}
