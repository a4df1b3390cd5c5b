import { MatchPattern } from 'wxt/utils/match-patterns';

// Match patterns for the sites an agent turns Tactful on for. A site is one origin's scheme and
// host, any port and any path: the pattern the popup asks the browser for, and the one the run-time
// content scripts are registered with.

/** The content scripts the manifest declares, split by the world they run in. */
export interface StaticHosts {
  /** Where a coaching content script (Zendesk, Gmail, the editor fixtures) is declared. */
  coaching: string[];
  /** Where the main-world editor bridge is declared. */
  bridge: string[];
}

/** The slice of a manifest's content_scripts entries that says where each one runs. */
interface DeclaredContentScript {
  matches?: string[];
  world?: string;
}

/** Match patterns can name a site only over the web's own schemes. */
const SITE_SCHEMES = new Set(['http:', 'https:']);

/**
 * `https://help.example.com/*` for any page of https://help.example.com (match patterns carry no
 * port, so every port of that host is included). Null for pages no content script may run on:
 * browser pages, extension pages, files, data URLs.
 */
export function sitePatternFor(url: string | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!SITE_SCHEMES.has(parsed.protocol) || !parsed.hostname) return null;
  return `${parsed.protocol}//${parsed.hostname}/*`;
}

/** The host a person reads for a site pattern: `help.example.com` for `https://help.example.com/*`. */
export function siteHostOf(pattern: string): string {
  return /^[^:]+:\/\/([^/]+)\//.exec(pattern)?.[1] ?? pattern;
}

/**
 * True for a pattern that grants a whole site (every path of a host, or of every host): the shape
 * the popup requests and the shape a browser's own site-access settings grant. Path-limited grants
 * such as the static hosts' `https://*.zendesk.com/agent/*` are not sites.
 */
export function isSitePattern(pattern: string): boolean {
  return /^(https?|\*):\/\/(\*|(\*\.)?[^/*]+)\/\*$/.test(pattern);
}

export function staticHostsOf(contentScripts: readonly DeclaredContentScript[] | undefined): StaticHosts {
  const hosts: StaticHosts = { coaching: [], bridge: [] };
  for (const script of contentScripts ?? []) {
    const list = script.world === 'MAIN' ? hosts.bridge : hosts.coaching;
    for (const pattern of script.matches ?? []) if (!list.includes(pattern)) list.push(pattern);
  }
  return hosts;
}

/**
 * The whole sites the static hosts live on: `https://*.zendesk.com/*` for Zendesk's agent pages.
 * Firefox reports the access a content script's matches need this way (its host permissions have
 * no paths), so a granted pattern equal to one of these may be nothing the agent chose. Tactful
 * leaves these sites to their built-in scripts in both browsers and never offers them as sites.
 */
export function staticOrigins(statics: StaticHosts): string[] {
  const origins = [...statics.coaching, ...statics.bridge].map((pattern) =>
    pattern.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*'),
  );
  return [...new Set(origins)].sort();
}

/** The declared patterns (Zendesk's agent pages, Gmail, ...) that cover this page, if any. */
export function staticPatternsFor(url: string, statics: StaticHosts): string[] {
  return statics.coaching.filter((pattern) => matchesUrl(pattern, url));
}

function matchesUrl(pattern: string, url: string): boolean {
  try {
    return new MatchPattern(pattern).includes(url);
  } catch {
    return false;
  }
}

/** True when the page at `url` is in one of the granted sites. */
export function siteIncludes(patterns: readonly string[], url: string | undefined): boolean {
  return !!url && patterns.some((pattern) => matchesUrl(pattern, url));
}

/** One host a built-in content script runs on, with the declared patterns there. */
export interface BuiltInHost {
  /** `*.zendesk.com`, `mail.google.com`: the host part of the patterns. */
  host: string;
  /** Every declared coaching pattern on that host, such as `https://*.zendesk.com/agent/*`. */
  patterns: string[];
}

/** The hosts the coaching content scripts are declared for, in manifest order, one entry a host. */
export function builtInHosts(statics: StaticHosts): BuiltInHost[] {
  const byHost = new Map<string, string[]>();
  for (const pattern of statics.coaching) {
    const host = siteHostOf(pattern);
    byHost.set(host, [...(byHost.get(host) ?? []), pattern]);
  }
  return [...byHost].map(([host, patterns]) => ({ host, patterns }));
}
