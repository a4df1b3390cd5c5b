import { SEED_DRAFT } from '../catalog';
import { exposeFixtureEditor, mountTicketLayout } from '../shared/layout';

const root = mountTicketLayout('textarea');
const textarea = document.createElement('textarea');
textarea.className = 'reply-textarea';
textarea.rows = 8;
textarea.setAttribute('aria-label', 'Public reply');
textarea.value = SEED_DRAFT;
root.append(textarea);

exposeFixtureEditor({
  kind: 'textarea',
  getText: () => textarea.value,
});
