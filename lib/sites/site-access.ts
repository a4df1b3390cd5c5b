import {
  siteHostOf,
  siteIncludes,
  sitePatternFor,
  staticOrigins,
  staticPatternsFor,
  type StaticHosts,
} from './patterns';

// What the popup can do for the page the agent opened it on.

export type SiteAccess =
  /** Not a web page (a browser or extension page, a file), or its address is hidden from Tactful. */
  | { kind: 'unavailable' }
  /**
   * A help desk Tactful knows (Zendesk, Gmail): its content scripts are declared in the manifest.
   * Browsers may still hold back the access they need (Firefox asks for it for Manifest V3
   * extensions; Chrome lets the agent withhold it), in which case `granted` is false.
   */
  | { kind: 'built-in'; host: string; patterns: string[]; granted: boolean }
  /**
   * Another page of a site a built-in help desk lives on (a Zendesk help center, say). The built-in
   * scripts coach only the help desk's own pages there, and the site is not offered as a whole.
   */
  | { kind: 'built-in-elsewhere'; host: string }
  /**
   * Any other site. `granted`: Tactful may run there. `wider`: through a grant for more than this
   * site (all sites, set in the browser's extension settings), which only the browser can narrow.
   */
  | { kind: 'site'; host: string; pattern: string; granted: boolean; wider: boolean };

export interface PermissionsReader {
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    getAll(): Promise<{ origins?: string[] }>;
  };
}

export async function readSiteAccess(
  api: PermissionsReader,
  url: string | undefined,
  statics: StaticHosts,
): Promise<SiteAccess> {
  const pattern = sitePatternFor(url);
  if (!url || !pattern) return { kind: 'unavailable' };
  const host = siteHostOf(pattern);
  const builtIn = staticPatternsFor(url, statics);
  if (builtIn.length > 0) {
    return { kind: 'built-in', host, patterns: builtIn, granted: await api.permissions.contains({ origins: builtIn }) };
  }
  if (siteIncludes(staticOrigins(statics), url)) return { kind: 'built-in-elsewhere', host };
  const [granted, { origins = [] }] = await Promise.all([
    api.permissions.contains({ origins: [pattern] }),
    api.permissions.getAll(),
  ]);
  return { kind: 'site', host, pattern, granted, wider: granted && !origins.includes(pattern) };
}

/** The origins to ask the browser for so that Tactful coaches this page. */
export function originsToRequest(access: SiteAccess): string[] {
  if (access.kind === 'built-in') return access.patterns;
  if (access.kind === 'site') return [access.pattern];
  return [];
}
