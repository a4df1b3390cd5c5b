// Reads the customer's latest message for the six emotions of the coaching guide, from two
// layers: the cues (cues.ts: phrase lists written for support messages, which show the words that
// gave the emotion away) and the learned model (model.ts: trained on GoEmotions, calibrated).
// Either layer can report an emotion on its own; the reported confidence joins what both saw.

import { NOT_MODEL_EVIDENCE } from '../data/emotion-cues';
import { prepareReply, type ReplyDocument } from '../engine/document';
import { PhraseMatcher } from '../engine/patterns';
import { EMOTIONS, type DetectedEmotion, type EmotionId, type TextSpan } from '../types';
import { CUE_THRESHOLD, readCues, type CueReading } from './cues';
import { MODEL_REPORT_THRESHOLDS, readEmotions, type ModelReading } from './model';

export { CUE_THRESHOLD };

/**
 * The least confidence a reported emotion can have: every emotion detectEmotions lists has at
 * least this much (the model reports from its calibrated thresholds, below the cues' one).
 */
export const REPORT_THRESHOLD = Math.min(CUE_THRESHOLD, ...Object.values(MODEL_REPORT_THRESHOLDS));
/**
 * Weak cue evidence (below VETO_BELOW) is set aside when the model puts the emotion below this
 * probability. On GoEmotions dev those were mostly sympathy ("sorry for your loss") and other
 * people's feelings ("they're all worried about it").
 */
const MODEL_VETO: Partial<Record<EmotionId, number>> = { apologetic: 0.02, anxious: 0.01 };
const VETO_BELOW = 0.6;
/** Customer messages are read up to this length; emotions show early and long pastes add little. */
const MAX_CUSTOMER_CHARS = 20_000;
const LETTER = /\p{L}/u;

function merged(first: readonly TextSpan[], second: readonly TextSpan[]): TextSpan[] {
  const spans = [...first];
  for (const span of second)
    if (!spans.some((other) => other.start < span.end && span.start < other.end)) spans.push(span);
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

const blockers = new Map(
  Object.entries(NOT_MODEL_EVIDENCE).map(([id, patterns]) => [id as EmotionId, new PhraseMatcher(patterns)]),
);

/**
 * The model's evidence that holds up: words, not a lone "?"; not a feeling the cues found negated
 * ("I'm not angry"); not inside a phrase the cues read as another emotion ("hate to bother you" is
 * an apology) or one the model is known to misread (NOT_MODEL_EVIDENCE). When the word that weighed
 * most does not hold up, neither does the reading ("I'm sorry to say…" is not an apology because
 * "my" follows): the model then has no evidence and reports nothing.
 */
function modelEvidence(document: ReplyDocument, reading: ModelReading, cueSpans: readonly CueReading[]): TextSpan[] {
  const { masked, text } = document;
  const blocked = [...(blockers.get(reading.id)?.matches(masked, document.contentStart, document.contentEnd) ?? [])];
  const inside = (span: TextSpan, outer: { start: number; end: number }): boolean =>
    outer.start <= span.start && span.end <= outer.end;
  const holds = (span: TextSpan): boolean =>
    !blocked.some((match) => inside(span, match)) &&
    !cueSpans.some(
      (other) =>
        other.negated.some((outer) => inside(span, outer)) ||
        (other.id !== reading.id &&
          other.confidence >= CUE_THRESHOLD &&
          other.evidence.some((outer) => inside(span, outer))),
    );
  const words = reading.evidence.filter((span) => LETTER.test(span.text));
  if (words.length === 0 || !holds(words[0]!)) return [];
  return words.filter(holds).map((span) => ({ ...span, text: text.slice(span.start, span.end) }));
}

function decide(id: EmotionId, cue: CueReading | undefined, model: ModelReading | undefined): DetectedEmotion | null {
  const modelThreshold = model ? MODEL_REPORT_THRESHOLDS[model.id] : Infinity;
  const probability = model?.probability ?? 0;
  const cueReports =
    cue !== undefined &&
    cue.confidence >= CUE_THRESHOLD &&
    !(model && cue.confidence < VETO_BELOW && probability < (MODEL_VETO[id] ?? 0));
  const modelReports = model !== undefined && probability >= modelThreshold && model.evidence.length > 0;
  if (!cueReports && !modelReports) return null;
  const cueConfidence = cueReports ? cue.confidence : 0;
  const modelConfidence = modelReports ? probability : 0;
  const confidence = Math.round((1 - (1 - cueConfidence) * (1 - modelConfidence)) * 100) / 100;
  return {
    id,
    confidence: Math.min(0.99, confidence),
    evidence: merged(cueReports ? cue.evidence : [], modelReports ? model.evidence : []),
  };
}

export function detectEmotions(message: string | undefined): DetectedEmotion[] {
  if (!message || message.trim() === '') return [];
  const document = prepareReply(message.length > MAX_CUSTOMER_CHARS ? message.slice(0, MAX_CUSTOMER_CHARS) : message);
  if (document.contentEnd <= document.contentStart) return [];
  const cues = new Map(readCues(document).map((reading) => [reading.id, reading]));
  const cueSpans = [...cues.values()];
  const model = new Map(
    readEmotions(document.masked).map((reading) => [
      reading.id as EmotionId,
      { ...reading, evidence: modelEvidence(document, reading, cueSpans) },
    ]),
  );
  const results: DetectedEmotion[] = [];
  for (const id of EMOTIONS) {
    const detected = decide(id, cues.get(id), model.get(id));
    if (detected) results.push(detected);
  }
  return results.sort((a, b) => b.confidence - a.confidence || EMOTIONS.indexOf(a.id) - EMOTIONS.indexOf(b.id));
}
