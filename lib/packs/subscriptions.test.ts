import { describe, expect, it, vi } from 'vitest';
import { openTestLibrary } from '@/lib/library/test-support';
import type { Library } from '@/lib/library/library';
import type { PackRecord } from '@/lib/library/schema';
import type { InstallOptions, InstallOutcome } from './install';
import {
  formatWhen,
  listSubscriptions,
  refreshSubscription,
  refreshSubscriptions,
  subscribe,
  unsubscribe,
  type SubscriptionDeps,
} from './subscriptions';
import { examplePack } from './test-support';

const URL_A = 'https://training.example/packs/acme.json';

interface FakeServer {
  status: number;
  body: string;
  etag: string;
  down: boolean;
  requests: Headers[];
}

/** A trainer's static host: answers 304 when the validators match, like any static host does. */
function fakeServer(): { server: FakeServer; fetch: typeof fetch } {
  const server: FakeServer = {
    status: 200,
    body: JSON.stringify(examplePack()),
    etag: '"v1"',
    down: false,
    requests: [],
  };
  const fakeFetch = async (_input: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    server.requests.push(headers);
    if (server.down) throw new TypeError('fetch failed');
    if (headers.get('if-none-match') === server.etag) return new Response(null, { status: 304 });
    return new Response(server.body, {
      status: server.status,
      headers: { 'content-type': 'application/json', etag: server.etag },
    });
  };
  return { server, fetch: fakeFetch as typeof fetch };
}

/** Stands in for packs-store's installPack: records the pack (as install.ts would) and its calls. */
function fakeInstall() {
  const calls: InstallOptions[] = [];
  const installPack = vi.fn(
    async (library: Library, file: Uint8Array, options: InstallOptions): Promise<InstallOutcome> => {
      calls.push(options);
      const pack = JSON.parse(new TextDecoder().decode(file)) as ReturnType<typeof examplePack>;
      if (pack.version === '0.0.1') {
        return {
          status: 'refused',
          problems: [{ code: 'older-version', path: 'version', message: 'Version 0.0.1 is older.' }],
        };
      }
      const record: PackRecord = {
        id: pack.id,
        name: pack.name,
        version: pack.version,
        author: pack.author,
        description: '',
        updated: pack.updated,
        source: options.source,
        signature: { state: 'unsigned', publicKey: null },
        settings: null,
        snippetCount: pack.snippets.length,
        installedAt: options.now ?? 0,
        updatedAt: options.now ?? 0,
      };
      await library.write(['packs'], (db) => db.packs.put(record));
      return { status: 'installed', pack: record, added: pack.snippets.length, removed: 0, kept: 0, clashes: [] };
    },
  );
  const removePack = vi.fn(async (library: Library, packId: string) => {
    await library.write(['packs'], (db) => db.packs.delete(packId));
  });
  return { installPack, removePack, calls };
}

async function setup() {
  const { library, clock } = await openTestLibrary();
  const { server, fetch } = fakeServer();
  const install = fakeInstall();
  const deps: SubscriptionDeps = {
    library,
    installPack: install.installPack,
    removePack: install.removePack,
    trust: async () => ({ trustedKeys: ['key-1'], requireSignature: false }),
    fetchOptions: { fetch },
  };
  return { library, clock, server, install, deps };
}

async function dump(library: Library) {
  return library.read(
    async (db) => ({ packs: await db.packs.toArray(), snippets: await db.snippets.toArray() }),
    () => null,
  );
}

describe('pack subscriptions', () => {
  it('subscribes, installs what the URL serves and keeps its validators', async () => {
    const { library, clock, install, deps } = await setup();
    expect(await subscribe(deps, URL_A)).toEqual({ url: URL_A, status: 'installed', packId: 'acme-support' });
    expect(install.calls[0]).toMatchObject({
      source: { kind: 'url', url: URL_A },
      trustedKeys: ['key-1'],
      requireSignature: false,
    });
    expect(await listSubscriptions(library)).toEqual([
      {
        url: URL_A,
        origin: 'agent',
        packId: 'acme-support',
        etag: '"v1"',
        lastModified: null,
        checkedAt: clock.now(),
        fetchedAt: clock.now(),
        error: null,
      },
    ]);
  });

  it('refuses an http URL without subscribing', async () => {
    const { library, deps, server } = await setup();
    const result = await subscribe(deps, 'http://training.example/packs/acme.json');
    expect(result).toMatchObject({ status: 'failed' });
    expect(server.requests).toHaveLength(0);
    expect((await listSubscriptions(library))[0]?.error?.message).toContain('only fetched over https');
  });

  it('on 304 touches no pack or snippet record and only moves the subscription times', async () => {
    const { library, clock, install, deps, server } = await setup();
    await subscribe(deps, URL_A);
    const before = await dump(library);
    const [subscriptionBefore] = await listSubscriptions(library);
    clock.advance(60_000);
    expect(await refreshSubscription(deps, URL_A)).toEqual({ url: URL_A, status: 'not-modified' });
    expect(server.requests[1]!.get('if-none-match')).toBe('"v1"');
    expect(install.installPack).toHaveBeenCalledTimes(1);
    expect(await dump(library)).toEqual(before);
    expect(await listSubscriptions(library)).toEqual([
      { ...subscriptionBefore, checkedAt: clock.now(), fetchedAt: clock.now() },
    ]);
  });

  it('installs a changed pack with its new validators', async () => {
    const { library, install, deps, server } = await setup();
    await subscribe(deps, URL_A);
    server.body = JSON.stringify(examplePack({ version: '1.1.0' }));
    server.etag = '"v2"';
    expect(await refreshSubscription(deps, URL_A)).toMatchObject({ status: 'installed' });
    expect(install.installPack).toHaveBeenCalledTimes(2);
    expect((await listSubscriptions(library))[0]).toMatchObject({ etag: '"v2"', error: null });
  });

  it('keeps the last good copy when the server is down and says when it was fetched', async () => {
    const { library, clock, install, deps, server } = await setup();
    await subscribe(deps, URL_A);
    const fetchedAt = clock.now();
    const before = await dump(library);
    server.down = true;
    clock.advance(3_600_000);
    const result = await refreshSubscription(deps, URL_A);
    expect(result).toMatchObject({ status: 'failed' });
    const [subscription] = await listSubscriptions(library);
    expect(subscription).toMatchObject({ etag: '"v1"', fetchedAt, checkedAt: clock.now(), packId: 'acme-support' });
    expect(subscription!.error!.message).toContain(`Could not reach ${URL_A}`);
    expect(subscription!.error!.message).toContain(`The copy last fetched ${formatWhen(fetchedAt)} stays in use.`);
    expect(install.removePack).not.toHaveBeenCalled();
    expect(await dump(library)).toEqual(before);

    server.down = false;
    await refreshSubscription(deps, URL_A);
    expect((await listSubscriptions(library))[0]!.error).toBeNull();
  });

  it('records a refused pack and keeps the old validators, so the next refresh fetches it in full', async () => {
    const { library, deps, server } = await setup();
    await subscribe(deps, URL_A);
    server.body = JSON.stringify(examplePack({ version: '0.0.1' }));
    server.etag = '"v0"';
    const result = await refreshSubscription(deps, URL_A);
    expect(result).toMatchObject({ status: 'failed' });
    if (result.status === 'failed') expect(result.message).toContain('was not installed: Version 0.0.1 is older.');
    expect((await listSubscriptions(library))[0]).toMatchObject({ etag: '"v1"' });
  });

  it('records an install that throws (a read-only library) as a failed refresh', async () => {
    const { library, install, deps, server } = await setup();
    await subscribe(deps, URL_A);
    server.etag = '"v2"';
    install.installPack.mockRejectedValueOnce(new Error('The library is read-only.'));
    const result = await refreshSubscription(deps, URL_A);
    expect(result).toMatchObject({ status: 'failed' });
    if (result.status === 'failed')
      expect(result.message).toContain('could not be installed: The library is read-only.');
    expect((await listSubscriptions(library))[0]).toMatchObject({ etag: '"v1"', packId: 'acme-support' });
  });

  it('says when a failed URL never delivered a pack', async () => {
    const { library, deps, server } = await setup();
    server.status = 404;
    await subscribe(deps, URL_A);
    const [subscription] = await listSubscriptions(library);
    expect(subscription!.error!.message).toContain('No copy of this pack was fetched yet.');
    expect(server.requests[0]!.get('if-none-match')).toBeNull();
  });

  it('unsubscribing removes the pack it installed; the agent cannot remove a policy subscription', async () => {
    const { library, install, deps } = await setup();
    await subscribe(deps, URL_A, 'policy');
    expect(install.calls[0]!.source).toEqual({ kind: 'policy', url: URL_A });
    expect(await unsubscribe(deps, URL_A, 'agent')).toBe(false);
    expect(await listSubscriptions(library)).toHaveLength(1);
    expect(await unsubscribe(deps, URL_A, 'policy')).toBe(true);
    expect(install.removePack).toHaveBeenCalledWith(library, 'acme-support');
    expect(await listSubscriptions(library)).toHaveLength(0);
  });

  it('a policy takes over an agent subscription to the same URL', async () => {
    const { library, deps } = await setup();
    await subscribe(deps, URL_A);
    await subscribe(deps, `${URL_A}#copy`, 'policy');
    expect(await listSubscriptions(library)).toMatchObject([{ url: URL_A, origin: 'policy' }]);
  });

  it('refreshes only the subscriptions not checked for a while', async () => {
    const { clock, deps, server } = await setup();
    await subscribe(deps, URL_A);
    clock.advance(60_000);
    await subscribe(deps, 'https://training.example/packs/other.json');
    clock.advance(60_000);
    const requests = server.requests.length;
    const results = await refreshSubscriptions(deps, { olderThanMs: 90_000 });
    expect(results.map((result) => result.url)).toEqual([URL_A]);
    expect(server.requests.length).toBe(requests + 1);
  });
});
