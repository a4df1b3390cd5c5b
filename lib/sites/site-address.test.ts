import { describe, expect, it } from 'vitest';
import { staticHostsOf } from './patterns';
import { siteForAddress, type AddressProblem } from './site-address';

const STATICS = staticHostsOf([
  { matches: ['https://*.zendesk.com/agent/*', 'http://localhost/zendesk/*', 'http://127.0.0.1/zendesk/*'] },
  { matches: ['https://mail.google.com/*'] },
]);

describe('siteForAddress', () => {
  it.each([
    ['desk.example.com', 'https://desk.example.com/*', 'desk.example.com'],
    ['  Desk.Example.COM  ', 'https://desk.example.com/*', 'desk.example.com'],
    ['https://desk.example.com/agent/tickets/7?tab=reply#end', 'https://desk.example.com/*', 'desk.example.com'],
    ['http://desk.example.com', 'http://desk.example.com/*', 'desk.example.com'],
    ['HTTPS://desk.example.com', 'https://desk.example.com/*', 'desk.example.com'],
    ['desk.example.com:8443/queue', 'https://desk.example.com/*', 'desk.example.com'],
    ['http://desk.localhost:5170/other-desk/', 'http://desk.localhost/*', 'desk.localhost'],
    ['localhost:3000', 'https://localhost/*', 'localhost'],
    ['http://10.0.0.7/', 'http://10.0.0.7/*', '10.0.0.7'],
    ['http://[::1]:8080/', 'http://[::1]/*', '[::1]'],
    ['*.example.com', 'https://*.example.com/*', '*.example.com'],
    ['https://agent:secret@desk.example.com/', 'https://desk.example.com/*', 'desk.example.com'],
    ['support.bücher.de', 'https://support.xn--bcher-kva.de/*', 'support.xn--bcher-kva.de'],
    // Other pages of a built-in help desk's host, but not the host itself.
    ['mail.google.example.com', 'https://mail.google.example.com/*', 'mail.google.example.com'],
    ['example.zendesk.com.evil.test', 'https://example.zendesk.com.evil.test/*', 'example.zendesk.com.evil.test'],
  ])('%s is the site %s', (typed, pattern, host) => {
    expect(siteForAddress(typed, STATICS)).toEqual({ kind: 'site', pattern, host });
  });

  it.each<[string, AddressProblem]>([
    ['', 'empty'],
    ['   ', 'empty'],
    ['ftp://files.example.com', 'scheme'],
    ['file:///home/agent/reply.html', 'scheme'],
    ['chrome://extensions', 'scheme'],
    ['javascript:alert(1)', 'scheme'],
    ['mailto:help@example.com', 'scheme'],
    ['ws://desk.example.com', 'scheme'],
    ['not an address', 'host'],
    ['zendesk', 'host'],
    ['https://', 'host'],
    ['http://-desk.example.com', 'host'],
    ['desk..example.com', 'host'],
    ['desk_queue.example.com', 'host'],
    ['http://1.2.3.4.5', 'host'],
    ['http://300.1.1.1', 'host'],
    ['desk.example.com*', 'wildcard'],
    ['desk.*.example.com', 'wildcard'],
    ['*', 'wildcard'],
    ['https://*/', 'wildcard'],
    ['**.example.com', 'wildcard'],
    ['acme.zendesk.com', 'built-in'],
    ['https://acme.zendesk.com/hc/en-us', 'built-in'],
    ['*.zendesk.com', 'built-in'],
    ['mail.google.com', 'built-in'],
    ['http://127.0.0.1:5170/other-desk/', 'built-in'],
  ])('refuses %j (%s)', (typed, problem) => {
    expect(siteForAddress(typed, STATICS)).toEqual({ kind: 'problem', problem });
  });
});
