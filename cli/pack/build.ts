// `tactful pack build DIR|FILE.csv -o pack.json`: a pack from the files a trainer writes, checked
// with readPackFile before it is written, so what comes out is a pack the extension accepts.

import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { readPackFile, type Pack, type PackSnippet } from '../../lib/packs/format';
import { quote } from '../format';
import { describeFileError, EXIT_FINDINGS, EXIT_OK, readInputFile, UsageError, write, type CliIO } from '../io';
import { emit, formatProblems, fromCwd, onePath, parsePackArgs, type PackCommand } from './command';
import { SCHEMA_FILE } from './init';
import { slugOf, snippetFromMarkdown, snippetsFromCsv, snippetsFromYaml } from './sources';

const MARKDOWN = new Set(['.md', '.markdown']);
const YAML = new Set(['.yaml', '.yml']);

/** A snippet and the file (and row) it came from, for the trainer to find it. */
interface Sourced {
  snippet: PackSnippet;
  where: string;
}

async function snippetsFromFolder(dir: string, shown: string): Promise<Sourced[]> {
  const names = (await readdir(dir)).filter((name) => MARKDOWN.has(extname(name)) || YAML.has(extname(name)));
  // Sorted, so the pack's order (and its bytes, which a signature covers) does not depend on the disk.
  names.sort();
  if (names.length === 0) throw new UsageError(`${quote(shown)} has no .md, .yaml or .yml files`);
  const sourced: Sourced[] = [];
  for (const name of names) {
    const text = await readInputFile(join(dir, name), 'snippet');
    const where = join(shown, name);
    const stem = basename(name, extname(name));
    const snippets = MARKDOWN.has(extname(name))
      ? [snippetFromMarkdown(text, where, stem)]
      : snippetsFromYaml(text, where, stem);
    snippets.forEach((snippet, index) =>
      sourced.push({ snippet, where: snippets.length > 1 ? `${where} #${index + 1}` : where }),
    );
  }
  return sourced;
}

async function readSnippets(io: CliIO, source: string): Promise<Sourced[]> {
  const path = fromCwd(io, source);
  let isDir: boolean;
  try {
    isDir = (await stat(path)).isDirectory();
  } catch (error) {
    throw new UsageError(`cannot read ${quote(source)}: ${describeFileError(error)}`);
  }
  if (isDir) return snippetsFromFolder(path, source);
  if (extname(path).toLowerCase() !== '.csv')
    throw new UsageError(`${quote(source)} is neither a folder nor a .csv file`);
  const snippets = snippetsFromCsv(await readInputFile(path, 'CSV'), source);
  return snippets.map((snippet, index) => ({ snippet, where: `${source}: row ${index + 2}` }));
}

export interface PackDetails {
  id?: string;
  name?: string;
  version?: string;
  author?: string;
  description?: string;
}

/** The pack around the snippets; what the trainer did not give comes from the source's name. */
export function packOf(snippets: PackSnippet[], source: string, details: PackDetails, now: Date): Pack {
  const stem = basename(source, extname(source)) || 'pack';
  return {
    $schema: `./${SCHEMA_FILE}`,
    formatVersion: 1,
    id: details.id ?? (slugOf(stem) || 'pack'),
    name: details.name ?? stem,
    version: details.version ?? '1.0.0',
    author: details.author ?? 'Unknown',
    ...(details.description ? { description: details.description } : {}),
    updated: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    snippets,
  };
}

/** The options of the commands that make a pack: where it goes, and the pack's details. */
export const MADE_PACK_OPTIONS = {
  out: { type: 'string', short: 'o' },
  id: { type: 'string' },
  name: { type: 'string' },
  version: { type: 'string' },
  author: { type: 'string' },
  description: { type: 'string' },
  force: { type: 'boolean', default: false },
} as const;

/**
 * Checks a pack made from other files as the extension will, then writes it. Each problem is told
 * by `whereOf` the snippet's index (null for the pack's own details): the file the trainer edits.
 */
export async function writeMadePack(
  io: CliIO,
  pack: Pack,
  options: { out?: string; force: boolean },
  whereOf: (index: number | null) => string,
): Promise<number> {
  const text = `${JSON.stringify(pack, null, 2)}\n`;
  const reading = readPackFile(text);
  if (!reading.ok) {
    const lines = reading.problems.map((problem) => {
      const index = /^snippets\[(\d+)\]/.exec(problem.path)?.[1];
      return formatProblems(whereOf(index === undefined ? null : Number(index)), [problem]);
    });
    await write(io.stderr, lines.join(''));
    return EXIT_FINDINGS;
  }
  await emit(io, options.out, text, options.force);
  return EXIT_OK;
}

export const buildCommand: PackCommand = {
  name: 'build',
  summary: 'make a pack from a folder of Markdown or YAML files, or from a CSV',
  usage: `Usage: tactful pack build DIR|FILE.csv [-o pack.json] [options]

From a folder: each .md file is one snippet, its front matter giving title, shortcut, tags,
emotions and fields, the text after it the body; each .yaml/.yml file holds one snippet (with a
body key) or a list of them. Files are taken in name order.
From a CSV: a header row naming the columns title, body, shortcut, tags, emotions, fields.
A missing id or shortcut is made from the file name or the title. Tags and emotions are lists
("a, b"). Fields: a list of {name, default, options}, or in a CSV cell
"Order number; Carrier=DHL|UPS|FedEx; Day=Friday" (a name, a default, or choices).
The pack is checked like "tactful pack lint" checks its format before it is written.

Options:
  -o, --out FILE       where to write the pack (default: stdout)
  --id ID              the pack's id (default: from DIR or FILE's name)
  --name NAME          its name (default: DIR or FILE's name)
  --version VERSION    its version, like 1.2.0 (default: 1.0.0)
  --author AUTHOR      who publishes it
  --description TEXT   what it is for
  --force              replace the output file if it is there
  -h, --help           show this help
`,
  async run(args, io) {
    const { values, positionals } = parsePackArgs(args, MADE_PACK_OPTIONS);
    const source = onePath(positionals, 'DIR or FILE.csv');
    const sourced = await readSnippets(io, source);
    const snippets = sourced.map((item) => item.snippet);
    const pack = packOf(snippets, fromCwd(io, source), values, new Date());
    const status = await writeMadePack(io, pack, values, (index) =>
      index === null ? `${source} (the pack)` : sourced[index]!.where,
    );
    if (status === EXIT_OK && values.out) await write(io.stderr, `Wrote ${values.out}: ${snippets.length} snippets.\n`);
    return status;
  },
};
