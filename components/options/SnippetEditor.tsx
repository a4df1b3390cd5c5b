import type { ComponentChild, TargetedSubmitEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { EMOTIONS, type EmotionId } from '@/coaching/types';
import { createSnippet, updateSnippet, type Snippet } from '@/lib/library';
import { t, type MessageKey } from '@/lib/i18n';
import { snippetChange, useOptions } from './context';
import { errorMessage, fieldErrors } from './errors';
import { draftsOf, FieldDetails, fieldsFromDrafts } from './FieldDetails';
import { PlaceholderHelp } from './PlaceholderHelp';
import { splitTagList } from './snippet-filter';

export const EMOTION_LABELS: Record<EmotionId, MessageKey> = {
  angry: 'options_emotion_angry',
  frustrated: 'options_emotion_frustrated',
  confused: 'options_emotion_confused',
  anxious: 'options_emotion_anxious',
  hurried: 'options_emotion_hurried',
  apologetic: 'options_emotion_apologetic',
};

export interface SnippetEditorProps {
  /** The snippet to edit, as it was when the agent opened it; null for a new one. */
  snippet: Snippet | null;
  /** The characters typed before a shortcut, for the hint. */
  trigger: string;
  /** Shown above the form, e.g. after duplicating a starter snippet. */
  note?: string | null;
  onSaved(snippet: Snippet): void;
  onCancel(): void;
}

interface FormErrors {
  general: string | null;
  fields: Record<string, string>;
}

const NO_ERRORS: FormErrors = { general: null, fields: {} };
const FIELD_ORDER = ['title', 'shortcut', 'body', 'fields', 'tags', 'emotions'] as const;

/** Creates or edits one of the agent's own snippets. On a failed save the form keeps everything typed. */
export function SnippetEditor({ snippet, trigger, note, onSaved, onCancel }: SnippetEditorProps) {
  const { library, status, announceChange } = useOptions();
  const [title, setTitle] = useState(snippet?.title ?? '');
  const [shortcut, setShortcut] = useState(snippet?.shortcut ?? '');
  const [body, setBody] = useState(snippet?.body ?? '');
  const [tags, setTags] = useState(snippet?.tags.join(', ') ?? '');
  const [emotions, setEmotions] = useState<EmotionId[]>(snippet?.emotions ?? []);
  const [fieldDrafts, setFieldDrafts] = useState(() => draftsOf(snippet?.fields));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const bodyField = useRef<HTMLTextAreaElement>(null);
  const headingId = `${id}-heading`;

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
  }, []);

  const insertPlaceholder = (placeholder: string) => {
    const field = bodyField.current;
    const start = field?.selectionStart ?? body.length;
    const end = field?.selectionEnd ?? body.length;
    const next = body.slice(0, start) + placeholder + body.slice(end);
    setBody(next);
    requestAnimationFrame(() => {
      if (!field) return;
      field.focus();
      field.setSelectionRange(start + placeholder.length, start + placeholder.length);
    });
  };

  const toggleEmotion = (emotion: EmotionId, on: boolean) =>
    setEmotions((current) => (on ? [...current, emotion] : current.filter((item) => item !== emotion)));

  const submit = async (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const fields = fieldsFromDrafts(body, fieldDrafts);
    const input = { title, shortcut, body, tags: splitTagList(tags), emotions, fields };
    try {
      const saved = snippet
        ? await updateSnippet(library, snippet.id, input, { expectedUpdatedAt: snippet.updatedAt })
        : await createSnippet(library, input);
      announceChange(snippetChange([saved.id]));
      setErrors(NO_ERRORS);
      onSaved(saved);
    } catch (error) {
      const fields = fieldErrors(error);
      setErrors({ general: errorMessage(error), fields });
      const firstInvalid = FIELD_ORDER.find((field) => fields[field]);
      if (firstInvalid) form.current?.querySelector<HTMLElement>(`[name="${firstInvalid}"]`)?.focus();
    } finally {
      setSaving(false);
    }
  };

  const fieldProps = (name: (typeof FIELD_ORDER)[number]) => ({
    name,
    id: `${id}-${name}`,
    'aria-invalid': errors.fields[name] ? true : undefined,
    'aria-describedby': [`${id}-${name}-hint`, errors.fields[name] ? `${id}-${name}-error` : '']
      .filter(Boolean)
      .join(' '),
  });
  const fieldError = (name: (typeof FIELD_ORDER)[number]) =>
    errors.fields[name] ? (
      <p class="tfo-field-error" id={`${id}-${name}-error`}>
        {errors.fields[name]}
      </p>
    ) : null;

  const readOnly = !status.writable;
  return (
    <section class="tfo-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {snippet ? t('options_editor_edit_heading', snippet.title) : t('options_editor_new_heading')}
      </h3>
      {note && <p class="tfo-note">{note}</p>}
      <form ref={form} onSubmit={submit} noValidate>
        {errors.general && (
          <p class="tfo-alert" role="alert">
            {errors.general}
          </p>
        )}
        <div class="tfo-field">
          <label for={`${id}-title`}>{t('options_field_title')}</label>
          <input
            type="text"
            value={title}
            onInput={(event) => setTitle(event.currentTarget.value)}
            {...fieldProps('title')}
            autoComplete="off"
          />
          <p class="tfo-hint" id={`${id}-title-hint`}>
            {t('options_field_title_hint')}
          </p>
          {fieldError('title')}
        </div>
        <div class="tfo-field">
          <label for={`${id}-shortcut`}>{t('options_field_shortcut')}</label>
          <div class="tfo-shortcut-input">
            <span class="tfo-trigger" aria-hidden="true">
              {trigger}
            </span>
            <input
              type="text"
              value={shortcut}
              onInput={(event) => setShortcut(event.currentTarget.value)}
              {...fieldProps('shortcut')}
              autoComplete="off"
              spellcheck={false}
            />
          </div>
          <p class="tfo-hint" id={`${id}-shortcut-hint`}>
            {t(
              'options_field_shortcut_hint',
              `${trigger}${shortcut.trim().toLowerCase() || t('options_example_shortcut')}`,
            )}
          </p>
          {fieldError('shortcut')}
        </div>
        <div class="tfo-field">
          <label for={`${id}-body`}>{t('options_field_body')}</label>
          <textarea
            ref={bodyField}
            rows={8}
            value={body}
            onInput={(event) => setBody(event.currentTarget.value)}
            {...fieldProps('body')}
          />
          <p class="tfo-hint" id={`${id}-body-hint`}>
            {t('options_field_body_hint')}
          </p>
          {fieldError('body')}
          <PlaceholderHelp onInsert={insertPlaceholder} />
        </div>
        <FieldDetails body={body} drafts={fieldDrafts} onChange={setFieldDrafts} error={errors.fields.fields} />
        <div class="tfo-field">
          <label for={`${id}-tags`}>{t('options_field_tags')}</label>
          <input
            type="text"
            value={tags}
            onInput={(event) => setTags(event.currentTarget.value)}
            {...fieldProps('tags')}
            autoComplete="off"
          />
          <p class="tfo-hint" id={`${id}-tags-hint`}>
            {t('options_field_tags_hint')}
          </p>
          {fieldError('tags')}
        </div>
        <EmotionChoices
          hintId={`${id}-emotions-hint`}
          chosen={emotions}
          onToggle={toggleEmotion}
          error={fieldError('emotions')}
        />
        <div class="tfo-actions">
          <button type="submit" class="tfo-button tfo-primary" disabled={readOnly || saving} aria-busy={saving}>
            {snippet ? t('options_editor_save') : t('options_editor_create')}
          </button>
          <button type="button" class="tfo-button" onClick={onCancel}>
            {t('options_editor_cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface EmotionChoicesProps {
  hintId: string;
  chosen: readonly EmotionId[];
  onToggle(emotion: EmotionId, on: boolean): void;
  /** The save's complaint about the emotions, if any. */
  error: ComponentChild;
}

/** The customer emotions a snippet suits. The first box carries the name a failed save focuses. */
function EmotionChoices({ hintId, chosen, onToggle, error }: EmotionChoicesProps) {
  return (
    <fieldset class="tfo-field tfo-emotions" aria-describedby={hintId}>
      <legend>{t('options_field_emotions')}</legend>
      <p class="tfo-hint" id={hintId}>
        {t('options_field_emotions_hint')}
      </p>
      {EMOTIONS.map((emotion, index) => (
        <label key={emotion} class="tfo-check">
          <input
            type="checkbox"
            name={index === 0 ? 'emotions' : undefined}
            checked={chosen.includes(emotion)}
            onChange={(event) => onToggle(emotion, event.currentTarget.checked)}
          />
          {t(EMOTION_LABELS[emotion])}
        </label>
      ))}
      {error}
    </fieldset>
  );
}
