import { KNOWN_ACRONYMS, SHOUTED_WORDS } from '../data/capitals';
import { findShoutedRuns, REPEATED_MARKS } from '../engine/capitals';
import type { FindingDraft, Rule } from '../engine/rule';
import { capitalizeFirst, isSentenceStart } from '../engine/text-tools';

const NOTE =
  'Capitals and stacked punctuation read as raised voices in writing, even when meant as emphasis. Normal case with a single mark keeps the tone calm; use bold or a short sentence if something really matters.';
const KEEP_UPPERCASE = new Set(
  KNOWN_ACRONYMS.filter((word) => word.length >= 3 && !SHOUTED_WORDS.includes(word)).map((word) => word.toUpperCase()),
);

function normalCase(run: string, sentenceStart: boolean): string {
  const lowered = run.replace(/\p{Lu}[\p{Lu}\p{N}'’]*/gu, (token) =>
    token === 'I' || /^I['’]/u.test(token)
      ? token[0] + token.slice(1).toLowerCase()
      : KEEP_UPPERCASE.has(token)
        ? token
        : token.toLowerCase(),
  );
  return sentenceStart ? capitalizeFirst(lowered) : lowered;
}

const rule: Rule = {
  meta: {
    category: 'shouting',
    severity: 'warning',
    description: 'Words in capitals for emphasis (not acronyms), or repeated !!! / ???.',
  },
  check(context) {
    const { reply } = context;
    const findings: FindingDraft[] = [];
    for (const run of findShoutedRuns(reply.masked, reply.contentStart, reply.contentEnd)) {
      const text = reply.text.slice(run.start, run.end);
      findings.push({
        start: run.start,
        end: run.end,
        message: `"${text}" reads as shouting.`,
        note: NOTE,
        suggestions: [normalCase(text, isSentenceStart(reply.masked, run.start))],
      });
    }
    REPEATED_MARKS.lastIndex = reply.contentStart;
    let marks: RegExpExecArray | null;
    while ((marks = REPEATED_MARKS.exec(reply.masked)) !== null && marks.index < reply.contentEnd) {
      const single = marks[0].includes('?') || marks[0].includes('？') ? '?' : '!';
      findings.push({
        start: marks.index,
        end: marks.index + marks[0].length,
        message: `"${marks[0]}": one mark is enough.`,
        note: NOTE,
        suggestions: [single],
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

export default rule;
