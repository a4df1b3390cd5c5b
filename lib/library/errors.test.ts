import { describe, expect, it } from 'vitest';
import { isClosedError, isConstraintError, isQuotaError, LibraryError } from './errors';

describe('storage error recognition', () => {
  it('finds a quota error however Dexie wraps it', () => {
    const quota = new DOMException('Quota exceeded.', 'QuotaExceededError');
    expect(isQuotaError(quota)).toBe(true);
    // A transaction that aborted because a request hit the quota: Dexie's AbortError, inner error.
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true);
    expect(isQuotaError({ name: 'BulkError', inner: { name: 'AbortError', inner: quota } })).toBe(true);
    expect(isQuotaError(new Error('disk full', { cause: quota }))).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'ConstraintError' } })).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('tells closed connections and constraint errors apart', () => {
    expect(isClosedError({ name: 'DatabaseClosedError' })).toBe(true);
    expect(isClosedError({ name: 'OpenFailedError', inner: { name: 'VersionChangeError' } })).toBe(true);
    expect(isConstraintError({ name: 'ConstraintError' })).toBe(true);
    expect(isConstraintError({ name: 'DatabaseClosedError' })).toBe(false);
  });
});

describe('LibraryError', () => {
  it('crosses a message boundary as plain data', () => {
    const error = new LibraryError('duplicate-shortcut', 'Taken.', [{ field: 'shortcut', message: 'Taken.' }]);
    expect(structuredClone(error.toInfo())).toEqual({
      code: 'duplicate-shortcut',
      message: 'Taken.',
      issues: [{ field: 'shortcut', message: 'Taken.' }],
    });
    expect(new LibraryError('not-found', 'Gone.').toInfo()).toEqual({ code: 'not-found', message: 'Gone.' });
  });
});
