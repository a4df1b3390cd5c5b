import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import { builtInHosts, siteHostOf, staticHostsOf, type StaticHosts } from '@/lib/sites/patterns';
import { siteForAddress, type AddressProblem } from '@/lib/sites/site-address';
import { readEnabledSites, turnSiteOff, turnSiteOn } from '@/lib/sites/site-changes';
import { AddressForm } from './AddressForm';
import type { Outcome } from './OutcomeMessage';
import { errorText, useSettledWork } from '../use-settled-work';

// The sites Tactful coaches on: the built-in help desks (declared in the manifest, nothing to turn
// on) and the sites the agent turned on, which are the optional host permissions the browser
// grants. The list follows the browser's permission events, so a site turned on in the popup or
// taken away in the browser's settings shows up here at once.

const syncSites = () => sendMessage('sites.sync');

/** Product names for the built-in hosts; any other host is shown by its address alone. */
const BUILT_IN_NAMES: Record<string, MessageKey> = {
  '*.zendesk.com': 'options_sites_name_zendesk',
  'mail.google.com': 'options_sites_name_gmail',
  'app.intercom.com': 'options_sites_name_intercom',
  'secure.helpscout.net': 'options_sites_name_helpscout',
  '*.atlassian.net': 'options_sites_name_jsm',
  localhost: 'options_sites_name_demo',
  '127.0.0.1': 'options_sites_name_demo',
};

const ADDRESS_PROBLEMS: Record<AddressProblem, MessageKey> = {
  empty: 'options_sites_error_empty',
  scheme: 'options_sites_error_scheme',
  host: 'options_sites_error_host',
  wildcard: 'options_sites_error_wildcard',
  'built-in': 'options_sites_error_built_in',
};

/** `/agent/*` for `https://*.zendesk.com/agent/*`. */
function pathOf(pattern: string): string {
  return /^[^:]+:\/\/[^/]+(\/.*)$/.exec(pattern)?.[1] ?? pattern;
}

function readStatics(): StaticHosts {
  return staticHostsOf(browser.runtime.getManifest().content_scripts);
}

/** The sites the agent turned on, read again whenever the browser's permissions change. */
function useEnabledSites(statics: StaticHosts) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  const refresh = () =>
    readEnabledSites(browser, statics).then(
      (granted) => {
        setSites(granted);
        setReadError(null);
      },
      (error: unknown) => setReadError(t('options_sites_read_failed', errorText(error))),
    );

  useEffect(() => {
    // Whatever changed the permissions (this page, the popup, the browser's own settings), the
    // granted origins are read again rather than patched from the event.
    const onChange = () => void refresh();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    void refresh();
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [statics]);

  return { sites, readError, refresh };
}

/** The built-in help desks: always on, with the pages of each that Tactful coaches. */
function BuiltInSites({ statics }: { statics: StaticHosts }) {
  return (
    <div class="tfo-card">
      <h3 id="sites-built-in-heading">{t('options_sites_built_in_heading')}</h3>
      <p class="tfo-hint" id="sites-built-in-hint">
        {t('options_sites_built_in_hint')}
      </p>
      <ul class="tfo-site-list" aria-labelledby="sites-built-in-heading" aria-describedby="sites-built-in-hint">
        {builtInHosts(statics).map(({ host, patterns }) => {
          const name = BUILT_IN_NAMES[host];
          return (
            <li key={host} class="tfo-site" data-site={host}>
              <span class="tfo-site-name">
                {name ? <strong>{t(name)} </strong> : null}
                <code>{host}</code>
              </span>
              <span class="tfo-site-state">{t('options_sites_always_on')}</span>
              <span class="tfo-hint tfo-site-pages">
                {t('options_sites_built_in_pages', patterns.map(pathOf).join(', '))}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

interface EnabledSiteListProps {
  sites: string[] | null;
  readError: string | null;
  busy: boolean;
  onTurnOff(pattern: string): void;
}

/** The sites the agent turned on, each with its Turn off button; or why there is no list. */
function EnabledSiteList({ sites, readError, busy, onTurnOff }: EnabledSiteListProps) {
  if (sites === null) {
    return readError ? null : (
      <p class="tfo-empty" role="status">
        {t('options_sites_loading')}
      </p>
    );
  }
  if (sites.length === 0) return <p class="tfo-empty">{t('options_sites_enabled_empty')}</p>;
  return (
    <ul class="tfo-site-list" aria-labelledby="sites-enabled-heading">
      {sites.map((pattern) => {
        const host = siteHostOf(pattern);
        return (
          <li key={pattern} class="tfo-site" data-site={pattern}>
            <span class="tfo-site-name">
              <code>{host}</code>
            </span>
            <button
              type="button"
              class="tfo-button tfo-danger"
              aria-label={t('options_sites_turn_off_label', host)}
              aria-disabled={busy}
              onClick={() => onTurnOff(pattern)}
            >
              {t('options_sites_turn_off')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/** What the last change did: a problem as an alert, a success in the status line. */
function SiteOutcome({ outcome }: { outcome: Outcome | null }) {
  return (
    <>
      {outcome?.kind === 'error' ? (
        <p class="tfo-alert" role="alert">
          {outcome.text}
        </p>
      ) : null}
      <p class="tfo-success" role="status">
        {outcome?.kind === 'done' ? outcome.text : ''}
      </p>
    </>
  );
}

/** The Sites section of the options page. */
export function SiteSettings() {
  const statics = useMemo(readStatics, []);
  const { sites, readError, refresh } = useEnabledSites(statics);
  const { busy, outcome, setOutcome, settle } = useSettledWork((message) => t('options_sites_failed', message));
  /** The list follows the permission events; it is read again before the outcome shows, all the same. */
  const settleChange = (change: () => Promise<Outcome>) => settle(() => change().finally(refresh));

  const turnOff = (pattern: string) => {
    const host = siteHostOf(pattern);
    settleChange(() =>
      turnSiteOff(browser, [pattern], syncSites).then((removed): Outcome =>
        removed
          ? { kind: 'done', text: t('options_sites_turned_off', host) }
          : { kind: 'error', text: t('options_sites_kept', host) },
      ),
    );
  };

  const problemWith = (address: string) => {
    const site = siteForAddress(address, statics);
    return site.kind === 'problem' ? t(ADDRESS_PROBLEMS[site.problem]) : null;
  };

  const add = (address: string, clearAddress: () => void) => {
    const site = siteForAddress(address, statics);
    if (busy || site.kind === 'problem') return;
    if (sites?.includes(site.pattern)) {
      setOutcome({ kind: 'done', text: t('options_sites_already_on', site.host) });
      return;
    }
    // turnSiteOn asks the browser before anything else: the prompt is only allowed during this click.
    settleChange(() =>
      turnSiteOn(browser, [site.pattern], syncSites).then((granted): Outcome => {
        if (!granted) return { kind: 'error', text: t('options_sites_refused', site.host) };
        clearAddress();
        return { kind: 'done', text: t('options_sites_added', site.host) };
      }),
    );
  };

  return (
    <div class="tfo-sites">
      <p class="tfo-hint">{t('options_sites_intro')}</p>
      <BuiltInSites statics={statics} />
      <div class="tfo-card">
        <h3 id="sites-enabled-heading">{t('options_sites_enabled_heading')}</h3>
        <p class="tfo-hint">{t('options_sites_enabled_hint')}</p>
        {readError ? (
          <p class="tfo-alert" role="alert">
            {readError}
          </p>
        ) : null}
        <EnabledSiteList sites={sites} readError={readError} busy={busy} onTurnOff={turnOff} />
        <AddressForm
          id="sites-add-address"
          heading={<h4 id="sites-add-heading">{t('options_sites_add_heading')}</h4>}
          label={t('options_sites_add_label')}
          submitLabel={t('options_sites_add_button')}
          inputType="text"
          hint={t('options_sites_add_hint')}
          disabled={busy}
          problemWith={problemWith}
          onSubmit={add}
        />
        <SiteOutcome outcome={outcome} />
      </div>
    </div>
  );
}
