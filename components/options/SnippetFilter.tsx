import { useId } from 'preact/hooks';
import { plural, t } from '@/lib/i18n';
import type { SnippetFilterState, SnippetSource } from './snippet-filter';

export interface SnippetFilterProps {
  filter: SnippetFilterState;
  tags: readonly string[];
  /** How many snippets match, and how many there are. */
  matching: number;
  total: number;
  onChange(filter: SnippetFilterState): void;
}

/** Search words, a tag and where the snippets come from; the count of matches is announced. */
export function SnippetFilter({ filter, tags, matching, total, onChange }: SnippetFilterProps) {
  const id = useId();
  return (
    <div class="tfo-filter" role="search" aria-label={t('options_filter_label')}>
      <div class="tfo-field tfo-filter-query">
        <label for={`${id}-query`}>{t('options_filter_query')}</label>
        <input
          id={`${id}-query`}
          type="search"
          value={filter.query}
          placeholder={t('options_filter_query_placeholder')}
          onInput={(event) => onChange({ ...filter, query: event.currentTarget.value })}
        />
      </div>
      <div class="tfo-field">
        <label for={`${id}-tag`}>{t('options_filter_tag')}</label>
        <select
          id={`${id}-tag`}
          value={filter.tag}
          onChange={(event) => onChange({ ...filter, tag: event.currentTarget.value })}
        >
          <option value="">{t('options_filter_any_tag')}</option>
          {tags.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
      </div>
      <div class="tfo-field">
        <label for={`${id}-source`}>{t('options_filter_source')}</label>
        <select
          id={`${id}-source`}
          value={filter.source}
          onChange={(event) => onChange({ ...filter, source: event.currentTarget.value as SnippetSource })}
        >
          <option value="all">{t('options_filter_source_all')}</option>
          <option value="mine">{t('options_filter_source_mine')}</option>
          <option value="packs">{t('options_filter_source_packs')}</option>
        </select>
      </div>
      <p class="tfo-count" role="status">
        {matching === total
          ? plural('options_filter_count_all', total)
          : plural('options_filter_count_matching', matching, total.toLocaleString())}
      </p>
    </div>
  );
}
