import { describe, expect, it } from 'vitest';
import { staticHostsOf } from './patterns';
import { originsToRequest, readSiteAccess, type PermissionsReader } from './site-access';
import { MatchPattern } from 'wxt/utils/match-patterns';

const STATICS = staticHostsOf([
  { matches: ['https://*.zendesk.com/agent/*'] },
  { matches: ['https://mail.google.com/*'] },
  { matches: ['https://*.zendesk.com/agent/*', 'https://mail.google.com/*'], world: 'MAIN' },
]);

/** Grants as a browser holds them; `contains` answers as browsers do, by pattern coverage. */
function permissionsWith(granted: string[]): PermissionsReader {
  const covers = (wanted: string) => {
    const sample = wanted.replace('/*', '/').replace('://*.', '://any.');
    return granted.some((pattern) => pattern === wanted || new MatchPattern(pattern).includes(sample));
  };
  return {
    permissions: {
      contains: async ({ origins }) => origins.every(covers),
      getAll: async () => ({ origins: granted }),
    },
  };
}

describe('readSiteAccess', () => {
  it('has nothing to offer on a page that is not a web page', async () => {
    expect(await readSiteAccess(permissionsWith([]), 'chrome://newtab/', STATICS)).toEqual({ kind: 'unavailable' });
    expect(await readSiteAccess(permissionsWith([]), undefined, STATICS)).toEqual({ kind: 'unavailable' });
  });

  it('offers a site that is off', async () => {
    expect(await readSiteAccess(permissionsWith([]), 'https://help.example.com/tickets/7', STATICS)).toEqual({
      kind: 'site',
      host: 'help.example.com',
      pattern: 'https://help.example.com/*',
      granted: false,
      wider: false,
    });
  });

  it('shows a site the agent turned on', async () => {
    const access = await readSiteAccess(
      permissionsWith(['https://help.example.com/*']),
      'https://help.example.com/x',
      STATICS,
    );
    expect(access).toMatchObject({ kind: 'site', granted: true, wider: false });
  });

  it('says when only a wider grant lets Tactful in, which the popup cannot narrow', async () => {
    const access = await readSiteAccess(permissionsWith(['https://*/*']), 'https://help.example.com/x', STATICS);
    expect(access).toMatchObject({ kind: 'site', granted: true, wider: true });
  });

  it('shows a built-in help desk, and whether the browser lets Tactful run there', async () => {
    expect(
      await readSiteAccess(
        permissionsWith(['https://*.zendesk.com/agent/*']),
        'https://acme.zendesk.com/agent/tickets/3',
        STATICS,
      ),
    ).toEqual({
      kind: 'built-in',
      host: 'acme.zendesk.com',
      patterns: ['https://*.zendesk.com/agent/*'],
      granted: true,
    });
    // Firefox's Manifest V3 access to the static hosts is the agent's to give.
    expect(await readSiteAccess(permissionsWith([]), 'https://mail.google.com/mail/u/0/', STATICS)).toMatchObject({
      kind: 'built-in',
      granted: false,
    });
  });

  it('does not offer other pages of a site a built-in help desk lives on', async () => {
    expect(
      await readSiteAccess(permissionsWith(['https://*.zendesk.com/*']), 'https://acme.zendesk.com/hc/en-us', STATICS),
    ).toEqual({
      kind: 'built-in-elsewhere',
      host: 'acme.zendesk.com',
    });
  });
});

describe('originsToRequest', () => {
  it('asks for exactly the site, or the built-in patterns, and nothing on other pages', () => {
    expect(originsToRequest({ kind: 'site', host: 'h', pattern: 'https://h/*', granted: false, wider: false })).toEqual(
      ['https://h/*'],
    );
    expect(
      originsToRequest({ kind: 'built-in', host: 'h', patterns: ['https://mail.google.com/*'], granted: false }),
    ).toEqual(['https://mail.google.com/*']);
    expect(originsToRequest({ kind: 'built-in-elsewhere', host: 'h' })).toEqual([]);
    expect(originsToRequest({ kind: 'unavailable' })).toEqual([]);
  });
});
