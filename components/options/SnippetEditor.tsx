import type { ComponentChild, RefObject, TargetedSubmitEvent } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { EMOTIONS, type EmotionId } from '@/coaching/types';
import { createSnippet, updateSnippet, type Snippet, type SnippetInput } from '@/lib/library';
import { t, type MessageKey } from '@/lib/i18n';
import { snippetChange, useOptions } from './context';
import { errorMessage, fieldErrors } from './errors';
import { draftsOf, FieldDetails, fieldsFromDrafts } from './FieldDetails';
import { AlertText } from './OutcomeMessage';
import { BodyField, FIELD_ORDER, FieldError, ShortcutField, TextField } from './SnippetEditorFields';
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

/** Saves the snippet; a failed save keeps everything typed and focuses the first field it names. */
function useSnippetSave(
  snippet: Snippet | null,
  form: RefObject<HTMLFormElement | null>,
  onSaved: (saved: Snippet) => void,
) {
  const { library, announceChange } = useOptions();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);

  const save = async (input: SnippetInput) => {
    if (saving) return;
    setSaving(true);
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
  return { errors, saving, save };
}

/** Creates or edits one of the agent's own snippets. On a failed save the form keeps everything typed. */
export function SnippetEditor({ snippet, trigger, note, onSaved, onCancel }: SnippetEditorProps) {
  const { status } = useOptions();
  const [title, setTitle] = useState(snippet?.title ?? '');
  const [shortcut, setShortcut] = useState(snippet?.shortcut ?? '');
  const [body, setBody] = useState(snippet?.body ?? '');
  const [tags, setTags] = useState(snippet?.tags.join(', ') ?? '');
  const [emotions, setEmotions] = useState<EmotionId[]>(snippet?.emotions ?? []);
  const [fieldDrafts, setFieldDrafts] = useState(() => draftsOf(snippet?.fields));
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const headingId = `${id}-heading`;
  const { errors, saving, save } = useSnippetSave(snippet, form, onSaved);

  useEffect(() => {
    form.current?.querySelector<HTMLInputElement>('input[name="title"]')?.focus();
  }, []);

  const toggleEmotion = (emotion: EmotionId, on: boolean) =>
    setEmotions((current) => (on ? [...current, emotion] : current.filter((item) => item !== emotion)));

  const submit = (event: TargetedSubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const fields = fieldsFromDrafts(body, fieldDrafts);
    void save({ title, shortcut, body, tags: splitTagList(tags), emotions, fields });
  };

  return (
    <section class="tfo-editor" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {snippet ? t('options_editor_edit_heading', snippet.title) : t('options_editor_new_heading')}
      </h3>
      {note && <p class="tfo-note">{note}</p>}
      <form ref={form} onSubmit={submit} noValidate>
        <AlertText text={errors.general} />
        <TextField
          idBase={id}
          name="title"
          label={t('options_field_title')}
          hint={t('options_field_title_hint')}
          value={title}
          error={errors.fields.title}
          onValue={setTitle}
        />
        <ShortcutField
          idBase={id}
          trigger={trigger}
          value={shortcut}
          error={errors.fields.shortcut}
          onValue={setShortcut}
        />
        <BodyField idBase={id} value={body} error={errors.fields.body} onValue={setBody} />
        <FieldDetails body={body} drafts={fieldDrafts} onChange={setFieldDrafts} error={errors.fields.fields} />
        <TextField
          idBase={id}
          name="tags"
          label={t('options_field_tags')}
          hint={t('options_field_tags_hint')}
          value={tags}
          error={errors.fields.tags}
          onValue={setTags}
        />
        <EmotionChoices
          hintId={`${id}-emotions-hint`}
          chosen={emotions}
          onToggle={toggleEmotion}
          error={<FieldError id={`${id}-emotions-error`} error={errors.fields.emotions} />}
        />
        <div class="tfo-actions">
          <button type="submit" class="tfo-button tfo-primary" disabled={!status.writable || saving} aria-busy={saving}>
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
