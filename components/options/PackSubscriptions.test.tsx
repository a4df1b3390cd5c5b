// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Library } from '@/lib/library/library';
import type { PackRecord, SubscriptionRecord } from '@/lib/library/schema';
import { openTestLibrary, START } from '@/lib/library/test-support';
import { sendMessage } from '@/lib/messaging/protocol';
import { removePack } from '@/lib/packs/install';
import { formatWhen, listSubscriptions } from '@/lib/packs/subscriptions';
import { OptionsContext, type OptionsServices } from './context';
import { PackSubscriptions } from './PackSubscriptions';

vi.mock('@/lib/messaging/protocol', () => ({ sendMessage: vi.fn() }));
vi.mock('@/lib/packs/install', () => ({ removePack: vi.fn() }));
const ask = vi.mocked(sendMessage);

const AGENT_URL = 'https://training.example/packs/acme.json';
const POLICY_URL = 'https://intranet.example/packs/house.json';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  ask.mockReset();
});

function subscription(url: string, changes: Partial<SubscriptionRecord> = {}): SubscriptionRecord {
  return {
    url,
    origin: 'agent',
    packId: null,
    etag: null,
    lastModified: null,
    checkedAt: null,
    fetchedAt: null,
    error: null,
    ...changes,
  };
}

function pack(id: string, name: string, url: string): PackRecord {
  return {
    id,
    name,
    version: '1.0.0',
    author: 'Trainer',
    description: '',
    updated: '2026-12-01T09:00:00Z',
    source: { kind: 'url', url },
    signature: { state: 'unsigned', publicKey: null },
    settings: null,
    snippetCount: 2,
    installedAt: START,
    updatedAt: START,
  };
}

async function renderSection(policy: Record<string, unknown> = {}) {
  const { library } = await openTestLibrary();
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockResolvedValue(policy as never);
  const services: OptionsServices = {
    library,
    status: library.status,
    announceChange: vi.fn(),
    saveFile: vi.fn(),
  };
  render(
    <OptionsContext.Provider value={services}>
      <PackSubscriptions />
    </OptionsContext.Provider>,
  );
  return library;
}

async function seed(library: Library, subscriptions: SubscriptionRecord[], packs: PackRecord[] = []) {
  await library.write(['subscriptions', 'packs'], async (db) => {
    await db.subscriptions.bulkPut(subscriptions);
    await db.packs.bulkPut(packs);
  });
}

describe('PackSubscriptions', () => {
  it('refuses an http address in the form and asks for nothing', async () => {
    const library = await renderSection();
    await screen.findByText('No subscriptions yet.');
    fireEvent.input(screen.getByLabelText('Pack address (https)'), {
      target: { value: 'http://training.example/a.json' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    expect((await screen.findByRole('alert')).textContent).toContain('only fetched over https');
    expect(ask).not.toHaveBeenCalled();
    expect(await listSubscriptions(library)).toEqual([]);
  });

  it('subscribes and asks the background to fetch, then shows what came of it', async () => {
    ask.mockResolvedValue([
      { url: AGENT_URL, status: 'failed', message: `${AGENT_URL} was not found (HTTP 404).` },
    ] as never);
    const library = await renderSection();
    fireEvent.input(await screen.findByLabelText('Pack address (https)'), { target: { value: AGENT_URL } });
    fireEvent.click(screen.getByRole('button', { name: 'Subscribe' }));
    await waitFor(() => expect(ask).toHaveBeenCalledWith('packs.refresh', { url: AGENT_URL }));
    expect((await screen.findByRole('alert')).textContent).toContain('was not found (HTTP 404)');
    expect(await listSubscriptions(library)).toMatchObject([{ url: AGENT_URL, origin: 'agent' }]);
  });

  it('lists each subscription with its pack, last fetch and error; policy ones cannot be removed', async () => {
    const library = await renderSection({ requireSignatures: true, lockedRules: ['blame'] });
    const fetchedAt = START - 3_600_000;
    await seed(
      library,
      [
        subscription(AGENT_URL, {
          packId: 'acme',
          fetchedAt,
          checkedAt: START,
          error: { message: 'Could not reach the server. The copy last fetched earlier stays in use.', at: START },
        }),
        subscription(POLICY_URL, { origin: 'policy', packId: 'house', fetchedAt, checkedAt: fetchedAt }),
      ],
      [pack('acme', 'Acme support', AGENT_URL), pack('house', 'House style', POLICY_URL)],
    );
    const agentRow = (await screen.findByText('Acme support')).closest('li')!;
    expect(agentRow.textContent).toContain(`Last fetched ${formatWhen(fetchedAt)}, checked ${formatWhen(START)}`);
    expect(within(agentRow).getByRole('alert').textContent).toContain('Could not reach the server');
    within(agentRow).getByRole('button', { name: 'Allow access to training.example' });

    const policyRow = screen.getByText('House style').closest('li')!;
    expect(policyRow.textContent).toContain('Set by your administrator');
    expect(within(policyRow).queryByRole('button', { name: /Unsubscribe/ })).toBeNull();
    expect(screen.getByText('Only packs signed by a trusted key are installed.')).toBeTruthy();
    expect(screen.getByText('Coaching rules you cannot change: blame')).toBeTruthy();
  });

  it('refreshes one subscription on demand', async () => {
    ask.mockResolvedValue([{ url: AGENT_URL, status: 'not-modified' }] as never);
    const library = await renderSection();
    await seed(
      library,
      [subscription(AGENT_URL, { packId: 'acme', fetchedAt: START })],
      [pack('acme', 'Acme support', AGENT_URL)],
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Refresh Acme support now' }));
    expect((await screen.findByRole('status')).textContent).toBe('No newer version of Acme support.');
    expect(ask).toHaveBeenCalledWith('packs.refresh', { url: AGENT_URL });
  });

  it('unsubscribing ends the subscription and removes its pack', async () => {
    const library = await renderSection();
    await seed(
      library,
      [subscription(AGENT_URL, { packId: 'acme', fetchedAt: START })],
      [pack('acme', 'Acme support', AGENT_URL)],
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Unsubscribe from Acme support' }));
    await screen.findByText('No subscriptions yet.');
    expect(vi.mocked(removePack)).toHaveBeenCalledWith(library, 'acme');
  });
});
