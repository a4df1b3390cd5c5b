// PLACEHOLDER for packs-remote only, replaced at merge by packs-store's install.ts (the interface
// is /work/prompts/packs-shared.md's). It exists so subscriptions.ts type-checks; nothing calls
// these functions on this branch except through the fakes the tests inject.

import type { Library } from '@/lib/library/library';
import type { PackRecord } from '@/lib/library/schema';
import type { PackProblem } from './format';

export interface ShortcutClash {
  shortcut: string;
  packSnippetId: string;
  personalSnippetId: string;
}

export type InstallProblem =
  | PackProblem
  | {
      code: 'older-version' | 'signature-required' | 'signature-invalid' | 'untrusted-key' | 'clash';
      path: string;
      message: string;
    };

export interface InstallOptions {
  source: PackRecord['source'];
  trustedKeys: readonly string[];
  requireSignature: boolean;
  force?: boolean;
  now?: number;
}

export type InstallOutcome =
  | {
      status: 'installed' | 'replaced';
      pack: PackRecord;
      added: number;
      removed: number;
      kept: number;
      clashes: ShortcutClash[];
    }
  | { status: 'unchanged'; pack: PackRecord }
  | { status: 'refused'; problems: InstallProblem[] };

const NOT_MERGED = "installPack is packs-store's (lib/packs/install.ts); this branch has only its placeholder.";

export function installPack(
  _library: Library,
  _file: string | Uint8Array,
  _options: InstallOptions,
): Promise<InstallOutcome> {
  return Promise.reject(new Error(NOT_MERGED));
}

export function removePack(_library: Library, _packId: string): Promise<void> {
  return Promise.reject(new Error(NOT_MERGED));
}

export function listPacks(_library: Library): Promise<PackRecord[]> {
  return Promise.reject(new Error(NOT_MERGED));
}
