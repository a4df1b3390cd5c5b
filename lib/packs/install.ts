// Installing, replacing and removing snippet packs. Everything that can refuse a pack (the format,
// each snippet's validation, the signature, the version) is checked before the one IndexedDB
// transaction that writes it, so a refused pack leaves the database exactly as it was. A newer
// version replaces the old in that same transaction, keeping the usage of snippets that stay.

import type { Library } from '@/lib/library/library';
import type { LibraryDatabase, PackRecord, Snippet } from '@/lib/library/schema';
import { STARTER_PACK_ID } from '@/lib/library/starter-snippets';
import { readPackFile, type Pack, type PackProblem, type PackSignature } from './format';
import { checkPackSignature, type SignatureState } from './signature';
import { packSnippetInputs, packSnippetRecord, sameRecord, type PackSnippetInput } from './pack-snippets';
import { assignShortcuts, decisionsKey, type ShortcutClash } from './clashes';
import { compareVersions } from './versions';

export type { ShortcutClash } from './clashes';

export interface InstallOptions {
  source: PackRecord['source'];
  /** The agent's settings and the policy's. */
  trustedKeys: readonly string[];
  /** The policy requires a trusted signature. */
  requireSignature: boolean;
  /** Install an older or equal version. */
  force?: boolean;
  now?: number;
}

export type InstallProblemCode =
  | PackProblem['code']
  | 'invalid-snippet'
  | 'older-version'
  | 'signature-required'
  | 'signature-invalid'
  | 'untrusted-key'
  | 'clash';

export interface InstallProblem {
  code: InstallProblemCode;
  /** Where in the file, as a JSON path; "" for the whole file. */
  path: string;
  message: string;
}

export type InstallOutcome =
  | {
      status: 'installed' | 'replaced';
      pack: PackRecord;
      added: number;
      removed: number;
      kept: number;
      /** Shortcuts other snippets already hold, for the agent to resolve (see clashes.ts). */
      clashes: ShortcutClash[];
    }
  | { status: 'unchanged'; pack: PackRecord }
  | { status: 'refused'; problems: InstallProblem[] };

const DIGEST_KEY_PREFIX = 'pack.digest.';

interface ReadyPack {
  pack: Pack;
  inputs: PackSnippetInput[];
  signature: { state: SignatureState; publicKey: string | null };
  digest: string;
}

/** Reads, checks and (unless refused) installs a pack file in one transaction. */
export async function installPack(
  library: Library,
  file: string | Uint8Array,
  options: InstallOptions,
): Promise<InstallOutcome> {
  const ready = await preparePack(file, options);
  if ('problems' in ready) return { status: 'refused', problems: ready.problems };
  const now = options.now ?? library.now();
  return library.write(['snippets', 'packs', 'meta'], (db) => writePack(db, ready, options, now));
}

async function preparePack(
  file: string | Uint8Array,
  options: InstallOptions,
): Promise<ReadyPack | { problems: InstallProblem[] }> {
  const reading = readPackFile(file);
  if (!reading.ok) return { problems: reading.problems };
  const { pack, text, signature } = reading;
  const where = signature ? 'signedPack.' : '';
  if (pack.id === STARTER_PACK_ID) {
    return refusal('clash', `${where}id`, `"${STARTER_PACK_ID}" is the built-in starter pack's id; choose another.`);
  }
  const snippets = packSnippetInputs(pack, where);
  if (!snippets.ok) return { problems: snippets.problems };
  const state = await checkPackSignature(text, signature, options.trustedKeys);
  const signatureProblem = signatureRefusal(state, signature, options.requireSignature);
  if (signatureProblem) return { problems: [signatureProblem] };
  return {
    pack,
    inputs: snippets.inputs,
    signature: { state, publicKey: signature?.publicKey ?? null },
    digest: await sha256(text),
  };
}

function signatureRefusal(
  state: SignatureState,
  signature: PackSignature | null,
  required: boolean,
): InstallProblem | null {
  // A signature that does not hold is refused even when none is required: the bytes were changed.
  if (state === 'invalid') {
    return problem(
      'signature-invalid',
      'signature',
      'The signature does not match the pack: it was changed after signing, or signed with another key.',
    );
  }
  if (!required) return null;
  if (state === 'unsigned') {
    return problem('signature-required', '', 'Your administrator requires signed packs, and this pack is not signed.');
  }
  if (state === 'untrusted-key') {
    return problem(
      'untrusted-key',
      'signature.publicKey',
      `The pack is signed with a key you do not trust (${signature?.publicKey ?? ''}). Add the trainer's key under trusted keys, or ask your administrator.`,
    );
  }
  return null;
}

async function writePack(
  db: LibraryDatabase,
  ready: ReadyPack,
  options: InstallOptions,
  now: number,
): Promise<InstallOutcome> {
  const { pack, inputs } = ready;
  const installed = await db.packs.get(pack.id);
  if (installed) {
    const refused = await replacementRefusal(db, installed, ready, options);
    if (refused) return refused;
  }
  // One read of the library (the agent's snippets carry no packId index entry: null is no key).
  const everything = await db.snippets.toArray();
  const oldSnippets = everything.filter((snippet) => snippet.packId === pack.id);
  const others = everything.filter((snippet) => snippet.packId !== pack.id);
  const previous = new Map(oldSnippets.map((snippet) => [snippet.id, snippet]));
  const wanted = inputs.map(({ id, valid }) => ({
    id,
    title: valid.title,
    wanted: valid.shortcut,
    current: previous.get(id)?.shortcut,
  }));
  const { shortcuts, clashes } = await assignShortcuts(db, pack.id, wanted, others);
  const records: Snippet[] = inputs.map((input) =>
    packSnippetRecord(input, pack.id, shortcuts.get(input.id)!, previous.get(input.id), now),
  );
  // A new version mostly repeats the old: a snippet stored exactly as it would be written is left
  // alone, the rest go out and come back in (delete first, so shortcuts can move between them).
  const written = records.filter((record) => !sameRecord(record, previous.get(record.id)));
  const writtenIds = new Set(written.map((record) => record.id));
  const leaving = oldSnippets.filter((snippet) => writtenIds.has(snippet.id) || !shortcuts.has(snippet.id));
  await db.snippets.bulkDelete(leaving.map((snippet) => snippet.id));
  await db.snippets.bulkAdd(written);
  const record = packRecord(ready, options.source, installed, now);
  await db.packs.put(record);
  await db.meta.put({ key: DIGEST_KEY_PREFIX + pack.id, value: ready.digest });
  const kept = records.filter((snippet) => previous.has(snippet.id)).length;
  return {
    status: installed ? 'replaced' : 'installed',
    pack: record,
    added: records.length - kept,
    removed: oldSnippets.length - kept,
    kept,
    clashes,
  };
}

async function replacementRefusal(
  db: LibraryDatabase,
  installed: PackRecord,
  ready: ReadyPack,
  options: InstallOptions,
): Promise<InstallOutcome | null> {
  const { pack } = ready;
  if (installed.source.kind === 'policy' && options.source.kind !== 'policy') {
    return {
      status: 'refused',
      problems: [
        problem(
          'clash',
          'id',
          `"${installed.name}" is installed by your administrator; only the policy can change it.`,
        ),
      ],
    };
  }
  const order = compareVersions(pack.version, installed.version);
  if (order > 0) return null;
  const digest = (await db.meta.get(DIGEST_KEY_PREFIX + pack.id))?.value;
  if (order === 0 && digest === ready.digest) return { status: 'unchanged', pack: installed };
  if (options.force) return null;
  const which = order === 0 ? 'the same version as' : 'older than';
  return {
    status: 'refused',
    problems: [
      problem(
        'older-version',
        'version',
        `"${pack.name}" ${pack.version} is ${which} the installed ${installed.version}; only a newer version replaces it.`,
      ),
    ],
  };
}

function packRecord(
  ready: ReadyPack,
  source: PackRecord['source'],
  installed: PackRecord | undefined,
  now: number,
): PackRecord {
  const { pack, inputs, signature } = ready;
  return {
    id: pack.id,
    name: pack.name,
    version: pack.version,
    author: pack.author,
    description: pack.description ?? '',
    updated: pack.updated,
    source: { ...source },
    signature,
    settings: pack.settings ?? null,
    snippetCount: inputs.length,
    installedAt: installed?.installedAt ?? now,
    updatedAt: now,
  };
}

/** Removes a pack: its record and its snippets, nothing else (the agent's copies stay). */
export async function removePack(library: Library, packId: string): Promise<void> {
  await library.write(['snippets', 'packs', 'meta'], async (db) => {
    await db.snippets.where('packId').equals(packId).delete();
    await db.packs.delete(packId);
    await db.meta.bulkDelete([DIGEST_KEY_PREFIX + packId, decisionsKey(packId)]);
  });
}

/** The installed packs, by name. */
export function listPacks(library: Library): Promise<PackRecord[]> {
  return library.read(
    async (db) => (await db.packs.toArray()).sort((a, b) => a.name.localeCompare(b.name)),
    () => [],
  );
}

function problem(code: InstallProblemCode, path: string, message: string): InstallProblem {
  return { code, path, message };
}

function refusal(code: InstallProblemCode, path: string, message: string): { problems: InstallProblem[] } {
  return { problems: [problem(code, path, message)] };
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
