// Shared pieces of `npm run bench`: timing, tables and targets. Each bench section (listed in
// bench/index.ts) receives a BenchReport and adds tables, notes and targets to it.

import { formatTable } from './table';

export interface Timing {
  iterations: number;
  medianMs: number;
  p95Ms: number;
  meanMs: number;
}

export interface TimingOptions {
  /** Untimed runs first, so the JIT and caches reach their steady state. */
  warmupMs?: number;
  minWarmupRuns?: number;
  /** Keep sampling until both the time budget and the iteration count are reached (or maxIterations). */
  budgetMs?: number;
  minIterations?: number;
  maxIterations?: number;
  /** Runs untimed before each run (warm-up runs too): puts back a state that the timed run changes. */
  before?: () => void;
}

function percentile(sorted: number[], fraction: number): number {
  // Nearest-rank: the smallest sample with at least `fraction` of the samples at or below it.
  const rank = Math.max(1, Math.ceil(fraction * sorted.length));
  return sorted[rank - 1]!;
}

/** Times fn, one sample per call, with process.hrtime.bigint (nanoseconds). */
export function time(fn: () => unknown, options: TimingOptions = {}): Timing {
  const {
    warmupMs = 200,
    minWarmupRuns = 10,
    budgetMs = 1000,
    minIterations = 30,
    maxIterations = 100_000,
    before,
  } = options;
  // Results go into a sink so the engine cannot optimise an unused call away.
  let sink: unknown;
  const warmupEnd = performance.now() + warmupMs;
  for (let run = 0; run < minWarmupRuns || performance.now() < warmupEnd; run++) {
    before?.();
    sink = fn();
  }

  const samples: number[] = [];
  const budgetEnd = performance.now() + budgetMs;
  while (samples.length < maxIterations && (samples.length < minIterations || performance.now() < budgetEnd)) {
    before?.();
    const start = process.hrtime.bigint();
    sink = fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  if (sink === Symbol.for('never')) console.log(sink);

  samples.sort((a, b) => a - b);
  return {
    iterations: samples.length,
    medianMs: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
    meanMs: samples.reduce((sum, sample) => sum + sample, 0) / samples.length,
  };
}

export interface Target {
  section: string;
  description: string;
  measured: string;
  limit: string;
  pass: boolean;
}

export interface BenchReport {
  heading(text: string): void;
  note(text: string): void;
  table(header: string[], rows: string[][]): void;
  /** Records a target as PASS when measured <= limit. */
  target(description: string, measured: number, limit: number, format: (value: number) => string): void;
}

export interface BenchSection {
  name: string;
  run(report: BenchReport): Promise<void>;
}

export const formatMs = (ms: number): string => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);
export const formatRatio = (ratio: number): string => `${ratio.toFixed(1)}x`;
export const formatKB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} KB`;

/** Runs the sections in order and prints their output, then a PASS/MISS line per target. */
export async function runSections(
  sections: BenchSection[],
  print: (line: string) => void = console.log,
): Promise<Target[]> {
  const targets: Target[] = [];
  for (const section of sections) {
    print(`\n== ${section.name} ==`);
    const report: BenchReport = {
      heading: (text) => print(`\n${text}`),
      note: (text) => print(text),
      table: (header, rows) => print(formatTable(header, rows)),
      target: (description, measured, limit, format) =>
        targets.push({
          section: section.name,
          description,
          measured: format(measured),
          limit: format(limit),
          pass: measured <= limit,
        }),
    };
    try {
      await section.run(report);
    } catch (error) {
      print(`section failed: ${(error as Error).stack ?? String(error)}`);
      targets.push({ section: section.name, description: 'section ran', measured: 'failed', limit: 'ok', pass: false });
    }
  }
  print('\n== Targets ==');
  print(
    formatTable(
      ['target', 'measured', 'limit', 'result'],
      targets.map((target) => [
        `${target.section}: ${target.description}`,
        target.measured,
        target.limit,
        target.pass ? 'PASS' : 'MISS',
      ]),
    ),
  );
  return targets;
}
