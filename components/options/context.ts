// What every part of the options page needs: the open library, whether it takes writes, and the
// page's two ways out into the browser (telling open sidebars about a change, saving a file). The
// entrypoint provides the real ones; tests provide spies.

import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Library, LibraryStatus } from '@/lib/library';
import type { LibraryChange } from '@/lib/messaging/protocol';

export interface OptionsServices {
  library: Library;
  status: LibraryStatus;
  /** Tells sidebars open in other tabs that snippets changed, after a write from this page. */
  announceChange(change: LibraryChange): void;
  /** Offers `text` to the agent as a downloaded file. */
  saveFile(fileName: string, text: string, mimeType: string): void;
}

export const OptionsContext = createContext<OptionsServices | null>(null);

export function useOptions(): OptionsServices {
  const services = useContext(OptionsContext);
  if (!services) throw new Error('Options components need an OptionsContext provider.');
  return services;
}

/** Snippet changes in the shape the sidebars' `library.changed` listener takes. */
export function snippetChange(changed: readonly string[], removed: readonly string[] = []): LibraryChange {
  return { kind: 'snippets', changed: [...changed], removed: [...removed] };
}
