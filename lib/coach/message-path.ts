// The customer's message the agent picked on a page Tactful could not read by itself: remembered
// as a selector path made of what stays the same when the page renders the conversation again
// (test ids, roles, the `type` of a message, readable class names) and never of positions or
// generated names. Read again, the path's last match on the page is the latest such message.

import { readEditableText } from '@/lib/editors/dom-text';
import { isRendered } from '@/lib/hosts/page-reading';
import type { CustomerMessage } from '@/lib/hosts/types';

/** Attributes whose values name what an element is, not where it is. */
const STABLE_ATTRIBUTES = [
  'data-test-id',
  'data-testid',
  'data-test',
  'data-qa',
  'data-cy',
  'role',
  'type',
  'itemprop',
];
/** A class or value a person wrote: letters with single dashes or underscores, no digits (generated names have them). */
const READABLE = /^[a-z][a-z]*(?:[-_]{1,2}[a-z]+)*$/i;
/** How far above the picked element the path looks for marks of the conversation around it. */
const MAX_ANCESTORS = 4;
/** More classes than this say little more and break more often. */
const MAX_CLASSES = 3;

function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** The marks of one element: its stable attributes and readable classes; empty when it has none. */
function marks(element: Element): string {
  const attributes = STABLE_ATTRIBUTES.filter((name) => {
    const value = element.getAttribute(name);
    return value !== null && value.length <= 60 && !/\d{3,}/.test(value);
  }).map((name) => `[${name}=${quoted(element.getAttribute(name)!)}]`);
  const classes = Array.from(element.classList)
    .filter((token) => READABLE.test(token) && token.length <= 40)
    .slice(0, MAX_CLASSES)
    .map((token) => `.${CSS.escape(token)}`);
  return [...classes, ...attributes].join('');
}

function step(element: Element): string {
  return `${element.localName}${marks(element)}`;
}

/**
 * The element a click picked: the nearest element around the click target (itself included) that
 * has marks of its own, so a click on a paragraph picks the message body around it.
 */
export function pickedElement(target: Element): Element {
  let candidate: Element | null = target;
  for (let depth = 0; candidate && depth <= MAX_ANCESTORS; depth++, candidate = candidate.parentElement) {
    if (candidate.localName === 'body') break;
    if (marks(candidate)) return candidate;
  }
  return target;
}

/** A selector path to `element` built from its marks and those of up to four marked ancestors. */
export function messagePath(element: Element): string {
  const steps = [step(element)];
  for (let parent = element.parentElement; parent && steps.length <= MAX_ANCESTORS; parent = parent.parentElement) {
    if (parent.localName === 'body' || parent.localName === 'html') break;
    if (marks(parent)) steps.unshift(step(parent));
  }
  return steps.join(' ');
}

/** The latest shown message at `path` on the page, or null when it finds none (or the path is not a selector). */
export function readPickedMessage(doc: Document, path: string | null): CustomerMessage | null {
  if (!path) return null;
  let matches: HTMLElement[];
  try {
    matches = Array.from(doc.querySelectorAll<HTMLElement>(path));
  } catch {
    return null;
  }
  const latest = matches.filter(isRendered).at(-1);
  const text = latest ? readEditableText(latest).text.trim() : '';
  return text ? { text, authorName: null } : null;
}
