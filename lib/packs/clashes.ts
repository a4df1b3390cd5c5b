// Shortcut clashes between a pack and the rest of the library. Shortcuts are unique across the
// library, so a pack snippet whose shortcut another snippet (the agent's own, or another pack's)
// already holds is installed under a free variant ("refund-2") and its own shortcut is held back
// until the agent decides: keep mine, take the pack's, or rename mine. Nothing is resolved
// silently and nothing is lost; the open decisions live in the library's meta table.

import * as v from 'valibot';
import type { Library } from '@/lib/library/library';
import type { JsonValue, LibraryDatabase, Snippet } from '@/lib/library/schema';
import { assertShortcutFree, freeShortcut, shortcutOwner } from '@/lib/library/shortcuts';
import { MAX_SHORTCUT_LENGTH, shortcutSchema } from '@/lib/library/validation';
import { LibraryError } from '@/lib/library/errors';

/** What the agent decided about one pack snippet's shortcut. */
interface ShortcutDecision {
  /** The shortcut the pack gives the snippet. */
  wanted: string;
  /** held: waiting for the agent; kept-mine: the agent keeps the other snippet on it. */
  decision: 'held' | 'kept-mine';
}
type ShortcutDecisions = Record<string, ShortcutDecision>;

export interface ShortcutClash {
  packId: string;
  /** The pack snippet's record id and title. */
  snippetId: string;
  title: string;
  /** The shortcut the pack gives it, and the one it has until the agent decides. */
  shortcut: string;
  heldAs: string;
  /** Who holds `shortcut` now; null when that snippet has since been deleted or renamed. */
  owner: { id: string; title: string; packId: string | null } | null;
}

export type ClashChoice = { kind: 'keep-mine' } | { kind: 'take-pack' } | { kind: 'rename'; shortcut: string };

export function decisionsKey(packId: string): string {
  return `pack.shortcuts.${packId}`;
}

// These two return Dexie's own promises rather than being async functions: Dexie follows its
// transaction through one level of native async helpers, not through helpers of helpers.
export function readDecisions(db: LibraryDatabase, packId: string): Promise<ShortcutDecisions> {
  return db.meta.get(decisionsKey(packId)).then((record) => {
    const stored = record?.value;
    return stored && typeof stored === 'object' && !Array.isArray(stored)
      ? (stored as unknown as ShortcutDecisions)
      : {};
  });
}

function writeDecisions(db: LibraryDatabase, packId: string, decisions: ShortcutDecisions): Promise<unknown> {
  if (Object.keys(decisions).length === 0) return db.meta.delete(decisionsKey(packId));
  return db.meta.put({ key: decisionsKey(packId), value: decisions as unknown as JsonValue });
}

export interface ShortcutAssignment {
  /** Record id → the shortcut it is stored with. */
  shortcuts: Map<string, string>;
  clashes: ShortcutClash[];
}

interface WantedShortcut {
  id: string;
  title: string;
  wanted: string;
  /** The shortcut the previous version's record had, if any. */
  current: string | undefined;
}

/**
 * Shortcuts for a pack's snippets, given every snippet outside the pack. Stores the decisions that
 * remain open; a "keep mine" the agent chose for the same shortcut before still stands.
 */
export async function assignShortcuts(
  db: LibraryDatabase,
  packId: string,
  snippets: readonly WantedShortcut[],
  others: readonly Snippet[],
): Promise<ShortcutAssignment> {
  const owners = new Map(others.map((snippet) => [snippet.shortcut, snippet]));
  const previous = await readDecisions(db, packId);
  const taken = new Set([...owners.keys(), ...snippets.map((snippet) => snippet.wanted)]);
  const decisions: ShortcutDecisions = {};
  const shortcuts = new Map<string, string>();
  const clashes: ShortcutClash[] = [];
  for (const { id, title, wanted, current } of snippets) {
    const owner = owners.get(wanted);
    if (!owner) {
      shortcuts.set(id, wanted);
      continue;
    }
    const before = previous[id];
    const keepsMine = before?.decision === 'kept-mine' && before.wanted === wanted;
    const heldAs = keepsMine && current && !taken.has(current) ? current : variantOf(wanted, taken);
    taken.add(heldAs);
    shortcuts.set(id, heldAs);
    decisions[id] = { wanted, decision: keepsMine ? 'kept-mine' : 'held' };
    if (!keepsMine) clashes.push({ packId, snippetId: id, title, shortcut: wanted, heldAs, owner: ownerOf(owner) });
  }
  await writeDecisions(db, packId, decisions);
  return { shortcuts, clashes };
}

function variantOf(base: string, taken: ReadonlySet<string>): string {
  for (let attempt = 2; ; attempt++) {
    const suffix = `-${attempt}`;
    const candidate = base.slice(0, MAX_SHORTCUT_LENGTH - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

function ownerOf(snippet: Snippet | undefined): ShortcutClash['owner'] {
  return snippet ? { id: snippet.id, title: snippet.title, packId: snippet.packId } : null;
}

/** The clashes waiting for the agent, for one pack or all of them. */
export function listClashes(library: Library, packId?: string): Promise<ShortcutClash[]> {
  return library.read(
    async (db) => {
      const packIds = packId ? [packId] : (await db.packs.toArray()).map((pack) => pack.id);
      const clashes: ShortcutClash[] = [];
      for (const id of packIds) clashes.push(...(await openClashes(db, id)));
      return clashes;
    },
    () => [],
  );
}

async function openClashes(db: LibraryDatabase, packId: string): Promise<ShortcutClash[]> {
  const decisions = await readDecisions(db, packId);
  const clashes: ShortcutClash[] = [];
  for (const [snippetId, { wanted, decision }] of Object.entries(decisions)) {
    if (decision !== 'held') continue;
    const snippet = await db.snippets.get(snippetId);
    if (!snippet) continue;
    const owner = await shortcutOwner(db, wanted);
    const { title, shortcut: heldAs } = snippet;
    clashes.push({ packId, snippetId, title, shortcut: wanted, heldAs, owner: ownerOf(owner) });
  }
  return clashes;
}

/**
 * The agent's answer to one clash. keep-mine: the other snippet keeps the shortcut, the pack's keeps
 * its variant. take-pack: the other snippet moves to a free variant. rename: the other snippet
 * moves to the shortcut the agent typed. Either of the last two gives the pack snippet its shortcut.
 */
export async function resolveClash(
  library: Library,
  packId: string,
  snippetId: string,
  choice: ClashChoice,
): Promise<void> {
  const renameTo = choice.kind === 'rename' ? parseShortcut(choice.shortcut) : null;
  await library.write(['snippets', 'meta'], async (db) => {
    const decisions = await readDecisions(db, packId);
    const decision = decisions[snippetId];
    const snippet = await db.snippets.get(snippetId);
    if (!decision || decision.decision !== 'held' || !snippet) {
      throw new LibraryError('not-found', 'This clash was already resolved, or its pack was removed.');
    }
    if (choice.kind === 'keep-mine') {
      await writeDecisions(db, packId, { ...decisions, [snippetId]: { ...decision, decision: 'kept-mine' } });
      return;
    }
    const owner = await shortcutOwner(db, decision.wanted);
    if (owner && owner.id !== snippetId) {
      if (renameTo) await assertShortcutFree(db, renameTo);
      const moved = renameTo ?? (await freeShortcut(db, decision.wanted, new Set([snippet.shortcut])));
      await db.snippets.put({ ...owner, shortcut: moved, updatedAt: Math.max(library.now(), owner.updatedAt + 1) });
    }
    await db.snippets.put({ ...snippet, shortcut: decision.wanted, updatedAt: library.now() });
    const { [snippetId]: _resolved, ...open } = decisions;
    await writeDecisions(db, packId, open);
  });
}

function parseShortcut(shortcut: string): string {
  const result = v.safeParse(shortcutSchema, shortcut, { abortPipeEarly: true });
  if (result.success) return result.output;
  const message = result.issues[0]!.message;
  throw new LibraryError('invalid-snippet', message, [{ field: 'shortcut', message }]);
}
