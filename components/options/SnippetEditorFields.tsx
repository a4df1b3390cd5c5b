import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { PlaceholderHelp } from './PlaceholderHelp';

// The snippet editor's fields: each labelled, with its hint and the save's complaint about it
// linked to the control, so a screen reader reads them with the field.

/** The fields a save may complain about, in the order the form shows them. */
export const FIELD_ORDER = ['title', 'shortcut', 'body', 'fields', 'tags', 'emotions'] as const;
export type FieldName = (typeof FIELD_ORDER)[number];

interface EditorFieldProps {
  /** The control's id; its hint and error ids are derived from it. */
  id: string;
  label: string;
  hint: string;
  error: string | undefined;
  /** The control. */
  children: ComponentChildren;
  /** Under the hint and the error. */
  after?: ComponentChildren;
}

/** One labelled field of the editor with its hint and the save's complaint about it. */
function EditorField({ id, label, hint, error, children, after }: EditorFieldProps) {
  return (
    <div class="tfo-field">
      <label for={id}>{label}</label>
      {children}
      <p class="tfo-hint" id={`${id}-hint`}>
        {hint}
      </p>
      <FieldError id={`${id}-error`} error={error} />
      {after}
    </div>
  );
}

export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  return error ? (
    <p class="tfo-field-error" id={id}>
      {error}
    </p>
  ) : null;
}

/** Puts `placeholder` in place of the body field's selection, and the caret after it. */
function placeAtCaret(
  field: HTMLTextAreaElement | null,
  body: string,
  placeholder: string,
  setBody: (next: string) => void,
) {
  const start = field?.selectionStart ?? body.length;
  const end = field?.selectionEnd ?? body.length;
  setBody(body.slice(0, start) + placeholder + body.slice(end));
  requestAnimationFrame(() => {
    if (!field) return;
    field.focus();
    field.setSelectionRange(start + placeholder.length, start + placeholder.length);
  });
}

/** The name, id and descriptions of a field's control, linked to its hint and its error. */
function controlProps(idBase: string, name: FieldName, error: string | undefined) {
  return {
    name,
    id: `${idBase}-${name}`,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': [`${idBase}-${name}-hint`, error ? `${idBase}-${name}-error` : ''].filter(Boolean).join(' '),
  };
}

interface TextFieldProps {
  idBase: string;
  name: FieldName;
  label: string;
  hint: string;
  value: string;
  error: string | undefined;
  onValue(value: string): void;
}

export function TextField({ idBase, name, label, hint, value, error, onValue }: TextFieldProps) {
  return (
    <EditorField id={`${idBase}-${name}`} label={label} hint={hint} error={error}>
      <input
        type="text"
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        {...controlProps(idBase, name, error)}
        autoComplete="off"
      />
    </EditorField>
  );
}

/** The shortcut after its trigger characters, with the hint showing what the agent will type. */
export function ShortcutField({
  idBase,
  trigger,
  value,
  error,
  onValue,
}: Omit<TextFieldProps, 'name' | 'label' | 'hint'> & { trigger: string }) {
  const example = `${trigger}${value.trim().toLowerCase() || t('options_example_shortcut')}`;
  return (
    <EditorField
      id={`${idBase}-shortcut`}
      label={t('options_field_shortcut')}
      hint={t('options_field_shortcut_hint', example)}
      error={error}
    >
      <div class="tfo-shortcut-input">
        <span class="tfo-trigger" aria-hidden="true">
          {trigger}
        </span>
        <input
          type="text"
          value={value}
          onInput={(event) => onValue(event.currentTarget.value)}
          {...controlProps(idBase, 'shortcut', error)}
          autoComplete="off"
          spellcheck={false}
        />
      </div>
    </EditorField>
  );
}

/** The body, with the placeholders the agent can put in at the caret. */
export function BodyField({ idBase, value, error, onValue }: Omit<TextFieldProps, 'name' | 'label' | 'hint'>) {
  const bodyField = useRef<HTMLTextAreaElement>(null);
  return (
    <EditorField
      id={`${idBase}-body`}
      label={t('options_field_body')}
      hint={t('options_field_body_hint')}
      error={error}
      after={
        <PlaceholderHelp onInsert={(placeholder) => placeAtCaret(bodyField.current, value, placeholder, onValue)} />
      }
    >
      <textarea
        ref={bodyField}
        rows={8}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        {...controlProps(idBase, 'body', error)}
      />
    </EditorField>
  );
}
