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
import type { PackField, PackSettings } from '@/lib/packs/format';
import type { SignatureState } from '@/lib/packs/signature';

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
  /** Details (default, options) of the {{field:Name}} fields the body uses; absent when none. */
  fields?: PackField[];
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

export type PackSourceKind = 'built-in' | 'file' | 'url' | 'policy';

/** An installed pack. Its snippets are the `snippets` records with this `packId`. */
export interface PackRecord {
  id: string;
  name: string;
  /** Semver of the installed copy. */
  version: string;
  author: string;
  description: string;
  /** When the trainer last changed it, as the pack says (RFC 3339). */
  updated: string;
  /** Where it came from: a file the agent chose, a URL the agent or the policy subscribed to. */
  source: { kind: PackSourceKind; fileName?: string; url?: string };
  signature: { state: SignatureState; publicKey: string | null };
  /** The team's coaching settings the pack brings, applied while it is installed. */
  settings: PackSettings | null;
  snippetCount: number;
  /** Milliseconds since the epoch: first installed, and when this version was installed. */
  installedAt: number;
  updatedAt: number;
}

/** A pack URL the agent or the administrator's policy subscribed to, and how its last fetch went. */
export interface SubscriptionRecord {
  url: string;
  origin: 'agent' | 'policy';
  /** The pack the URL last delivered; null until a fetch succeeded. */
  packId: string | null;
  /** Validators of the last good response, sent back for a conditional request. */
  etag: string | null;
  lastModified: string | null;
  /** Milliseconds since the epoch: the last request, and the last response with a pack (200 or 304). */
  checkedAt: number | null;
  fetchedAt: number | null;
  /** Why the last refresh failed; null after a good one. The last good copy stays installed. */
  error: { message: string; at: number } | null;
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
  {
    // Snippet packs: the installed packs and the URLs subscribed to. Snippets gain an optional
    // `fields` list, which needs no index, so existing records stay as they are.
    version: 2,
    stores: {
      packs: 'id',
      subscriptions: 'url, packId',
    },
  },
];

export const SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;

export type LibraryTables = {
  snippets: EntityTable<Snippet, 'id'>;
  trash: EntityTable<TrashedSnippet, 'id'>;
  settings: EntityTable<SettingRecord, 'key'>;
  meta: EntityTable<MetaRecord, 'key'>;
  packs: EntityTable<PackRecord, 'id'>;
  subscriptions: EntityTable<SubscriptionRecord, 'url'>;
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
