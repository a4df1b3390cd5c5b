import { describe, expect, it } from 'vitest';
import {
  builtInHosts,
  isSitePattern,
  siteHostOf,
  siteIncludes,
  sitePatternFor,
  staticHostsOf,
  staticOrigins,
  staticPatternsFor,
  type StaticHosts,
} from './patterns';

/** The shape of Tactful's manifest: a coaching script per host family and the main-world bridge. */
const MANIFEST_SCRIPTS = [
  { matches: ['http://127.0.0.1/editors/*', 'http://localhost/editors/*'], js: ['content-scripts/any-editor.js'] },
  {
    matches: ['https://*.zendesk.com/agent/*', 'https://mail.google.com/*', 'http://127.0.0.1/editors/*'],
    world: 'MAIN',
  },
  { matches: ['https://mail.google.com/*'] },
  { matches: ['https://*.zendesk.com/agent/*'] },
];
const STATICS: StaticHosts = staticHostsOf(MANIFEST_SCRIPTS);

describe('sitePatternFor', () => {
  it.each([
    ['https://help.example.com/tickets/42?tab=reply#end', 'https://help.example.com/*'],
    ['http://desk.internal:8080/queue', 'http://desk.internal/*'],
    ['https://HELP.Example.COM/', 'https://help.example.com/*'],
    ['http://127.0.0.1:5170/other-desk/', 'http://127.0.0.1/*'],
  ])('%s -> %s', (url, pattern) => {
    expect(sitePatternFor(url)).toBe(pattern);
  });

  it.each([
    'chrome://extensions/',
    'about:addons',
    'moz-extension://0b0e6f3c/popup.html',
    'chrome-extension://abcdefghijklmnop/popup.html',
    'file:///home/agent/reply.html',
    'data:text/html,<p>hi</p>',
    'not a url',
    '',
    undefined,
  ])('offers no site for %s', (url) => {
    expect(sitePatternFor(url)).toBeNull();
  });
});

describe('isSitePattern', () => {
  it.each([
    'https://help.example.com/*',
    'http://desk.localhost/*',
    'https://*.example.com/*',
    'https://*/*',
    '*://*/*',
  ])('a whole site: %s', (pattern) => expect(isSitePattern(pattern)).toBe(true));

  it.each([
    'https://*.zendesk.com/agent/*',
    'https://help.example.com/tickets/*',
    '<all_urls>',
    'file:///*',
    'https://help.example.com/',
  ])('not a whole site: %s', (pattern) => expect(isSitePattern(pattern)).toBe(false));
});

describe('static hosts', () => {
  it('splits the manifest content scripts by world, without repeats', () => {
    expect(STATICS).toEqual({
      coaching: [
        'http://127.0.0.1/editors/*',
        'http://localhost/editors/*',
        'https://mail.google.com/*',
        'https://*.zendesk.com/agent/*',
      ],
      bridge: ['https://*.zendesk.com/agent/*', 'https://mail.google.com/*', 'http://127.0.0.1/editors/*'],
    });
    expect(staticHostsOf(undefined)).toEqual({ coaching: [], bridge: [] });
  });

  it('names the whole sites they live on, as Firefox reports their access', () => {
    expect(staticOrigins(STATICS)).toEqual([
      'http://127.0.0.1/*',
      'http://localhost/*',
      'https://*.zendesk.com/*',
      'https://mail.google.com/*',
    ]);
  });

  it('finds the declared patterns that cover a page', () => {
    expect(staticPatternsFor('https://acme.zendesk.com/agent/tickets/12', STATICS)).toEqual([
      'https://*.zendesk.com/agent/*',
    ]);
    expect(staticPatternsFor('https://zendesk.com/agent/', STATICS)).toEqual(['https://*.zendesk.com/agent/*']);
    expect(staticPatternsFor('https://acme.zendesk.com/hc/en-us', STATICS)).toEqual([]);
    expect(staticPatternsFor('https://mail.google.com/mail/u/0/#inbox', STATICS)).toEqual([
      'https://mail.google.com/*',
    ]);
    expect(staticPatternsFor('https://evil-zendesk.com/agent/', STATICS)).toEqual([]);
  });
});

describe('siteIncludes', () => {
  it('matches pages of the granted sites on any port and path', () => {
    expect(siteIncludes(['http://desk.localhost/*'], 'http://desk.localhost:41234/other-desk/')).toBe(true);
    expect(siteIncludes(['https://*.example.com/*'], 'https://help.example.com/x')).toBe(true);
    expect(siteIncludes(['https://help.example.com/*'], 'http://help.example.com/x')).toBe(false);
    expect(siteIncludes(['https://help.example.com/*'], undefined)).toBe(false);
    expect(siteIncludes(['not a pattern'], 'https://help.example.com/')).toBe(false);
  });

  it('reads the host of a site pattern', () => {
    expect(siteHostOf('https://help.example.com/*')).toBe('help.example.com');
  });
});

describe('builtInHosts', () => {
  it('lists each host of the coaching scripts once, with its patterns, leaving out the bridge', () => {
    expect(builtInHosts(STATICS)).toEqual([
      { host: '127.0.0.1', patterns: ['http://127.0.0.1/editors/*'] },
      { host: 'localhost', patterns: ['http://localhost/editors/*'] },
      { host: 'mail.google.com', patterns: ['https://mail.google.com/*'] },
      { host: '*.zendesk.com', patterns: ['https://*.zendesk.com/agent/*'] },
    ]);
  });

  it('groups several patterns on one host', () => {
    const statics = staticHostsOf([
      { matches: ['http://localhost/gmail/*'] },
      { matches: ['http://localhost/zendesk/*', 'https://mail.google.com/*'] },
    ]);
    expect(builtInHosts(statics)).toEqual([
      { host: 'localhost', patterns: ['http://localhost/gmail/*', 'http://localhost/zendesk/*'] },
      { host: 'mail.google.com', patterns: ['https://mail.google.com/*'] },
    ]);
  });
});
