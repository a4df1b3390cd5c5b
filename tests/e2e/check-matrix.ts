import type { BrowserName } from './browsers';

// Records each check of an editor × browser × check run and prints the matrix at the end, so the
// log shows at a glance what works where. A check a browser truly cannot do is recorded with its
// reason, never skipped silently.

type Outcome = { status: 'pass' | 'FAIL'; milliseconds: number } | { status: 'n/a'; reason: string };

export interface CheckMatrix<Check extends string> {
  /** Runs one check and records whether it passed and how long it took; rethrows its failure. */
  record(row: string, browserName: BrowserName, check: Check, body: () => Promise<void>): Promise<void>;
  /** Records a check that cannot be done in this browser, with the reason. */
  notApplicable(row: string, browserName: BrowserName, check: Check, reason: string): void;
  format(): string;
}

export function createCheckMatrix<Check extends string>(
  title: string,
  rows: ReadonlyArray<{ id: string; label: string }>,
  browsers: readonly BrowserName[],
  checks: readonly Check[],
): CheckMatrix<Check> {
  const outcomes = new Map<string, Outcome>();
  const key = (row: string, browserName: BrowserName, check: Check) => `${row}/${browserName}/${check}`;

  return {
    async record(row, browserName, check, body) {
      const started = performance.now();
      let passed = false;
      try {
        await body();
        passed = true;
      } finally {
        outcomes.set(key(row, browserName, check), {
          status: passed ? 'pass' : 'FAIL',
          milliseconds: performance.now() - started,
        });
      }
    },
    notApplicable(row, browserName, check, reason) {
      outcomes.set(key(row, browserName, check), { status: 'n/a', reason });
    },
    format() {
      const labelWidth = Math.max('editor'.length, ...rows.map((row) => row.label.length));
      const cell = (row: string, browserName: BrowserName, check: Check) => {
        const outcome = outcomes.get(key(row, browserName, check));
        if (!outcome) return '-';
        return outcome.status === 'n/a' ? 'n/a' : outcome.status;
      };
      const lines = [`${title}:`];
      for (const browserName of browsers) {
        lines.push(
          '',
          `${browserName}`,
          ['editor'.padEnd(labelWidth), ...checks.map((check) => check.padEnd(6))].join(' | '),
        );
        for (const row of rows) {
          lines.push(
            [
              row.label.padEnd(labelWidth),
              ...checks.map((check) => cell(row.id, browserName, check).padEnd(Math.max(6, check.length))),
            ].join(' | '),
          );
        }
      }
      const reasons = [...outcomes].filter(
        (entry): entry is [string, Extract<Outcome, { status: 'n/a' }>] => entry[1].status === 'n/a',
      );
      if (reasons.length > 0)
        lines.push('', 'Not applicable:', ...reasons.map(([where, outcome]) => `  ${where}: ${outcome.reason}`));
      return lines.join('\n');
    },
  };
}
