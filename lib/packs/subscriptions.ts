// Pack URLs the agent or the administrator's policy subscribed to, and refreshing them. A refresh
// is one conditional request: 304 confirms the installed copy and writes only the subscription's
// times (no pack or snippet record is touched); 200 hands the bytes to installPack; a failure is
// recorded on the subscription with when the last good copy was fetched, and that copy stays.
//
// Subscription records are this module's; pack and snippet records are install.ts's, reached only
// through the functions passed in (so the tests, and the merge, can swap them).

import type { Library } from '@/lib/library/library';
import type { PackRecord, SubscriptionRecord } from '@/lib/library/schema';
import { fetchPack, type FetchPackOptions, type PackValidators } from './fetch-pack';
import type { InstallOptions, InstallOutcome } from './install';

export type SubscriptionOrigin = SubscriptionRecord['origin'];

export interface SubscriptionDeps {
  library: Library;
  installPack(library: Library, file: Uint8Array, options: InstallOptions): Promise<InstallOutcome>;
  removePack(library: Library, packId: string): Promise<void>;
  /** The agent's trusted keys and the policy's, and whether the policy requires signatures. */
  trust(): Promise<{ trustedKeys: readonly string[]; requireSignature: boolean }>;
  fetchOptions?: Omit<FetchPackOptions, 'validators'>;
}

export type RefreshResult =
  | { url: string; status: 'not-modified' }
  | { url: string; status: 'installed' | 'replaced' | 'unchanged'; packId: string }
  | { url: string; status: 'failed'; message: string };

/** A pack URL as stored: parsed and re-serialised, so one address is one subscription. */
export function normalizePackUrl(url: string): string | null {
  try {
    const parsed = new URL(url.trim());
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

export async function listSubscriptions(library: Library): Promise<SubscriptionRecord[]> {
  return library.read(
    (db) => db.subscriptions.orderBy('url').toArray(),
    () => [],
  );
}

/**
 * Subscribes to a pack URL and fetches it once. Subscribing again changes nothing, except that a
 * policy takes over an agent's subscription (which the agent then cannot remove).
 */
export async function subscribe(
  deps: SubscriptionDeps,
  address: string,
  origin: SubscriptionOrigin = 'agent',
): Promise<RefreshResult> {
  const url = await addSubscription(deps.library, address, origin);
  if (!url) return { url: address, status: 'failed', message: `"${address}" is not a web address.` };
  return refreshSubscription(deps, url);
}

/**
 * Records the subscription without fetching (the options page, which leaves fetching and
 * installing to the background); answers the URL as stored, or null for no web address.
 */
export async function addSubscription(
  library: Library,
  address: string,
  origin: SubscriptionOrigin,
): Promise<string | null> {
  const url = normalizePackUrl(address);
  if (!url) return null;
  const existing = await library.read(
    (db) => db.subscriptions.get(url),
    () => undefined,
  );
  if (!existing) {
    await library.write(['subscriptions'], (db) => db.subscriptions.add(newSubscription(url, origin)));
  } else if (origin === 'policy' && existing.origin !== 'policy') {
    await library.write(['subscriptions'], (db) => db.subscriptions.update(url, { origin }));
  }
  return url;
}

function newSubscription(url: string, origin: SubscriptionOrigin): SubscriptionRecord {
  return { url, origin, packId: null, etag: null, lastModified: null, checkedAt: null, fetchedAt: null, error: null };
}

/**
 * Ends a subscription and removes the pack it installed (only its snippets go). The agent cannot
 * end one the policy set; the policy ends it by no longer listing the URL.
 */
export async function unsubscribe(
  deps: Pick<SubscriptionDeps, 'library' | 'removePack'>,
  url: string,
  by: SubscriptionOrigin,
): Promise<boolean> {
  const existing = await deps.library.read(
    (db) => db.subscriptions.get(url),
    () => undefined,
  );
  if (!existing || (existing.origin === 'policy' && by !== 'policy')) return false;
  // The pack first: should removing it fail, the subscription stays for the agent to try again.
  const pack = existing.packId ? await readPack(deps.library, existing.packId) : undefined;
  if (pack?.source.url === url) await deps.removePack(deps.library, pack.id);
  await deps.library.write(['subscriptions'], (db) => db.subscriptions.delete(url));
  return true;
}

function readPack(library: Library, packId: string): Promise<PackRecord | undefined> {
  return library.read(
    (db) => db.packs.get(packId),
    () => undefined,
  );
}

/** Refreshes one subscription: one conditional request, then install, or only new times. */
export async function refreshSubscription(deps: SubscriptionDeps, url: string): Promise<RefreshResult> {
  const { library } = deps;
  const subscription = await library.read(
    (db) => db.subscriptions.get(url),
    () => undefined,
  );
  if (!subscription) return { url, status: 'failed', message: `Tactful is not subscribed to ${url}.` };
  const fetched = await fetchPack(url, { ...deps.fetchOptions, validators: validatorsOf(subscription) });
  const now = library.now();
  if (fetched.status === 'not-modified') {
    await updateSubscription(library, url, { checkedAt: now, fetchedAt: now, error: null });
    return { url, status: 'not-modified' };
  }
  if (fetched.status === 'failed') return recordFailure(library, subscription, fetched.message, now);
  let outcome: InstallOutcome;
  try {
    outcome = await deps.installPack(library, fetched.bytes, {
      source: { kind: subscription.origin === 'policy' ? 'policy' : 'url', url },
      ...(await deps.trust()),
      now,
    });
  } catch (error) {
    // The library could not take it (read-only, full): the copy installed before stays.
    const reason = error instanceof Error ? error.message : String(error);
    return recordFailure(library, subscription, `${url} could not be installed: ${reason}`, now);
  }
  if (outcome.status === 'refused') {
    const problems = outcome.problems.map((problem) => problem.message).join(' ');
    return recordFailure(library, subscription, `${url} was not installed: ${problems}`, now);
  }
  // Validators only for a copy that is installed: a refused one must be fetched again in full.
  await updateSubscription(library, url, {
    packId: outcome.pack.id,
    ...fetched.validators,
    checkedAt: now,
    fetchedAt: now,
    error: null,
  });
  return { url, status: outcome.status, packId: outcome.pack.id };
}

/** Validators only while a copy from this URL is installed; otherwise a 304 would leave us with none. */
function validatorsOf(subscription: SubscriptionRecord): PackValidators | undefined {
  if (!subscription.packId) return undefined;
  return { etag: subscription.etag, lastModified: subscription.lastModified };
}

async function recordFailure(
  library: Library,
  subscription: SubscriptionRecord,
  problem: string,
  now: number,
): Promise<RefreshResult> {
  const message = `${problem} ${lastCopyNote(subscription)}`;
  await updateSubscription(library, subscription.url, { checkedAt: now, error: { message, at: now } });
  return { url: subscription.url, status: 'failed', message };
}

/** What the agent keeps using after a failed refresh, and since when. */
export function lastCopyNote(subscription: Pick<SubscriptionRecord, 'packId' | 'fetchedAt'>): string {
  if (!subscription.packId || subscription.fetchedAt === null) return 'No copy of this pack was fetched yet.';
  return `The copy last fetched ${formatWhen(subscription.fetchedAt)} stays in use.`;
}

export function formatWhen(time: number): string {
  return new Date(time).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

async function updateSubscription(library: Library, url: string, changes: Partial<SubscriptionRecord>): Promise<void> {
  await library.write(['subscriptions'], (db) => db.subscriptions.update(url, changes));
}

/**
 * Refreshes every subscription one after the other (a trainer's server sees one request per agent),
 * or only those not checked for `olderThanMs`.
 */
export async function refreshSubscriptions(
  deps: SubscriptionDeps,
  { olderThanMs = 0 }: { olderThanMs?: number } = {},
): Promise<RefreshResult[]> {
  const now = deps.library.now();
  const due = (await listSubscriptions(deps.library)).filter(
    (subscription) => subscription.checkedAt === null || now - subscription.checkedAt >= olderThanMs,
  );
  const results: RefreshResult[] = [];
  for (const subscription of due) results.push(await refreshSubscription(deps, subscription.url));
  return results;
}

/**
 * The host permission that lets the extension read this one pack address on a server that sends
 * no CORS header. Path-limited, so Chrome does not count it as a site to coach (lib/sites/
 * registration.ts takes only whole-site grants); Firefox keeps hosts without paths, so there it
 * is the whole host.
 */
export function packAccessPattern(url: string): string | null {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.hostname}${parsed.pathname}`;
  } catch {
    return null;
  }
}
