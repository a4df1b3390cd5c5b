import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { formStartValue, type SnippetField } from '@/lib/library/fields';
import { fieldKey, type FieldValues } from '@/lib/library/placeholders';

export interface SnippetFieldFormProps {
  title: string;
  fields: readonly SnippetField[];
  busy: boolean;
  /** Enter or the Insert button: the values by fieldKey(name). */
  onSubmit(values: FieldValues): void;
  /** Escape or the Cancel button. */
  onCancel(): void;
}

/**
 * The small form a snippet with fill-in fields opens in the sidebar, keyboard first: the first
 * field has the focus, Tab moves on, Enter inserts (from any field, a choice included), Escape
 * cancels. A field with choices is a select; defaults are filled in.
 */
export function SnippetFieldForm(props: SnippetFieldFormProps) {
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.fields.map((field) => [fieldKey(field.name), formStartValue(field)])),
  );

  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select')?.focus();
  }, []);

  const submit = () => {
    if (!props.busy) props.onSubmit(values);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      props.onCancel();
    } else if (event.key === 'Enter' && !(event.target instanceof HTMLButtonElement)) {
      // A select would open its list on Enter in some browsers: here Enter always inserts.
      event.preventDefault();
      submit();
    }
  };
  const set = (name: string, value: string) => setValues((current) => ({ ...current, [fieldKey(name)]: value }));

  return (
    <form
      ref={form}
      class="tf-snippet-fields"
      aria-labelledby={`${id}-heading`}
      aria-describedby={`${id}-hint`}
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h3 id={`${id}-heading`} class="tf-snippet-fields-heading">
        {t('sidebar_snippet_fields_heading', props.title)}
      </h3>
      <p id={`${id}-hint`} class="tf-muted tf-snippet-fields-hint">
        {t('sidebar_snippet_fields_hint')}
      </p>
      {props.fields.map((field, index) => (
        <SnippetFieldInput
          key={fieldKey(field.name)}
          id={`${id}-field-${index}`}
          field={field}
          value={values[fieldKey(field.name)] ?? ''}
          onChange={(value) => set(field.name, value)}
        />
      ))}
      <div class="tf-snippet-fields-actions">
        <button type="submit" class="tf-button tf-primary" disabled={props.busy}>
          {t('sidebar_snippet_fields_insert')}
        </button>
        <button type="button" class="tf-button" onClick={props.onCancel}>
          {t('sidebar_snippet_fields_cancel')}
        </button>
      </div>
    </form>
  );
}

interface SnippetFieldInputProps {
  id: string;
  field: SnippetField;
  value: string;
  onChange(value: string): void;
}

/** One labelled field: a select when the snippet offers choices, else free text. */
function SnippetFieldInput({ id, field, value, onChange }: SnippetFieldInputProps) {
  return (
    <div class="tf-snippet-field">
      <label for={id}>{field.name}</label>
      {field.options ? (
        <select id={id} name={field.name} value={value} onChange={(event) => onChange(event.currentTarget.value)}>
          {field.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      ) : (
        <input
          id={id}
          name={field.name}
          type="text"
          autocomplete="off"
          value={value}
          onInput={(event) => onChange(event.currentTarget.value)}
        />
      )}
    </div>
  );
}
