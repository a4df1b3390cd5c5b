import { isSitePattern, siteHostOf, sitePatternFor, siteIncludes, staticOrigins, type StaticHosts } from './patterns';

// Turning the address an agent types (`desk.example.com`, `https://desk.example.com/agent/7`,
// `*.example.com`) into the site pattern the browser is asked for, or the reason it cannot be one.

export type AddressProblem =
  /** Nothing typed. */
  | 'empty'
  /** A scheme other than http or https (ftp:, file:, chrome:, javascript:...). */
  | 'scheme'
  /** Not a host name or IP address a site can be found at. */
  | 'host'
  /** A wildcard anywhere but at the start of the host, or one standing for every host. */
  | 'wildcard'
  /** A site the built-in help desk scripts already cover. */
  | 'built-in';

export type SiteAddress =
  { kind: 'site'; pattern: string; host: string } | { kind: 'problem'; problem: AddressProblem };

/** A scheme in front (`https:`, `mailto:`), as opposed to `localhost:5170`'s port. */
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i;
/** A domain name's labels as the URL parser leaves them (lower case, internationalised names in punycode). */
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/**
 * A single-label name other than localhost is far more often a typo (`zendesk`, `desk`) than an
 * intranet host, so a domain needs a dot. The URL parser has already turned numeric hosts into
 * dotted IPv4 and checked bracketed IPv6.
 */
function isReachableHost(host: string): boolean {
  if (host === 'localhost' || IPV4.test(host) || /^\[[0-9a-f:.]+\]$/.test(host)) return true;
  const labels = host.replace(/^\*\./, '').split('.');
  return labels.length >= 2 && labels.every((label) => DOMAIN_LABEL.test(label)) && !/^\d+$/.test(labels.at(-1)!);
}

/** The site for a typed address; no scheme means https. Any path or port is dropped: a site is a whole host. */
export function siteForAddress(typed: string, statics: StaticHosts): SiteAddress {
  const address = typed.trim();
  if (!address) return { kind: 'problem', problem: 'empty' };
  const withScheme = HAS_SCHEME.test(address) ? address : `https://${address}`;
  if (!/^https?:\/\//i.test(withScheme)) return { kind: 'problem', problem: 'scheme' };
  const pattern = sitePatternFor(withScheme);
  if (!pattern) return { kind: 'problem', problem: 'host' };
  const host = siteHostOf(pattern);
  if (host.includes('*')) {
    if (!isSitePattern(pattern) || host === '*') return { kind: 'problem', problem: 'wildcard' };
  }
  if (!isReachableHost(host) || !isSitePattern(pattern)) return { kind: 'problem', problem: 'host' };
  // Like the popup, which leaves every page of a built-in help desk's site to the built-in scripts.
  const builtIn = staticOrigins(statics);
  if (builtIn.includes(pattern) || siteIncludes(builtIn, pattern.replace(/\*$/, '')))
    return { kind: 'problem', problem: 'built-in' };
  return { kind: 'site', pattern, host };
}
