import type { ScriptPublicPath } from 'wxt/utils/inject-script';
import { isSitePattern, siteIncludes, staticOrigins, type StaticHosts } from './patterns';
import { SIDEBAR_TAG } from '@/lib/page-elements';

// The content scripts for the sites an agent enabled, registered with the browser at run time.
// The browser's granted host permissions are the only record of which sites those are: a site the
// agent takes away in the browser's own settings stops being coached like one turned off in the
// popup. Every sync compares what is granted with what is registered and changes only the
// difference, so it can run at every start of the background and on every permission change.

/**
 * The built files of the generic host's content script and of the main-world editor bridge (typed
 * against WXT's list of built files, so a renamed entrypoint fails the type check).
 */
export const COACH_SCRIPT_FILE: ScriptPublicPath = '/content-scripts/any-editor.js';
export const BRIDGE_SCRIPT_FILE: ScriptPublicPath = '/content-scripts/editor-bridge.js';

export const COACH_SCRIPT_ID = 'tactful-sites-coach';
export const BRIDGE_SCRIPT_ID = 'tactful-sites-bridge';
const SITE_SCRIPT_IDS = [COACH_SCRIPT_ID, BRIDGE_SCRIPT_ID];

export interface SiteScript {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches: string[];
  runAt: 'document_start' | 'document_idle';
  world: 'ISOLATED' | 'MAIN';
  persistAcrossSessions: boolean;
}

/** What the browsers report back for a registered script (Firefox fills in every default). */
export interface RegisteredScript {
  id: string;
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  runAt?: string;
  world?: string;
  persistAcrossSessions?: boolean;
}

type InjectionTarget = { tabId: number };

/** The parts of the extension API that site syncing uses; `browser` from wxt/browser fits. */
export interface SitesApi {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
  };
  scripting: {
    getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: SiteScript[]): Promise<void>;
    updateContentScripts(scripts: SiteScript[]): Promise<void>;
    unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
    executeScript(
      injection:
        | { target: InjectionTarget; files: ScriptPublicPath[]; world?: 'ISOLATED' | 'MAIN' }
        | { target: InjectionTarget; func: (tag: string) => boolean; args: [string] },
    ): Promise<Array<{ result?: unknown }>>;
  };
  tabs: {
    query(query: Record<string, never>): Promise<Array<{ id?: number; url?: string }>>;
  };
}

/**
 * The sites to coach among the granted host permissions: whole-site grants only (Chrome reports
 * the static hosts' path-limited patterns too, which are not sites), and none of the sites the
 * static hosts live on (Firefox reports those as whole sites; see staticOrigins).
 */
export function enabledSites(granted: readonly string[], statics: StaticHosts): string[] {
  const builtIn = staticOrigins(statics);
  const sites = granted.filter((pattern) => isSitePattern(pattern) && !builtIn.includes(pattern));
  return [...new Set(sites)].sort();
}

/**
 * The run-time scripts for these sites: the generic host's coaching script, and the main-world
 * bridge some editors need to accept input. Each leaves out the pages where its static twin
 * already runs (a granted site may contain Zendesk's agent pages), so no page gets two copies.
 */
export function siteScripts(sites: readonly string[], statics: StaticHosts): SiteScript[] {
  if (sites.length === 0) return [];
  const common = { matches: [...sites], persistAcrossSessions: true };
  return [
    {
      id: BRIDGE_SCRIPT_ID,
      js: [BRIDGE_SCRIPT_FILE],
      ...common,
      excludeMatches: [...statics.bridge].sort(),
      runAt: 'document_start',
      world: 'MAIN',
    },
    {
      id: COACH_SCRIPT_ID,
      js: [COACH_SCRIPT_FILE],
      ...common,
      excludeMatches: [...statics.coaching].sort(),
      runAt: 'document_idle',
      world: 'ISOLATED',
    },
  ];
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const sortedA = [...(a ?? [])].sort();
  const sortedB = [...b].sort();
  return sortedA.length === sortedB.length && sortedA.every((item, index) => item === sortedB[index]);
}

/** `content-scripts/a.js` and `/content-scripts/a.js` name the same file; browsers report either. */
function fromExtensionRoot(file: string): string {
  return file.replace(/^\/+/, '');
}

/** Compares the fields Tactful sets; browsers report unset ones differently (absent or default). */
function sameScript(registered: RegisteredScript, wanted: SiteScript): boolean {
  return (
    sameList(registered.js?.map(fromExtensionRoot), wanted.js.map(fromExtensionRoot)) &&
    sameList(registered.matches, wanted.matches) &&
    sameList(registered.excludeMatches, wanted.excludeMatches) &&
    (registered.runAt ?? 'document_idle') === wanted.runAt &&
    (registered.world ?? 'ISOLATED') === wanted.world &&
    (registered.persistAcrossSessions ?? true) === wanted.persistAcrossSessions
  );
}

export interface ScriptChanges {
  register: SiteScript[];
  update: SiteScript[];
  unregister: string[];
}

/** The smallest set of calls that turns the registered scripts into the wanted ones. */
export function planScriptChanges(
  registered: readonly RegisteredScript[],
  wanted: readonly SiteScript[],
): ScriptChanges {
  const ours = registered.filter((script) => SITE_SCRIPT_IDS.includes(script.id));
  const changes: ScriptChanges = { register: [], update: [], unregister: [] };
  for (const script of wanted) {
    const current = ours.find((candidate) => candidate.id === script.id);
    if (!current) changes.register.push(script);
    else if (!sameScript(current, script)) changes.update.push(script);
  }
  changes.unregister = ours
    .filter((script) => !wanted.some((candidate) => candidate.id === script.id))
    .map((script) => script.id);
  return changes;
}

export interface SitesState {
  /** The site patterns Tactful coaches, as registered after the sync. */
  sites: string[];
}

/**
 * Keeps the run-time scripts in step with the granted sites. Syncs run one after another: two at
 * once could both see a script missing and both register it, which the browser refuses.
 */
export class SiteSync {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly api: SitesApi,
    private readonly statics: StaticHosts,
  ) {}

  /** Registers, updates or unregisters so that exactly the granted sites are coached. */
  sync(): Promise<SitesState> {
    return this.enqueue(() => this.apply());
  }

  /**
   * After sites were granted: syncs, then starts coaching in the tabs already open on them, so the
   * agent need not reload. Tabs where Tactful already runs are left alone (a second copy of the
   * main-world bridge would answer every request twice).
   */
  grantedSites(added: readonly string[]): Promise<SitesState> {
    return this.enqueue(async () => {
      const state = await this.apply();
      const started = added.filter((pattern) => state.sites.includes(pattern));
      if (started.length > 0) await this.startInOpenTabs(started);
      return state;
    });
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => {});
    return run;
  }

  private async apply(): Promise<SitesState> {
    const { origins = [] } = await this.api.permissions.getAll();
    const sites = enabledSites(origins, this.statics);
    const registered = await this.api.scripting.getRegisteredContentScripts({ ids: SITE_SCRIPT_IDS });
    const changes = planScriptChanges(registered, siteScripts(sites, this.statics));
    if (changes.unregister.length > 0) await this.api.scripting.unregisterContentScripts({ ids: changes.unregister });
    if (changes.update.length > 0) await this.api.scripting.updateContentScripts(changes.update);
    if (changes.register.length > 0) await this.api.scripting.registerContentScripts(changes.register);
    return { sites };
  }

  private async startInOpenTabs(sites: readonly string[]): Promise<void> {
    const tabs = await this.api.tabs.query({});
    const staticPages = [...this.statics.coaching];
    const targets = tabs.filter(
      (tab): tab is { id: number; url: string } =>
        tab.id !== undefined && siteIncludes(sites, tab.url) && !siteIncludes(staticPages, tab.url),
    );
    await Promise.all(targets.map((tab) => this.startInTab(tab.id)));
  }

  private async startInTab(tabId: number): Promise<void> {
    const target = { tabId };
    try {
      const [probe] = await this.api.scripting.executeScript({
        target,
        func: (tag: string) => document.querySelector(tag) !== null,
        args: [SIDEBAR_TAG],
      });
      if (probe?.result === true) return;
      await this.api.scripting.executeScript({ target, files: [BRIDGE_SCRIPT_FILE], world: 'MAIN' });
      await this.api.scripting.executeScript({ target, files: [COACH_SCRIPT_FILE] });
    } catch (error) {
      // A tab that closed, navigated away or shows a page no extension may script: it is coached
      // from its next load instead.
      console.debug('Tactful: could not start coaching in an open tab.', error);
    }
  }
}
