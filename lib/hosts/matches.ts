// The hosts Tactful knows and the pages each one's content script runs on: the one place these
// match patterns are written. The entrypoints declare them, and the main-world editor bridge runs
// wherever any of them does.

import { DEVELOPMENT_BUILD } from '@/lib/development-build';

/** Each host's pages in the store build, by host id. */
const STORE_MATCHES = {
  // Zendesk's agent workspace.
  zendesk: ['https://*.zendesk.com/agent/*'],
  // Gmail: the mailbox, compose windows and the pop-out window (opened under mail.google.com too).
  gmail: ['https://mail.google.com/*'],
  // Intercom's inbox, a single-page app under /a/ (lib/hosts/EVIDENCE.md).
  intercom: ['https://app.intercom.com/a/*'],
  // Help Scout's conversations and mailboxes (lib/hosts/EVIDENCE.md).
  helpscout: ['https://secure.helpscout.net/conversation/*', 'https://secure.helpscout.net/mailbox/*'],
  // Jira Service Management's agent view of a request: the queues' issue view and /browse/ (lib/hosts/EVIDENCE.md).
  jsm: ['https://*.atlassian.net/jira/servicedesk/*', 'https://*.atlassian.net/browse/*'],
  // No pages of its own: registered at run time for the sites the agent enables (lib/sites).
  'any-editor': [],
} as const satisfies Record<string, readonly string[]>;

export type HostId = keyof typeof STORE_MATCHES;

export const HOST_IDS = Object.keys(STORE_MATCHES) as HostId[];

/**
 * Where the local demo help desk serves each host's pages (`npm start`, `npm run dev`, the e2e
 * tests, the bench); only development and e2e builds run there.
 */
const DEMO_PAGES: Readonly<Record<HostId, string>> = {
  zendesk: '/zendesk/*',
  gmail: '/gmail/*',
  intercom: '/intercom/*',
  helpscout: '/helpscout/*',
  jsm: '/jsm/*',
  // One fixture page per editor kind, coached as a site the agent enabled would be.
  'any-editor': '/editors/*',
};
const DEMO_ORIGINS = ['http://localhost', 'http://127.0.0.1'];

/** The pages a host's content script is declared for in this build. */
export function hostMatches(id: HostId): string[] {
  const demo = DEVELOPMENT_BUILD ? DEMO_ORIGINS.map((origin) => `${origin}${DEMO_PAGES[id]}`) : [];
  return [...STORE_MATCHES[id], ...demo];
}

/** Every page a host's content script is declared for: the editors there may need the bridge. */
export function bridgeMatches(): string[] {
  return [...new Set(HOST_IDS.flatMap(hostMatches))];
}
