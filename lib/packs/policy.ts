// The administrator's policy for packs, from the browser's managed storage: Chrome reads it from
// its enterprise policy (public/managed_schema.json describes the keys), Firefox from
// policies.json → 3rdparty.Extensions.<extension id>. Same keys in both; see the README's
// "For administrators" section.
//
// No managed storage (Firefox without a policy throws, Chrome answers {}) is no policy. A value of
// the wrong type is ignored rather than trusted, so a typo in a policy never breaks the extension.

import type { SubscriptionRecord } from '@/lib/library/schema';
import {
  listSubscriptions,
  normalizePackUrl,
  subscribe,
  unsubscribe,
  type RefreshResult,
  type SubscriptionDeps,
} from './subscriptions';

export interface PackPolicy {
  /** Pack URLs every agent is subscribed to; agents cannot remove them. */
  packUrls: string[];
  /** Public keys (raw Ed25519, base64) whose signatures are trusted, besides the agent's own. */
  trustedKeys: string[];
  /** Only signed packs from trusted keys are installed. */
  requireSignatures: boolean;
  /** Coaching rule ids the agent cannot turn off or change. */
  lockedRules: string[];
}

export const NO_POLICY: PackPolicy = Object.freeze({
  packUrls: [],
  trustedKeys: [],
  requireSignatures: false,
  lockedRules: [],
}) as PackPolicy;

/** The managed storage area, as webextension-polyfill's `browser.storage.managed` offers it. */
export interface ManagedStorage {
  get(keys?: string[] | null): Promise<Record<string, unknown>>;
}

export interface StorageChanges {
  onChanged: {
    addListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
    removeListener(listener: (changes: Record<string, unknown>, areaName: string) => void): void;
  };
}

export const POLICY_KEYS = ['packUrls', 'trustedKeys', 'requireSignatures', 'lockedRules'] as const;

export async function readPolicy(managed: ManagedStorage | undefined): Promise<PackPolicy> {
  if (!managed) return NO_POLICY;
  try {
    return policyFrom(await managed.get([...POLICY_KEYS]));
  } catch {
    // Firefox: "Managed storage manifest not found" when no policy names the extension.
    return NO_POLICY;
  }
}

export function policyFrom(values: Record<string, unknown>): PackPolicy {
  return {
    packUrls: unique(stringsOf(values.packUrls).map((url) => normalizePackUrl(url) ?? url)),
    trustedKeys: unique(stringsOf(values.trustedKeys).map((key) => key.trim())),
    requireSignatures: values.requireSignatures === true,
    lockedRules: unique(stringsOf(values.lockedRules)),
  };
}

export function hasPolicy(policy: PackPolicy): boolean {
  return (
    policy.packUrls.length > 0 ||
    policy.trustedKeys.length > 0 ||
    policy.requireSignatures ||
    policy.lockedRules.length > 0
  );
}

function stringsOf(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    : [];
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Calls `onChange` with the new policy whenever the administrator changes it; returns the stop. */
export function watchPolicy(
  storage: StorageChanges,
  managed: ManagedStorage | undefined,
  onChange: (policy: PackPolicy) => void,
): () => void {
  const listener = (_changes: Record<string, unknown>, areaName: string) => {
    if (areaName === 'managed') void readPolicy(managed).then(onChange);
  };
  storage.onChanged.addListener(listener);
  return () => storage.onChanged.removeListener(listener);
}

/**
 * Brings the policy's subscriptions in step with the policy: its URLs subscribed as 'policy' (an
 * agent's subscription to one becomes the policy's), and policy subscriptions it no longer lists
 * ended with their packs. Only URLs not yet subscribed by the policy are fetched here; the others
 * follow the usual refresh schedule.
 */
export async function applyPolicySubscriptions(deps: SubscriptionDeps, policy: PackPolicy): Promise<RefreshResult[]> {
  const current = await listSubscriptions(deps.library);
  const byPolicy = new Set(current.filter((item) => item.origin === 'policy').map((item) => item.url));
  for (const stale of byPolicy) {
    if (!policy.packUrls.includes(stale)) await unsubscribe(deps, stale, 'policy');
  }
  const results: RefreshResult[] = [];
  for (const url of policy.packUrls) {
    if (!byPolicy.has(url)) results.push(await subscribe(deps, url, 'policy'));
  }
  return results;
}

/** Whether the agent may end this subscription (the options page hides the button otherwise). */
export function agentMayRemove(subscription: Pick<SubscriptionRecord, 'origin'>): boolean {
  return subscription.origin === 'agent';
}

/** The keys whose signatures install: the agent's own and the policy's. */
export function trustOf(
  agentKeys: readonly string[],
  policy: PackPolicy,
): { trustedKeys: string[]; requireSignature: boolean } {
  return { trustedKeys: unique([...agentKeys, ...policy.trustedKeys]), requireSignature: policy.requireSignatures };
}
