// `tactful pack lint` on a pack of 5,000 snippets, as a trainer runs it (the whole command, in its
// own process, from start to exit), against `tactful check --jsonl` over the same texts in the same
// run: the engine's own cost, with nothing of the pack's (schema, placeholders, line numbers).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pack } from '../lib/packs/format';
import { formatMs, formatRatio, type BenchSection } from './harness';
import { generateReply } from './reply-generator';

const SNIPPETS = 5000;
/** From the issue: a trainer's check of a large pack stays interactive. */
const LIMIT_MS = 2000;
const RUNS = 3;
const BIN = fileURLToPath(new URL('../bin/tactful.mjs', import.meta.url));

/** Snippet-sized texts (30 to 90 words), a quarter of their sentences flawed, with placeholders. */
function benchPack(): Pack {
  return {
    formatVersion: 1,
    id: 'bench-pack',
    name: 'Bench pack',
    version: '1.0.0',
    author: 'Bench',
    updated: '2026-12-07T10:00:00Z',
    snippets: Array.from({ length: SNIPPETS }, (_, index) => {
      const body = generateReply(30 + (index % 61), index + 1)
        .replace(/^Hi [^,]+,/, 'Hi {{customer.firstName}},')
        .replace(/\nSam$/, '\n{{agent.firstName}}');
      return { id: `snippet-${index}`, title: `Snippet ${index}`, body, shortcut: `s${index}` };
    }),
  };
}

/** The median wall time of RUNS runs of the command, and its last exit status. */
function timeCommand(args: string[], input?: string): { medianMs: number; status: number | null } {
  const samples: number[] = [];
  let status: number | null = null;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const result = spawnSync(process.execPath, [BIN, ...args], {
      input,
      maxBuffer: 256 * 1024 * 1024,
      timeout: 120_000,
    });
    samples.push(performance.now() - start);
    if (result.error) throw result.error;
    status = result.status;
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, status };
}

export const packLint: BenchSection = {
  name: 'pack lint',
  async run(report) {
    const dir = mkdtempSync(join(tmpdir(), 'tactful-bench-pack-'));
    try {
      const pack = benchPack();
      const file = join(dir, 'pack.json');
      writeFileSync(file, JSON.stringify(pack, null, 2));
      const lines = pack.snippets.map((snippet) => JSON.stringify({ id: snippet.id, reply: snippet.body })).join('\n');
      const lint = timeCommand(['pack', 'lint', file]);
      const check = timeCommand(['check', '--jsonl'], lines);
      if (lint.status !== 1) throw new Error(`pack lint exited ${lint.status}, expected 1 (the texts have flaws)`);
      report.note(
        `${SNIPPETS.toLocaleString('en')} generated snippets (30 to 90 words, a quarter of the sentences flawed), ` +
          `median of ${RUNS} runs of the whole command (process start to exit).`,
      );
      report.table(
        ['command', 'median', 'vs check'],
        [
          ['tactful pack lint pack.json', formatMs(lint.medianMs), formatRatio(lint.medianMs / check.medianMs)],
          ['tactful check --jsonl (same texts)', formatMs(check.medianMs), formatRatio(1)],
        ],
      );
      report.target(`pack lint of ${SNIPPETS.toLocaleString('en')} snippets`, lint.medianMs, LIMIT_MS, formatMs);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
