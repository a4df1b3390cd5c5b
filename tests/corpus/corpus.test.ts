// The labelled corpus is well-formed, and over every reply in it, each finding's first
// suggestion really fixes what was flagged.

import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, rules } from '../../coaching/index';
import { CATEGORIES, EMOTIONS, type Analysis, type Finding } from '../../coaching/types';
import {
  CorpusError,
  DEV_CORPUS_DIR,
  EXTRA_LABELLED_CATEGORIES,
  loadCorpus,
  parseCorpus,
  type CorpusExchange,
} from './corpus';

const corpus = loadCorpus();
const devCorpus = loadCorpus(DEV_CORPUS_DIR);

const validLine = {
  id: 'billing-001',
  customer: 'Why was I charged twice?',
  reply: 'Hi Ann,\n\nI have refunded the second charge. Could you check it arrived?\n\nBest,\nSam',
  emotions: ['confused'],
  categories: [],
  exemplary: true,
};

function parseLines(...records: unknown[]) {
  return parseCorpus([{ name: 'sample.jsonl', text: records.map((record) => JSON.stringify(record)).join('\n') }]);
}

describe('corpus loader', () => {
  it('accepts a well-formed line and records where it came from', () => {
    const [exchange] = parseLines(validLine);
    expect(exchange).toMatchObject({
      id: 'billing-001',
      emotions: ['confused'],
      source: { file: 'sample.jsonl', line: 1 },
    });
  });

  it.each([
    {
      name: 'a duplicate id',
      records: [validLine, validLine],
      problem: 'id "billing-001" already used at sample.jsonl:1',
    },
    {
      name: 'an unknown category',
      records: [{ ...validLine, categories: ['rudeness'], exemplary: false }],
      problem: 'unknown category "rudeness"',
    },
    { name: 'an unknown emotion', records: [{ ...validLine, emotions: ['sad'] }], problem: 'unknown emotion "sad"' },
    {
      name: 'an exemplary reply with findings',
      records: [{ ...validLine, categories: ['jargon'] }],
      problem: '"exemplary" must be true exactly',
    },
    {
      name: 'a flawed reply without findings',
      records: [{ ...validLine, exemplary: false }],
      problem: '"exemplary" must be true exactly',
    },
    {
      name: 'missing empathy for a calm customer',
      records: [{ ...validLine, categories: ['missing-empathy'], exemplary: false }],
      problem: '"missing-empathy" needs an angry, frustrated or anxious customer',
    },
    { name: 'an unknown field', records: [{ ...validLine, label: 'x' }], problem: 'unknown field "label"' },
    { name: 'an empty reply', records: [{ ...validLine, reply: ' ' }], problem: '"reply" must be a non-empty string' },
  ])('rejects $name', ({ records, problem }) => {
    expect(() => parseLines(...records)).toThrow(CorpusError);
    expect(() => parseLines(...records)).toThrow(problem);
  });

  it('rejects a line that is not JSON, naming the file and line', () => {
    expect(() => parseCorpus([{ name: 'x.jsonl', text: `${JSON.stringify(validLine)}\n{oops` }])).toThrow(
      'x.jsonl:2: invalid JSON',
    );
  });
});

describe('the labelled corpus', () => {
  it('holds at least 150 exchanges with unique ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(150);
    expect(new Set(corpus.map((exchange) => exchange.id)).size).toBe(corpus.length);
  });

  it('holds at least 40 exemplary replies', () => {
    expect(corpus.filter((exchange) => exchange.exemplary).length).toBeGreaterThanOrEqual(40);
  });

  // Enough positives per label that precision and recall mean something.
  it.each(CATEGORIES)('labels at least 8 replies with %s', (category) => {
    expect(corpus.filter((exchange) => exchange.categories.includes(category)).length).toBeGreaterThanOrEqual(8);
  });

  it.each(EMOTIONS)('labels at least 10 customers as %s', (emotion) => {
    expect(corpus.filter((exchange) => exchange.emotions.includes(emotion)).length).toBeGreaterThanOrEqual(10);
  });

  it.each(EXTRA_LABELLED_CATEGORIES)('labels %s, a category the engine reports, on at least 3 replies', (category) => {
    expect(Object.values(rules).map((rule) => rule.meta.category)).toContain(category);
    expect(corpus.filter((exchange) => exchange.categories.includes(category)).length).toBeGreaterThanOrEqual(3);
  });

  it('includes at least 25 calm customers', () => {
    expect(
      corpus.filter((exchange) => exchange.customer !== '' && exchange.emotions.length === 0).length,
    ).toBeGreaterThanOrEqual(25);
  });
});

/** Where `after` differs from `before`: the span of `after` that replaced something in `before`. */
function changedSpan(before: string, after: string): { start: number; end: number } {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  return { start: prefix, end: after.length - suffix };
}

/**
 * Whether the fixed reply still holds the finding that the fix addressed: for an insertion point
 * (a missing greeting, closing, empathy or next step) the rule must not fire anywhere; for a
 * flagged span, the rule must not fire on the text that replaced it.
 */
function stillFlagged(fixed: Finding, before: string, after: string, analysis: Analysis): Finding | undefined {
  const sameRule = analysis.findings.filter((finding) => finding.ruleId === fixed.ruleId);
  if (fixed.start === fixed.end) return sameRule[0];
  const { start, end } = changedSpan(before, after);
  return sameRule.find((finding) =>
    end > start ? finding.start < end && finding.end > start : finding.start <= start && finding.end > start,
  );
}

describe('the development set', () => {
  it('is a separate set of at least 120 exchanges, with ids of its own', () => {
    expect(devCorpus.length).toBeGreaterThanOrEqual(120);
    const mainIds = new Set(corpus.map((exchange) => exchange.id));
    expect(devCorpus.filter((exchange) => mainIds.has(exchange.id)).map((exchange) => exchange.id)).toEqual([]);
  });

  it('is not read as part of the main corpus', () => {
    const devIds = new Set(devCorpus.map((exchange) => exchange.id));
    expect(corpus.some((exchange) => devIds.has(exchange.id))).toBe(false);
  });

  it.each(CATEGORIES)('labels at least 5 replies with %s', (category) => {
    expect(devCorpus.filter((exchange) => exchange.categories.includes(category)).length).toBeGreaterThanOrEqual(5);
  });

  it.each(EMOTIONS)('labels at least 10 customers as %s', (emotion) => {
    expect(devCorpus.filter((exchange) => exchange.emotions.includes(emotion)).length).toBeGreaterThanOrEqual(10);
  });

  it('holds at least 30 exemplary replies', () => {
    expect(devCorpus.filter((exchange) => exchange.exemplary).length).toBeGreaterThanOrEqual(30);
  });
});

describe.each([
  { name: 'the corpus', exchanges: corpus },
  { name: 'the development set', exchanges: devCorpus },
])('findings over $name', ({ exchanges }: { exchanges: CorpusExchange[] }) => {
  const analyses = exchanges.map((exchange) => ({
    exchange,
    context: exchange.customer ? { customerMessage: exchange.customer } : {},
    analysis: analyze(exchange.reply, exchange.customer ? { customerMessage: exchange.customer } : {}),
  }));

  it('point inside the reply', () => {
    const outside = analyses.flatMap(({ exchange, analysis }) =>
      analysis.findings
        .filter(
          (finding) => !(finding.start >= 0 && finding.start <= finding.end && finding.end <= exchange.reply.length),
        )
        .map((finding) => `${exchange.id}: ${finding.ruleId} [${finding.start}, ${finding.end})`),
    );
    expect(outside).toEqual([]);
  });

  it('go away when their first suggestion is applied', () => {
    let applied = 0;
    const failures: string[] = [];
    for (const { exchange, context, analysis } of analyses) {
      for (const finding of analysis.findings) {
        const suggestion = finding.suggestions[0];
        if (suggestion === undefined) continue;
        applied++;
        // The engine's own helper, so the test covers what the sidebar's "Apply" does.
        const fixedReply = applySuggestion(exchange.reply, finding, 0);
        const remaining = stillFlagged(finding, exchange.reply, fixedReply, analyze(fixedReply, context));
        if (remaining) {
          failures.push(
            `${exchange.id}: ${finding.ruleId} on ${JSON.stringify(exchange.reply.slice(finding.start, finding.end))} -> ` +
              `${JSON.stringify(suggestion)} still flagged on ${JSON.stringify(fixedReply.slice(remaining.start, remaining.end))}`,
          );
        }
      }
    }
    expect(applied).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
