import { enabledSites } from './registration';
import type { StaticHosts } from './patterns';

// Turning a site on or off, shared by the popup (the current page's site) and the options page
// (any site). The browser's host permission is the record of a site being on; the background is
// then asked to bring its run-time content scripts in step (it also hears the permission events,
// but a stopped Firefox event page or Chrome worker may not have listened yet).

/** The parts of the extension API these changes use; `browser` from wxt/browser fits. */
export interface SitePermissions {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
}

/** Asks the background to re-register the site scripts for what is granted now. */
export type SyncSites = () => Promise<unknown>;

/**
 * Asks the browser for these origins and, once granted, syncs. Call it first thing in a click
 * handler, before any await: browsers show the permission prompt only during the click itself.
 * Resolves false when the agent (or the browser) declined.
 */
export function turnSiteOn(api: SitePermissions, origins: string[], sync: SyncSites): Promise<boolean> {
  const asking = api.permissions.request({ origins });
  return asking.then(async (granted) => {
    if (granted) await sync();
    return granted;
  });
}

/** Gives the origins back to the browser and syncs. Resolves false when the browser kept them. */
export async function turnSiteOff(api: SitePermissions, origins: string[], sync: SyncSites): Promise<boolean> {
  const removed = await api.permissions.remove({ origins });
  if (removed) await sync();
  return removed;
}

/** The sites the agent turned on, as the background will coach them (see enabledSites). */
export async function readEnabledSites(
  api: { permissions: Pick<SitePermissions['permissions'], 'getAll'> },
  statics: StaticHosts,
): Promise<string[]> {
  const { origins = [] } = await api.permissions.getAll();
  return enabledSites(origins, statics);
}
