import { metricRule } from '../engine/kinds';
import { chunkAtBreaks, type BreakPoint } from '../engine/split';

export const MAX_PARAGRAPH_WORDS = 110;

export default metricRule({
  meta: {
    category: 'wall-of-text',
    severity: 'suggestion',
    description: `Paragraphs longer than ${MAX_PARAGRAPH_WORDS} words.`,
  },
  unit: 'paragraph',
  max: MAX_PARAGRAPH_WORDS,
  message: (value) => `A ${value}-word paragraph is hard to scan; break it up.`,
  note: 'Say as much as needed and no more, in order. Short paragraphs, or numbered steps, let the customer find their place again while they follow along.',
  suggest(unit, context) {
    const { sentences, text, masked } = context.reply;
    const breaks: BreakPoint[] = [];
    for (let index = 0; index + 1 < sentences.length; index++) {
      const sentence = sentences[index]!;
      const next = sentences[index + 1]!;
      if (sentence.end > unit.start && next.start < unit.end) breaks.push({ end: sentence.end, next: next.start });
    }
    const chosen = chunkAtBreaks(masked, unit.start, unit.end, breaks, MAX_PARAGRAPH_WORDS);
    if (!chosen) return [];
    let result = '';
    let from = unit.start;
    for (const point of chosen) {
      result += `${text.slice(from, point.end)}\n\n`;
      from = point.next;
    }
    return [result + text.slice(from, unit.end)];
  },
});
