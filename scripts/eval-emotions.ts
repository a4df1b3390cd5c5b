// The customer-emotion part of `npm run eval`: the engine's emotions on the GoEmotions dev split
// (mapped as the coaching guide says) and on the customer messages of the blind corpus's dev half.
// Never pointed at tests/corpus/blind/test: that half is held out.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectEmotions } from '../coaching/emotions/detect';
import { EMOTIONS, type EmotionId } from '../coaching/types';
import { BLIND_DEV_DIR } from '../tests/corpus/corpus';
import { MAPPED_EMOTIONS, loadGoEmotions } from './goemotions';
import { formatTable } from '../bench/table';
import { scoreLabels, type Averages, type LabelScore } from './label-scores';

export interface EmotionFigures {
  items: number;
  scores: LabelScore[];
  averages: Averages;
}

type Detect = (message: string) => ReadonlySet<string>;

const detectIds: Detect = (message) => new Set(detectEmotions(message).map((emotion) => emotion.id));

/** Macro-F1 over the five emotions GoEmotions can measure (hurried has no counterpart there). */
export function goEmotionsFigures(detect: Detect = detectIds): EmotionFigures {
  const examples = loadGoEmotions('dev');
  const { scores, averages } = scoreLabels(
    MAPPED_EMOTIONS,
    examples.map((example) => ({ expected: example.emotions, predicted: detect(example.text) })),
  );
  return { items: examples.length, scores, averages };
}

export interface CustomerMessage {
  id: string;
  customer: string;
  emotions: EmotionId[];
}

/**
 * The customer messages and emotion labels of a JSONL corpus folder. Reads only those fields, so
 * it takes the blind corpus's lines (which carry a `channel`) whatever the category loader accepts.
 */
export function loadCustomerMessages(dir: string): CustomerMessage[] {
  const known = new Set<string>(EMOTIONS);
  const messages: CustomerMessage[] = [];
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.jsonl'))
    .sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, index) => {
        if (line.trim() === '') return;
        const record = JSON.parse(line) as { id?: unknown; customer?: unknown; emotions?: unknown };
        const { id, customer, emotions } = record;
        if (
          typeof id !== 'string' ||
          typeof customer !== 'string' ||
          !Array.isArray(emotions) ||
          !emotions.every((emotion) => typeof emotion === 'string' && known.has(emotion))
        )
          throw new Error(`${file}:${index + 1}: expected id, customer and known emotion ids`);
        if (customer !== '') messages.push({ id, customer, emotions: emotions as EmotionId[] });
      });
  }
  return messages;
}

export function corpusEmotionFigures(messages: CustomerMessage[], detect: Detect = detectIds): EmotionFigures {
  const { scores, averages } = scoreLabels(
    EMOTIONS,
    messages.map((message) => ({ expected: new Set(message.emotions), predicted: detect(message.customer) })),
  );
  return { items: messages.length, scores, averages };
}

function figuresTable(title: string, figures: EmotionFigures): string {
  const cell = (value: number | undefined): string => (value === undefined ? '—' : value.toFixed(2));
  const rows = figures.scores.map((score) => [
    score.label,
    String(score.truePositives + score.falseNegatives),
    cell(score.precision),
    cell(score.recall),
    cell(score.f1),
  ]);
  rows.push([
    'macro average',
    '',
    cell(figures.averages.macro.precision),
    cell(figures.averages.macro.recall),
    cell(figures.averages.macro.f1),
  ]);
  return formatTable([title, 'support', 'precision', 'recall', 'F1'], rows);
}

/** The emotion sections of `npm run eval`: GoEmotions dev, and the blind corpus's dev half. */
export function formatEmotionSections(): string {
  const goEmotions = goEmotionsFigures();
  const blind = corpusEmotionFigures(loadCustomerMessages(BLIND_DEV_DIR));
  return [
    `Customer emotions on GoEmotions dev: ${goEmotions.items} Reddit comments, mapped as the coaching guide says (hurried has no counterpart)`,
    '',
    figuresTable('emotion', goEmotions),
    '',
    `Customer emotions on the blind corpus, dev half: ${blind.items} customer messages`,
    '',
    figuresTable('emotion', blind),
  ].join('\n');
}
