// Ranks the built-in empathy statements for a customer message: statements for the strongest
// detected emotions first, then ones whose situation (billing, lost files, a deadline...) the
// customer mentioned. With no emotion, neutral openers lead.

import { EMPATHY_STATEMENTS } from '../data/empathy-statements';
import { compileAnywhere } from '../engine/patterns';
import type { DetectedEmotion, EmpathyStatement } from '../types';

const SITUATION_BONUS = 0.25;
const SECOND_EMOTION_SHARE = 0.3;
const NEUTRAL_SCORE_CALM = 0.5;
const NEUTRAL_SCORE_EMOTIONAL = 0.05;
export const MAX_STATEMENTS = 8;

const COMPILED = EMPATHY_STATEMENTS.map((statement) => ({
  statement,
  situation: statement.situation ? compileAnywhere(statement.situation) : null,
}));

export function rankStatements(
  emotions: readonly DetectedEmotion[],
  customerMessage: string | undefined,
): EmpathyStatement[] {
  const confidence = new Map(emotions.map((emotion) => [emotion.id, emotion.confidence]));
  const message = (customerMessage ?? '').slice(0, 20_000);
  const ranked: EmpathyStatement[] = [];
  COMPILED.forEach(({ statement, situation }) => {
    let score: number;
    if (statement.emotions.length === 0) {
      score = emotions.length === 0 ? NEUTRAL_SCORE_CALM : NEUTRAL_SCORE_EMOTIONAL;
    } else {
      const matched = statement.emotions.map((id) => confidence.get(id) ?? 0).sort((a, b) => b - a);
      const best = matched[0] ?? 0;
      if (best === 0) return;
      score = best + SECOND_EMOTION_SHARE * (matched[1] ?? 0);
      if (situation && situation.test(message)) score += SITUATION_BONUS;
    }
    // Ties keep the data's order (sort is stable): the first-listed wording is the most general.
    score = Math.round(score * 1000) / 1000;
    ranked.push({ id: statement.id, text: statement.text, emotions: [...statement.emotions], score });
  });
  return ranked.sort((a, b) => b.score - a.score).slice(0, MAX_STATEMENTS);
}
