// Scores the reply on four dimensions from what the rules found, what the customer feels and
// the politeness model. Each dimension starts from a base, gains for good practice and loses
// points per problem; its explanation is the advice behind the largest loss (or praise).

import { ACKNOWLEDGEMENT_PATTERNS } from '../data/acknowledgements';
import type { DetectedEmotion, Finding, Score, Scores } from '../types';
import type { ReplyDocument } from './document';
import { PhraseMatcher } from './patterns';

const ACKNOWLEDGEMENT = new PhraseMatcher(ACKNOWLEDGEMENT_PATTERNS);
const COURTESY = new PhraseMatcher([
  'please',
  'thank you',
  'thanks',
  'appreciate',
  'happy to',
  'glad to',
  "you're welcome",
  'my pleasure',
]);

interface Adjustment {
  points: number;
  advice: string;
}

const WEIGHTS = { empathy: 0.3, warmth: 0.2, clarity: 0.25, professionalism: 0.25 } as const;
const LONG_SENTENCE_WORDS = 22;

function countIn(findings: readonly Finding[], ...categories: string[]): number {
  let total = 0;
  for (const finding of findings) if (categories.includes(finding.category)) total++;
  return total;
}

function score(base: number, adjustments: Adjustment[], praise: string): Score {
  let value = base;
  let worst: Adjustment | null = null;
  for (const adjustment of adjustments) {
    value += adjustment.points;
    if (adjustment.points < 0 && (!worst || adjustment.points < worst.points)) worst = adjustment;
  }
  value = Math.max(0, Math.min(100, Math.round(value)));
  return { value, explanation: worst && value < 90 ? worst.advice : praise };
}

function penalty(count: number, each: number, cap: number, advice: string): Adjustment[] {
  return count > 0 ? [{ points: -Math.min(cap, count * each), advice }] : [];
}

function averageSentenceWords(document: ReplyDocument): number {
  let sentences = 0;
  for (const words of document.sentenceWords) if (words > 0) sentences++;
  return sentences === 0 ? 0 : document.wordCount / sentences;
}

export function emptyScores(explanation: string, politeness: number): Scores {
  const blank = { value: 0, explanation };
  return { warmth: blank, empathy: blank, clarity: blank, professionalism: blank, overall: blank, politeness };
}

export function scoreReply(
  document: ReplyDocument,
  findings: readonly Finding[],
  emotions: readonly DetectedEmotion[],
  politeness: number,
): Scores {
  const { masked } = document;
  const acknowledged = ACKNOWLEDGEMENT.test(masked, document.contentStart, document.contentEnd);
  const courteous = COURTESY.test(masked, document.contentStart, document.contentEnd);
  const upset = emotions.some(
    (emotion) => emotion.id === 'angry' || emotion.id === 'frustrated' || emotion.id === 'anxious',
  );
  const empathy = empathyScore(findings, acknowledged, upset);
  const warmth = warmthScore(document, findings, courteous, politeness);
  const clarity = clarityScore(document, findings);
  const professionalism = professionalismScore(findings, politeness);
  const overall = overallScore({ empathy, warmth, clarity, professionalism });
  return { warmth, empathy, clarity, professionalism, overall, politeness };
}

function empathyScore(findings: readonly Finding[], acknowledged: boolean, upset: boolean): Score {
  return score(
    upset ? 45 : 70,
    [
      ...(acknowledged ? [{ points: 30, advice: '' }] : []),
      ...penalty(
        countIn(findings, 'missing-empathy'),
        25,
        25,
        'Open by acknowledging how the customer feels before giving the steps.',
      ),
      ...penalty(
        countIn(findings, 'sympathy'),
        20,
        30,
        'Name the feeling you can see instead of saying you know exactly how they feel.',
      ),
      ...penalty(
        countIn(findings, 'blame', 'hostility'),
        20,
        45,
        'Drop the blame or sharp words; they cancel out any kindness elsewhere.',
      ),
      ...penalty(
        countIn(findings, 'condescension'),
        10,
        30,
        'Remove words like "obviously" or "simply" that make the customer feel slow.',
      ),
      ...(!acknowledged && !upset
        ? [{ points: -5, advice: 'A short line showing you understand the situation would make this warmer.' }]
        : []),
    ],
    upset
      ? 'You acknowledged how the customer feels; keep it before the technical part.'
      : 'The reply recognises the customer well.',
  );
}

function warmthScore(
  document: ReplyDocument,
  findings: readonly Finding[],
  courteous: boolean,
  politeness: number,
): Score {
  return score(
    35,
    [
      ...(document.greeting
        ? [{ points: 15, advice: '' }]
        : [{ points: -10, advice: "Add a greeting with the customer's name." }]),
      ...(document.signOff || document.signature
        ? [{ points: 15, advice: '' }]
        : [{ points: -5, advice: 'Close with a friendly sign-off and your name.' }]),
      ...(courteous
        ? [{ points: 10, advice: '' }]
        : [{ points: -5, advice: 'A "please" or "thank you" goes a long way.' }]),
      { points: Math.round(35 * politeness), advice: '' },
      ...(politeness < 0.4
        ? [{ points: -10, advice: 'Soften the wording: requests with "could you" and thanks read as more polite.' }]
        : []),
      ...penalty(
        countIn(findings, 'hostility', 'shouting'),
        15,
        40,
        'Take out the capitals, repeated marks or sharp remarks; restate calmly.',
      ),
      ...penalty(countIn(findings, 'condescension'), 8, 24, 'Cut the words that talk down to the customer.'),
      ...penalty(
        countIn(findings, 'small-talk-when-hurried'),
        8,
        16,
        'The customer is in a hurry: trim the pleasantries and get to the fix.',
      ),
    ],
    'Friendly and personal; the customer will feel looked after.',
  );
}

function clarityScore(document: ReplyDocument, findings: readonly Finding[]): Score {
  const averageWords = averageSentenceWords(document);
  const bodyWords = document.body.end > document.body.start ? document.wordCount : 0;
  return score(
    92,
    [
      ...penalty(
        countIn(findings, 'jargon'),
        8,
        32,
        'Explain technical terms in plain words, or add a short explanation in brackets.',
      ),
      ...penalty(countIn(findings, 'wall-of-text'), 10, 30, 'Break long sentences and paragraphs into short steps.'),
      ...penalty(
        countIn(findings, 'missing-next-step'),
        15,
        15,
        'Say what happens next and ask the customer to confirm it worked.',
      ),
      ...penalty(
        countIn(findings, 'runaround'),
        10,
        20,
        'Hand the customer over to the right team yourself instead of sending them elsewhere.',
      ),
      ...(averageWords > LONG_SENTENCE_WORDS
        ? [
            {
              points: -Math.min(25, Math.round((averageWords - LONG_SENTENCE_WORDS) * 2)),
              advice: 'Your sentences are long on average; aim for one idea per sentence.',
            },
          ]
        : []),
      ...(bodyWords > 350
        ? [{ points: -8, advice: 'This reply is long; keep only what the customer needs to act.' }]
        : []),
    ],
    'Clear and easy to follow.',
  );
}

function professionalismScore(findings: readonly Finding[], politeness: number): Score {
  return score(
    95,
    [
      ...penalty(
        countIn(findings, 'blame', 'hostility'),
        25,
        60,
        'Remove blame and sharp remarks; keep internal issues internal.',
      ),
      ...penalty(countIn(findings, 'shouting'), 12, 30, 'Write in normal case with one punctuation mark.'),
      ...penalty(
        countIn(findings, 'condescension'),
        10,
        30,
        'Explain patiently instead of implying the answer was obvious.',
      ),
      ...penalty(countIn(findings, 'negative-phrasing'), 10, 30, 'Pair every "can\'t" with what you can do instead.'),
      ...penalty(
        countIn(findings, 'runaround'),
        10,
        20,
        'Take ownership of the handoff rather than redirecting the customer.',
      ),
      ...penalty(
        countIn(findings, 'excessive-apology'),
        5,
        15,
        'One apology is enough; thank the customer instead of apologising again.',
      ),
      {
        points: -Math.round(20 * (1 - politeness)),
        advice: 'Some phrasing reads as blunt; polite requests and thanks help.',
      },
    ],
    'Professional and courteous.',
  );
}

/** The weighted mean of the four dimensions, explained by the weakest one unless the reply is strong. */
function overallScore(dimensions: Record<keyof typeof WEIGHTS, Score>): Score {
  const { empathy, warmth, clarity, professionalism } = dimensions;
  const overallValue = Math.round(
    empathy.value * WEIGHTS.empathy +
      warmth.value * WEIGHTS.warmth +
      clarity.value * WEIGHTS.clarity +
      professionalism.value * WEIGHTS.professionalism,
  );
  const parts = [
    { name: 'empathy', score: empathy },
    { name: 'warmth', score: warmth },
    { name: 'clarity', score: clarity },
    { name: 'professionalism', score: professionalism },
  ].sort((a, b) => a.score.value - b.score.value);
  const weakest = parts[0]!;
  return {
    value: overallValue,
    explanation:
      overallValue >= 85
        ? 'A strong reply: empathetic, clear and professional.'
        : `Biggest gain: ${weakest.name}. ${weakest.score.explanation}`,
  };
}
