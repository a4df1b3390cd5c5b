import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import { builtInHosts, siteHostOf, staticHostsOf, type StaticHosts } from '@/lib/sites/patterns';
import { siteForAddress, type AddressProblem } from '@/lib/sites/site-address';
import { readEnabledSites, turnSiteOff, turnSiteOn } from '@/lib/sites/site-changes';

// The sites Tactful coaches on: the built-in help desks (declared in the manifest, nothing to turn
// on) and the sites the agent turned on, which are the optional host permissions the browser
// grants. The list follows the browser's permission events, so a site turned on in the popup or
// taken away in the browser's settings shows up here at once.

type Outcome = { kind: 'done' | 'problem'; text: string };

const syncSites = () => sendMessage('sites.sync');

/** Product names for the built-in hosts; any other host is shown by its address alone. */
const BUILT_IN_NAMES: Record<string, MessageKey> = {
  '*.zendesk.com': 'options_sites_name_zendesk',
  'mail.google.com': 'options_sites_name_gmail',
  'app.intercom.com': 'options_sites_name_intercom',
  'secure.helpscout.net': 'options_sites_name_helpscout',
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

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** `/agent/*` for `https://*.zendesk.com/agent/*`. */
function pathOf(pattern: string): string {
  return /^[^:]+:\/\/[^/]+(\/.*)$/.exec(pattern)?.[1] ?? pattern;
}

function readStatics(): StaticHosts {
  return staticHostsOf(browser.runtime.getManifest().content_scripts);
}

/** The Sites section of the options page. */
export function SiteSettings() {
  const statics = useMemo(readStatics, []);
  const [sites, setSites] = useState<string[] | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [address, setAddress] = useState('');
  const [addressError, setAddressError] = useState<string | null>(null);

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

  /** Shows what a change did once it lands; the list itself follows the permission events. */
  const settle = (change: Promise<Outcome>) => {
    setBusy(true);
    setOutcome(null);
    change
      .catch((error: unknown): Outcome => ({ kind: 'problem', text: t('options_sites_failed', errorText(error)) }))
      .then(async (result) => {
        await refresh();
        setOutcome(result);
        setBusy(false);
      });
  };

  const turnOff = (pattern: string) => {
    if (busy) return;
    const host = siteHostOf(pattern);
    settle(
      turnSiteOff(browser, [pattern], syncSites).then((removed): Outcome =>
        removed
          ? { kind: 'done', text: t('options_sites_turned_off', host) }
          : { kind: 'problem', text: t('options_sites_kept', host) },
      ),
    );
  };

  const add = (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const site = siteForAddress(address, statics);
    if (site.kind === 'problem') {
      setAddressError(t(ADDRESS_PROBLEMS[site.problem]));
      return;
    }
    setAddressError(null);
    if (sites?.includes(site.pattern)) {
      setOutcome({ kind: 'done', text: t('options_sites_already_on', site.host) });
      return;
    }
    // turnSiteOn asks the browser before anything else: the prompt is only allowed during this click.
    settle(
      turnSiteOn(browser, [site.pattern], syncSites).then((granted): Outcome => {
        if (!granted) return { kind: 'problem', text: t('options_sites_refused', site.host) };
        setAddress('');
        return { kind: 'done', text: t('options_sites_added', site.host) };
      }),
    );
  };

  return (
    <div class="tfo-sites">
      <p class="tfo-hint">{t('options_sites_intro')}</p>

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

      <div class="tfo-card">
        <h3 id="sites-enabled-heading">{t('options_sites_enabled_heading')}</h3>
        <p class="tfo-hint">{t('options_sites_enabled_hint')}</p>
        {readError ? (
          <p class="tfo-alert" role="alert">
            {readError}
          </p>
        ) : null}
        {sites === null ? (
          readError ? null : (
            <p class="tfo-empty" role="status">
              {t('options_sites_loading')}
            </p>
          )
        ) : sites.length === 0 ? (
          <p class="tfo-empty">{t('options_sites_enabled_empty')}</p>
        ) : (
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
                    onClick={() => turnOff(pattern)}
                  >
                    {t('options_sites_turn_off')}
                  </button>
                </li>
              );
            })}
          </ul>
        )}

        <form class="tfo-site-add" onSubmit={add} noValidate>
          <h4 id="sites-add-heading">{t('options_sites_add_heading')}</h4>
          <div class="tfo-field">
            <label for="sites-add-address">{t('options_sites_add_label')}</label>
            <div class="tfo-actions">
              <input
                id="sites-add-address"
                type="text"
                inputMode="url"
                autoComplete="url"
                spellcheck={false}
                value={address}
                aria-invalid={addressError ? true : undefined}
                aria-describedby={addressError ? 'sites-add-error sites-add-hint' : 'sites-add-hint'}
                onInput={(event) => {
                  setAddress(event.currentTarget.value);
                  setAddressError(null);
                }}
              />
              <button type="submit" class="tfo-button tfo-primary" aria-disabled={busy}>
                {t('options_sites_add_button')}
              </button>
            </div>
            <p class="tfo-hint" id="sites-add-hint">
              {t('options_sites_add_hint')}
            </p>
            {addressError ? (
              <p class="tfo-field-error" id="sites-add-error" role="alert">
                {addressError}
              </p>
            ) : null}
          </div>
        </form>

        {outcome?.kind === 'problem' ? (
          <p class="tfo-alert" role="alert">
            {outcome.text}
          </p>
        ) : null}
        <p class="tfo-success" role="status">
          {outcome?.kind === 'done' ? outcome.text : ''}
        </p>
      </div>
    </div>
  );
}
