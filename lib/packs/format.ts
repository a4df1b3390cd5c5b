// Snippet pack format v1: reading a pack file a trainer published. The JSON Schema in
// public/pack.schema.json is the one definition of the format: trainers' editors validate with it
// through `$schema`, and this module checks every file against the same schema at run time.
//
// @cfworker/json-schema validates without eval or new Function (which the extension's content
// security policy forbids, so Ajv's compiled validators cannot run here), and reports each error
// with its JSON pointer, which becomes the "where" of the message the agent or trainer reads.
//
// Pure: no storage, no network, no DOM. Whether a signature is trusted is signature.ts's call.

import { Validator, type OutputUnit, type Schema } from '@cfworker/json-schema';
import packSchema from '@/public/pack.schema.json';
import { joinPath, jsonPath, whereJsonBreaks } from './json-error';
import { compileSchemaCheck, type SchemaCheck } from './schema-check';
import type { EmotionId, RuleSetting, Severity } from '@/coaching/types';

export const PACK_FORMAT_VERSION = 1;
/** Larger files are refused before they are parsed. */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;
export const MAX_PACK_SNIPPETS = 20_000;

export interface PackField {
  name: string;
  default?: string;
  options?: string[];
}

export interface PackSnippet {
  id: string;
  title: string;
  body: string;
  shortcut: string;
  tags?: string[];
  emotions?: EmotionId[];
  fields?: PackField[];
}

export interface PackAvoidedPhrase {
  phrase: string;
  replacements?: string[];
  reason?: string;
  severity?: Severity;
}

export interface PackSettings {
  rules?: Record<string, RuleSetting>;
  avoid?: PackAvoidedPhrase[];
  greeting?: string;
  closing?: string;
}

export interface Pack {
  $schema?: string;
  formatVersion: 1;
  id: string;
  name: string;
  version: string;
  author: string;
  description?: string;
  updated: string;
  snippets: PackSnippet[];
  settings?: PackSettings;
}

export interface PackSignature {
  algorithm: 'Ed25519';
  /** Raw 32-byte public key, base64. */
  publicKey: string;
  /** 64-byte signature over the UTF-8 bytes of `signedPack`, base64. */
  value: string;
}

/** A signed pack file: the pack's exact text, so the signed bytes survive any re-serialising. */
export interface SignedPackFile {
  $schema?: string;
  formatVersion: 1;
  signedPack: string;
  signature: PackSignature;
}

export type PackProblemCode =
  | 'too-large'
  | 'not-json'
  | 'not-a-pack'
  | 'newer-format'
  | 'too-many-snippets'
  | 'schema'
  | 'duplicate-id'
  | 'duplicate-shortcut';

export interface PackProblem {
  code: PackProblemCode;
  /** Where in the file, as a JSON path ("snippets[3].title"); "" for the whole file. */
  path: string;
  message: string;
}

export type PackReading =
  { ok: true; pack: Pack; text: string; signature: PackSignature | null } | { ok: false; problems: PackProblem[] };

const MAX_PROBLEMS = 50;

const defs = (packSchema as { $defs: Record<string, Schema> }).$defs;

/** The compiled check answers for a valid file; @cfworker explains an invalid one. */
interface SchemaValidation {
  passes: SchemaCheck;
  explain: Validator;
}

function schemaValidation(name: string): SchemaValidation {
  return {
    passes: compileSchemaCheck(defs, name),
    explain: new Validator({ $defs: defs, $ref: `#/$defs/${name}` } as Schema, '2020-12', false),
  };
}

const packValidation = schemaValidation('pack');
const signedValidation = schemaValidation('signedPack');

/**
 * Reads a pack file (bytes as fetched or read from disk, or text). Every problem found is listed,
 * each saying what is wrong and where; nothing is stored.
 */
export function readPackFile(input: string | Uint8Array): PackReading {
  const size = typeof input === 'string' ? new TextEncoder().encode(input).byteLength : input.byteLength;
  if (size > MAX_PACK_BYTES) {
    return fail('too-large', '', `The file is ${megabytes(size)} MB; a pack can be at most 5 MB.`);
  }
  const text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: false }).decode(input);
  const outer = parseJson(text, 'The file');
  if (!outer.ok) return outer;
  const root = outer.value;
  const tooNew = newerFormat(root);
  if (tooNew) return tooNew;
  if (isObject(root) && 'signedPack' in root) return readSigned(root);
  return readPack(root, text, null);
}

function readSigned(root: Record<string, unknown>): PackReading {
  const problems = schemaProblems(signedValidation, root, '');
  if (problems.length > 0) return { ok: false, problems };
  const file = root as unknown as SignedPackFile;
  const inner = parseJson(file.signedPack, 'The signed pack');
  if (!inner.ok) return { ok: false, problems: inner.problems.map((problem) => ({ ...problem, path: 'signedPack' })) };
  return newerFormat(inner.value) ?? readPack(inner.value, file.signedPack, file.signature, 'signedPack');
}

function readPack(value: unknown, text: string, signature: PackSignature | null, prefix = ''): PackReading {
  if (!isObject(value) || !('snippets' in value || 'formatVersion' in value)) {
    return fail('not-a-pack', '', 'This is JSON, but not a Tactful pack: it has no "formatVersion" or "snippets".');
  }
  if (Array.isArray(value.snippets) && value.snippets.length > MAX_PACK_SNIPPETS) {
    return fail(
      'too-many-snippets',
      joinPath(prefix, 'snippets'),
      `The pack has ${value.snippets.length.toLocaleString('en')} snippets; at most ${MAX_PACK_SNIPPETS.toLocaleString('en')} fit in one pack.`,
    );
  }
  const problems = schemaProblems(packValidation, value, prefix);
  if (problems.length > 0) return { ok: false, problems };
  const pack = value as unknown as Pack;
  const duplicates = duplicateProblems(pack, prefix);
  if (duplicates.length > 0) return { ok: false, problems: duplicates };
  return { ok: true, pack, text, signature };
}

function newerFormat(value: unknown): PackReading | null {
  if (!isObject(value)) return null;
  const version = value.formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > PACK_FORMAT_VERSION) {
    return fail(
      'newer-format',
      'formatVersion',
      `This pack uses format ${version}, newer than this version of Tactful understands (${PACK_FORMAT_VERSION}). Update Tactful to import it.`,
    );
  }
  return null;
}

function duplicateProblems(pack: Pack, prefix: string): PackProblem[] {
  const problems: PackProblem[] = [];
  const firstWithId = new Map<string, number>();
  const firstWithShortcut = new Map<string, number>();
  pack.snippets.forEach((snippet, index) => {
    const shortcut = snippet.shortcut.trim().toLowerCase();
    const sameId = firstWithId.get(snippet.id);
    const sameShortcut = firstWithShortcut.get(shortcut);
    if (sameId !== undefined) {
      problems.push({
        code: 'duplicate-id',
        path: joinPath(prefix, `snippets[${index}].id`),
        message: `Snippet id "${snippet.id}" is also used by snippets[${sameId}]; ids must be unique in a pack.`,
      });
    } else firstWithId.set(snippet.id, index);
    if (sameShortcut !== undefined) {
      problems.push({
        code: 'duplicate-shortcut',
        path: joinPath(prefix, `snippets[${index}].shortcut`),
        message: `Shortcut "${shortcut}" is also used by snippets[${sameShortcut}]; shortcuts must be unique in a pack.`,
      });
    } else firstWithShortcut.set(shortcut, index);
  });
  return problems.slice(0, MAX_PROBLEMS);
}

/** The schema's leaf errors, one per place, in the words a trainer reads. */
function schemaProblems({ passes, explain }: SchemaValidation, value: unknown, prefix: string): PackProblem[] {
  if (passes(value)) return [];
  const { valid, errors } = explain.validate(value);
  if (valid) return [];
  const seen = new Set<string>();
  const problems: PackProblem[] = [];
  for (const error of errors) {
    const described = describeError(error);
    if (!described) continue;
    const path = joinPath(prefix, described.path);
    const key = `${path}\u0000${described.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ code: 'schema', path, message: `${path || 'The pack'}: ${described.message}` });
    if (problems.length >= MAX_PROBLEMS) break;
  }
  return problems;
}

/** Wrapper errors ($ref, properties, items) only repeat their children's; those are skipped. */
function describeError(error: OutputUnit): { path: string; message: string } | null {
  const path = jsonPath(error.instanceLocation);
  const said = error.error;
  switch (error.keyword) {
    case 'required': {
      const name = /"([^"]+)"/.exec(said)?.[1] ?? 'a field';
      return { path: joinPath(path, name), message: 'is missing.' };
    }
    case 'false':
      return { path, message: 'is not part of the pack format (check its spelling).' };
    case 'type':
      return { path, message: `has the wrong type: ${said.replace(/^Instance type /, '')}` };
    case 'minLength':
      return { path, message: 'is empty.' };
    case 'maxLength':
      return { path, message: `is too long (${said.replace(/^String is too long /, '')}).` };
    case 'pattern':
      return { path, message: patternMessage(path) };
    case 'format':
      return { path, message: 'is not a date and time like 2026-12-07T10:00:00Z.' };
    case 'enum':
    case 'const':
      return { path, message: `is not allowed here: ${said.replace(/^Instance does not match /, 'must match ')}.` };
    case 'minItems':
    case 'maxItems':
      return { path, message: said.replace(/^Array has too (few|many) items/, 'has too $1 items') };
    default:
      return null;
  }
}

function patternMessage(path: string): string {
  if (/(^|\.)version$/.test(path)) return 'is not a version number like 1.2.0.';
  if (/\.shortcut$/.test(path))
    return 'must start with a letter or digit and use only letters, digits, dot, dash or underscore.';
  if (/(^|\.)id$/.test(path)) return 'must be lower case letters, digits, dot, dash or underscore (up to 64).';
  if (/\.tags\[\d+\]$/.test(path)) return 'cannot contain commas, semicolons or |.';
  if (/\.publicKey$/.test(path)) return 'is not a base64 Ed25519 public key (32 bytes).';
  if (/\.value$/.test(path)) return 'is not a base64 Ed25519 signature (64 bytes).';
  return 'has characters that are not allowed.';
}

function parseJson(text: string, what: string): { ok: true; value: unknown } | { ok: false; problems: PackProblem[] } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return fail('not-json', '', `${what} is not valid JSON (${whereJsonBreaks(text)}).`);
  }
}

function fail(code: PackProblemCode, path: string, message: string): { ok: false; problems: PackProblem[] } {
  return { ok: false, problems: [{ code, path, message }] };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1);
}
