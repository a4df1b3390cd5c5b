// Shared by the library's tests and the tests of its callers (never imported by the extension): a
// library on a fresh in-memory IndexedDB (fake-indexeddb), snippet records and inputs, a clock the
// test moves, and storage faults on demand.

import { IDBFactory, IDBKeyRange, IDBObjectStore } from 'fake-indexeddb';
import { vi } from 'vitest';
import { openLibrary, type Library, type OpenLibraryOptions } from './library';
import { createSnippet } from './repository';
import type { Snippet } from './schema';
import type { SnippetInput } from './validation';

export const START = Date.UTC(2025, 0, 6, 9, 0, 0);

export interface TestClock {
  now: () => number;
  advance: (ms: number) => void;
}

export function testClock(start: number = START): TestClock {
  let time = start;
  return { now: () => time, advance: (ms) => (time += ms) };
}

export interface TestLibrary {
  library: Library;
  factory: IDBFactory;
  clock: TestClock;
}

/** A library on its own in-memory IndexedDB. Pass `factory` to open a second window onto the same one. */
export async function openTestLibrary(
  options: Omit<OpenLibraryOptions, 'indexedDB' | 'IDBKeyRange' | 'now'> & {
    factory?: IDBFactory;
    clock?: TestClock;
  } = {},
): Promise<TestLibrary> {
  const { factory = new IDBFactory(), clock = testClock(), ...rest } = options;
  const library = await openLibrary({ ...rest, indexedDB: factory, IDBKeyRange, now: clock.now });
  return { library, factory, clock };
}

/** A stored snippet with every field set, never used; its id is also its title and shortcut unless overridden. */
export function snippetRecord(overrides: Partial<Snippet> = {}): Snippet {
  const id = overrides.id ?? 'snippet';
  return {
    id,
    title: id,
    body: `Body of ${id}`,
    shortcut: id,
    tags: [],
    emotions: [],
    packId: null,
    createdAt: 0,
    updatedAt: 0,
    usageCount: 0,
    lastUsedAt: null,
    ...overrides,
  };
}

export function snippetInput(overrides: Partial<SnippetInput> = {}): SnippetInput {
  return {
    title: 'Refund on its way',
    body: 'Hi {{customer.firstName}}, your refund is on its way.',
    shortcut: 'refund',
    tags: ['billing'],
    emotions: [],
    ...overrides,
  };
}

export async function addSnippets(library: Library, inputs: Partial<SnippetInput>[]): Promise<Snippet[]> {
  const created: Snippet[] = [];
  for (const [index, overrides] of inputs.entries())
    created.push(await createSnippet(library, snippetInput({ shortcut: `s${index}`, ...overrides })));
  return created;
}

/**
 * Makes IndexedDB writes fail as a full disk does, with a QuotaExceededError, after `allowed`
 * more writes succeed (so a test can fail a transaction part-way). Returns the undo.
 */
export function failWritesWithQuota(allowed = 0): () => void {
  let remaining = allowed;
  const fail = <A extends unknown[], R>(original: (this: IDBObjectStore, ...args: A) => R) =>
    function (this: IDBObjectStore, ...args: A): R {
      if (remaining-- > 0) return original.apply(this, args);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  const { put: originalPut, add: originalAdd } = IDBObjectStore.prototype;
  const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(fail(originalPut));
  const add = vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(fail(originalAdd));
  return () => {
    put.mockRestore();
    add.mockRestore();
  };
}
