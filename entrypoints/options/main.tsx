import { render } from 'preact';
import { OptionsPage } from '@/components/options/OptionsPage';
import { downloadTextFile } from '@/components/options/download';
import '@/components/options/options.css';
import { t } from '@/lib/i18n';
import { openLibrary } from '@/lib/library';
import { sendToTabs } from '@/lib/messaging/broadcast';

// An extension page, so it opens the library directly (same origin as the background) and watches
// it with liveQuery; content scripts hear about its writes through sendToTabs.
async function start(root: HTMLElement): Promise<void> {
  document.title = t('options_title');
  document.documentElement.lang = t('messages_locale');
  const library = await openLibrary();
  render(
    <OptionsPage
      library={library}
      announceChange={(change) => void sendToTabs('library.changed', change)}
      saveFile={downloadTextFile}
    />,
    root,
  );
}

void start(document.getElementById('app')!);
