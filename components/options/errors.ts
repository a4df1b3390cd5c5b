import { isLibraryError } from '@/lib/library';
import { t } from '@/lib/i18n';

/** What to tell the agent about a failed change: the library's own message, or a generic one. */
export function errorMessage(error: unknown): string {
  if (isLibraryError(error)) return error.message;
  console.warn('Tactful options: unexpected failure.', error);
  return t('options_error_unexpected');
}

/** Per form field (the first part of the issue's path: `tags.2` is `tags`), the first problem. */
export function fieldErrors(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  if (!isLibraryError(error)) return fields;
  for (const issue of error.issues) {
    const field = issue.field.split('.')[0]!;
    fields[field] ??= issue.message;
  }
  return fields;
}
