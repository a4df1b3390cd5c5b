// An open snippet library: the Dexie database plus whether it can take writes right now, and why
// not. Every write goes through Library.write, one IndexedDB transaction per change, so a failure
// part-way (quota, a closed connection) leaves the stored data exactly as it was.

import type { DexieOptions } from 'dexie';
import { isClosedError, isConstraintError, isQuotaError, LibraryError, MESSAGES } from './errors';
import {
  createLibraryDatabase,
  type LibraryDatabase,
  type LibraryTables,
  type SchemaVersion,
  type Snippet,
} from './schema';
import { starterSnippetRecords } from './starter-snippets';

export type ReadOnlyReason = 'unavailable' | 'quota-exceeded' | 'reload-required';

export type LibraryStatus =
  | { writable: true }
  | {
      writable: false;
      /** unavailable: IndexedDB would not open (private window, storage disabled); quota-exceeded:
       *  a write hit the storage quota; reload-required: another window upgraded the database. */
      reason: ReadOnlyReason;
      /** For the agent, as is. */
      message: string;
    };

export interface OpenLibraryOptions {
  /** Database name; tests give each case its own. */
  name?: string;
  /** Another IndexedDB implementation (fake-indexeddb in tests). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
  /** Schema versions to open with; tests use it to act as an older or newer release. */
  versions?: readonly SchemaVersion[];
  /** Milliseconds since the epoch; tests pin it. */
  now?: () => number;
}

type TableName = keyof LibraryTables;
type StatusListener = (status: LibraryStatus) => void;

const READ_ONLY_MESSAGES: Record<ReadOnlyReason, string> = {
  unavailable: MESSAGES.readOnlyUnavailable,
  'quota-exceeded': MESSAGES.readOnlyQuota,
  'reload-required': MESSAGES.reloadRequired,
};

export class Library {
  private currentStatus: LibraryStatus;
  private readonly statusListeners = new Set<StatusListener>();
  private fallbackSnippets: Snippet[] | null = null;

  /** Use openLibrary. `db` is null when IndexedDB could not be opened. */
  constructor(
    private readonly database: LibraryDatabase | null,
    readonly now: () => number,
    status: LibraryStatus,
  ) {
    this.currentStatus = status;
    database?.on('versionchange', () => {
      // Another window opened a newer schema. Close so its upgrade can go ahead (an open
      // connection would block it), and tell this window's UI to reload onto the new code.
      database.close();
      this.setStatus('reload-required');
      return false;
    });
  }

  get status(): LibraryStatus {
    return this.currentStatus;
  }

  /** The underlying database, for liveQuery in extension pages. Null when IndexedDB is unavailable. */
  get db(): LibraryDatabase | null {
    return this.database;
  }

  /** Calls listener after each status change; returns the unsubscribe function. */
  onStatusChange(listener: StatusListener): () => void {
    this.statusListeners.add(listener);
    return () => this.statusListeners.delete(listener);
  }

  /**
   * After a quota error, tries writing again (the agent freed space). The next write that fails
   * puts the library back into read-only. Other read-only reasons do not go away by retrying.
   */
  retryWrites(): LibraryStatus {
    if (!this.currentStatus.writable && this.currentStatus.reason === 'quota-exceeded') this.setStatus(null);
    return this.currentStatus;
  }

  /**
   * Runs a read. Without a database (IndexedDB unavailable) `fallback` answers from the built-in
   * starter snippets, so search keeps working in a private window.
   */
  async read<T>(query: (db: LibraryDatabase) => Promise<T>, fallback: (starter: Snippet[]) => T): Promise<T> {
    if (!this.database) return fallback(this.starterFallback());
    this.assertCurrent();
    try {
      return await query(this.database);
    } catch (error) {
      throw this.translate(error);
    }
  }

  /** Runs `change` in one read-write transaction over `tables`: all of it is stored, or none. */
  async write<T>(tables: TableName[], change: (db: LibraryDatabase) => Promise<T>): Promise<T> {
    const status = this.currentStatus;
    if (!status.writable || !this.database) {
      const reason = status.writable ? 'unavailable' : status.reason;
      throw new LibraryError(reason === 'unavailable' ? 'read-only' : reason, READ_ONLY_MESSAGES[reason]);
    }
    const db = this.database;
    try {
      return await db.transaction('rw', tables, () => change(db));
    } catch (error) {
      throw this.translate(error);
    }
  }

  close(): void {
    this.database?.close();
  }

  private assertCurrent(): void {
    if (!this.currentStatus.writable && this.currentStatus.reason === 'reload-required') {
      throw new LibraryError('reload-required', MESSAGES.reloadRequired);
    }
  }

  private translate(error: unknown): LibraryError {
    if (error instanceof LibraryError) return error;
    if (isQuotaError(error)) {
      this.setStatus('quota-exceeded');
      return new LibraryError('quota-exceeded', MESSAGES.readOnlyQuota, [], { cause: error });
    }
    if (isClosedError(error) && !this.currentStatus.writable && this.currentStatus.reason === 'reload-required') {
      return new LibraryError('reload-required', MESSAGES.reloadRequired, [], { cause: error });
    }
    // The only unique index is the shortcut; a clash the repository's own check did not see came
    // from another window saving the same shortcut at the same moment.
    if (isConstraintError(error))
      return new LibraryError('duplicate-shortcut', 'Another snippet already uses that shortcut.', [], {
        cause: error,
      });
    return new LibraryError('storage-failed', MESSAGES.storageFailed, [], { cause: error });
  }

  private setStatus(reason: ReadOnlyReason | null): void {
    this.currentStatus = reason ? { writable: false, reason, message: READ_ONLY_MESSAGES[reason] } : { writable: true };
    for (const listener of this.statusListeners) listener(this.currentStatus);
  }

  private starterFallback(): Snippet[] {
    this.fallbackSnippets ??= starterSnippetRecords(this.now());
    return this.fallbackSnippets;
  }
}

/**
 * Opens the snippet library. Never throws: when IndexedDB will not open, the library comes back
 * read-only with the reason in `status`, serving the starter snippets from memory.
 */
export async function openLibrary(options: OpenLibraryOptions = {}): Promise<Library> {
  const { name, versions, now = Date.now, indexedDB, IDBKeyRange } = options;
  const dexieOptions: DexieOptions = {};
  if (indexedDB) dexieOptions.indexedDB = indexedDB;
  if (IDBKeyRange) dexieOptions.IDBKeyRange = IDBKeyRange;
  const db = createLibraryDatabase({ ...dexieOptions, name, versions });
  try {
    await db.open();
    return new Library(db, now, { writable: true });
  } catch (error) {
    db.close();
    console.warn('Tactful: the snippet library could not open IndexedDB; working read-only.', error);
    return new Library(null, now, { writable: false, reason: 'unavailable', message: MESSAGES.readOnlyUnavailable });
  }
}
