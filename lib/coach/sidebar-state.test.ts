import { describe, expect, it, vi } from 'vitest';
import { MAX_SIDEBAR_WIDTH, MIN_SIDEBAR_WIDTH } from './placement';
import {
  DEFAULT_LAYOUT,
  layoutKey,
  parseLayout,
  readLayout,
  watchLayout,
  writeLayout,
  type KeyValueArea,
  type StorageChanges,
} from './sidebar-state';

function memoryArea(initial: Record<string, unknown> = {}): KeyValueArea & { items: Record<string, unknown> } {
  const items = { ...initial };
  return {
    items,
    async get(key) {
      return key in items ? { [key]: structuredClone(items[key]) } : {};
    },
    async set(values) {
      Object.assign(items, structuredClone(values));
    },
  };
}

describe('sidebar layout per site', () => {
  it('keeps each site apart, keyed by origin including the port', async () => {
    const area = memoryArea();
    await writeLayout(area, 'https://acme.zendesk.com', { collapsed: true, width: 400 });
    await writeLayout(area, 'http://127.0.0.1:5170', { collapsed: false, width: 300 });
    expect(await readLayout(area, 'https://acme.zendesk.com')).toEqual({ collapsed: true, width: 400 });
    expect(await readLayout(area, 'http://127.0.0.1:5170')).toEqual({ collapsed: false, width: 300 });
    expect(await readLayout(area, 'http://127.0.0.1:5171')).toEqual(DEFAULT_LAYOUT);
    expect(Object.keys(area.items).sort()).toEqual([
      layoutKey('http://127.0.0.1:5170'),
      layoutKey('https://acme.zendesk.com'),
    ]);
  });

  it('starts from the defaults on a site never seen', async () => {
    expect(await readLayout(memoryArea(), 'https://mail.google.com')).toEqual(DEFAULT_LAYOUT);
  });

  it('repairs a malformed or out-of-range stored layout field by field', () => {
    expect(parseLayout({ collapsed: 'yes', width: 410 })).toEqual({ collapsed: false, width: 410 });
    expect(parseLayout({ collapsed: true, width: 5 })).toEqual({ collapsed: true, width: MIN_SIDEBAR_WIDTH });
    expect(parseLayout({ collapsed: true, width: 99999 })).toEqual({ collapsed: true, width: MAX_SIDEBAR_WIDTH });
    expect(parseLayout({ width: Number.POSITIVE_INFINITY })).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout('320')).toEqual(DEFAULT_LAYOUT);
    expect(parseLayout(null)).toEqual(DEFAULT_LAYOUT);
  });

  it('uses the defaults when storage cannot be read (the extension was reloaded under the page)', async () => {
    const broken: KeyValueArea = {
      get: () => Promise.reject(new Error('Extension context invalidated.')),
      set: () => Promise.reject(new Error('Extension context invalidated.')),
    };
    expect(await readLayout(broken, 'https://acme.zendesk.com')).toEqual(DEFAULT_LAYOUT);
    await expect(writeLayout(broken, 'https://acme.zendesk.com', DEFAULT_LAYOUT)).rejects.toThrow('invalidated');
  });
});

describe('watchLayout', () => {
  type Listener = Parameters<StorageChanges['onChanged']['addListener']>[0];
  const fakeStorage = () => {
    const listeners = new Set<Listener>();
    const storage: StorageChanges = {
      onChanged: { addListener: (l) => void listeners.add(l), removeListener: (l) => void listeners.delete(l) },
    };
    const emit = (changes: Record<string, { newValue?: unknown }>, areaName = 'local') =>
      listeners.forEach((listener) => listener(changes, areaName));
    return { storage, emit, listeners };
  };

  it("hears this site's layout saved from any tab, and nothing else, until the signal aborts", () => {
    const { storage, emit, listeners } = fakeStorage();
    const onChange = vi.fn();
    const watching = new AbortController();
    watchLayout(storage, 'https://desk.example.com', onChange, watching.signal);

    emit({ [layoutKey('https://desk.example.com')]: { newValue: { collapsed: true, width: 400 } } });
    expect(onChange).toHaveBeenLastCalledWith({ collapsed: true, width: 400 });
    emit({ [layoutKey('https://other.example.com')]: { newValue: { collapsed: false, width: 300 } } });
    emit({ [layoutKey('https://desk.example.com')]: { newValue: { collapsed: false } } }, 'sync');
    expect(onChange).toHaveBeenCalledTimes(1);
    // Removed (or malformed): the defaults.
    emit({ [layoutKey('https://desk.example.com')]: {} });
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_LAYOUT);

    watching.abort();
    expect(listeners.size).toBe(0);
  });
});
