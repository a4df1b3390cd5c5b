// The cue layer: phrase lists per emotion (data/emotion-cues.ts), negation-aware, each cue a rough
// likelihood; independent cues combine as 1 - Π(1 - weight), so one strong cue or several weak
// ones are needed. The spans it matched are the words that gave the emotion away.

import {
  EMOTION_CUES,
  PRAISE_OVERRIDES_BELOW,
  PRAISE_PATTERNS,
  SHOUTING_WEIGHT,
  type EmotionCue,
} from '../data/emotion-cues';
import { findShoutedRuns, REPEATED_MARKS } from '../engine/capitals';
import { prepareReply, type ReplyDocument } from '../engine/document';
import { isNegated } from '../engine/negation';
import { PhraseMatcher } from '../engine/patterns';
import { EMOTIONS, type EmotionId, type TextSpan } from '../types';

/** Cue evidence below this is too thin to tell the agent about. */
export const CUE_THRESHOLD = 0.45;

export interface CueReading {
  id: EmotionId;
  /** 0..0.99; 0 when every cue was negated */
  confidence: number;
  evidence: TextSpan[];
  /** Cues that a "not / never / no" turned around ("I'm not angry"): words that show the emotion is absent. */
  negated: TextSpan[];
}

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

const praise = new PhraseMatcher(PRAISE_PATTERNS);
const COMPLAINTS: readonly EmotionId[] = ['angry', 'frustrated'];
const SENTENCE_END = /[.!?\n]/;

/** The sentence around `at`: from after the previous end mark to the next one. */
function sentenceAround(masked: string, at: number, from: number, to: number): { start: number; end: number } {
  let start = at;
  while (start > from && !SENTENCE_END.test(masked[start - 1]!)) start--;
  let end = at;
  while (end < to && !SENTENCE_END.test(masked[end]!)) end++;
  // The mark that closes the sentence belongs to it ("again!" is in "Amazing service, again!").
  while (end < to && SENTENCE_END.test(masked[end]!) && masked[end] !== '\n') end++;
  return { start, end };
}

function inPraisingSentence(document: ReplyDocument, at: number): boolean {
  const { masked, contentStart, contentEnd } = document;
  const sentence = sentenceAround(masked, at, contentStart, contentEnd);
  for (const match of praise.matches(masked, sentence.start, sentence.end)) {
    if (!isNegated(masked, match.start)) return true;
  }
  return false;
}

function combine(weights: number[]): number {
  let remaining = 1;
  for (const weight of weights) remaining *= 1 - weight;
  return Math.round(Math.min(0.99, 1 - remaining) * 100) / 100;
}

/** Capitals and "!!!" raise anger only on top of words that already show it. */
function addShouting(document: ReplyDocument, weights: number[], evidence: TextSpan[]): void {
  const { masked, text, contentStart, contentEnd } = document;
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

/** Every emotion with at least one cue (negated or not), with its combined confidence and the cues' spans. */
export function readCues(document: ReplyDocument): CueReading[] {
  const { masked, text, contentStart, contentEnd } = document;
  const readings: CueReading[] = [];
  for (const emotion of COMPILED) {
    const weights: number[] = [];
    const evidence: TextSpan[] = [];
    const negated: TextSpan[] = [];
    for (const match of emotion.matcher.matches(masked, contentStart, contentEnd)) {
      const cue = emotion.cues[match.entry]!;
      const span = { start: match.start, end: match.end, text: text.slice(match.start, match.end) };
      if (cue.negatable && isNegated(masked, match.start)) {
        negated.push(span);
        continue;
      }
      if (
        COMPLAINTS.includes(emotion.id) &&
        cue.weight < PRAISE_OVERRIDES_BELOW &&
        inPraisingSentence(document, match.start)
      )
        continue;
      weights.push(cue.weight);
      evidence.push(span);
    }
    if (weights.length === 0 && negated.length === 0) continue;
    if (emotion.id === 'angry' && weights.length > 0) addShouting(document, weights, evidence);
    readings.push({ id: emotion.id, confidence: weights.length > 0 ? combine(weights) : 0, evidence, negated });
  }
  return readings;
}

/** The emotions the cues alone report in a message (the trainer chooses the model's thresholds beside them). */
export function cueEmotions(message: string): EmotionId[] {
  const document = prepareReply(message);
  return readCues(document)
    .filter((reading) => reading.confidence >= CUE_THRESHOLD)
    .map((reading) => reading.id);
}
