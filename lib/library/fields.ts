// Fill-in fields: `{{field:Order number}}` in a snippet's body asks the agent for a value as the
// snippet goes in. A snippet's `fields` list (packs declare it; the options page edits it) adds a
// default or a choice among options; a field without details is free text, empty at first.
// Pure: no DOM, no storage.

import type { PackField } from '@/lib/packs/format';
import { fieldKey, findPlaceholders, type FieldValues } from './placeholders';

export interface SnippetField {
  /** As first written in the body. */
  name: string;
  /** The declared default (one of the choices, for a choice), or null. */
  default: string | null;
  /** The choices, when the field is one; null for free text. */
  options: string[] | null;
}

/** The body's field names, each once (first spelling wins), in order of appearance. */
export function fieldNames(body: string): string[] {
  const names = new Map<string, string>();
  for (const use of findPlaceholders(body)) {
    if (use.field !== null && !names.has(fieldKey(use.field))) names.set(fieldKey(use.field), use.field);
  }
  return [...names.values()];
}

/** The fields the agent fills in for this body, with the details declared for them. */
export function snippetFields(body: string, details: readonly PackField[] = []): SnippetField[] {
  const declared = new Map(details.map((detail) => [fieldKey(detail.name), detail]));
  return fieldNames(body).map((name) => {
    const detail = declared.get(fieldKey(name));
    const options = detail?.options && detail.options.length > 0 ? [...detail.options] : null;
    const declaredDefault = detail?.default ?? null;
    const usable = declaredDefault !== null && (!options || options.includes(declaredDefault));
    return { name, default: usable ? declaredDefault : null, options };
  });
}

/** What the sidebar's form shows at first: the default, else the first choice, else empty. */
export function formStartValue(field: SnippetField): string {
  return field.default ?? field.options?.[0] ?? '';
}

/** The declared defaults, by fieldKey: what a shortcut typed into the reply fills in. */
export function defaultFieldValues(fields: readonly SnippetField[]): FieldValues {
  return Object.fromEntries(fields.flatMap((field) => (field.default ? [[fieldKey(field.name), field.default]] : [])));
}

/**
 * Fields in a CSV cell: "Order number; Carrier=DHL|UPS|FedEx; Day=Friday" — a name alone, a name
 * with its default, or a name with its choices (the first is the default).
 */
export function fieldsFromCell(cell: string): PackField[] | undefined {
  const fields = cell
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part): PackField => {
      const [name = '', given] = part.split(/=(.*)/s, 2).map((piece) => piece.trim());
      if (given === undefined || given === '') return { name };
      const options = given
        .split('|')
        .map((option) => option.trim())
        .filter(Boolean);
      return options.length > 1 ? { name, default: options[0]!, options } : { name, default: given };
    });
  return fields.length > 0 ? fields : undefined;
}

/**
 * The CSV cell for a snippet's fields, as fieldsFromCell reads it back: a choice lists its default
 * first (the cell's way of marking it), so the options may come back in another order.
 */
export function fieldsToCell(fields: readonly PackField[] = []): string {
  return fields
    .map(({ name, default: given, options }) => {
      if (options && options.length > 1) {
        const first = given !== undefined && options.includes(given) ? given : options[0]!;
        return `${name}=${[first, ...options.filter((option) => option !== first)].join('|')}`;
      }
      return given ? `${name}=${given}` : name;
    })
    .join('; ');
}
