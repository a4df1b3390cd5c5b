import { useId } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { fieldNames } from '@/lib/library/fields';
import { fieldKey } from '@/lib/library/placeholders';
import type { PackField } from '@/lib/packs/format';

/** What the agent is typing for one field: its default, and its choices one per line. */
export interface FieldDraft {
  default: string;
  options: string;
}
export type FieldDrafts = Record<string, FieldDraft>;

const EMPTY: FieldDraft = { default: '', options: '' };

/** The editor's drafts for a snippet's stored field details. */
export function draftsOf(fields: readonly PackField[] | undefined): FieldDrafts {
  return Object.fromEntries(
    (fields ?? []).map((field) => [
      fieldKey(field.name),
      { default: field.default ?? '', options: (field.options ?? []).join('\n') },
    ]),
  );
}

/** The details to save: fields the body uses that have a default or choices; undefined when none. */
export function fieldsFromDrafts(body: string, drafts: FieldDrafts): PackField[] | undefined {
  const fields = fieldNames(body).flatMap((name): PackField[] => {
    const draft = drafts[fieldKey(name)] ?? EMPTY;
    const options = draft.options
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    const detail: PackField = { name };
    if (draft.default.trim()) detail.default = draft.default.trim();
    if (options.length > 0) detail.options = options;
    return detail.default !== undefined || detail.options ? [detail] : [];
  });
  return fields.length > 0 ? fields : undefined;
}

export interface FieldDetailsProps {
  body: string;
  drafts: FieldDrafts;
  onChange(drafts: FieldDrafts): void;
  error?: string;
}

/** A default and choices for each {{field:Name}} the body uses; nothing when it uses none. */
export function FieldDetails({ body, drafts, onChange, error }: FieldDetailsProps) {
  const id = useId();
  const names = fieldNames(body);
  if (names.length === 0) return null;
  const change = (name: string, part: keyof FieldDraft, value: string) =>
    onChange({ ...drafts, [fieldKey(name)]: { ...(drafts[fieldKey(name)] ?? EMPTY), [part]: value } });
  return (
    <fieldset class="tfo-field tfo-field-details">
      <legend>{t('options_fields_legend')}</legend>
      {names.map((name, index) => {
        const draft = drafts[fieldKey(name)] ?? EMPTY;
        return (
          <div key={fieldKey(name)} class="tfo-field-detail">
            <label for={`${id}-default-${index}`}>{t('options_field_default', name)}</label>
            <input
              id={`${id}-default-${index}`}
              name={index === 0 ? 'fields' : undefined}
              data-field-default={name}
              type="text"
              autoComplete="off"
              value={draft.default}
              onInput={(event) => change(name, 'default', event.currentTarget.value)}
            />
            <label for={`${id}-options-${index}`}>{t('options_field_options', name)}</label>
            <textarea
              id={`${id}-options-${index}`}
              data-field-options={name}
              rows={3}
              value={draft.options}
              onInput={(event) => change(name, 'options', event.currentTarget.value)}
            />
          </div>
        );
      })}
      {error && <p class="tfo-field-error">{error}</p>}
    </fieldset>
  );
}
