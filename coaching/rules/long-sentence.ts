import type { Span } from '../engine/document';
import { metricRule } from '../engine/kinds';
import { wordsIn } from '../engine/reply-lines';
import { chunkAtBreaks, type BreakPoint } from '../engine/split';
import { capitalizeFirst } from '../engine/text-tools';

export const MAX_SENTENCE_WORDS = 35;
/**
 * A sentence over the limit whose commas, semicolons and dashes cut it into short clauses
 * ("When you collect it, open the box at the counter, and keep the receipt") is read one clause
 * at a time, so only a long unbroken stretch, or a sentence past the hard limit, is hard to follow.
 */
const MAX_CLAUSE_WORDS = 20;
const MAX_PUNCTUATED_SENTENCE_WORDS = 50;
const CLAUSE_MARK = /[,;:()]|[ \t][—–-][ \t]|—/gu;

function longestClauseWords(masked: string, unit: Span): number {
  let longest = 0;
  let from = unit.start;
  for (const mark of masked.slice(unit.start, unit.end).matchAll(CLAUSE_MARK)) {
    const at = unit.start + mark.index;
    longest = Math.max(longest, wordsIn(masked, from, at));
    from = at + mark[0].length;
  }
  return Math.max(longest, wordsIn(masked, from, unit.end));
}

/** The sentence's length when it is hard to read, else 0. */
function hardToReadLength(masked: string, unit: Span): number {
  const words = wordsIn(masked, unit.start, unit.end);
  if (words <= MAX_SENTENCE_WORDS) return 0;
  if (words > MAX_PUNCTUATED_SENTENCE_WORDS || longestClauseWords(masked, unit) > MAX_CLAUSE_WORDS) return words;
  return 0;
}
/** Places a long sentence can become two: ", and" / ", but" / ", so" / ";" / " - ". */
const JOINT = /(?:,[ \t]+(?:and|but|so|then|because|as|while)[ \t]+|;[ \t]+|[ \t]+[—–-][ \t]+)/giu;

export default metricRule({
  meta: {
    category: 'long-sentence',
    severity: 'suggestion',
    description: `Sentences longer than ${MAX_SENTENCE_WORDS} words.`,
  },
  unit: 'sentence',
  max: MAX_SENTENCE_WORDS,
  measure: hardToReadLength,
  message: (value) => `This sentence runs to ${value} words; split it up.`,
  note: 'Long sentences make readers hold several ideas at once, and customers under stress skim. One idea per sentence is easier to follow and to act on.',
  suggest(unit, context) {
    const { masked, text } = context.reply;
    const breaks: BreakPoint[] = [];
    JOINT.lastIndex = unit.start;
    let joint: RegExpExecArray | null;
    while ((joint = JOINT.exec(masked)) !== null && joint.index < unit.end) {
      breaks.push({ end: joint.index, next: joint.index + joint[0].length });
    }
    const chosen = chunkAtBreaks(masked, unit.start, unit.end, breaks, MAX_SENTENCE_WORDS);
    if (!chosen) return [];
    let result = '';
    let from = unit.start;
    for (const point of chosen) {
      const kept = /,[ \t]+(but|so|then)[ \t]+$/iu.exec(masked.slice(point.end, point.next));
      result += `${text.slice(from, point.end)}. `;
      from = point.next;
      if (kept) result += `${capitalizeFirst(kept[1]!.toLowerCase())} `;
      else {
        result += capitalizeFirst(text.slice(from, from + 1));
        from += 1;
      }
    }
    return [result + text.slice(from, unit.end)];
  },
});
