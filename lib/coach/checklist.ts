// The pre-send checklist: what a reply to a customer should have before it goes out, read from the
// engine's analysis of the draft and from the engine's own reading of its structure and phrases.
// An item is ticked only on positive evidence (a greeting line, a next-step phrase…), never merely
// because no rule complained: rules stay quiet on short drafts, and the agent can turn them off.

import type { Analysis, ConversationChannel, EmotionId, Finding } from '@/coaching';
import { ACKNOWLEDGEMENT_PATTERNS } from '@/coaching/data/acknowledgements';
import { prepareReply, type ReplyDocument } from '@/coaching/engine/document';
import { PhraseMatcher } from '@/coaching/engine/patterns';
import { isClosingSentence, offersNextStep } from '@/coaching/engine/sentence-acts';

export const CHECKLIST_ITEMS = ['greeting', 'acknowledgement', 'plain-language', 'next-step', 'closing'] as const;
export type ChecklistItemId = (typeof CHECKLIST_ITEMS)[number];

/** `not-needed`: the item does not apply to this conversation (no upset customer to acknowledge). */
export type ChecklistStatus = 'done' | 'todo' | 'not-needed';

/** Why an item is ticked or not; the sidebar words each one (sidebar_checklist_<reason>). */
export type ChecklistReason =
  | 'empty'
  | 'greeting_found'
  | 'greeting_missing'
  | 'acknowledgement_not_upset'
  | 'acknowledgement_found'
  | 'acknowledgement_sympathy'
  | 'acknowledgement_missing'
  | 'plain_language_ok'
  | 'plain_language_jargon'
  | 'plain_language_hard_to_read'
  | 'next_step_found'
  | 'next_step_missing'
  | 'closing_found'
  | 'closing_missing';

export interface ChecklistItem {
  id: ChecklistItemId;
  status: ChecklistStatus;
  reason: ChecklistReason;
  /** The words the reason points at (the greeting found, the jargon term…), when there are some. */
  words?: string;
}

/** The emotions that call for an acknowledgement, as the engine's missing-empathy rule reads them. */
const UPSET: readonly EmotionId[] = ['angry', 'frustrated', 'anxious'];
/** Categories that make a reply hard for a non-expert to read. */
const HARD_TO_READ = new Set(['long-sentence', 'wall-of-text']);

const acknowledgement = new PhraseMatcher(ACKNOWLEDGEMENT_PATTERNS);

/**
 * The checklist for `text` as `analysis` (analyze() of the same text, for a reply on `channel`) coached it. Empty for a reply
 * the engine does not coach (not English): nothing in it could be judged.
 */
export function buildChecklist(
  analysis: Analysis,
  text: string,
  channel: ConversationChannel = 'email',
): ChecklistItem[] {
  if (!analysis.language.supported) return [];
  const reply = prepareReply(text);
  const findings = analysis.findings;
  const upset = analysis.emotions.some((emotion) => UPSET.includes(emotion.id));
  if (reply.wordCount === 0) {
    return CHECKLIST_ITEMS.map((id) =>
      id === 'acknowledgement' && !upset
        ? { id, status: 'not-needed', reason: 'acknowledgement_not_upset' }
        : { id, status: 'todo', reason: 'empty' },
    );
  }
  return [
    greetingItem(reply),
    acknowledgementItem(reply, findings, upset),
    plainLanguageItem(text, findings),
    nextStepItem(reply, findings),
    closingItem(reply, findings, channel),
  ];
}

const lineWords = (reply: ReplyDocument, span: { start: number; end: number }) =>
  reply.text.slice(span.start, span.end).trim();

function greetingItem(reply: ReplyDocument): ChecklistItem {
  return reply.greeting
    ? { id: 'greeting', status: 'done', reason: 'greeting_found', words: lineWords(reply, reply.greeting) }
    : { id: 'greeting', status: 'todo', reason: 'greeting_missing' };
}

function acknowledgementItem(reply: ReplyDocument, findings: readonly Finding[], upset: boolean): ChecklistItem {
  const id = 'acknowledgement';
  if (!upset) return { id, status: 'not-needed', reason: 'acknowledgement_not_upset' };
  // Claiming to share the feeling is the wrong kind of acknowledgement, whatever else the reply says.
  const sympathy = findings.find((finding) => finding.category === 'sympathy');
  if (sympathy)
    return {
      id,
      status: 'todo',
      reason: 'acknowledgement_sympathy',
      words: reply.text.slice(sympathy.start, sympathy.end),
    };
  if (findings.some((finding) => finding.category === 'missing-empathy'))
    return { id, status: 'todo', reason: 'acknowledgement_missing' };
  const found = firstMatch(acknowledgement, reply);
  return found === null
    ? { id, status: 'todo', reason: 'acknowledgement_missing' }
    : { id, status: 'done', reason: 'acknowledgement_found', words: found };
}

function plainLanguageItem(text: string, findings: readonly Finding[]): ChecklistItem {
  const id = 'plain-language';
  const jargon = findings.find((finding) => finding.category === 'jargon');
  if (jargon)
    return { id, status: 'todo', reason: 'plain_language_jargon', words: text.slice(jargon.start, jargon.end) };
  if (findings.some((finding) => HARD_TO_READ.has(finding.category)))
    return { id, status: 'todo', reason: 'plain_language_hard_to_read' };
  return { id, status: 'done', reason: 'plain_language_ok' };
}

function nextStepItem(reply: ReplyDocument, findings: readonly Finding[]): ChecklistItem {
  const id = 'next-step';
  // The engine's rule reads what each sentence does; when it says a next step is missing, it is.
  if (findings.some((finding) => finding.category === 'missing-next-step'))
    return { id, status: 'todo', reason: 'next_step_missing' };
  // The same reading as the rule's (coaching/engine/sentence-acts.ts), so the two never disagree.
  const found = firstSentence(reply, offersNextStep) ?? questionToCustomer(reply);
  return found === null
    ? { id, status: 'todo', reason: 'next_step_missing' }
    : { id, status: 'done', reason: 'next_step_found', words: found };
}

function closingItem(reply: ReplyDocument, findings: readonly Finding[], channel: ConversationChannel): ChecklistItem {
  const missing = { id: 'closing', status: 'todo', reason: 'closing_missing' } as const;
  if (findings.some((finding) => finding.category === 'missing-closing')) return missing;
  const close = reply.signOff ?? reply.signature;
  if (close)
    return {
      id: 'closing',
      status: 'done',
      reason: 'closing_found',
      words: lineWords(reply, close).split('\n')[0]!.trim(),
    };
  // In a chat, a short closing line ("Anything else I can help with?") is a close too, as the rule reads it.
  if (channel !== 'chat') return missing;
  const last = reply.sentences.filter((sentence) => sentence.start < reply.contentEnd).at(-1);
  const lastWords = last ? reply.masked.slice(last.start, last.end) : '';
  return last && isClosingSentence(lastWords)
    ? { id: 'closing', status: 'done', reason: 'closing_found', words: reply.text.slice(last.start, last.end).trim() }
    : missing;
}

/** The first sentence of the agent's own words (quotes and signature left out) that `does` holds for. */
function firstSentence(reply: ReplyDocument, does: (sentence: string) => boolean): string | null {
  for (const sentence of reply.sentences) {
    if (sentence.end <= reply.contentStart || sentence.start >= reply.contentEnd) continue;
    if (does(reply.masked.slice(sentence.start, sentence.end)))
      return reply.text.slice(sentence.start, sentence.end).trim();
  }
  return null;
}

/**
 * The sentence holding the first phrase `matcher` finds in the agent's own words (quotes and
 * signature left out): the words the agent will recognise as theirs.
 */
function firstMatch(matcher: PhraseMatcher, reply: ReplyDocument): string | null {
  for (const match of matcher.matches(reply.masked, reply.contentStart, reply.contentEnd)) {
    const sentence = reply.sentences.find((candidate) => candidate.start <= match.start && match.start < candidate.end);
    return reply.text.slice(sentence?.start ?? match.start, sentence?.end ?? match.end).trim();
  }
  return null;
}

/** A question in the body of the reply waits for the customer's answer: that is a next step too. */
function questionToCustomer(reply: ReplyDocument): string | null {
  for (const sentence of reply.sentences) {
    if (sentence.end <= reply.body.start || sentence.start >= reply.body.end) continue;
    const words = reply.masked.slice(sentence.start, sentence.end).trim();
    if (words.endsWith('?')) return reply.text.slice(sentence.start, sentence.end).trim();
  }
  return null;
}
