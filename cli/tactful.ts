// The `tactful` command line: coaching for replies in files, pipes and batch jobs (trainers, QA).
// bin/tactful.mjs loads this file; runCli() returns the exit status instead of exiting so that the
// whole command can be driven in-process too.

import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import { analyze } from '../coaching/index';
import { formatText, quote, withPositions } from './format';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, readInputFile, UsageError, write, type CliIO } from './io';
import { runPack } from './pack/index';
import {
  SEVERITIES,
  type AnalyzeContext,
  type ConversationChannel,
  type Finding,
  type Severity,
} from '../coaching/types';

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CliIO } from './io';

export const USAGE = `Usage:
  tactful check [options] [FILE | -]    coach one reply (from FILE, or stdin when FILE is - or absent)
  tactful check --jsonl [options]       coach many: JSON lines in on stdin, JSON lines out on stdout
  tactful pack COMMAND ...              make, check and sign snippet packs (tactful pack --help)

Options:
  --customer FILE     the customer's latest message, so emotions and missing empathy are checked
  --channel CHANNEL   where the reply goes: email (the default) or chat; with --jsonl, the
                      default for lines without their own "channel" field
  --json              print the full analysis as JSON instead of text
  --jsonl             read {"id","customer","reply","channel"} per line from stdin and write
                      {"id","findings","emotions","scores","statements"} per line;
                      a line that cannot be read yields {"id","error"} and the run goes on
  --fail-on LEVEL     exit with status 1 when a finding is at or above LEVEL
                      (error, warning or suggestion)
  -h, --help          show this help

Exit status: 0 ok, 1 findings at or above --fail-on, 2 bad arguments or unreadable input.
`;

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, suggestion: 1 };

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

const CHANNELS: readonly ConversationChannel[] = ['email', 'chat'];

function isChannel(value: unknown): value is ConversationChannel {
  return (CHANNELS as readonly unknown[]).includes(value);
}

function contextFor(customerMessage: string | undefined, channel: ConversationChannel): AnalyzeContext {
  return customerMessage ? { customerMessage, channel } : { channel };
}

function reachesSeverity(findings: Finding[], threshold: Severity | undefined): boolean {
  return (
    threshold !== undefined && findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[threshold])
  );
}

/** 1-based line and column of each offset, as editors and linters print them. */
async function readStream(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

type BatchLine =
  { id: unknown; customer?: string; reply: string; channel?: ConversationChannel } | { id: unknown; problem: string };

function parseBatchLine(line: string): BatchLine {
  let record: unknown;
  try {
    record = JSON.parse(line);
  } catch {
    return { id: null, problem: 'not valid JSON' };
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record))
    return { id: null, problem: 'expected a JSON object' };
  const { id = null, customer, reply, channel } = record as Record<string, unknown>;
  if (typeof reply !== 'string') return { id, problem: '"reply" must be a string' };
  if (channel !== undefined && channel !== null && !isChannel(channel)) {
    return { id, problem: '"channel" must be "email" or "chat" when given' };
  }
  if (customer !== undefined && customer !== null && typeof customer !== 'string') {
    return { id, problem: '"customer" must be a string when given' };
  }
  return { id, reply, customer: customer ?? undefined, channel: channel ?? undefined };
}

function analyzeBatchLine(
  line: string,
  lineNumber: number,
  failOn: Severity | undefined,
  defaultChannel: ConversationChannel,
): { output: string; failed: boolean } {
  const parsed = parseBatchLine(line);
  if ('problem' in parsed)
    return { output: JSON.stringify({ id: parsed.id, error: `line ${lineNumber}: ${parsed.problem}` }), failed: false };
  const { id, customer, reply, channel } = parsed;
  try {
    const { findings, emotions, scores, statements } = analyze(reply, contextFor(customer, channel ?? defaultChannel));
    return {
      output: JSON.stringify({ id, findings, emotions, scores, statements }),
      failed: reachesSeverity(findings, failOn),
    };
  } catch (error) {
    return {
      output: JSON.stringify({ id, error: `line ${lineNumber}: analysis failed: ${(error as Error).message}` }),
      failed: false,
    };
  }
}

/** Streams JSON lines: one output line per non-blank input line, in order. Returns whether --fail-on was reached. */
async function checkJsonLines(
  io: CliIO,
  failOn: Severity | undefined,
  defaultChannel: ConversationChannel,
): Promise<boolean> {
  let failed = false;
  let lineNumber = 0;
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (line.trim() === '') continue;
    const result = analyzeBatchLine(line, lineNumber, failOn, defaultChannel);
    failed ||= result.failed;
    await write(io.stdout, result.output + '\n');
  }
  return failed;
}

function parseCliArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        customer: { type: 'string' },
        channel: { type: 'string', default: 'email' },
        json: { type: 'boolean', default: false },
        jsonl: { type: 'boolean', default: false },
        'fail-on': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  if (argv[0] === 'pack') return runPack(argv.slice(1), io);
  try {
    const { values, positionals } = parseCliArgs(argv);
    if (values.help) {
      await write(io.stdout, USAGE);
      return EXIT_OK;
    }
    const [command, ...files] = positionals;
    if (command === undefined) throw new UsageError('missing command: try "tactful check FILE"');
    if (command !== 'check')
      throw new UsageError(`unknown command ${quote(command)}: the commands are "check" and "pack"`);

    const failOnValue = values['fail-on'];
    if (failOnValue !== undefined && !isSeverity(failOnValue)) {
      throw new UsageError(`--fail-on must be one of ${SEVERITIES.join(', ')}, not ${quote(failOnValue)}`);
    }
    const failOn: Severity | undefined = failOnValue;
    const channel = values.channel;
    if (!isChannel(channel)) {
      throw new UsageError(`--channel must be one of ${CHANNELS.join(', ')}, not ${quote(String(channel))}`);
    }

    if (values.jsonl) {
      if (files.length > 0)
        throw new UsageError('--jsonl reads stdin only; pipe the lines in instead of naming a file');
      if (values.customer !== undefined)
        throw new UsageError('--jsonl takes the customer message from each line\'s "customer" field, not --customer');
      if (values.json) throw new UsageError('choose one of --json and --jsonl');
      return (await checkJsonLines(io, failOn, channel)) ? EXIT_FINDINGS : EXIT_OK;
    }

    if (files.length > 1) throw new UsageError('check takes one reply file at a time (use --jsonl for many)');
    const file = files[0] ?? '-';
    const customerFile = values.customer;
    if (file === '-' && customerFile === '-')
      throw new UsageError('the reply and the customer message cannot both come from stdin');
    if (file === '-' && io.stdin.isTTY)
      throw new UsageError('no reply given: name a FILE or pipe the reply into stdin');

    const reply = file === '-' ? await readStream(io.stdin) : await readInputFile(file, 'reply');
    const customerMessage =
      customerFile === undefined
        ? undefined
        : customerFile === '-'
          ? await readStream(io.stdin)
          : await readInputFile(customerFile, 'customer');

    const analysis = analyze(reply, contextFor(customerMessage, channel));
    await write(
      io.stdout,
      values.json ? JSON.stringify(withPositions(reply, analysis), null, 2) + '\n' : formatText(reply, analysis),
    );
    return reachesSeverity(analysis.findings, failOn) ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    await write(io.stderr, `tactful: ${error.message}\nRun "tactful --help" for usage.\n`);
    return EXIT_USAGE;
  }
}
