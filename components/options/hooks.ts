import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { Library, LibraryStatus } from '@/lib/library';

export interface LiveResult<T> {
  /** Undefined until the first answer. */
  value: T | undefined;
  error: unknown;
}

/**
 * Runs `query` now and again whenever the tables it read change, in this page or any other page
 * of the extension (the background, another options tab): Dexie's liveQuery.
 */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ value: undefined, error: null });
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: (value) => setResult({ value, error: null }),
      error: (error: unknown) => setResult((previous) => ({ value: previous.value, error })),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, deps);
  return result;
}

export function useLibraryStatus(library: Library): LibraryStatus {
  const [status, setStatus] = useState(library.status);
  useEffect(() => {
    setStatus(library.status);
    return library.onStatusChange(setStatus);
  }, [library]);
  return status;
}
