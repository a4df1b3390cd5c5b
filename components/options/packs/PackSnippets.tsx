import { t } from '@/lib/i18n';
import { useOptions } from '../context';
import { useLiveQuery } from '../hooks';

/** A pack's snippets, read when the agent opens the list; titles and bodies are shown as text. */
export function PackSnippets({ packId }: { packId: string }) {
  const { library } = useOptions();
  const snippets = useLiveQuery(
    () =>
      library.read(
        async (db) =>
          (await db.snippets.where('packId').equals(packId).toArray()).sort((a, b) => a.title.localeCompare(b.title)),
        (starter) => starter.filter((snippet) => snippet.packId === packId),
      ),
    [library, packId],
  );
  if (!snippets.value) return <p class="tfo-empty">{t('options_loading')}</p>;
  return (
    <ul class="tfo-pack-snippets">
      {snippets.value.map((snippet) => (
        <li key={snippet.id}>
          <strong>{snippet.title}</strong> <code>{snippet.shortcut}</code>
          <p class="tfo-pack-body">{snippet.body}</p>
        </li>
      ))}
    </ul>
  );
}
