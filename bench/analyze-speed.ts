// How long analyze() takes on replies from 50 to 5,000 words, next to write-good and alex (two
// popular prose linters that run in the same place, on the same text, in the same process).

import writeGood from 'write-good';
import { text as alexText } from 'alex';
import { analyze } from '../coaching/index';
import { forgetReadings } from '../coaching/engine/memo';
import { formatMs, formatRatio, time, type BenchSection, type Timing } from './harness';
import { BENCH_CUSTOMER_MESSAGE, countWords, generateReply } from './reply-generator';

export const REPLY_SIZES = [50, 350, 1000, 5000] as const;

/** Targets from the design: sub-millisecond while typing a normal reply, near-linear growth. */
const MEDIAN_LIMIT_AT_350_MS = 0.5;
const GROWTH_LIMIT_5000_OVER_350 = 15;
/** The target: at most half of write-good's time on the same 350-word reply. */
const RATIO_LIMIT_TO_WRITE_GOOD = 0.5;

/**
 * The ways a 350-word reply is analysed: again unchanged (what the sidebar does when only the
 * customer message or settings change), while typing (one word of the last paragraph differs
 * each call, so the engine's remembered readings cover the rest), and cold (every remembered
 * reading forgotten first, as on the first analysis of a pasted reply).
 */
function typingVariants(reply: string): string[] {
  const cut = reply.lastIndexOf(' ');
  return Array.from({ length: 64 }, (_, index) => `${reply.slice(0, cut)} word${index}${reply.slice(cut)}`);
}

interface Contender {
  name: string;
  run: (reply: string) => unknown;
}

const CONTENDERS: Contender[] = [
  { name: 'tactful', run: (reply) => analyze(reply, { customerMessage: BENCH_CUSTOMER_MESSAGE }) },
  { name: 'write-good', run: (reply) => writeGood(reply) },
  { name: 'alex', run: (reply) => alexText(reply) },
];

/** Fewer, longer samples for the slow peers on long texts, so the whole bench stays near a minute. */
function budgetFor(words: number) {
  return words >= 5000 ? { budgetMs: 1500, minIterations: 10 } : { budgetMs: 1000, minIterations: 30 };
}

export const analyzeSpeed: BenchSection = {
  name: 'analyze() speed',
  async run(report) {
    const replies = REPLY_SIZES.map((words) => ({ words, reply: generateReply(words) }));
    for (const { words, reply } of replies) {
      const counted = countWords(reply);
      if (counted !== words) throw new Error(`generated ${counted} words, wanted ${words}`);
    }
    report.note(
      'Generated replies (seeded, 25% flawed sentences), analysed with a frustrated customer message;\n' +
        'write-good with its default checks, alex with text(). One call per sample, after a warm-up.',
    );

    const timings = new Map<string, Map<number, Timing>>();
    for (const contender of CONTENDERS) {
      const byWords = new Map<number, Timing>();
      for (const { words, reply } of replies)
        byWords.set(
          words,
          time(() => contender.run(reply), budgetFor(words)),
        );
      timings.set(contender.name, byWords);
    }

    const ours = timings.get('tactful')!;
    const median = (name: string, words: number) => timings.get(name)!.get(words)!.medianMs;
    report.table(
      [
        'words',
        'tactful median',
        'tactful p95',
        'runs',
        'write-good median',
        'alex median',
        'write-good / tactful',
        'alex / tactful',
      ],
      replies.map(({ words }) => {
        const timing = ours.get(words)!;
        return [
          String(words),
          formatMs(timing.medianMs),
          formatMs(timing.p95Ms),
          String(timing.iterations),
          formatMs(median('write-good', words)),
          formatMs(median('alex', words)),
          formatRatio(median('write-good', words) / timing.medianMs),
          formatRatio(median('alex', words) / timing.medianMs),
        ];
      }),
    );

    const growth = median('tactful', 5000) / median('tactful', 350);
    report.note(
      `\ntactful 5,000-word / 350-word median: ${formatRatio(growth)} (text is ${formatRatio(5000 / 350)} longer)`,
    );
    report.target('median at 350 words', median('tactful', 350), MEDIAN_LIMIT_AT_350_MS, formatMs);
    reportScenarios(report, replies.find(({ words }) => words === 350)!.reply, median('write-good', 350));
    report.target('5,000-word time / 350-word time', growth, GROWTH_LIMIT_5000_OVER_350, formatRatio);
  },
};

function reportScenarios(report: Parameters<BenchSection['run']>[0], reply: string, writeGoodMs: number): void {
  const variants = typingVariants(reply);
  let next = 0;
  const scenarios: [string, () => unknown][] = [
    ['unchanged', () => analyze(reply, { customerMessage: BENCH_CUSTOMER_MESSAGE })],
    ['typing', () => analyze(variants[next++ % variants.length]!, { customerMessage: BENCH_CUSTOMER_MESSAGE })],
    [
      'cold',
      () => {
        forgetReadings();
        return analyze(reply, { customerMessage: BENCH_CUSTOMER_MESSAGE });
      },
    ],
  ];
  const rows = scenarios.map(([name, run]) => ({ name, timing: time(run, budgetFor(350)) }));
  report.note(
    '\n350 words: unchanged = the same text again; typing = one word of the last paragraph differs per call;\n' +
      'cold = every remembered sentence and paragraph reading forgotten before the call.',
  );
  report.table(
    ['350 words', 'tactful median', 'tactful p95', 'tactful / write-good'],
    rows.map(({ name, timing }) => [
      name,
      formatMs(timing.medianMs),
      formatMs(timing.p95Ms),
      formatRatio(timing.medianMs / writeGoodMs),
    ]),
  );
  for (const { name, timing } of rows) {
    report.target(
      `${name} at 350 words / write-good`,
      timing.medianMs / writeGoodMs,
      RATIO_LIMIT_TO_WRITE_GOOD,
      formatRatio,
    );
  }
}
