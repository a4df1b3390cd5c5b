// A subscribed pack that did not change: the refresh is one conditional request, answered 304 by a
// real local server, and must touch no pack or snippet record (only the subscription's times). The
// library holds a 5,000-snippet pack as installed from the URL; every write to the packs and
// snippets tables is counted through Dexie's hooks, and the tables are compared before and after.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openLibrary, type Library } from '../lib/library/library';
import type { PackRecord, Snippet } from '../lib/library/schema';
import { refreshSubscription, type SubscriptionDeps } from '../lib/packs/subscriptions';
import { formatMs, type BenchSection } from './harness';

const SNIPPETS = 5_000;
const REFRESHES = 50;
const ETAG = '"acme-1.0.0"';
const NOW = Date.UTC(2026, 11, 7, 9);

function installedPack(url: string): { pack: PackRecord; snippets: Snippet[] } {
  const pack: PackRecord = {
    id: 'acme',
    name: 'Acme support',
    version: '1.0.0',
    author: 'Acme training',
    description: '',
    updated: '2026-12-01T09:00:00Z',
    source: { kind: 'url', url },
    signature: { state: 'unsigned', publicKey: null },
    settings: null,
    snippetCount: SNIPPETS,
    installedAt: NOW,
    updatedAt: NOW,
  };
  const snippets = Array.from({ length: SNIPPETS }, (_, index): Snippet => ({
    id: `acme:s${index}`,
    title: `Snippet ${index}`,
    body: `Thank you for your patience with order ${index}.`,
    shortcut: `acme-${index}`,
    tags: [],
    emotions: [],
    packId: 'acme',
    createdAt: NOW,
    updatedAt: NOW,
    usageCount: index % 7,
    lastUsedAt: null,
  }));
  return { pack, snippets };
}

/** Counts every create, update and delete on the pack and snippet tables. */
function countWrites(library: Library): () => number {
  const db = library.db!;
  let writes = 0;
  for (const table of [db.packs, db.snippets]) {
    table.hook('creating', () => void (writes += 1));
    table.hook('updating', () => void (writes += 1));
    table.hook('deleting', () => void (writes += 1));
  }
  return () => writes;
}

async function snapshot(library: Library): Promise<string> {
  return library.read(
    async (db) => JSON.stringify([await db.packs.toArray(), await db.snippets.toArray()]),
    () => '',
  );
}

export const packRefresh: BenchSection = {
  name: 'pack refresh (304)',
  async run(report) {
    let requests = 0;
    let notModified = 0;
    const server = createServer((request, response) => {
      requests += 1;
      if (request.headers['if-none-match'] === ETAG) {
        notModified += 1;
        response.writeHead(304, { etag: ETAG }).end();
      } else response.writeHead(200, { 'content-type': 'application/json', etag: ETAG }).end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/packs/acme.json`;
      const library = await openLibrary({ indexedDB: new IDBFactory(), IDBKeyRange, now: () => NOW });
      const { pack, snippets } = installedPack(url);
      await library.write(['packs', 'snippets', 'subscriptions'], async (db) => {
        await db.packs.add(pack);
        await db.snippets.bulkAdd(snippets);
        await db.subscriptions.add({
          url,
          origin: 'agent',
          packId: pack.id,
          etag: ETAG,
          lastModified: null,
          checkedAt: NOW,
          fetchedAt: NOW,
          error: null,
        });
      });
      const deps: SubscriptionDeps = {
        library,
        installPack: () => Promise.reject(new Error('a 304 must not install')),
        removePack: () => Promise.reject(new Error('a 304 must not remove')),
        trust: async () => ({ trustedKeys: [], requireSignature: false }),
        // Plain http to the bench's own loopback server; the extension fetches https only.
        fetchOptions: { httpHosts: ['127.0.0.1'] },
      };
      const writes = countWrites(library);
      const before = await snapshot(library);
      const times: number[] = [];
      for (let run = 0; run < REFRESHES; run++) {
        const start = performance.now();
        const result = await refreshSubscription(deps, url);
        times.push(performance.now() - start);
        if (result.status !== 'not-modified') throw new Error(`refresh ${run}: ${JSON.stringify(result)}`);
      }
      const unchanged = before === (await snapshot(library));
      times.sort((a, b) => a - b);
      report.table(
        ['pack', 'refreshes', 'requests', '304 answers', 'pack/snippet writes', 'tables identical', 'median', 'p95'],
        [
          [
            `${SNIPPETS} snippets`,
            String(REFRESHES),
            String(requests),
            String(notModified),
            String(writes()),
            unchanged ? 'yes' : 'NO',
            formatMs(times[Math.floor(times.length / 2)]!),
            formatMs(times[Math.ceil(times.length * 0.95) - 1]!),
          ],
        ],
      );
      report.target('pack and snippet records a 304 refresh writes', writes() + (unchanged ? 0 : 1), 0, String);
      report.target('requests per refresh', requests / REFRESHES, 1, String);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  },
};
