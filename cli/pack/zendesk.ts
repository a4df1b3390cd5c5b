// `tactful pack from-zendesk macros.json`: a pack from a Zendesk macros export.
//
// The shape, from Zendesk's Macros API (https://developer.zendesk.com/api-reference/ticketing/business-rules/macros/):
// GET /api/v2/macros.json answers { "macros": [ { "id", "title", "active", "description",
// "actions": [ { "field", "value" } ] } ] }. The reply a macro adds is the action whose field is
// "comment_value" (text) or "comment_value_html" (HTML); its value is the text, or a list whose
// last item is the text (["channel:all", "…"]). Titles use "::" for categories ("Billing::Refund").
// Zendesk placeholders ({{ticket.requester.first_name}} and friends) map to ours where
// Tactful knows the value; any other becomes a fill-in field the agent types.

import type { PackSnippet } from '../../lib/packs/format';
import { quote } from '../format';
import { EXIT_OK, readInputFile, UsageError, write } from '../io';
import { MADE_PACK_OPTIONS, packOf, writeMadePack } from './build';
import { fromCwd, onePath, parsePackArgs, type PackCommand } from './command';
import { slugOf } from './sources';

const PLACEHOLDERS: Record<string, string> = {
  'ticket.requester.first_name': 'customer.firstName',
  'ticket.requester.name': 'customer.name',
  'ticket.requester.firstname': 'customer.firstName',
  'current_user.first_name': 'agent.firstName',
  'current_user.firstname': 'agent.firstName',
  'ticket.id': 'ticket.id',
};

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** HTML as the customer reads it, in plain text: paragraphs and breaks kept, tags dropped. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/(p|div|h[1-6]|ul|ol|blockquote|tr)\s*>/gi, '\n\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** "ticket.assignee.name" → "Ticket assignee name": a field name the agent understands. */
function fieldNameOf(placeholder: string): string {
  const words = placeholder
    .replace(/[{}|=]/g, '')
    .replace(/[._]+/g, ' ')
    .trim()
    .slice(0, 60);
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'Value';
}

/** Zendesk's placeholders as ours; Liquid filters ("| capitalize") dropped. */
export function mapPlaceholders(text: string): string {
  return text.replace(/\{\{\s*([^{}]+?)\s*\}\}/g, (_, inner: string) => {
    const name = inner.split('|')[0]!.trim();
    const ours = PLACEHOLDERS[name.toLowerCase()];
    return ours ? `{{${ours}}}` : `{{field:${fieldNameOf(name)}}}`;
  });
}

interface ZendeskAction {
  field?: unknown;
  value?: unknown;
}

function commentOf(actions: ZendeskAction[]): string | null {
  const textOf = (value: unknown) =>
    typeof value === 'string' ? value : Array.isArray(value) ? String(value[value.length - 1] ?? '') : '';
  const html = actions.find((action) => action.field === 'comment_value_html');
  if (html) return htmlToText(textOf(html.value));
  const plain = actions.find((action) => action.field === 'comment_value');
  return plain ? textOf(plain.value).trim() : null;
}

function unique(base: string, taken: Set<string>, limit: number): string {
  let candidate = base.slice(0, limit);
  for (let n = 2; taken.has(candidate); n++) candidate = `${base.slice(0, limit - String(n).length - 1)}-${n}`;
  taken.add(candidate);
  return candidate;
}

/** The macros that add a reply, as snippets; the others are counted as skipped. */
export function snippetsFromMacros(data: unknown): { snippets: PackSnippet[]; skipped: string[] } {
  const macros = Array.isArray(data) ? data : (data as { macros?: unknown } | null)?.macros;
  if (!Array.isArray(macros)) throw new UsageError('expected a Zendesk macros export: {"macros": [...]}');
  const ids = new Set<string>();
  const shortcuts = new Set<string>();
  const snippets: PackSnippet[] = [];
  const skipped: string[] = [];
  for (const macro of macros as Array<Record<string, unknown>>) {
    const rawTitle = String(macro?.title ?? '').trim();
    const body = commentOf(Array.isArray(macro?.actions) ? (macro.actions as ZendeskAction[]) : []);
    if (!body) {
      skipped.push(rawTitle || `#${String(macro?.id ?? '?')}`);
      continue;
    }
    const parts = rawTitle
      .split('::')
      .map((part) => part.trim())
      .filter(Boolean);
    const title = (parts[parts.length - 1] ?? rawTitle).slice(0, 120) || `Macro ${String(macro.id ?? '')}`.trim();
    const slug = slugOf(title) || `macro-${slugOf(String(macro.id ?? snippets.length + 1))}`;
    const tags = parts.slice(0, -1).map((part) => part.toLowerCase().replace(/[,;|]/g, ' ').slice(0, 40));
    snippets.push({
      id: unique(slug, ids, 64),
      title,
      body: mapPlaceholders(body),
      shortcut: unique(slug, shortcuts, 40),
      ...(tags.length > 0 ? { tags } : {}),
    });
  }
  return { snippets, skipped };
}

export const fromZendeskCommand: PackCommand = {
  name: 'from-zendesk',
  summary: 'make a pack from a Zendesk macros export',
  usage: `Usage: tactful pack from-zendesk MACROS.json [-o pack.json] [options]

Reads the JSON of Zendesk's Macros API (GET /api/v2/macros.json: {"macros": [...]}) and makes a
snippet of each macro that adds a comment (comment_value, or comment_value_html turned into
text). "Category::Title" titles become the title and tags. Zendesk placeholders become ours:
{{ticket.requester.first_name}} → {{customer.firstName}}, {{ticket.requester.name}} →
{{customer.name}}, {{current_user.first_name}} → {{agent.firstName}}, {{ticket.id}} →
{{ticket.id}}; any other becomes a fill-in field ({{field:Ticket assignee name}}).

Options:
  -o, --out FILE       where to write the pack (default: stdout)
  --id, --name, --version, --author, --description   the pack's details, as for "build"
  --force              replace the output file if it is there
  -h, --help           show this help
`,
  async run(args, io) {
    const { values, positionals } = parsePackArgs(args, MADE_PACK_OPTIONS);
    const file = onePath(positionals, 'MACROS.json');
    let data: unknown;
    try {
      data = JSON.parse(await readInputFile(fromCwd(io, file), 'macros'));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`${quote(file)} is not valid JSON`);
    }
    const { snippets, skipped } = snippetsFromMacros(data);
    const details = { id: 'zendesk-macros', name: 'Zendesk macros', ...values };
    const pack = packOf(snippets, file, details, new Date());
    const status = await writeMadePack(io, pack, values, (index) =>
      index === null ? `${file} (the pack)` : `${file}: macro ${quote(snippets[index]!.title)}`,
    );
    if (status !== EXIT_OK) return status;
    const note = skipped.length > 0 ? `; skipped ${skipped.length} without a comment: ${skipped.join(', ')}` : '';
    await write(io.stderr, `${snippets.length} macros turned into snippets${note}.\n`);
    return EXIT_OK;
  },
};
