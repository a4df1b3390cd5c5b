// Reads the customer's latest message for the six emotions of the coaching guide. Each emotion
// collects evidence from the cue lists in data/emotion-cues.ts; independent cues combine as
// 1 - Π(1 - weight), so one strong cue or several weak ones are needed to report it.

import { EMOTION_CUES, SHOUTING_WEIGHT, type EmotionCue } from '../data/emotion-cues';
import { findShoutedRuns, REPEATED_MARKS } from '../engine/capitals';
import { prepareReply } from '../engine/document';
import { isNegated } from '../engine/negation';
import { PhraseMatcher } from '../engine/patterns';
import { EMOTIONS, type DetectedEmotion, type EmotionId, type TextSpan } from '../types';

/** Below this the evidence is too thin to tell the agent about. */
export const REPORT_THRESHOLD = 0.45;
/** Customer messages are read up to this length; emotions show early and long pastes add little. */
const MAX_CUSTOMER_CHARS = 20_000;

interface CompiledEmotion {
  id: EmotionId;
  cues: readonly EmotionCue[];
  matcher: PhraseMatcher;
}

const COMPILED: CompiledEmotion[] = EMOTIONS.map((id) => ({
  id,
  cues: EMOTION_CUES[id],
  matcher: new PhraseMatcher(EMOTION_CUES[id].map((cue) => cue.pattern)),
}));

function combine(weights: number[]): number {
  let remaining = 1;
  for (const weight of weights) remaining *= 1 - weight;
  return Math.round(Math.min(0.99, 1 - remaining) * 100) / 100;
}

export function detectEmotions(message: string | undefined): DetectedEmotion[] {
  if (!message || message.trim() === '') return [];
  const document = prepareReply(message.length > MAX_CUSTOMER_CHARS ? message.slice(0, MAX_CUSTOMER_CHARS) : message);
  const { masked, text, contentStart, contentEnd } = document;
  if (contentEnd <= contentStart) return [];

  const results: DetectedEmotion[] = [];
  for (const emotion of COMPILED) {
    const weights: number[] = [];
    const evidence: TextSpan[] = [];
    for (const match of emotion.matcher.matches(masked, contentStart, contentEnd)) {
      const cue = emotion.cues[match.entry]!;
      if (cue.negatable && isNegated(masked, match.start)) continue;
      weights.push(cue.weight);
      evidence.push({ start: match.start, end: match.end, text: text.slice(match.start, match.end) });
    }
    if (emotion.id === 'angry' && weights.length > 0) {
      // Capitals and "!!!" raise anger only on top of words that already show it.
      for (const run of findShoutedRuns(masked, contentStart, contentEnd)) {
        weights.push(SHOUTING_WEIGHT);
        evidence.push({ start: run.start, end: run.end, text: text.slice(run.start, run.end) });
      }
      REPEATED_MARKS.lastIndex = contentStart;
      let marks: RegExpExecArray | null;
      while ((marks = REPEATED_MARKS.exec(masked)) !== null && marks.index < contentEnd) {
        weights.push(SHOUTING_WEIGHT / 2);
        evidence.push({ start: marks.index, end: marks.index + marks[0].length, text: marks[0] });
      }
    }
    const confidence = combine(weights);
    if (confidence >= REPORT_THRESHOLD) {
      evidence.sort((a, b) => a.start - b.start);
      results.push({ id: emotion.id, confidence, evidence });
    }
  }
  return results.sort((a, b) => b.confidence - a.confidence || EMOTIONS.indexOf(a.id) - EMOTIONS.indexOf(b.id));
}
