// Everything that can go wrong in the snippet library, as typed errors whose `message` is written
// for the agent (the UI shows it as is) and whose `code` is for code that decides what to do.

export type LibraryErrorCode =
  /** Another snippet already uses the shortcut. */
  | 'duplicate-shortcut'
  /** The body is over MAX_BODY_BYTES. */
  | 'body-too-large'
  /** A field is missing or malformed; `issues` says which. */
  | 'invalid-snippet'
  /** The body names a placeholder Tactful cannot fill. */
  | 'unknown-placeholder'
  | 'not-found'
  /** Snippets that came with a pack are changed by the pack; the agent edits a copy. */
  | 'pack-snippet-read-only'
  /** The snippet changed in another window since the agent opened it. */
  | 'edit-conflict'
  /** The library cannot save right now (see LibraryStatus for why). */
  | 'read-only'
  | 'quota-exceeded'
  /** Another window upgraded the database; this one runs old code and must reload. */
  | 'reload-required'
  /** An import or backup file that cannot be read at all (wrong format, too big, no rows). */
  | 'invalid-file'
  /** A backup made by a newer Tactful than this one. */
  | 'newer-backup'
  /** A message to the background that does not match the protocol (a bug, or an old content script). */
  | 'bad-request'
  /** IndexedDB failed in a way none of the above describes. */
  | 'storage-failed';

/** One problem with one field of a snippet. */
export interface FieldIssue {
  field: string;
  message: string;
}

/** What crosses a message boundary: structured-clone and JSON safe. */
export interface LibraryErrorInfo {
  code: LibraryErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export class LibraryError extends Error {
  override readonly name = 'LibraryError';

  constructor(
    readonly code: LibraryErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  toInfo(): LibraryErrorInfo {
    return this.issues.length > 0
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

export function isLibraryError(error: unknown, code?: LibraryErrorCode): error is LibraryError {
  return error instanceof LibraryError && (code === undefined || error.code === code);
}

/** Names of an error and the errors it wraps (Dexie keeps the IndexedDB error in `inner`). */
function errorNames(error: unknown): string[] {
  const names: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { name, inner, cause } = current as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    current = inner ?? cause;
  }
  return names;
}

export function isQuotaError(error: unknown): boolean {
  return errorNames(error).includes('QuotaExceededError');
}

/** Dexie reports a connection closed under it (another window's upgrade) as DatabaseClosedError. */
export function isClosedError(error: unknown): boolean {
  const names = errorNames(error);
  return names.includes('DatabaseClosedError') || names.includes('VersionChangeError');
}

export function isConstraintError(error: unknown): boolean {
  return errorNames(error).includes('ConstraintError');
}

export const MESSAGES = {
  readOnlyUnavailable:
    'Your snippets cannot be saved in this window: the browser is not letting Tactful store data here (a private window does this). The starter snippets still work; changes will not be kept.',
  readOnlyQuota:
    "Your browser's storage is full, so Tactful is not saving changes for now. Your existing snippets are safe. Free up some disk space, then choose Try again.",
  reloadRequired:
    'Tactful was updated in another window. Reload this page to keep using your snippets; nothing you saved is lost.',
  storageFailed: 'Tactful could not save that change. Your existing snippets are unchanged; please try again.',
} as const;
