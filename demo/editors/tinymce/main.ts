import tinymce from 'tinymce';
import { SEED_DRAFT } from '../catalog';
import { exposeFixtureEditor, mountTicketLayout } from '../shared/layout';
import { TINYMCE_ASSET_DIR, TINYMCE_PLUGINS } from './assets';

const root = mountTicketLayout('tinymce');
const textarea = document.createElement('textarea');
const paragraph = document.createElement('p');
paragraph.textContent = SEED_DRAFT;
textarea.value = paragraph.outerHTML;
root.append(textarea);

// Self-hosted as ServiceNow and others ship it: the editor lives in an iframe, and the theme,
// model, icons, skin and plugins come from the demo's own origin (see demo/vite.config.ts).
const [editor] = await tinymce.init({
  target: textarea,
  license_key: 'gpl',
  base_url: new URL(`../../${TINYMCE_ASSET_DIR}`, document.baseURI).pathname,
  suffix: '.min',
  plugins: [...TINYMCE_PLUGINS],
  toolbar: 'undo redo | bold italic | bullist numlist | link',
  menubar: false,
  statusbar: false,
  promotion: false,
  height: 260,
  iframe_aria_text: 'Public reply',
});
if (!editor) throw new Error('TinyMCE did not create an editor');

exposeFixtureEditor({
  kind: 'tinymce',
  getText: () => editor.getContent({ format: 'text' }),
  getHtml: () => editor.getContent(),
});
