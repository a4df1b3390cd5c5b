// A pack's snippets as library records. Every pack snippet goes through the library's own snippet
// validation (lib/library/validation.ts), the same as the agent's snippets and imports: a pack
// cannot store what the editor would refuse. Bodies stay plain text; nothing renders them as HTML.

import { validateSnippetInput, type ValidSnippetInput } from '@/lib/library/validation';
import type { Snippet } from '@/lib/library/schema';
import type { Pack, PackField, PackProblem } from './format';

export interface PackSnippetInput {
  /** `<packId>:<snippetId>`. */
  id: string;
  valid: ValidSnippetInput;
  fields: PackField[] | undefined;
}

export type PackSnippetProblem = Omit<PackProblem, 'code'> & { code: 'invalid-snippet' };

/** The library record id of a pack's snippet. */
export function packSnippetId(packId: string, snippetId: string): string {
  return `${packId}:${snippetId}`;
}

/** Validates every snippet; either all as library inputs, or every problem with its path. */
export function packSnippetInputs(
  pack: Pack,
  pathPrefix: string,
): { ok: true; inputs: PackSnippetInput[] } | { ok: false; problems: PackSnippetProblem[] } {
  const inputs: PackSnippetInput[] = [];
  const problems: PackSnippetProblem[] = [];
  pack.snippets.forEach((snippet, index) => {
    const { title, body, shortcut, tags = [], emotions = [] } = snippet;
    const result = validateSnippetInput({ title, body, shortcut, tags, emotions });
    if (result.ok) {
      inputs.push({ id: packSnippetId(pack.id, snippet.id), valid: result.value, fields: snippet.fields });
      return;
    }
    for (const issue of result.issues) {
      const path = `${pathPrefix}snippets[${index}].${issue.field}`;
      problems.push({ code: 'invalid-snippet', path, message: `${path}: ${issue.message}` });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, inputs };
}

/**
 * The record for one pack snippet. A snippet the previous version also had keeps its usage, its
 * creation time and, when its content is the same, its updatedAt (editors open elsewhere see no change).
 */
export function packSnippetRecord(
  input: PackSnippetInput,
  packId: string,
  shortcut: string,
  previous: Snippet | undefined,
  now: number,
): Snippet {
  const { title, body, tags, emotions } = input.valid;
  const record: Snippet = {
    id: input.id,
    title,
    body,
    shortcut,
    tags,
    emotions,
    packId,
    createdAt: previous?.createdAt ?? now,
    updatedAt: now,
    usageCount: previous?.usageCount ?? 0,
    lastUsedAt: previous?.lastUsedAt ?? null,
  };
  if (input.fields && input.fields.length > 0) record.fields = input.fields.map((field) => ({ ...field }));
  if (previous && sameContent(previous, record)) record.updatedAt = previous.updatedAt;
  return record;
}

/**
 * Whether `record` is stored exactly as `stored` (same fields, same values): compared field by
 * field, as serialising 5,000 records twice to compare them cost a replacement a quarter second.
 */
export function sameRecord(record: Snippet, stored: Snippet | undefined): boolean {
  return (
    stored !== undefined &&
    record.id === stored.id &&
    record.packId === stored.packId &&
    record.createdAt === stored.createdAt &&
    record.updatedAt === stored.updatedAt &&
    record.usageCount === stored.usageCount &&
    record.lastUsedAt === stored.lastUsedAt &&
    Object.keys(record).length === Object.keys(stored).length &&
    sameContent(record, stored)
  );
}

function sameContent(a: Snippet, b: Snippet): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    a.shortcut === b.shortcut &&
    sameStrings(a.tags, b.tags) &&
    sameStrings(a.emotions, b.emotions) &&
    sameFields(a.fields ?? [], b.fields ?? [])
  );
}

// Compared item by item: serialising three lists of each of 5,000 snippets, twice, to compare
// them was most of what a replacement computes.
function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item, index) => item === b[index]);
}

function sameFields(a: readonly PackField[], b: readonly PackField[]): boolean {
  return (
    a.length === b.length &&
    a.every((field, index) => {
      const other = b[index]!;
      return (
        field.name === other.name &&
        field.default === other.default &&
        sameStrings(field.options ?? [], other.options ?? []) &&
        (field.options === undefined) === (other.options === undefined) &&
        Object.keys(field).length === Object.keys(other).length
      );
    })
  );
}
