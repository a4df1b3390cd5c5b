// `npm run eval`: runs the engine over the labelled corpus and reports precision, recall and F1
// per finding category and per customer emotion, plus how often exemplary replies get flagged.
// A report, not a gate: it exits 0 whatever the scores, and 1 only when the corpus is malformed.
//
//   npm run eval                 summary tables
//   npm run eval -- --details    also every exchange the engine got wrong, with the findings
//   npm run eval -- --dev        the development set (tests/corpus/dev) instead of the main corpus
//   npm run eval -- --test       also the held-out sets: the first and fourth blind corpora's test
//                                halves and the second, third and fifth blind corpora (totals only)
//   npm run eval -- --skip-emotions   without the GoEmotions and blind emotion sections
// The dev halves of the first and fourth blind corpora (tests/corpus/blind/dev, blind4/dev) are always
// reported after the main corpus.
// Then the customer emotions on GoEmotions dev and on the blind corpus's dev half (eval-emotions.ts).

import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { analyze } from '../coaching/index';
import { EMOTIONS, type Analysis } from '../coaching/types';
import { formatTable } from '../bench/table';
import { formatEmotionSections } from './eval-emotions';
import { scoreLabels, type Averages, type LabelScore } from './label-scores';
import {
  BLIND_DEV_DIR,
  BLIND_TEST_DIR,
  BLIND2_DIR,
  BLIND3_DIR,
  BLIND4_DEV_DIR,
  BLIND4_TEST_DIR,
  BLIND5_DIR,
  CorpusError,
  DEV_CORPUS_DIR,
  LABELLED_CATEGORIES,
  loadCorpus,
  type CorpusExchange,
} from '../tests/corpus/corpus';

export { loadCorpus, parseCorpus, CorpusError, DEV_CORPUS_DIR, type CorpusExchange } from '../tests/corpus/corpus';

export interface ExchangeOutcome {
  exchange: CorpusExchange;
  analysis: Analysis;
  predictedCategories: Set<string>;
  predictedEmotions: Set<string>;
}

export interface EvalReport {
  exchanges: number;
  categories: LabelScore[];
  categoryAverages: Averages;
  emotions: LabelScore[];
  emotionAverages: Averages;
  /** Categories the engine reported that the corpus does not label, with how many exchanges got them. */
  unlabelledCategories: Map<string, number>;
  exemplary: {
    total: number;
    /** Exemplary replies with any finding at all. */
    flagged: ExchangeOutcome[];
    /** Exemplary replies with a finding in a labelled category. */
    flaggedInLabelledCategory: number;
  };
  outcomes: ExchangeOutcome[];
}

export function evaluate(corpus: CorpusExchange[], analyzeReply: typeof analyze = analyze): EvalReport {
  const labelled = new Set(LABELLED_CATEGORIES);
  const outcomes = corpus.map((exchange): ExchangeOutcome => {
    const analysis = analyzeReply(exchange.reply, {
      channel: exchange.channel,
      ...(exchange.customer ? { customerMessage: exchange.customer } : {}),
    });
    return {
      exchange,
      analysis,
      predictedCategories: new Set(analysis.findings.map((finding) => finding.category)),
      predictedEmotions: new Set(analysis.emotions.map((emotion) => emotion.id)),
    };
  });

  const unlabelledCategories = new Map<string, number>();
  for (const outcome of outcomes) {
    for (const category of outcome.predictedCategories) {
      if (!labelled.has(category)) unlabelledCategories.set(category, (unlabelledCategories.get(category) ?? 0) + 1);
    }
  }

  const categoryResult = scoreLabels(
    LABELLED_CATEGORIES,
    outcomes.map((outcome) => ({
      expected: new Set(outcome.exchange.categories),
      predicted: outcome.predictedCategories,
    })),
  );
  // Emotions are only scored where there is a customer message to read them from.
  const withCustomer = outcomes.filter((outcome) => outcome.exchange.customer !== '');
  const emotionResult = scoreLabels(
    EMOTIONS,
    withCustomer.map((outcome) => ({
      expected: new Set(outcome.exchange.emotions),
      predicted: outcome.predictedEmotions,
    })),
  );

  const exemplary = outcomes.filter((outcome) => outcome.exchange.exemplary);
  return {
    exchanges: corpus.length,
    categories: categoryResult.scores,
    categoryAverages: categoryResult.averages,
    emotions: emotionResult.scores,
    emotionAverages: emotionResult.averages,
    unlabelledCategories,
    exemplary: {
      total: exemplary.length,
      flagged: exemplary.filter((outcome) => outcome.analysis.findings.length > 0),
      flaggedInLabelledCategory: exemplary.filter((outcome) =>
        [...outcome.predictedCategories].some((category) => labelled.has(category)),
      ).length,
    },
    outcomes,
  };
}

// ---- printing ----

function formatRatio(value: number | undefined): string {
  return value === undefined ? '—' : value.toFixed(2);
}

function scoreTable(title: string, scores: LabelScore[], averages: Averages): string {
  const rows = scores.map((score) => [
    score.label,
    String(score.truePositives + score.falseNegatives),
    String(score.truePositives),
    String(score.falsePositives),
    String(score.falseNegatives),
    formatRatio(score.precision),
    formatRatio(score.recall),
    formatRatio(score.f1),
  ]);
  const { micro, macro } = averages;
  rows.push([
    'micro average',
    '',
    '',
    '',
    '',
    formatRatio(micro.precision),
    formatRatio(micro.recall),
    formatRatio(micro.f1),
  ]);
  rows.push([
    'macro average',
    '',
    '',
    '',
    '',
    formatRatio(macro.precision),
    formatRatio(macro.recall),
    formatRatio(macro.f1),
  ]);
  return formatTable([title, 'support', 'TP', 'FP', 'FN', 'precision', 'recall', 'F1'], rows);
}

function describeFindings(outcome: ExchangeOutcome): string[] {
  return outcome.analysis.findings.map((finding) => {
    const text = outcome.exchange.reply.slice(finding.start, finding.end).replace(/\s+/g, ' ');
    return `      ${finding.category} (${finding.ruleId}) ${text ? `"${text.slice(0, 60)}"` : `@${finding.start}`}`;
  });
}

function detailLines(report: EvalReport): string[] {
  const lines: string[] = [];
  for (const outcome of report.outcomes) {
    const expected = new Set(outcome.exchange.categories);
    const missed = [...expected].filter((category) => !outcome.predictedCategories.has(category));
    const extra = [...outcome.predictedCategories].filter(
      (category) => !expected.has(category) && LABELLED_CATEGORIES.includes(category),
    );
    const expectedEmotions = new Set<string>(outcome.exchange.emotions);
    const missedEmotions = [...expectedEmotions].filter((emotion) => !outcome.predictedEmotions.has(emotion));
    const extraEmotions = [...outcome.predictedEmotions].filter((emotion) => !expectedEmotions.has(emotion));
    if (missed.length + extra.length + missedEmotions.length + extraEmotions.length === 0) continue;
    lines.push(`  ${outcome.exchange.id} (${outcome.exchange.source.file}:${outcome.exchange.source.line})`);
    if (missed.length) lines.push(`    missed categories: ${missed.join(', ')}`);
    if (extra.length) lines.push(`    unexpected categories: ${extra.join(', ')}`);
    if (missedEmotions.length) lines.push(`    missed emotions: ${missedEmotions.join(', ')}`);
    if (extraEmotions.length) lines.push(`    unexpected emotions: ${extraEmotions.join(', ')}`);
    if (extra.length) lines.push(...describeFindings(outcome));
  }
  return lines;
}

function exemplaryLine(report: EvalReport): string {
  const { total, flagged, flaggedInLabelledCategory } = report.exemplary;
  const share = total === 0 ? '—' : `${((flagged.length / total) * 100).toFixed(1)}%`;
  return (
    `Exemplary replies with any finding: ${flagged.length}/${total} (${share}); ` +
    `with a finding in a labelled category: ${flaggedInLabelledCategory}/${total}`
  );
}

export function formatReport(report: EvalReport, details: boolean, corpusName = 'corpus'): string {
  const out: string[] = [];
  out.push(`Tactful ${corpusName} evaluation: ${report.exchanges} exchanges (presence of each label per exchange)`, '');
  out.push(scoreTable('category', report.categories, report.categoryAverages), '');
  out.push(scoreTable('emotion', report.emotions, report.emotionAverages), '');
  if (report.unlabelledCategories.size > 0) {
    const listed = [...report.unlabelledCategories].map(([category, count]) => `${category} (${count})`).join(', ');
    out.push(`Categories the corpus does not label (not scored above), exchanges flagged: ${listed}`, '');
  }
  out.push(exemplaryLine(report));
  for (const outcome of report.exemplary.flagged) {
    out.push(`  ${outcome.exchange.id}`);
    out.push(...describeFindings(outcome));
  }
  if (details) {
    out.push('', 'Exchanges with a wrong label:', ...detailLines(report));
  }
  return out.join('\n');
}

/**
 * Totals only, for the held-out half of the blind corpus: no exchange ids, no findings, so that
 * reading the report never turns into reading (and tuning on) its cases.
 */
export function formatTotals(report: EvalReport, corpusName: string): string {
  return [
    `Tactful ${corpusName} evaluation: ${report.exchanges} exchanges (totals only: held out, never tuned on)`,
    '',
    scoreTable('category', report.categories, report.categoryAverages),
    '',
    exemplaryLine(report),
  ].join('\n');
}

function main(): number {
  const { values } = parseArgs({
    options: {
      details: { type: 'boolean', default: false },
      dev: { type: 'boolean', default: false },
      test: { type: 'boolean', default: false },
      'skip-emotions': { type: 'boolean', default: false },
    },
  });
  const details = values.details ?? false;
  try {
    const corpus = values.dev ? loadCorpus(DEV_CORPUS_DIR) : loadCorpus();
    console.log(formatReport(evaluate(corpus), details, values.dev ? 'development set' : 'corpus'));
    console.log(`\n${formatReport(evaluate(loadCorpus(BLIND_DEV_DIR)), details, 'blind corpus, dev half')}`);
    console.log(`\n${formatReport(evaluate(loadCorpus(BLIND4_DEV_DIR)), details, 'fourth blind corpus, dev half')}`);
    if (values.test) {
      console.log(`\n${formatTotals(evaluate(loadCorpus(BLIND_TEST_DIR)), 'blind corpus, test half')}`);
      console.log(`\n${formatTotals(evaluate(loadCorpus(BLIND2_DIR)), 'second blind corpus (held out whole)')}`);
      console.log(`\n${formatTotals(evaluate(loadCorpus(BLIND3_DIR)), 'third blind corpus (held out whole)')}`);
      console.log(`\n${formatTotals(evaluate(loadCorpus(BLIND4_TEST_DIR)), 'fourth blind corpus, test half')}`);
      console.log(`\n${formatTotals(evaluate(loadCorpus(BLIND5_DIR)), 'fifth blind corpus (held out whole)')}`);
    }
  } catch (error) {
    if (error instanceof CorpusError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  if (!values['skip-emotions']) console.log(`\n${formatEmotionSections()}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main();
}
