// Loads and validates the labelled exchange corpus (tests/corpus/*.jsonl).
// Labels follow tests/corpus/README.md; a malformed corpus is an error, never silently skipped.

import { readdirSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATEGORIES, EMOTIONS, type ConversationChannel, type EmotionId } from '../../coaching/types';

export const CORPUS_DIR = dirname(fileURLToPath(import.meta.url));
/**
 * The development set: exchanges written from the coaching guide to tune phrase data and rules
 * against, so the main corpus stays a held-out check. Same format; a subfolder, so `loadCorpus()`
 * (which reads one directory, not its subfolders) never mixes the two.
 */
export const DEV_CORPUS_DIR = join(CORPUS_DIR, 'dev');
/** The blind corpus (blind/README.md): tune on its dev half; the test half is reported once, never tuned on. */
export const BLIND_DEV_DIR = join(CORPUS_DIR, 'blind', 'dev');
export const BLIND_TEST_DIR = join(CORPUS_DIR, 'blind', 'test');
/** A second blind corpus (blind2/README.md), written later by another writer: held out whole, never tuned on. */
export const BLIND2_DIR = join(CORPUS_DIR, 'blind2');
/** A third blind corpus (blind3/README.md), by a third writer: held out whole, never tuned on. */
export const BLIND3_DIR = join(CORPUS_DIR, 'blind3');
/** A fourth blind corpus (blind4/README.md), by two more writers: tune on its dev half; the test half is held out. */
export const BLIND4_DEV_DIR = join(CORPUS_DIR, 'blind4', 'dev');
export const BLIND4_TEST_DIR = join(CORPUS_DIR, 'blind4', 'test');
/** A fifth blind corpus (blind5/README.md), by two more writers: held out whole, never tuned on. */
export const BLIND5_DIR = join(CORPUS_DIR, 'blind5');

/**
 * Categories the engine adds on top of the guide's twelve that the corpus labels. Only labelled
 * where a human reviewer would clearly agree; every other extra category the engine reports is
 * left out of precision/recall (see README.md).
 */
export const EXTRA_LABELLED_CATEGORIES = [
  'small-talk-when-hurried',
  'excessive-apology',
] as const satisfies readonly string[];

export const LABELLED_CATEGORIES: readonly string[] = [...CATEGORIES, ...EXTRA_LABELLED_CATEGORIES];

/** Emotions that make a reply without acknowledgement a `missing-empathy` finding (coaching guide). */
export const EMPATHY_DEMANDING_EMOTIONS: readonly EmotionId[] = ['angry', 'frustrated', 'anxious'];

export interface CorpusExchange {
  id: string;
  /** The customer's latest message; empty when the agent writes first. */
  customer: string;
  reply: string;
  /** Where the reply goes; lines without a `channel` field are email (the guide's default). */
  channel: ConversationChannel;
  emotions: EmotionId[];
  categories: string[];
  exemplary: boolean;
  /** Where the line came from, for error messages and reports. */
  source: { file: string; line: number };
}

export class CorpusError extends Error {
  constructor(readonly problems: string[]) {
    super(`The corpus is malformed:\n  ${problems.join('\n  ')}`);
    this.name = 'CorpusError';
  }
}

const KNOWN_FIELDS = new Set(['id', 'channel', 'customer', 'reply', 'emotions', 'categories', 'exemplary']);
const CHANNELS = new Set<unknown>(['email', 'chat'] satisfies ConversationChannel[]);
const EMOTION_SET = new Set<string>(EMOTIONS);

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Validates one parsed line; returns the problems found (empty when the line is well-formed). */
function lineProblems(record: unknown, labelledCategories: ReadonlySet<string>): string[] {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return ['not a JSON object'];
  const fields = record as Record<string, unknown>;
  const problems: string[] = [];
  for (const key of Object.keys(fields)) {
    if (!KNOWN_FIELDS.has(key)) problems.push(`unknown field "${key}"`);
  }
  if (typeof fields.id !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(fields.id)) {
    problems.push('"id" must be a lower-case kebab-case string');
  }
  if (typeof fields.customer !== 'string') problems.push('"customer" must be a string');
  if (typeof fields.reply !== 'string' || fields.reply.trim() === '')
    problems.push('"reply" must be a non-empty string');
  if (typeof fields.exemplary !== 'boolean') problems.push('"exemplary" must be true or false');
  if (fields.channel !== undefined && !CHANNELS.has(fields.channel))
    problems.push('"channel" must be "email" or "chat" when given');

  if (!isStringArray(fields.emotions)) {
    problems.push('"emotions" must be an array of emotion ids');
  } else {
    for (const emotion of fields.emotions) {
      if (!EMOTION_SET.has(emotion)) problems.push(`unknown emotion "${emotion}"`);
    }
    if (new Set(fields.emotions).size !== fields.emotions.length) problems.push('"emotions" lists an id twice');
    if (fields.customer === '' && fields.emotions.length > 0)
      problems.push('emotions labelled without a customer message');
  }

  if (!isStringArray(fields.categories)) {
    problems.push('"categories" must be an array of category ids');
  } else {
    for (const category of fields.categories) {
      if (!labelledCategories.has(category)) problems.push(`unknown category "${category}"`);
    }
    if (new Set(fields.categories).size !== fields.categories.length) problems.push('"categories" lists an id twice');
    // An exemplary reply is one a reviewer would send unchanged, so it carries no expected finding,
    // and a reply with no expected finding is exemplary by definition.
    if (typeof fields.exemplary === 'boolean' && fields.exemplary !== (fields.categories.length === 0)) {
      problems.push('"exemplary" must be true exactly when "categories" is empty');
    }
    // The guide only asks for empathy when the customer is angry, frustrated or anxious.
    if (
      fields.categories.includes('missing-empathy') &&
      isStringArray(fields.emotions) &&
      !fields.emotions.some((emotion) => EMPATHY_DEMANDING_EMOTIONS.includes(emotion as EmotionId))
    ) {
      problems.push('"missing-empathy" needs an angry, frustrated or anxious customer');
    }
  }
  return problems;
}

/** Parses and validates JSONL text. Throws CorpusError listing every problem with its file and line. */
export function parseCorpus(
  files: { name: string; text: string }[],
  labelledCategories: readonly string[] = LABELLED_CATEGORIES,
): CorpusExchange[] {
  const categorySet = new Set(labelledCategories);
  const exchanges: CorpusExchange[] = [];
  const problems: string[] = [];
  const firstSeen = new Map<string, string>();

  for (const { name, text } of files) {
    text.split('\n').forEach((rawLine, index) => {
      const line = index + 1;
      const where = `${name}:${line}`;
      if (rawLine.trim() === '') return;
      let record: unknown;
      try {
        record = JSON.parse(rawLine);
      } catch (error) {
        problems.push(`${where}: invalid JSON (${(error as Error).message})`);
        return;
      }
      const found = lineProblems(record, categorySet);
      if (found.length > 0) {
        problems.push(...found.map((problem) => `${where}: ${problem}`));
        return;
      }
      const fields = record as Omit<CorpusExchange, 'source' | 'channel'> & { channel?: ConversationChannel };
      const earlier = firstSeen.get(fields.id);
      if (earlier) {
        problems.push(`${where}: id "${fields.id}" already used at ${earlier}`);
        return;
      }
      firstSeen.set(fields.id, where);
      exchanges.push({
        id: fields.id,
        customer: fields.customer,
        reply: fields.reply,
        channel: fields.channel ?? 'email',
        emotions: fields.emotions,
        categories: fields.categories,
        exemplary: fields.exemplary,
        source: { file: name, line },
      });
    });
  }
  if (problems.length > 0) throw new CorpusError(problems);
  return exchanges;
}

/** Reads every *.jsonl file of the corpus directory, in name order. */
export function loadCorpus(directory: string = CORPUS_DIR): CorpusExchange[] {
  const names = readdirSync(directory)
    .filter((name) => name.endsWith('.jsonl'))
    .sort();
  if (names.length === 0) throw new CorpusError([`no .jsonl files in ${directory}`]);
  return parseCorpus(names.map((name) => ({ name, text: readFileSync(join(directory, name), 'utf8') })));
}
