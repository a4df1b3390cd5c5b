// The snippet library's public API, for extension pages (options, popup) and the background.
// Content scripts must not import the storage half of this (IndexedDB there belongs to the host
// page): they use lib/messaging/protocol.ts, plus the pure placeholders.ts and search.ts types.
// See README.md in this folder for a tour.

export { openLibrary, Library, type LibraryStatus, type OpenLibraryOptions, type ReadOnlyReason } from './library';
export { LibraryError, isLibraryError, type LibraryErrorCode, type LibraryErrorInfo, type FieldIssue } from './errors';
export { LIBRARY_DB_NAME, SCHEMA_VERSION, type Snippet, type TrashedSnippet, type JsonValue } from './schema';
export {
  MAX_BODY_BYTES,
  MAX_SHORTCUT_LENGTH,
  MAX_TAGS,
  MAX_TAG_LENGTH,
  MAX_TITLE_LENGTH,
  validateSnippetInput,
  type SnippetInput,
  type ValidSnippetInput,
  type ValidationResult,
} from './validation';
export {
  listSnippets,
  getSnippet,
  getSnippetByShortcut,
  listTrash,
  createSnippet,
  updateSnippet,
  deleteSnippets,
  restoreDeletedSnippets,
  purgeTrash,
  duplicateSnippet,
  bulkTag,
  recordUsage,
  readSettings,
  writeSettings,
  TRASH_RETENTION_MS,
  type UpdateOptions,
  type RestoredSnippet,
  type BulkTagChanges,
  type BulkTagResult,
} from './repository';
export {
  PLACEHOLDER_NAMES,
  PLACEHOLDER_LABELS,
  findPlaceholders,
  fillPlaceholders,
  placeholderValues,
  unknownPlaceholders,
  type PlaceholderName,
  type PlaceholderValues,
  type PageFacts,
  type FillResult,
  type UnfilledPlaceholder,
} from './placeholders';
export {
  SnippetSearchIndex,
  rankSnippets,
  RANKING_WEIGHTS,
  type RankedSnippet,
  type SearchContext,
  type CustomerEmotion,
} from './search';
export {
  importSnippets,
  parseSnippetFile,
  exportSnippets,
  detectFormat,
  type ImportOptions,
  type ImportReport,
  type BadRow,
  type SnippetFileFormat,
  type ExportOptions,
} from './import-export';
export {
  createBackup,
  backupToJson,
  parseBackup,
  restoreBackup,
  BACKUP_VERSION,
  type Backup,
  type RestoreReport,
} from './backup';
export { seedStarterLibrary, type SeedResult } from './seed';
export { STARTER_PACK_ID, STARTER_SNIPPETS } from './starter-snippets';
export { LibraryService } from './service';
