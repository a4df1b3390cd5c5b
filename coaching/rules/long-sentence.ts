import { metricRule } from '../engine/kinds';
import { chunkAtBreaks, type BreakPoint } from '../engine/split';
import { capitalizeFirst } from '../engine/text-tools';

export const MAX_SENTENCE_WORDS = 35;
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
