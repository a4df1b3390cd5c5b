// Placeholders in snippet bodies: {{customer.firstName}} and friends, filled from what the host
// adapter knows about the conversation when the snippet is inserted. Pure: no DOM, no storage.
//
// Syntax: `{{name}}`, spaces inside the braces allowed, names matched without regard to case.
// Braces around anything that is not a dotted name ("{{ }}", "{{a b}}") are plain text.
// `{{field:Order number}}` is a fill-in field: the agent types (or picks) its value as the snippet
// goes in (see fields.ts for its default and choices).
//
// A placeholder that cannot be filled (the page did not show the customer's name, say) is left in
// the text as a visible marker, «customer's first name», so the agent sees what to type; the fill
// result gives the marker's offsets so the editor can put the caret on (or select) the first one.

import { firstName } from '@/lib/hosts/types';

export const PLACEHOLDER_NAMES = [
  'customer.firstName',
  'customer.name',
  'agent.firstName',
  'ticket.id',
  'today',
] as const;
export type PlaceholderName = (typeof PLACEHOLDER_NAMES)[number];
export type PlaceholderValues = Partial<Record<PlaceholderName, string | null>>;

/** What the agent reads in place of a placeholder nobody could fill. */
export const PLACEHOLDER_LABELS: Record<PlaceholderName, string> = {
  'customer.firstName': "customer's first name",
  'customer.name': "customer's name",
  'agent.firstName': 'your first name',
  'ticket.id': 'ticket number',
  today: "today's date",
};

export const UNFILLED_OPEN = '«';
export const UNFILLED_CLOSE = '»';

// A field's name is what pack.schema.json allows (no braces, |, =), on one line.
const PLACEHOLDER =
  /\{\{\s*(?:[Ff][Ii][Ee][Ll][Dd]\s*:\s*([^{}|=\r\n]*[^{}|=\s])|([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z][A-Za-z0-9_]*)*))\s*\}\}/g;
const CANONICAL = new Map<string, PlaceholderName>(PLACEHOLDER_NAMES.map((name) => [name.toLowerCase(), name]));

export interface PlaceholderUse {
  /** As written in the body. */
  written: string;
  /** The canonical name when Tactful knows it, else null. */
  name: PlaceholderName | null;
  /** For `{{field:Name}}`, the field's name (trimmed); null for the page's placeholders. */
  field: string | null;
  /** Offsets of the whole `{{...}}` in the body. */
  start: number;
  end: number;
}

export function findPlaceholders(body: string): PlaceholderUse[] {
  const uses: PlaceholderUse[] = [];
  for (const match of body.matchAll(PLACEHOLDER)) {
    const field = match[1] ?? null;
    const written = field === null ? match[2]! : `field:${field}`;
    uses.push({
      written,
      name: field === null ? (CANONICAL.get(written.toLowerCase()) ?? null) : null,
      field,
      start: match.index,
      end: match.index + match[0].length,
    });
  }
  return uses;
}

/** Placeholder names in the body that Tactful cannot fill, each once, in order of appearance. */
export function unknownPlaceholders(body: string): string[] {
  return [
    ...new Set(
      findPlaceholders(body)
        .filter((use) => use.name === null && use.field === null)
        .map((use) => use.written),
    ),
  ];
}

export function describeUnknownPlaceholders(unknown: readonly string[]): string {
  const named = unknown.map((name) => `{{${name}}}`).join(', ');
  const known = PLACEHOLDER_NAMES.map((name) => `{{${name}}}`).join(', ');
  return `${unknown.length === 1 ? 'Unknown placeholder' : 'Unknown placeholders'} ${named}. Tactful can fill ${known}, and asks the agent for {{field:Name}}.`;
}

export interface UnfilledPlaceholder {
  /** The name as written in the snippet. */
  name: string;
  /** Offsets of the visible marker in the filled text. */
  start: number;
  end: number;
}

export interface FillResult {
  text: string;
  /** In order of appearance. */
  unfilled: UnfilledPlaceholder[];
  /** Where to put the caret: the first marker, or null when everything was filled. */
  firstUnfilled: UnfilledPlaceholder | null;
}

function markerFor(use: PlaceholderUse): string {
  const label = use.field ?? (use.name ? PLACEHOLDER_LABELS[use.name] : use.written);
  return `${UNFILLED_OPEN}${label}${UNFILLED_CLOSE}`;
}

/** Fill-in fields are matched by name without regard to case or surrounding spaces. */
export function fieldKey(name: string): string {
  return name.trim().toLowerCase();
}

/** What the agent gave for the snippet's fill-in fields, by fieldKey(name). */
export type FieldValues = Readonly<Record<string, string>>;

function valueFor(use: PlaceholderUse, values: PlaceholderValues, fieldValues: FieldValues): string | undefined {
  if (use.field !== null) return fieldValues[fieldKey(use.field)]?.trim();
  return use.name ? values[use.name]?.trim() : undefined;
}

/** Replaces each placeholder with its value; empty or missing values leave a visible marker. */
export function fillPlaceholders(body: string, values: PlaceholderValues, fieldValues: FieldValues = {}): FillResult {
  let text = '';
  let copiedUpTo = 0;
  const unfilled: UnfilledPlaceholder[] = [];
  for (const use of findPlaceholders(body)) {
    text += body.slice(copiedUpTo, use.start);
    copiedUpTo = use.end;
    const value = valueFor(use, values, fieldValues);
    if (value) {
      text += value;
      continue;
    }
    const marker = markerFor(use);
    unfilled.push({ name: use.written, start: text.length, end: text.length + marker.length });
    text += marker;
  }
  text += body.slice(copiedUpTo);
  return { text, unfilled, firstUnfilled: unfilled[0] ?? null };
}

/** What the host adapter and the extension know when a snippet is inserted. */
export interface PageFacts {
  customerName?: string | null;
  /** When the page shows it separately; otherwise taken from customerName. */
  customerFirstName?: string | null;
  agentName?: string | null;
  ticketId?: string | null;
  now?: Date;
  /** BCP 47 locale for {{today}}; the runtime's default when absent. */
  locale?: string;
  timeZone?: string;
}

export function placeholderValues(facts: PageFacts): PlaceholderValues {
  const customerName = facts.customerName?.trim() || null;
  return {
    'customer.firstName': facts.customerFirstName?.trim() || firstName(customerName) || null,
    'customer.name': customerName,
    'agent.firstName': firstName(facts.agentName) || null,
    'ticket.id': facts.ticketId?.trim() || null,
    today: new Intl.DateTimeFormat(facts.locale, { dateStyle: 'long', timeZone: facts.timeZone }).format(
      facts.now ?? new Date(),
    ),
  };
}
