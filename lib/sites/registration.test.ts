import { describe, expect, it, vi } from 'vitest';
import { SIDEBAR_TAG } from '@/lib/page-elements';
import { staticHostsOf } from './patterns';
import {
  BRIDGE_SCRIPT_FILE,
  BRIDGE_SCRIPT_ID,
  COACH_SCRIPT_FILE,
  COACH_SCRIPT_ID,
  enabledSites,
  planScriptChanges,
  siteScripts,
  SiteSync,
  type RegisteredScript,
  type SiteScript,
  type SitesApi,
} from './registration';

const STATICS = staticHostsOf([
  { matches: ['http://127.0.0.1/editors/*'] },
  { matches: ['https://*.zendesk.com/agent/*', 'http://127.0.0.1/editors/*'], world: 'MAIN' },
  { matches: ['https://mail.google.com/*'] },
  { matches: ['https://*.zendesk.com/agent/*'] },
]);

interface FakeTab {
  id: number;
  url?: string;
  /** Whether a Tactful sidebar is on the page already. */
  coached?: boolean;
}

/**
 * The browser as the sync sees it: granted origins, registered scripts (Firefox-style, with every
 * default filled in and paths without the leading slash), tabs, and a log of the changing calls.
 */
function fakeBrowser(options: { granted?: string[]; registered?: RegisteredScript[]; tabs?: FakeTab[] } = {}) {
  const state = {
    granted: options.granted ?? [],
    registered: [...(options.registered ?? [])],
    tabs: options.tabs ?? [],
    calls: [] as string[],
    injected: [] as Array<{ tabId: number; file: string; world: string }>,
  };
  const asReported = (script: SiteScript): RegisteredScript => ({
    ...script,
    js: script.js.map((file) => file.replace(/^\//, '')),
  });
  const api: SitesApi = {
    permissions: { getAll: async () => ({ origins: [...state.granted] }) },
    scripting: {
      async getRegisteredContentScripts(filter) {
        return state.registered.filter((script) => !filter?.ids || filter.ids.includes(script.id));
      },
      async registerContentScripts(scripts) {
        state.calls.push(`register ${scripts.map((script) => script.id).join()}`);
        for (const script of scripts) {
          if (state.registered.some((existing) => existing.id === script.id))
            throw new Error(`Duplicate script ID '${script.id}'`);
          state.registered.push(asReported(script));
        }
      },
      async updateContentScripts(scripts) {
        state.calls.push(`update ${scripts.map((script) => script.id).join()}`);
        state.registered = state.registered.map((existing) => {
          const update = scripts.find((script) => script.id === existing.id);
          return update ? asReported(update) : existing;
        });
      },
      async unregisterContentScripts(filter) {
        state.calls.push(`unregister ${filter?.ids?.join()}`);
        state.registered = state.registered.filter((script) => !filter?.ids?.includes(script.id));
      },
      async executeScript(injection) {
        const tab = state.tabs.find((candidate) => candidate.id === injection.target.tabId);
        if (!tab) throw new Error('No tab with id');
        if ('func' in injection) {
          expect(injection.args).toEqual([SIDEBAR_TAG]);
          return [{ result: !!tab.coached }];
        }
        for (const file of injection.files)
          state.injected.push({ tabId: tab.id, file, world: injection.world ?? 'ISOLATED' });
        return [{}];
      },
    },
    tabs: { query: async () => state.tabs.map(({ id, url }) => ({ id, url })) },
  };
  return { api, state };
}

describe('enabledSites', () => {
  it('keeps whole-site grants and drops what the static hosts bring along', () => {
    const granted = [
      // Chrome's report of the static content scripts' access: path-limited.
      'http://127.0.0.1/editors/*',
      'https://*.zendesk.com/agent/*',
      'https://mail.google.com/*',
      // Firefox's report of the same access: whole sites.
      'http://127.0.0.1/*',
      'https://*.zendesk.com/*',
      // Sites the agent enabled.
      'https://help.example.com/*',
      'http://desk.localhost/*',
      'https://help.example.com/*',
    ];
    expect(enabledSites(granted, STATICS)).toEqual(['http://desk.localhost/*', 'https://help.example.com/*']);
  });

  it('keeps a grant for every site, which the agent can give in the browser', () => {
    expect(enabledSites(['https://*/*'], STATICS)).toEqual(['https://*/*']);
  });
});

describe('siteScripts', () => {
  it('is nothing without sites', () => {
    expect(siteScripts([], STATICS)).toEqual([]);
  });

  it('registers the bridge and the coaching script for the sites, away from their static twins', () => {
    const [bridge, coach] = siteScripts(['https://help.example.com/*'], STATICS);
    expect(bridge).toEqual({
      id: BRIDGE_SCRIPT_ID,
      js: [BRIDGE_SCRIPT_FILE],
      matches: ['https://help.example.com/*'],
      excludeMatches: ['http://127.0.0.1/editors/*', 'https://*.zendesk.com/agent/*'],
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    });
    expect(coach).toEqual({
      id: COACH_SCRIPT_ID,
      js: [COACH_SCRIPT_FILE],
      matches: ['https://help.example.com/*'],
      excludeMatches: ['http://127.0.0.1/editors/*', 'https://*.zendesk.com/agent/*', 'https://mail.google.com/*'],
      runAt: 'document_idle',
      world: 'ISOLATED',
      persistAcrossSessions: true,
    });
  });
});

describe('planScriptChanges', () => {
  const wanted = siteScripts(['https://help.example.com/*'], STATICS);

  it('changes nothing when the browser reports the same scripts in its own words', () => {
    const reported = wanted.map((script) => ({
      ...script,
      js: script.js.map((file) => file.slice(1)),
      matches: [...script.matches].reverse(),
      excludeMatches: [...script.excludeMatches].reverse(),
      allFrames: false,
      matchOriginAsFallback: false,
    }));
    expect(planScriptChanges(reported, wanted)).toEqual({ register: [], update: [], unregister: [] });
  });

  it('updates a script whose sites changed and leaves other extensions-registered scripts alone', () => {
    const registered = [
      { ...wanted[0]!, matches: ['https://old.example.com/*'] },
      wanted[1]!,
      { id: 'someone-elses-script', js: ['other.js'], matches: ['https://*/*'] },
    ];
    expect(planScriptChanges(registered, wanted)).toEqual({ register: [], update: [wanted[0]], unregister: [] });
  });

  it('registers what is missing and unregisters what is no longer wanted', () => {
    expect(planScriptChanges([], wanted)).toEqual({ register: wanted, update: [], unregister: [] });
    expect(planScriptChanges(wanted, [])).toEqual({
      register: [],
      update: [],
      unregister: [BRIDGE_SCRIPT_ID, COACH_SCRIPT_ID],
    });
  });
});

describe('SiteSync', () => {
  it('registers the granted sites, and a second sync changes nothing', async () => {
    const { api, state } = fakeBrowser({ granted: ['https://mail.google.com/*', 'https://help.example.com/*'] });
    const sync = new SiteSync(api, STATICS);
    expect(await sync.sync()).toEqual({ sites: ['https://help.example.com/*'] });
    expect(state.calls).toEqual([`register ${BRIDGE_SCRIPT_ID},${COACH_SCRIPT_ID}`]);
    expect(await sync.sync()).toEqual({ sites: ['https://help.example.com/*'] });
    expect(state.calls).toHaveLength(1);
  });

  it('follows grants added and taken away, in the browser or in the popup', async () => {
    const { api, state } = fakeBrowser({ granted: ['https://help.example.com/*'] });
    const sync = new SiteSync(api, STATICS);
    await sync.sync();
    state.granted.push('https://desk.example.org/*');
    await sync.sync();
    expect(state.registered.map((script) => script.matches)).toEqual([
      ['https://desk.example.org/*', 'https://help.example.com/*'],
      ['https://desk.example.org/*', 'https://help.example.com/*'],
    ]);
    state.granted = [];
    await sync.sync();
    expect(state.registered).toEqual([]);
    expect(state.calls).toEqual([
      `register ${BRIDGE_SCRIPT_ID},${COACH_SCRIPT_ID}`,
      `update ${BRIDGE_SCRIPT_ID},${COACH_SCRIPT_ID}`,
      `unregister ${BRIDGE_SCRIPT_ID},${COACH_SCRIPT_ID}`,
    ]);
  });

  it('runs overlapping syncs one after another, so a script is never registered twice', async () => {
    const { api, state } = fakeBrowser({ granted: ['https://help.example.com/*'] });
    const sync = new SiteSync(api, STATICS);
    await Promise.all([sync.sync(), sync.sync(), sync.grantedSites(['https://help.example.com/*'])]);
    expect(state.calls).toEqual([`register ${BRIDGE_SCRIPT_ID},${COACH_SCRIPT_ID}`]);
  });

  it('keeps syncing after a sync failed', async () => {
    const { api, state } = fakeBrowser({ granted: ['https://help.example.com/*'] });
    const failing = vi
      .spyOn(api.permissions, 'getAll')
      .mockRejectedValueOnce(new Error('Extension context invalidated'));
    const sync = new SiteSync(api, STATICS);
    await expect(sync.sync()).rejects.toThrow('Extension context invalidated');
    await sync.sync();
    expect(failing).toHaveBeenCalledTimes(2);
    expect(state.registered).toHaveLength(2);
  });

  it('starts coaching in the open tabs of a newly granted site, bridge first, once per tab', async () => {
    const { api, state } = fakeBrowser({
      granted: ['https://help.example.com/*'],
      tabs: [
        { id: 1, url: 'https://help.example.com/tickets/1' },
        { id: 2, url: 'https://help.example.com/tickets/2', coached: true },
        { id: 3, url: 'https://elsewhere.example.net/' },
        { id: 4 },
      ],
    });
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    await new SiteSync(api, STATICS).grantedSites(['https://help.example.com/*']);
    expect(state.injected).toEqual([
      { tabId: 1, file: BRIDGE_SCRIPT_FILE, world: 'MAIN' },
      { tabId: 1, file: COACH_SCRIPT_FILE, world: 'ISOLATED' },
    ]);
    expect(debug).not.toHaveBeenCalled();
    debug.mockRestore();
  });

  it("starts nothing for a grant that is not a site Tactful coaches, nor on a static host's pages", async () => {
    const { api, state } = fakeBrowser({
      granted: ['https://*.zendesk.com/*', 'https://*/*'],
      tabs: [
        { id: 1, url: 'https://acme.zendesk.com/agent/tickets/1' },
        { id: 2, url: 'https://acme.zendesk.com/hc/' },
      ],
    });
    const sync = new SiteSync(api, STATICS);
    await sync.grantedSites(['https://*.zendesk.com/*']);
    expect(state.injected).toEqual([]);
    await sync.grantedSites(['https://*/*']);
    expect(state.injected.map((injection) => injection.tabId)).toEqual([2, 2]);
  });

  it('skips a tab it cannot script and still starts the others', async () => {
    const { api, state } = fakeBrowser({
      granted: ['https://help.example.com/*'],
      tabs: [
        { id: 1, url: 'https://help.example.com/a' },
        { id: 2, url: 'https://help.example.com/b' },
      ],
    });
    const executeScript = api.scripting.executeScript.bind(api.scripting);
    vi.spyOn(api.scripting, 'executeScript').mockImplementation((injection) =>
      injection.target.tabId === 1
        ? Promise.reject(new Error('Cannot access contents of the page'))
        : executeScript(injection),
    );
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    await new SiteSync(api, STATICS).grantedSites(['https://help.example.com/*']);
    expect(state.injected.map((injection) => injection.tabId)).toEqual([2, 2]);
    expect(debug).toHaveBeenCalledOnce();
    debug.mockRestore();
  });
});
