// Snippets from the files trainers write: Markdown with front matter, YAML, or a CSV. Each
// becomes a PackSnippet draft; readPackFile then checks the whole pack as the extension will.

import Papa from 'papaparse';
import { parse as parseYaml } from 'yaml';
import type { PackField, PackSnippet } from '../../lib/packs/format';
import { fieldsFromCell } from '../../lib/library/fields';
import { UsageError } from '../io';

/** Lower case letters, digits, dot, dash, underscore: an id or shortcut from a title or file name. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[-._]+|[-._]+$/g, '')
    .slice(0, 64);
}

/** "a, b; c" or ["a", "b"] → ["a", "b", "c"]. */
function listOf(value: unknown): string[] | undefined {
  const items = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/[,;|]/) : [];
  const cleaned = items.map((item) => item.trim()).filter(Boolean);
  return cleaned.length > 0 ? cleaned : undefined;
}

/** Fields in front matter or YAML: a list of {name, default, options}, or the CSV cell's text. */
function fieldsFrom(value: unknown, where: string): PackField[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return fieldsFromCell(value);
  if (!Array.isArray(value)) throw new UsageError(`${where}: "fields" must be a list`);
  return value.map((item) => {
    if (typeof item === 'string') return { name: item };
    const { name, default: fallback, options } = (item ?? {}) as Record<string, unknown>;
    return {
      name: String(name ?? ''),
      ...(fallback !== undefined ? { default: String(fallback) } : {}),
      ...(options !== undefined ? { options: listOf(options) ?? [] } : {}),
    };
  });
}

/** One snippet from its parts; missing id and shortcut come from the title (or the file name). */
export function snippetFrom(data: Record<string, unknown>, body: string, where: string, name = ''): PackSnippet {
  const title = String(data.title ?? '').trim();
  const slug = slugOf(String(data.id ?? '') || name || title);
  const snippet: PackSnippet = {
    id: slug,
    title,
    body: body.trim(),
    shortcut: String(data.shortcut ?? '').trim() || slug,
  };
  const tags = listOf(data.tags);
  const emotions = listOf(data.emotions);
  const fields = fieldsFrom(data.fields, where);
  if (tags) snippet.tags = tags;
  if (emotions) snippet.emotions = emotions as PackSnippet['emotions'];
  if (fields) snippet.fields = fields;
  return snippet;
}

const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function yamlObject(text: string, where: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new UsageError(`${where}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new UsageError(`${where}: expected keys like title:`);
  return data as Record<string, unknown>;
}

/** A Markdown file: front matter (title, shortcut, tags, emotions, fields), then the body. */
export function snippetFromMarkdown(text: string, where: string, name: string): PackSnippet {
  const match = FRONT_MATTER.exec(text);
  const data = match ? yamlObject(match[1]!, where) : {};
  return snippetFrom(data, match ? text.slice(match[0].length) : text, where, name);
}

/** A YAML file: one snippet (with a body key), or a list of them. */
export function snippetsFromYaml(text: string, where: string, name: string): PackSnippet[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new UsageError(`${where}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const items = Array.isArray(data) ? data : [data];
  return items.map((item, index) => {
    if (typeof item !== 'object' || item === null) throw new UsageError(`${where}: expected keys like title:`);
    const record = item as Record<string, unknown>;
    // One snippet to a file: named after the file. In a list: after its title (or its place).
    const fallback = items.length === 1 ? name : record.title ? '' : `${name}-${index + 1}`;
    return snippetFrom(record, String(record.body ?? ''), where, fallback);
  });
}

export const CSV_COLUMNS = ['title', 'body', 'shortcut', 'tags', 'emotions', 'fields'] as const;

/** A CSV with a header row naming the columns (title and body at least; any order, any case). */
export function snippetsFromCsv(text: string, where: string): PackSnippet[] {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const columns = parsed.meta.fields ?? [];
  const missing = ['title', 'body'].filter((column) => !columns.includes(column));
  if (missing.length > 0) {
    throw new UsageError(
      `${where}: the header row needs ${missing.join(' and ')} (columns: ${CSV_COLUMNS.join(', ')})`,
    );
  }
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) throw new UsageError(`${where}: row ${(broken.row ?? 0) + 2}: ${broken.message}`);
  return parsed.data.map((row, index) =>
    snippetFrom({ ...row, fields: row.fields || undefined }, row.body ?? '', `${where}: row ${index + 2}`),
  );
}
