import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PauseSection } from './PauseSection';
import { SiteSection, type TargetTab } from './SiteSection';
import { TodaySection } from './TodaySection';

/**
 * The tab the popup acts on: the one named by `?tab=<id>` when the popup page is opened in a tab of
 * its own, otherwise the active tab of the window whose toolbar opened it (whose address the
 * activeTab permission reveals). Null when there is none.
 */
async function findTargetTab(): Promise<TargetTab | null> {
  const named = new URLSearchParams(location.search).get('tab');
  if (named !== null) return browser.tabs.get(Number(named)).catch(() => null);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ?? null;
}

export function Popup() {
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);

  useEffect(() => {
    findTargetTab().then(setTab, () => setTab(null));
  }, []);

  return (
    <main class="popup">
      <h1 class="brand">Tactful</h1>
      {tab !== undefined && <SiteSection tab={tab} />}
      <PauseSection />
      <TodaySection />
    </main>
  );
}
