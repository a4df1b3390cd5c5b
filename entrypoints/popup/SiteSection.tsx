import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Outcome } from '@/components/options/OutcomeMessage';
import { useSettledWork } from '@/components/use-settled-work';
import { t } from '@/lib/i18n';
import { sendMessage } from '@/lib/messaging/protocol';
import { staticHostsOf } from '@/lib/sites/patterns';
import { originsToRequest, readSiteAccess, type SiteAccess } from '@/lib/sites/site-access';
import { turnSiteOff, turnSiteOn } from '@/lib/sites/site-changes';
import { Switch } from './Switch';

/** The page the popup acts on. */
export interface TargetTab {
  id?: number;
  url?: string;
}

type OptionalSiteAccess = Extract<SiteAccess, { kind: 'site' }>;
type BuiltInSiteAccess = Extract<SiteAccess, { kind: 'built-in' }>;
type Settle = (change: () => Promise<Outcome>) => void;

const syncSites = () => sendMessage('sites.sync');

const failureText = (message: string) => t('popup_site_change_failed', message);

/** What Tactful may do on the tab's site, read again after each change. */
function useSiteAccess(tab: TargetTab | null, onReadFailed: (outcome: Outcome) => void) {
  const [access, setAccess] = useState<SiteAccess | null>(null);

  const refresh = async () => {
    const statics = staticHostsOf(browser.runtime.getManifest().content_scripts);
    setAccess(await readSiteAccess(browser, tab?.url, statics));
  };

  useEffect(() => {
    if (tab === null) {
      setAccess({ kind: 'unavailable' });
      return;
    }
    refresh().catch((error: unknown) => {
      setAccess({ kind: 'unavailable' });
      onReadFailed({ kind: 'error', text: failureText(error instanceof Error ? error.message : String(error)) });
    });
  }, [tab]);

  return { access, refresh };
}

/** The current site, and the switch that turns coaching on or off there. */
export function SiteSection({ tab }: { tab: TargetTab | null }) {
  const { busy, outcome, setOutcome, settle } = useSettledWork(failureText);
  const { access, refresh } = useSiteAccess(tab, setOutcome);
  /** Waits for a permission change to land, then shows the site's new state and what happened. */
  const settleChange: Settle = (change) => settle(() => change().finally(() => refresh().catch(() => {})));

  if (!access) return <SiteSectionFrame host={null} text={t('popup_site_checking')} checking />;
  if (access.kind === 'unavailable') {
    return <SiteSectionFrame host={null} text={t('popup_site_unavailable')} outcome={outcome} />;
  }
  if (access.kind === 'built-in-elsewhere') {
    return (
      <SiteSectionFrame host={access.host} text={t('popup_site_built_in_elsewhere', access.host)} outcome={outcome} />
    );
  }
  return (
    <SiteSectionFrame
      host={access.host}
      text={access.kind === 'built-in' ? builtInText(access) : undefined}
      outcome={outcome}
    >
      {access.kind === 'built-in' ? (
        <AllowBuiltInButton access={access} busy={busy} settle={settleChange} />
      ) : (
        <SiteSwitch access={access} busy={busy} settle={settleChange} />
      )}
    </SiteSectionFrame>
  );
}

function builtInText(access: BuiltInSiteAccess): string {
  return access.granted ? t('popup_site_built_in_granted') : t('popup_site_built_in_not_granted', access.host);
}

/** A built-in help desk whose access the browser has not granted yet (Firefox asks for it). */
function AllowBuiltInButton({ access, busy, settle }: { access: BuiltInSiteAccess; busy: boolean; settle: Settle }) {
  if (access.granted) return null;
  const allow = () =>
    settle(() =>
      // Asked before anything else in the click: browsers grant access only during the click itself.
      browser.permissions
        .request({ origins: originsToRequest(access) })
        .then((granted): Outcome =>
          granted
            ? { kind: 'done', text: t('popup_site_allowed_reload', access.host) }
            : { kind: 'error', text: t('popup_site_refused') },
        ),
    );
  return (
    <button type="button" class="action" aria-disabled={busy} onClick={busy ? undefined : allow}>
      {t('popup_site_allow', access.host)}
    </button>
  );
}

/** The switch for a site the agent turns on and off, with what it means here. */
function SiteSwitch({ access, busy, settle }: { access: OptionalSiteAccess; busy: boolean; settle: Settle }) {
  const toggle = () => {
    if (busy || access.wider) return;
    const origins = originsToRequest(access);
    settle(() =>
      access.granted
        ? turnSiteOff(browser, origins, syncSites).then((removed): Outcome =>
            removed
              ? { kind: 'done', text: t('popup_site_turned_off', access.host) }
              : { kind: 'error', text: t('popup_site_kept') },
          )
        : turnSiteOn(browser, origins, syncSites).then((granted): Outcome =>
            granted
              ? { kind: 'done', text: t('popup_site_turned_on', access.host) }
              : { kind: 'error', text: t('popup_site_refused') },
          ),
    );
  };
  return (
    <>
      <Switch
        id="site-switch"
        label={t('popup_site_switch')}
        checked={access.granted}
        disabled={busy || access.wider}
        describedBy="site-explanation"
        onToggle={toggle}
      />
      <p id="site-explanation" class="muted">
        {access.wider
          ? t('popup_site_explain_wider')
          : access.granted
            ? t('popup_site_explain_on', access.host)
            : t('popup_site_explain_off', access.host)}
      </p>
    </>
  );
}

interface SiteSectionFrameProps {
  host: string | null;
  text?: string;
  outcome?: Outcome | null;
  /** Still reading the tab's access: assistive technology waits for the real content. */
  checking?: boolean;
  children?: ComponentChildren;
}

/** The site section's frame: the host name, an explanation, the controls and the last outcome. */
function SiteSectionFrame({ host, text, outcome, checking = false, children }: SiteSectionFrameProps) {
  return (
    <section class="section" aria-labelledby="site-heading" aria-busy={checking} data-site={host ?? ''}>
      <h2 id="site-heading" class="heading">
        {host ?? t('popup_site_heading_no_site')}
      </h2>
      {text && <p class="muted">{text}</p>}
      {children}
      <p class={`outcome ${outcome?.kind ?? ''}`} role="status">
        {outcome?.text ?? ''}
      </p>
    </section>
  );
}
