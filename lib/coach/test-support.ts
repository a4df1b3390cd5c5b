// Shared by the coaching session's tests and the tests of its views (never imported by the
// extension): a coaching store on a test page, with a background double, an editor of the test's
// choosing and storage in memory.

import { vi } from 'vitest';
import type { Analysis, DetectedEmotion, Finding, Severity } from '@/coaching';
import { detachedTextSnapshot } from '@/lib/editors/plain-text';
import type { EditorAdapter } from '@/lib/editors/types';
import type { HostAdapter } from '@/lib/hosts/types';
import type { ProtocolMap } from '@/lib/messaging/protocol';
import { createCoachingStore, type CoachingStore } from './coaching-store';
import type { Send } from './session';
import type { KeyValueArea } from './sidebar-state';
import type { Reading } from './state';

/** A message the session sent to the background. */
export interface Sent {
  type: keyof ProtocolMap;
  data: unknown;
}

/** Answers to the background's messages, by type; a message without one fails as with no background. */
export type Answers = Partial<Record<keyof ProtocolMap, (data: unknown) => unknown>>;

/** A background double: records every message and answers from `answers`. */
export function backgroundDouble(answers: Answers): { send: Send; sent: Sent[] } {
  const sent: Sent[] = [];
  const send = (async (type: keyof ProtocolMap, data?: unknown) => {
    sent.push({ type, data });
    const answer = answers[type];
    if (!answer) throw new Error(`No listener for ${type}`);
    return answer(data);
  }) as Send;
  return { send, sent };
}

/** storage.local in memory. */
export function memoryArea(): KeyValueArea {
  const items: Record<string, unknown> = {};
  return {
    get: async (key) => (key in items ? { [key]: items[key] } : {}),
    set: async (changes) => void Object.assign(items, changes),
  };
}

export const TEST_HOST: HostAdapter = {
  id: 'any-editor',
  findEditors: () => [],
  customerMessage: () => null,
  agentName: () => null,
};

export interface TestCoaching {
  coaching: CoachingStore;
  /** Ends the session, as an invalidated content script context does. */
  end(): void;
}

/** A coaching store whose editors are made by `editorFor` (the real detection by default). */
export function testCoaching(
  options: {
    host?: HostAdapter;
    send?: Send;
    editorFor?: (root: HTMLElement) => EditorAdapter | null;
    /** The site's storage.local (a fresh one by default). */
    area?: KeyValueArea;
  } = {},
): TestCoaching {
  const lifetime = new AbortController();
  const coaching = createCoachingStore({
    host: options.host ?? TEST_HOST,
    send: options.send ?? backgroundDouble({}).send,
    signal: lifetime.signal,
    layout: { area: options.area ?? memoryArea(), origin: 'https://help.example.com' },
    ...(options.editorFor ? { detectEditor: options.editorFor } : {}),
  });
  return { coaching, end: () => lifetime.abort() };
}

/** An editor holding `text()` that records the ranges it is asked to select. */
export function textEditor(
  root: HTMLElement,
  text: () => string,
  overrides: Partial<EditorAdapter> = {},
): EditorAdapter & { selections: { start: number; end: number }[] } {
  const selections: { start: number; end: number }[] = [];
  return {
    kind: 'contenteditable',
    root,
    read: () => detachedTextSnapshot(text()),
    caret: () => null,
    insertText: async () => false,
    select: (range) => {
      selections.push(range);
      return range.end <= text().length;
    },
    watch: () => {},
    createUnderlines: () => ({ show() {}, clear() {}, remove() {} }),
    selections,
    ...overrides,
  };
}

/** A reading of `text` whose analysis found `findings` and felt `emotions` (its other parts empty). */
export function readingOf(text: string, findings: Finding[], emotions: DetectedEmotion[] = []): Reading {
  const analysis = { findings, emotions, statements: [], language: { supported: true } } as unknown as Analysis;
  return { snapshot: detachedTextSnapshot(text), analysis, found: findings, checklist: [] };
}

/** A finding of `ruleId` over [start, end), its message and note named after the rule, no suggestions. */
export function findingAt(ruleId: string, start: number, end: number, severity: Severity = 'warning'): Finding {
  return {
    ruleId,
    category: ruleId,
    severity,
    start,
    end,
    message: `${ruleId} message`,
    note: `${ruleId} note`,
    suggestions: [],
  };
}

/**
 * From now until the test's mocks are restored, remembers every shadow root attached, closed ones
 * too, and gives a host's root back as an extension's content script can open it
 * (chrome.dom.openOrClosedShadowRoot); page scripts, and so element.shadowRoot, see a closed one as null.
 */
export function keepShadowRoots(): (host: Element | null) => ShadowRoot | null {
  const roots = new WeakMap<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
    const root = attach.call(this, init);
    roots.set(this, root);
    return root;
  });
  return (host) => (host && roots.get(host)) ?? null;
}
