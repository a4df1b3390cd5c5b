// The rule kinds. Most rules are a phrase list plus a few words of configuration; the
// factories here turn that data into rules, in the way Vale's "existence", "substitution" and
// "metric" checks work. Hand-written logic enters only through the small hooks below.

import type { Span } from './document';
import { isNegated } from './negation';
import { PhraseMatcher, type PhraseMatch } from './patterns';
import type { FindingDraft, Rule, RuleContext, RuleMeta } from './rule';
import { isClauseStart, matchCase } from './text-tools';

type Suggest = readonly string[] | ((match: PhraseMatch, context: RuleContext) => string[]);

export interface PhraseEntry {
  pattern: string;
  /** Overrides the rule's message; "{phrase}" is replaced by the flagged text. */
  message?: string;
  note?: string;
  suggestions?: Suggest;
  /** Skip the phrase after a nearby "not / no / never" ("not a silly question"). */
  negatable?: boolean;
  /** Only where a clause starts, as instructions do ("…, so please call them"); see isClauseStart. */
  clauseStart?: boolean;
}

export interface ExistenceConfig {
  meta: RuleMeta;
  entries: readonly PhraseEntry[];
  /** Default message; "{phrase}" is replaced by the flagged text. */
  message: string;
  note: string;
  suggestions?: Suggest;
  /** Where to look: the agent's whole text (default) or only the body between greeting and sign-off. */
  scope?: 'agent' | 'body';
  /** For what the list cannot say (e.g. "unless an alternative is offered nearby"). */
  accept?: (match: PhraseMatch, context: RuleContext) => boolean;
  /** Widens or narrows the flagged range (e.g. to the end of the sentence). */
  span?: (match: PhraseMatch, context: RuleContext) => Span;
}

function fill(template: string, phrase: string): string {
  return template.replace(/\{phrase\}/g, phrase.replace(/\s+/g, ' '));
}

function resolveSuggestions(suggest: Suggest | undefined, match: PhraseMatch, context: RuleContext): string[] {
  if (!suggest) return [];
  if (typeof suggest === 'function') return suggest(match, context);
  return suggest.map((suggestion) => matchCase(suggestion, match.text));
}

/** Flags every occurrence of a listed phrase. */
export function existenceRule(config: ExistenceConfig): Rule {
  const matcher = new PhraseMatcher(config.entries.map((entry) => entry.pattern));
  return {
    meta: config.meta,
    check(context) {
      const { reply } = context;
      const from = config.scope === 'body' ? reply.body.start : reply.contentStart;
      const to = config.scope === 'body' ? reply.body.end : reply.contentEnd;
      const findings: FindingDraft[] = [];
      if (to <= from) return findings;
      for (const match of matcher.matches(reply.masked, from, to)) {
        if (match.end > to) break;
        const entry = config.entries[match.entry]!;
        if (entry.negatable && isNegated(reply.masked, match.start)) continue;
        if (entry.clauseStart && !isClauseStart(reply.masked, match.start)) continue;
        if (config.accept && !config.accept(match, context)) continue;
        const span = config.span ? config.span(match, context) : match;
        const flagged = reply.text.slice(span.start, span.end);
        findings.push({
          start: span.start,
          end: span.end,
          message: fill(entry.message ?? config.message, flagged),
          note: entry.note ?? config.note,
          suggestions: resolveSuggestions(entry.suggestions ?? config.suggestions, match, context),
        });
      }
      return findings;
    },
  };
}

export interface SubstitutionEntry {
  pattern: string;
  replacements: readonly string[];
  message?: string;
  note?: string;
}

export interface SubstitutionConfig {
  meta: RuleMeta;
  entries: readonly SubstitutionEntry[];
  /** "{phrase}" is the flagged text, "{replacement}" the first replacement. */
  message: string;
  note: string;
  scope?: 'agent' | 'body';
  accept?: ExistenceConfig['accept'];
}

/** Flags a phrase and offers the listed replacements for it. */
export function substitutionRule(config: SubstitutionConfig): Rule {
  return existenceRule({
    meta: config.meta,
    message: config.message,
    note: config.note,
    scope: config.scope,
    accept: config.accept,
    entries: config.entries.map((entry) => ({
      pattern: entry.pattern,
      note: entry.note,
      message: (entry.message ?? config.message).replace(/\{replacement\}/g, entry.replacements[0] ?? ''),
      suggestions: entry.replacements,
    })),
  });
}

export interface MetricConfig {
  meta: RuleMeta;
  unit: 'sentence' | 'paragraph';
  /** The unit's word count is measured unless another measure is given. */
  measure?: (masked: string, unit: Span) => number;
  max: number;
  message: (value: number, max: number) => string;
  note: string;
  suggest?: (unit: Span, context: RuleContext) => string[];
}

export interface MeasuredSpan extends Span {
  words: number;
}

/** Paragraphs (runs of lines without a blank line between them) with their word counts. */
export function paragraphsOf(context: RuleContext): MeasuredSpan[] {
  const { lines, sentences, sentenceWords } = context.reply;
  const paragraphs: MeasuredSpan[] = [];
  let current: MeasuredSpan | null = null;
  let previousEnd = -2;
  for (const line of lines) {
    if (current && line.start === previousEnd + 1) current.end = line.contentEnd;
    else {
      current = { start: line.contentStart, end: line.contentEnd, words: 0 };
      paragraphs.push(current);
    }
    previousEnd = line.end;
  }
  let paragraph = 0;
  sentences.forEach((sentence, index) => {
    while (paragraph < paragraphs.length && paragraphs[paragraph]!.end <= sentence.start) paragraph++;
    const target = paragraphs[paragraph];
    if (target) target.words += sentenceWords[index]!;
  });
  return paragraphs;
}

function sentencesOf(context: RuleContext): MeasuredSpan[] {
  const { sentences, sentenceWords } = context.reply;
  return sentences.map((sentence, index) => ({
    start: sentence.start,
    end: sentence.end,
    words: sentenceWords[index]!,
  }));
}

/** Flags units (sentences or paragraphs) whose measured value is over a limit. */
export function metricRule(config: MetricConfig): Rule {
  return {
    meta: config.meta,
    check(context) {
      const units = config.unit === 'sentence' ? sentencesOf(context) : paragraphsOf(context);
      const findings: FindingDraft[] = [];
      for (const unit of units) {
        const value = config.measure ? config.measure(context.reply.masked, unit) : unit.words;
        if (value <= config.max) continue;
        findings.push({
          start: unit.start,
          end: unit.end,
          message: config.message(value, config.max),
          note: config.note,
          suggestions: config.suggest ? config.suggest({ start: unit.start, end: unit.end }, context) : [],
        });
      }
      return findings;
    },
  };
}

export interface PresenceConfig {
  meta: RuleMeta;
  /** Any one of these in the scope satisfies the rule. */
  patterns: readonly string[];
  /** Whether the rule applies to this reply at all (e.g. only when the customer is upset). */
  applies: (context: RuleContext) => boolean;
  scope: (context: RuleContext) => Span;
  /** Where to insert the missing part, and what to insert (best first). */
  insertion: (context: RuleContext) => { at: number; suggestions: string[] };
  message: string;
  note: string;
}

/** Flags the absence of any listed phrase, as an insertion point. */
export function presenceRule(config: PresenceConfig): Rule {
  const matcher = new PhraseMatcher(config.patterns);
  return {
    meta: config.meta,
    check(context) {
      if (!config.applies(context)) return [];
      const scope = config.scope(context);
      if (matcher.test(context.reply.masked, scope.start, scope.end)) return [];
      const { at, suggestions } = config.insertion(context);
      return [{ start: at, end: at, message: config.message, note: config.note, suggestions }];
    },
  };
}

/** Exposed so rules and tests can check that a suggestion satisfies a presence list. */
export function containsAny(patterns: readonly string[]): (text: string) => boolean {
  const matcher = new PhraseMatcher(patterns);
  return (text) => matcher.test(text);
}
