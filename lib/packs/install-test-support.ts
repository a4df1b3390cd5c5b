// For the packs' tests: the whole database as one string (every table, every record, in key
// order), so a test can show that a refused pack left it byte-for-byte as it was.

import type { Library } from '@/lib/library/library';
import type { Pack } from './format';

export async function dumpLibrary(library: Library): Promise<string> {
  const db = library.db;
  if (!db) throw new Error('the test library has no database');
  const tables: Record<string, unknown[]> = {};
  for (const table of db.tables) tables[table.name] = await table.toArray();
  return JSON.stringify(tables);
}

export function packText(pack: Pack): string {
  return `${JSON.stringify(pack, null, 2)}\n`;
}
