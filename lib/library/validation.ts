// What a valid snippet is, as valibot schemas. Every way into the library (the editor, imports,
// backups, packs) goes through these, so stored snippets are always bounded and well formed.

import * as v from 'valibot';
import { EMOTIONS, type EmotionId } from '@/coaching/types';
import { LibraryError, type FieldIssue, type LibraryErrorCode } from './errors';
import { describeUnknownPlaceholders, unknownPlaceholders } from './placeholders';
import type { PackField } from '@/lib/packs/format';
import type { Snippet } from './schema';

/** 100 KiB of UTF-8: far above any reply, small enough that 10,000 snippets stay manageable. */
export const MAX_BODY_BYTES = 100 * 1024;
export const MAX_TITLE_LENGTH = 120;
export const MAX_SHORTCUT_LENGTH = 40;
export const MAX_TAG_LENGTH = 40;
export const MAX_TAGS = 20;
const MAX_ID_LENGTH = 200;

/** Letters or digits first, then letters, digits, dot, dash or underscore. */
const SHORTCUT_PATTERN = /^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u;
/** Tags travel in CSV cells separated by these, so they cannot contain them. */
const TAG_SEPARATORS = /[,;|]/;

const title = v.pipe(
  v.string('Give the snippet a title.'),
  v.trim(),
  v.nonEmpty('Give the snippet a title.'),
  v.maxLength(MAX_TITLE_LENGTH, `Keep the title under ${MAX_TITLE_LENGTH} characters.`),
);

const BODY_TOO_LARGE = `The text is too long: a snippet can hold up to ${MAX_BODY_BYTES / 1024} KB.`;

/**
 * A UTF-8 character takes at most 3 bytes per UTF-16 unit, so only long texts are encoded to be
 * measured: encoding every body cost a 5,000-snippet pack import half a second.
 */
function withinBodyBytes(text: string): boolean {
  return text.length * 3 <= MAX_BODY_BYTES || new TextEncoder().encode(text).byteLength <= MAX_BODY_BYTES;
}

const body = v.pipe(
  v.string('The snippet needs some text.'),
  v.check((text) => text.trim().length > 0, 'The snippet needs some text.'),
  v.check(withinBodyBytes, BODY_TOO_LARGE),
  v.check(
    (text) => unknownPlaceholders(text).length === 0,
    (issue) => describeUnknownPlaceholders(unknownPlaceholders(issue.input as string)),
  ),
);

export const shortcutSchema = v.pipe(
  v.string('Give the snippet a shortcut.'),
  v.trim(),
  v.toLowerCase(),
  v.nonEmpty('Give the snippet a shortcut.'),
  v.maxLength(MAX_SHORTCUT_LENGTH, `Keep the shortcut under ${MAX_SHORTCUT_LENGTH} characters.`),
  v.regex(
    SHORTCUT_PATTERN,
    'A shortcut starts with a letter or digit and has no spaces (letters, digits, dot, dash, underscore).',
  ),
);

const tag = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.nonEmpty('Tags cannot be empty.'),
  v.maxLength(MAX_TAG_LENGTH, `Keep each tag under ${MAX_TAG_LENGTH} characters.`),
  v.check((text) => !TAG_SEPARATORS.test(text), 'Tags cannot contain commas, semicolons or |.'),
);

const tags = v.pipe(
  v.array(tag, 'Tags must be a list.'),
  v.transform((list) => [...new Set(list)]),
  v.maxLength(MAX_TAGS, `Use at most ${MAX_TAGS} tags.`),
);

const emotions = v.pipe(
  v.array(v.picklist(EMOTIONS, `Emotions must be among: ${EMOTIONS.join(', ')}.`), 'Emotions must be a list.'),
  v.transform((list): EmotionId[] => EMOTIONS.filter((id) => list.includes(id))),
);

export const MAX_FIELDS = 20;
const MAX_FIELD_NAME_LENGTH = 60;
const MAX_FIELD_VALUE_LENGTH = 500;
const fieldValue = v.pipe(
  v.string(),
  v.maxLength(MAX_FIELD_VALUE_LENGTH, `Keep field values under ${MAX_FIELD_VALUE_LENGTH} characters.`),
);

/** A {{field:Name}}'s details, as pack.schema.json's `field` allows them. */
const field = v.object({
  name: v.pipe(
    v.string('A field needs a name.'),
    v.trim(),
    v.nonEmpty('A field needs a name.'),
    v.maxLength(MAX_FIELD_NAME_LENGTH, `Keep field names under ${MAX_FIELD_NAME_LENGTH} characters.`),
    v.check((text) => !/[{}|=]/.test(text), 'Field names cannot contain braces, | or =.'),
  ),
  default: v.optional(fieldValue),
  options: v.optional(
    v.pipe(
      v.array(v.pipe(fieldValue, v.trim(), v.nonEmpty('A choice cannot be empty.'))),
      v.minLength(2, 'A choice needs at least two options.'),
      v.maxLength(50, 'A choice can have at most 50 options.'),
    ),
  ),
});

const fields = v.pipe(
  v.array(field, 'Fields must be a list.'),
  v.maxLength(MAX_FIELDS, `Use at most ${MAX_FIELDS} fields.`),
);

/** What the agent edits. A missing title, body or shortcut reads as empty, so it gets the same message. */
export const SnippetInputSchema = v.object({
  title: v.optional(title, ''),
  body: v.optional(body, ''),
  shortcut: v.optional(shortcutSchema, ''),
  tags: v.optional(tags, () => []),
  emotions: v.optional(emotions, () => []),
  fields: v.optional(fields),
});

export interface SnippetInput {
  title: string;
  /** Plain text with {{placeholders}}. */
  body: string;
  shortcut: string;
  tags?: string[];
  emotions?: EmotionId[];
  /** Details of the {{field:Name}} fields the body uses. */
  fields?: PackField[];
}
export type ValidSnippetInput = v.InferOutput<typeof SnippetInputSchema>;

const timestamp = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A whole stored record, as a backup carries it. */
export const SnippetRecordSchema = v.object({
  ...SnippetInputSchema.entries,
  id: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(MAX_ID_LENGTH)),
  packId: v.nullable(v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(MAX_ID_LENGTH))),
  createdAt: timestamp,
  updatedAt: timestamp,
  usageCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
  lastUsedAt: v.nullable(timestamp),
});

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; code: LibraryErrorCode; issues: FieldIssue[] };

function fieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  return issues.map((issue) => ({ field: v.getDotPath(issue) ?? 'snippet', message: issue.message }));
}

/** The most specific code for a set of issues: size and placeholders have their own. */
function codeFor(issues: readonly v.BaseIssue<unknown>[]): LibraryErrorCode {
  if (issues.some((issue) => issue.message === BODY_TOO_LARGE)) return 'body-too-large';
  if (issues.some((issue) => issue.type === 'check' && issue.message.startsWith('Unknown placeholder')))
    return 'unknown-placeholder';
  return 'invalid-snippet';
}

function validate<TSchema extends v.GenericSchema>(
  schema: TSchema,
  input: unknown,
): ValidationResult<v.InferOutput<TSchema>> {
  // One message per field: once a value fails a check, the checks after it would only repeat it.
  const result = v.safeParse(schema, input, { abortPipeEarly: true });
  if (result.success) return { ok: true, value: result.output };
  return { ok: false, code: codeFor(result.issues), issues: fieldIssues(result.issues) };
}

export function validateSnippetInput(input: unknown): ValidationResult<ValidSnippetInput> {
  return validate(SnippetInputSchema, input);
}

export function validateSnippetRecord(input: unknown): ValidationResult<Snippet> {
  return validate(SnippetRecordSchema, input);
}

/** One sentence for all the issues, for error messages and import reports. */
export function describeIssues(issues: readonly FieldIssue[]): string {
  return issues.map((issue) => issue.message).join(' ');
}

export function toLibraryError(result: { code: LibraryErrorCode; issues: FieldIssue[] }): LibraryError {
  return new LibraryError(result.code, describeIssues(result.issues), result.issues);
}

/** Normalised tags (trimmed, lower case, no duplicates); throws a LibraryError when one is invalid. */
export function parseTags(input: unknown): string[] {
  const result = validate(v.object({ tags }), { tags: input });
  if (!result.ok) throw toLibraryError(result);
  return result.value.tags;
}

/** Throws a LibraryError for an invalid snippet; returns the normalised input. */
export function parseSnippetInput(input: unknown): ValidSnippetInput {
  const result = validateSnippetInput(input);
  if (!result.ok) throw toLibraryError(result);
  return result.value;
}
