// Drives the real `tactful` bin in a child process, as a user or a CI job would.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Severity } from '../coaching/types';

const BIN = fileURLToPath(new URL('../bin/tactful.mjs', import.meta.url));
const SPAWN_TIMEOUT_MS = 60_000;

function tactful(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    timeout: SPAWN_TIMEOUT_MS,
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const FLAWED_REPLY = [
  'Obviously you must have deleted the folder yourself.',
  'Just flush the DNS cache and renew the DHCP lease.',
  'This is NOT our problem!!! You will have to call your ISP.',
].join('\n');

const CLEAN_REPLY = [
  'Hi Dana,',
  '',
  'Thank you for letting us know. I have re-sent the invoice for March to your billing address,',
  'and you should see it in your inbox within the next ten minutes.',
  '',
  'Could you check that it arrived and let me know? If it has not, I will send it again from my own mailbox.',
  '',
  'Kind regards,',
  'Sam',
].join('\n');

const ANGRY_CUSTOMER = 'This is the THIRD time I am writing about this. Your service is a joke and I am furious.';

type JsonFinding = Finding & { line: number; column: number };

let workDir: string;
let flawedFile: string;
let cleanFile: string;
let customerFile: string;

beforeAll(() => {
  workDir = mkdtempSync(join(tmpdir(), 'tactful-cli-'));
  flawedFile = join(workDir, 'flawed.txt');
  cleanFile = join(workDir, 'clean.txt');
  customerFile = join(workDir, 'customer.txt');
  writeFileSync(flawedFile, FLAWED_REPLY);
  writeFileSync(cleanFile, CLEAN_REPLY);
  writeFileSync(customerFile, ANGRY_CUSTOMER);
});

afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function expectedPosition(text: string, offset: number) {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

describe('tactful check (text and JSON)', { timeout: SPAWN_TIMEOUT_MS * 3 }, () => {
  it('prints usage for --help', () => {
    const { status, stdout } = tactful(['--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('tactful check');
    expect(stdout).toContain('--fail-on');
  });

  it('prints one line:column line per finding, with the first suggestion, then a summary', () => {
    const json = JSON.parse(tactful(['check', '--json', flawedFile]).stdout) as { findings: JsonFinding[] };
    expect(json.findings.length).toBeGreaterThan(0);

    const { status, stdout } = tactful(['check', flawedFile]);
    expect(status).toBe(0);
    const findingLines = stdout.split('\n').filter((line) => /^\d+:\d+ {2}(error|warning|suggestion) {2}/.test(line));
    expect(findingLines).toHaveLength(json.findings.length);
    json.findings.forEach((finding, index) => {
      expect(findingLines[index]).toBe(
        `${finding.line}:${finding.column}  ${finding.severity}  ${finding.message}  (${finding.ruleId})`,
      );
    });
    const withSuggestion = json.findings.filter((finding) => finding.suggestions.length > 0).length;
    expect(stdout.split('\n').filter((line) => line.startsWith('    fix: '))).toHaveLength(withSuggestion);
    expect(stdout).toMatch(/^\d+ findings? \(/m);
    expect(stdout).toMatch(/^Scores: overall \d+/m);
  });

  it('reports 1-based line and column for every finding in --json', () => {
    const json = JSON.parse(tactful(['check', '--json', flawedFile]).stdout) as { findings: JsonFinding[] };
    for (const finding of json.findings) {
      expect({ line: finding.line, column: finding.column }).toEqual(expectedPosition(FLAWED_REPLY, finding.start));
    }
  });

  it('reads the reply from stdin with - and gives the same result as the file', () => {
    const fromFile = tactful(['check', '--json', flawedFile]).stdout;
    const fromStdin = tactful(['check', '--json', '-'], FLAWED_REPLY);
    expect(fromStdin.status).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile);
  });

  it('reads the customer message with --customer', () => {
    const without = JSON.parse(tactful(['check', '--json', cleanFile]).stdout) as { emotions: unknown[] };
    const withCustomer = JSON.parse(tactful(['check', '--json', '--customer', customerFile, cleanFile]).stdout) as {
      emotions: { id: string }[];
    };
    expect(without.emotions).toEqual([]);
    expect(withCustomer.emotions.map((emotion) => emotion.id)).toContain('angry');
  });
});

describe('--fail-on', { timeout: SPAWN_TIMEOUT_MS * 4 }, () => {
  const rank: Record<Severity, number> = { suggestion: 1, warning: 2, error: 3 };
  const levels: Severity[] = ['suggestion', 'warning', 'error'];

  it('exits 1 exactly when a finding is at or above the level', () => {
    const json = JSON.parse(tactful(['check', '--json', flawedFile]).stdout) as { findings: JsonFinding[] };
    const worst = Math.max(...json.findings.map((finding) => rank[finding.severity]));
    for (const level of levels) {
      expect(tactful(['check', '--fail-on', level, flawedFile]).status, level).toBe(worst >= rank[level] ? 1 : 0);
    }
  });

  it('exits 0 for a clean reply even at the lowest level', () => {
    const json = JSON.parse(tactful(['check', '--json', cleanFile]).stdout) as { findings: JsonFinding[] };
    expect(json.findings).toEqual([]);
    expect(tactful(['check', '--fail-on', 'suggestion', cleanFile]).status).toBe(0);
  });

  it('rejects an unknown level', () => {
    const { status, stderr } = tactful(['check', '--fail-on', 'fatal', flawedFile]);
    expect(status).toBe(2);
    expect(stderr).toContain('--fail-on must be one of error, warning, suggestion');
  });
});

describe('tactful check --jsonl', { timeout: SPAWN_TIMEOUT_MS * 2 }, () => {
  it('answers every line in order, with an error line for bad input, and carries on', () => {
    const input = [
      JSON.stringify({ id: 'a', customer: ANGRY_CUSTOMER, reply: FLAWED_REPLY }),
      '{"id": "broken", "reply": ',
      '',
      JSON.stringify({ id: 'no-reply', customer: 'hello' }),
      JSON.stringify({ id: 7, reply: CLEAN_REPLY }),
      '[1, 2]',
    ].join('\n');
    const { status, stdout } = tactful(['check', '--jsonl'], input);
    expect(status).toBe(0);
    const lines = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((line) => line.id)).toEqual(['a', null, 'no-reply', 7, null]);
    expect(Object.keys(lines[0]!).sort()).toEqual(['emotions', 'findings', 'id', 'scores', 'statements']);
    expect((lines[0]!.findings as unknown[]).length).toBeGreaterThan(0);
    expect((lines[0]!.emotions as { id: string }[]).map((emotion) => emotion.id)).toContain('angry');
    expect(lines[1]!.error).toMatch(/line 2: not valid JSON/);
    expect(lines[2]!.error).toMatch(/line 4: "reply" must be a string/);
    expect(lines[3]!.findings).toEqual([]);
    expect(lines[4]!.error).toMatch(/line 6: expected a JSON object/);
  });

  it('streams thousands of lines in one process', () => {
    const count = 3000;
    const input = Array.from({ length: count }, (_, index) =>
      JSON.stringify({ id: index, reply: index % 2 ? FLAWED_REPLY : CLEAN_REPLY }),
    ).join('\n');
    const { status, stdout } = tactful(['check', '--jsonl', '--fail-on', 'suggestion'], input);
    expect(status).toBe(1);
    const ids = stdout
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: number }).id);
    expect(ids).toEqual(Array.from({ length: count }, (_, index) => index));
  });

  it('reads each line\'s "channel" (default email, or --channel), and rejects an unknown one', () => {
    const chat = 'Hi Mia! Breakfast is served 7 to 10:30 in the garden room. Have a nice day!';
    const input = [
      JSON.stringify({ id: 'chat', channel: 'chat', reply: chat }),
      JSON.stringify({ id: 'email', reply: chat }),
      JSON.stringify({ id: 'fax', channel: 'fax', reply: chat }),
    ].join('\n');
    const closings = (args: string[]) =>
      tactful(args, input)
        .stdout.trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line) as { findings?: Finding[]; error?: string })
        .map((line) => line.error ?? line.findings!.filter((finding) => finding.category === 'missing-closing').length);
    expect(closings(['check', '--jsonl'])).toEqual([0, 1, 'line 3: "channel" must be "email" or "chat" when given']);
    expect(closings(['check', '--jsonl', '--channel', 'chat']).slice(0, 2)).toEqual([0, 0]);
  });

  it('exits 0 under --fail-on when no line has a finding at that level', () => {
    const input = [CLEAN_REPLY, CLEAN_REPLY].map((reply, index) => JSON.stringify({ id: index, reply })).join('\n');
    expect(tactful(['check', '--jsonl', '--fail-on', 'suggestion'], input).status).toBe(0);
  });
});

describe('usage errors', { timeout: SPAWN_TIMEOUT_MS * 2 }, () => {
  it.each([
    { args: ['check', 'no-such-reply.txt'], message: 'cannot read reply file "no-such-reply.txt": no such file' },
    {
      args: ['check', '--customer', 'nowhere.txt', '-'],
      message: 'cannot read customer file "nowhere.txt": no such file',
    },
    { args: ['check', '--bogus'], message: "Unknown option '--bogus'" },
    { args: ['lint', 'x.txt'], message: 'unknown command "lint"' },
    { args: [], message: 'missing command' },
    { args: ['check', '--jsonl', 'x.txt'], message: '--jsonl reads stdin only' },
    { args: ['check', 'a.txt', 'b.txt'], message: 'one reply file at a time' },
    { args: ['check', '--channel', 'fax', '-'], message: '--channel must be one of email, chat, not "fax"' },
  ])('exits 2 for $args', ({ args, message }) => {
    const { status, stdout, stderr } = tactful(args, '');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});
