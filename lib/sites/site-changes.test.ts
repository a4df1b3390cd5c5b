import { describe, expect, it, vi } from 'vitest';
import { staticHostsOf } from './patterns';
import { readEnabledSites, turnSiteOff, turnSiteOn, type SitePermissions } from './site-changes';

const STATICS = staticHostsOf([{ matches: ['https://*.zendesk.com/agent/*'] }]);

/** Permissions that record the order of calls, with the agent's and the browser's answers given. */
function permissions({ allows = true, removes = true, granted = [] as string[] } = {}) {
  const calls: string[] = [];
  const api: SitePermissions = {
    permissions: {
      getAll: async () => ({ origins: granted }),
      request: vi.fn(async () => {
        calls.push('request');
        return allows;
      }),
      remove: vi.fn(async () => {
        calls.push('remove');
        return removes;
      }),
    },
  };
  const sync = vi.fn(async () => {
    calls.push('sync');
  });
  return { api, sync, calls };
}

describe('turnSiteOn', () => {
  it('asks the browser before returning to the caller, then syncs once granted', async () => {
    const { api, sync, calls } = permissions();
    const turning = turnSiteOn(api, ['https://desk.example.com/*'], sync);
    // Within the click: the request went out synchronously.
    expect(api.permissions.request).toHaveBeenCalledWith({ origins: ['https://desk.example.com/*'] });
    expect(await turning).toBe(true);
    expect(calls).toEqual(['request', 'sync']);
  });

  it('does not sync when the agent declines', async () => {
    const { api, sync, calls } = permissions({ allows: false });
    expect(await turnSiteOn(api, ['https://desk.example.com/*'], sync)).toBe(false);
    expect(calls).toEqual(['request']);
  });

  it('passes on a failing sync', async () => {
    const { api } = permissions();
    await expect(
      turnSiteOn(api, ['https://desk.example.com/*'], () => Promise.reject(new Error('No background'))),
    ).rejects.toThrow('No background');
  });
});

describe('turnSiteOff', () => {
  it('gives the origins back, then syncs', async () => {
    const { api, sync, calls } = permissions();
    expect(await turnSiteOff(api, ['https://desk.example.com/*'], sync)).toBe(true);
    expect(api.permissions.remove).toHaveBeenCalledWith({ origins: ['https://desk.example.com/*'] });
    expect(calls).toEqual(['remove', 'sync']);
  });

  it('does not sync when the browser keeps the access', async () => {
    const { api, sync, calls } = permissions({ removes: false });
    expect(await turnSiteOff(api, ['https://desk.example.com/*'], sync)).toBe(false);
    expect(calls).toEqual(['remove']);
  });
});

describe('readEnabledSites', () => {
  it('reads the granted whole sites, without the built-in hosts', async () => {
    const { api } = permissions({
      granted: [
        'https://*.zendesk.com/agent/*',
        'https://*.zendesk.com/*',
        'https://help.example.com/*',
        'http://desk.localhost/*',
      ],
    });
    expect(await readEnabledSites(api, STATICS)).toEqual(['http://desk.localhost/*', 'https://help.example.com/*']);
  });
});
