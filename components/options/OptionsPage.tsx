import type { ComponentChildren } from 'preact';
import { useMemo } from 'preact/hooks';
import { listSnippets, readSettings, type Library, type Snippet } from '@/lib/library';
import { t, type MessageKey } from '@/lib/i18n';
import type { LibraryChange } from '@/lib/messaging/protocol';
import { BackupRestore } from './BackupRestore';
import { OptionsContext, type OptionsServices } from './context';
import { ExportSnippets } from './ExportSnippets';
import { useLibraryStatus, useLiveQuery } from './hooks';
import { ImportSnippets } from './ImportSnippets';
import { PackSubscriptions } from './PackSubscriptions';
import { readShortcutTrigger } from '@/lib/settings/preferences';
import { ReadOnlyNotice } from './ReadOnlyNotice';
import { RuleSettings } from './RuleSettings';
import { ShortcutTriggerSetting } from './ShortcutTriggerSetting';
import { SiteSettings } from './SiteSettings';
import { SnippetManager } from './SnippetManager';
import { PackSection } from './packs/PackSection';
import { listPacks } from '@/lib/packs/install';
import { teamCoaching } from '@/lib/packs/team-settings';

export interface OptionsPageProps {
  library: Library;
  announceChange(change: LibraryChange): void;
  saveFile(fileName: string, text: string, mimeType: string): void;
}

// The page's sections, in order; the header links to each.
const SECTIONS: readonly { id: string; title: MessageKey }[] = [
  { id: 'snippets', title: 'options_section_snippets' },
  { id: 'packs', title: 'options_section_packs' },
  { id: 'import-export', title: 'options_section_import_export' },
  { id: 'pack-urls', title: 'options_section_pack_urls' },
  { id: 'backup', title: 'options_section_backup' },
  { id: 'coaching', title: 'options_section_coaching' },
  { id: 'sites', title: 'options_section_sites' },
];

function Section({ id, title, children }: { id: string; title: MessageKey; children: ComponentChildren }) {
  return (
    <section id={id} class="tfo-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} tabIndex={-1}>
        {t(title)}
      </h2>
      {children}
    </section>
  );
}

/** Tactful's options page: the snippet library, its files and backups, coaching settings and sites. */
export function OptionsPage({ library, announceChange, saveFile }: OptionsPageProps) {
  const status = useLibraryStatus(library);
  const snippets = useLiveQuery<Snippet[]>(() => listSnippets(library), [library]);
  const settings = useLiveQuery(() => readSettings(library), [library]);
  const packs = useLiveQuery(() => listPacks(library), [library]);
  const teamRules = teamCoaching({ packs: packs.value ?? [], agentRules: {} }).rules;
  const services = useMemo<OptionsServices>(
    () => ({ library, status, announceChange, saveFile }),
    [library, status, announceChange, saveFile],
  );
  const storedSettings = settings.value ?? {};
  const trigger = readShortcutTrigger(storedSettings);
  const loadError = snippets.error ?? settings.error;

  return (
    <OptionsContext.Provider value={services}>
      <div class="tfo-page">
        <header class="tfo-header">
          <h1>{t('options_title')}</h1>
          <nav aria-label={t('options_nav_label')}>
            <ul>
              {SECTIONS.map((section) => (
                <li key={section.id}>
                  <a href={`#${section.id}`}>{t(section.title)}</a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main class="tfo-main">
          <ReadOnlyNotice library={library} status={status} />
          {loadError && status.writable ? (
            <p class="tfo-alert" role="alert">
              {t('options_load_failed')}
            </p>
          ) : null}
          <Section id="snippets" title="options_section_snippets">
            <SnippetManager snippets={snippets.value} trigger={trigger} />
          </Section>
          <Section id="packs" title="options_section_packs">
            <PackSection settings={storedSettings} />
          </Section>
          <Section id="import-export" title="options_section_import_export">
            <div class="tfo-columns">
              <ImportSnippets />
              <ExportSnippets snippets={snippets.value ?? []} />
            </div>
          </Section>
          <Section id="pack-urls" title="options_section_pack_urls">
            <PackSubscriptions />
          </Section>
          <Section id="backup" title="options_section_backup">
            <BackupRestore />
          </Section>
          <Section id="coaching" title="options_section_coaching">
            {settings.value === undefined ? (
              <p class="tfo-empty" role="status">
                {t('options_loading')}
              </p>
            ) : (
              <>
                <ShortcutTriggerSetting settings={storedSettings} />
                <RuleSettings settings={storedSettings} teamRules={teamRules} />
              </>
            )}
          </Section>
          <Section id="sites" title="options_section_sites">
            <SiteSettings />
          </Section>
        </main>
      </div>
    </OptionsContext.Provider>
  );
}
