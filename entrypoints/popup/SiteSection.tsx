import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
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

type Outcome = { kind: 'done' | 'problem'; text: string };

const syncSites = () => sendMessage('sites.sync');

function describeFailure(error: unknown): string {
  return t('popup_site_change_failed', error instanceof Error ? error.message : String(error));
}

/** The current site, and the switch that turns coaching on or off there. */
export function SiteSection({ tab }: { tab: TargetTab | null }) {
  const [access, setAccess] = useState<SiteAccess | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

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
      setOutcome({ kind: 'problem', text: describeFailure(error) });
    });
  }, [tab]);

  /** Waits for a permission change to land, then shows the site's new state and what happened. */
  const settle = (change: Promise<Outcome>) => {
    setBusy(true);
    setOutcome(null);
    change
      .catch((error: unknown): Outcome => ({ kind: 'problem', text: describeFailure(error) }))
      .then(async (result) => {
        await refresh().catch(() => {});
        setOutcome(result);
        setBusy(false);
      });
  };

  if (!access) return <SiteSectionFrame host={null} text={t('popup_site_checking')} />;

  if (access.kind === 'unavailable') {
    return <SiteSectionFrame host={null} text={t('popup_site_unavailable')} outcome={outcome} />;
  }

  if (access.kind === 'built-in-elsewhere') {
    return (
      <SiteSectionFrame host={access.host} text={t('popup_site_built_in_elsewhere', access.host)} outcome={outcome} />
    );
  }

  if (access.kind === 'built-in') {
    const allow = () => {
      // Asked before anything else in the click: browsers grant access only during the click itself.
      const asking = browser.permissions.request({ origins: originsToRequest(access) });
      settle(
        asking.then((granted) =>
          granted
            ? { kind: 'done', text: t('popup_site_allowed_reload', access.host) }
            : { kind: 'problem', text: t('popup_site_refused') },
        ),
      );
    };
    return (
      <SiteSectionFrame
        host={access.host}
        text={access.granted ? t('popup_site_built_in_granted') : t('popup_site_built_in_not_granted', access.host)}
        outcome={outcome}
      >
        {!access.granted && (
          <button type="button" class="action" aria-disabled={busy} onClick={busy ? undefined : allow}>
            {t('popup_site_allow', access.host)}
          </button>
        )}
      </SiteSectionFrame>
    );
  }

  const toggle = () => {
    if (busy || access.wider) return;
    const origins = originsToRequest(access);
    if (!access.granted) {
      settle(
        turnSiteOn(browser, origins, syncSites).then((granted): Outcome =>
          granted
            ? { kind: 'done', text: t('popup_site_turned_on', access.host) }
            : { kind: 'problem', text: t('popup_site_refused') },
        ),
      );
      return;
    }
    settle(
      turnSiteOff(browser, origins, syncSites).then((removed): Outcome =>
        removed
          ? { kind: 'done', text: t('popup_site_turned_off', access.host) }
          : { kind: 'problem', text: t('popup_site_kept') },
      ),
    );
  };

  return (
    <SiteSectionFrame host={access.host} outcome={outcome}>
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
    </SiteSectionFrame>
  );
}

interface SiteSectionFrameProps {
  host: string | null;
  text?: string;
  outcome?: Outcome | null;
  children?: ComponentChildren;
}

/** The site section's frame: the host name, an explanation, the controls and the last outcome. */
function SiteSectionFrame({ host, text, outcome, children }: SiteSectionFrameProps) {
  return (
    <section class="section" aria-labelledby="site-heading" data-site={host ?? ''}>
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
