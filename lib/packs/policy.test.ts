import { describe, expect, it, vi } from 'vitest';
import { openTestLibrary } from '@/lib/library/test-support';
import {
  applyPolicySubscriptions,
  hasPolicy,
  NO_POLICY,
  policyFrom,
  readPolicy,
  trustOf,
  watchPolicy,
  type StorageChanges,
} from './policy';
import { listSubscriptions, subscribe, type SubscriptionDeps } from './subscriptions';
import { examplePack } from './test-support';

const POLICY_URL = 'https://intranet.example/packs/acme.json';

describe('reading the policy', () => {
  it('is no policy when managed storage is missing, throws (Firefox without one) or is empty', async () => {
    expect(await readPolicy(undefined)).toEqual(NO_POLICY);
    expect(await readPolicy({ get: () => Promise.reject(new Error('Managed storage manifest not found')) })).toEqual(
      NO_POLICY,
    );
    const empty = await readPolicy({ get: async () => ({}) });
    expect(empty).toEqual(NO_POLICY);
    expect(hasPolicy(empty)).toBe(false);
  });

  it('reads the four keys and ignores values of the wrong type', async () => {
    const policy = await readPolicy({
      get: async () => ({
        packUrls: [POLICY_URL, POLICY_URL + '#again', 42],
        trustedKeys: [' a2V5 ', ''],
        requireSignatures: true,
        lockedRules: 'blame',
      }),
    });
    expect(policy).toEqual({ packUrls: [POLICY_URL], trustedKeys: ['a2V5'], requireSignatures: true, lockedRules: [] });
    expect(policyFrom({ requireSignatures: 'yes' }).requireSignatures).toBe(false);
  });

  it('joins the policy keys to the agent keys', () => {
    expect(trustOf(['k1'], { ...NO_POLICY, trustedKeys: ['k1', 'k2'], requireSignatures: true })).toEqual({
      trustedKeys: ['k1', 'k2'],
      requireSignature: true,
    });
  });

  it('follows changes of the managed area only', async () => {
    let listener: ((changes: Record<string, unknown>, area: string) => void) | undefined;
    const storage: StorageChanges = {
      onChanged: { addListener: (added) => (listener = added), removeListener: vi.fn() },
    };
    const values: Record<string, unknown> = { lockedRules: ['blame'] };
    const seen = vi.fn();
    const stop = watchPolicy(storage, { get: async () => values }, seen);
    listener!({}, 'local');
    listener!({}, 'managed');
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ ...NO_POLICY, lockedRules: ['blame'] }));
    expect(seen).toHaveBeenCalledTimes(1);
    stop();
    expect(storage.onChanged.removeListener).toHaveBeenCalledWith(listener);
  });
});

describe('policy subscriptions', () => {
  async function setup() {
    const { library } = await openTestLibrary();
    const requested: string[] = [];
    const fetch = (async (input: RequestInfo | URL) => {
      requested.push(String(input));
      return new Response(JSON.stringify(examplePack()), { headers: { etag: '"1"' } });
    }) as typeof globalThis.fetch;
    const removePack = vi.fn(async () => {});
    const deps: SubscriptionDeps = {
      library,
      installPack: async (target, _file, options) => {
        const pack = { ...packRecord(), source: options.source };
        await target.write(['packs'], (db) => db.packs.put(pack));
        return { status: 'unchanged', pack };
      },
      removePack,
      trust: async () => ({ trustedKeys: [], requireSignature: false }),
      fetchOptions: { fetch },
    };
    return { library, deps, requested, removePack };
  }

  it('subscribes the policy URLs as the policy, and ends those the policy drops', async () => {
    const { library, deps, requested, removePack } = await setup();
    await subscribe(deps, 'https://agent.example/mine.json');
    await applyPolicySubscriptions(deps, { ...NO_POLICY, packUrls: [POLICY_URL] });
    expect(await listSubscriptions(library)).toMatchObject([
      { url: 'https://agent.example/mine.json', origin: 'agent' },
      { url: POLICY_URL, origin: 'policy', packId: 'acme-support' },
    ]);
    // Applying the same policy again fetches nothing: refreshes keep their own schedule.
    const fetches = requested.length;
    await applyPolicySubscriptions(deps, { ...NO_POLICY, packUrls: [POLICY_URL] });
    expect(requested.length).toBe(fetches);

    await applyPolicySubscriptions(deps, NO_POLICY);
    expect(await listSubscriptions(library)).toMatchObject([
      { url: 'https://agent.example/mine.json', origin: 'agent' },
    ]);
    expect(removePack).toHaveBeenCalledWith(library, 'acme-support');
  });
});

function packRecord() {
  return {
    id: 'acme-support',
    name: 'Acme support',
    version: '1.0.0',
    author: 'Acme',
    description: '',
    updated: '2026-12-01T09:00:00Z',
    source: { kind: 'policy' as const },
    signature: { state: 'unsigned' as const, publicKey: null },
    settings: null,
    snippetCount: 2,
    installedAt: 0,
    updatedAt: 0,
  };
}
