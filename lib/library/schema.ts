// The one place that defines the snippet database: record types, tables, indexes and every schema
// version. The database lives in the extension's own origin (background, options and popup pages);
// content scripts never open it, because IndexedDB there would belong to the help desk's site.
// They reach it through lib/messaging/protocol.ts.
//
// Changing the schema: append a SchemaVersion with the next version number (never edit a shipped
// one) and, when existing records need reshaping, an `upgrade`. schema.test.ts fails until the new
// version has an entry in its upgrade table (records written at the previous version, and what they
// must look like after the upgrade).

import { Dexie, type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import type { EmotionId } from '@/coaching/types';

export const LIBRARY_DB_NAME = 'tactful-library';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface Snippet {
  /** A random UUID for the agent's own snippets; `<packId>:<slug>` for snippets that came with a pack. */
  id: string;
  title: string;
  /** Plain text with {{placeholders}} (see placeholders.ts); at most MAX_BODY_BYTES of UTF-8. */
  body: string;
  /** Lower case, unique across the library, typed without the expansion trigger (e.g. "thanks-wait"). */
  shortcut: string;
  /** Lower case, no duplicates. */
  tags: string[];
  /** The customer emotions (coaching guide ids) the snippet suits; empty for any customer. */
  emotions: EmotionId[];
  /** The pack the snippet came with, or null for the agent's own snippets. */
  packId: string | null;
  /** Milliseconds since the epoch. */
  createdAt: number;
  updatedAt: number;
  /** How many times the agent inserted it. */
  usageCount: number;
  lastUsedAt: number | null;
}

/** A deleted snippet kept for undo until purgeTrash removes it. */
export interface TrashedSnippet extends Snippet {
  deletedAt: number;
}

/** One agent setting (the options page owns the keys); included in backups. */
export interface SettingRecord {
  key: string;
  value: JsonValue;
}

/** The library's own bookkeeping (e.g. which starter snippets were seeded); not in backups. */
export interface MetaRecord {
  key: string;
  value: JsonValue;
}

export interface SchemaVersion {
  version: number;
  /** Dexie store specs: primary key first, `&` unique, `*` multi-entry. */
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void> | void;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      snippets: 'id, &shortcut, packId, *tags, updatedAt',
      trash: 'id, deletedAt',
      settings: 'key',
      meta: 'key',
    },
  },
];

export const SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export type LibraryTables = {
  snippets: EntityTable<Snippet, 'id'>;
  trash: EntityTable<TrashedSnippet, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  meta: EntityTable<MetaRecord, 'key'>;
};

export type LibraryDatabase = Dexie & LibraryTables;

/**
 * A Dexie instance with the library's tables. `versions` exists for tests that open the database
 * as an older or newer release would; production code always uses SCHEMA_VERSIONS.
 */
export function createLibraryDatabase(
  options: DexieOptions & { name?: string; versions?: readonly SchemaVersion[] } = {},
): LibraryDatabase {
  const { name = LIBRARY_DB_NAME, versions = SCHEMA_VERSIONS, ...dexieOptions } = options;
  const db = new Dexie(name, dexieOptions) as LibraryDatabase;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}
